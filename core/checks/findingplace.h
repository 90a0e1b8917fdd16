#pragma once

#include "finding.h"

#include <QString>

namespace rd {

struct Release;

// Where a finding is, as a compiler names a place in a source file: the field as the project
// file names it ("headline", "body[3]", "quotes[0].title"), and the 1-based line and column of
// the finding's text within that field (1:1 for a finding about the field as a whole). A body
// finding names its paragraph; columns count characters, not bytes. A finding in a bilingual
// release's second language names that language first ("mi-NZ:headline").
struct FindingPlace
{
    QString field;
    int line = 1;
    int column = 1;
};

FindingPlace placeOf(const Release &release, const Finding &finding);

} // namespace rd
