#pragma once

#include "composedrelease.h"
#include "pagestructure.h"

#include <QHash>

#include <optional>

namespace rd {

// Groups the release's blocks into the elements that hold them, as the blocks are added in
// reading order: consecutive list items into a list, the attachments into a list of their own,
// a quote's text and its attribution into one block quote.
class StructureBuilder
{
public:
    explicit StructureBuilder(PageStructure &structure)
        : m_structure(structure)
    { }

    // The element a block of role, in the language version whose element is part, goes under.
    int parentFor(BlockRole role, int part);

private:
    struct Grouping
    {
        std::optional<BlockRole> previous;
        int list = -1;
        int quote = -1;
    };

    PageStructure &m_structure;
    QHash<int, Grouping> m_groupings; // by part
};

} // namespace rd
