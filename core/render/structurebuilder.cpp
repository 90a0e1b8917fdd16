#include "structurebuilder.h"

namespace rd {

namespace {

// Which list a role's blocks make: bullets, numbers and attachments are lists of their own.
int listKind(BlockRole role)
{
    switch (role) {
    case BlockRole::BulletItem:
        return 1;
    case BlockRole::NumberedItem:
        return 2;
    case BlockRole::Attachment:
        return 3;
    default:
        return 0;
    }
}

} // namespace

int StructureBuilder::parentFor(BlockRole role, int part)
{
    Grouping &grouping = m_groupings[part];
    const std::optional<BlockRole> previous = grouping.previous;
    grouping.previous = role;
    if (const int kind = listKind(role)) {
        if (!previous || listKind(*previous) != kind)
            grouping.list = m_structure.add(StructureRole::List, part);
        return grouping.list;
    }
    // A quote's paragraphs follow each other and its attribution closes it.
    if (role == BlockRole::QuoteText || role == BlockRole::QuoteAttribution) {
        if (previous != BlockRole::QuoteText)
            grouping.quote = m_structure.add(StructureRole::BlockQuote, part);
        return grouping.quote;
    }
    return part;
}

} // namespace rd
