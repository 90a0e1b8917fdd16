#pragma once

#include "body.h"

#include <QList>

namespace rd {

// Where a quote stands in the release. A quote's placement is the number of the statement's
// paragraph it follows, counting the paragraphs and list items that have text from 1; 0 sets it
// after the whole statement. Real releases often set a quote after the second or third paragraph.

// The statement's paragraphs as placements count them: the indices of the blocks with text.
QList<qsizetype> statementParagraphs(const Body &body);

// Where a quote with this placement is set: 0 at the end of the statement, else the paragraph
// it follows. A quote never divides a list: placed after an item that is not the last of its list
// it follows the list. Placed after the last paragraph, or after one the statement no longer has,
// it is set at the end.
int effectiveQuotePlacement(const Body &body, int placement);

// The placements a quote can be given in this statement: each paragraph that ends a paragraph or
// a list, the last aside (a quote after it is at the end, placement 0).
QList<int> quotePlacements(const Body &body);

// An edit of the statement as placements see it: how many paragraphs it left alone before the
// change, and how many the changed stretch held before and after. Worked out once per edit, for
// every quote it may move.
class StatementEdit
{
public:
    StatementEdit(const Body &before, const Body &after);

    // A placement after the edit, so that a quote keeps following the text it followed:
    // paragraphs added or removed before it move it, an edited or divided paragraph keeps it
    // after its end, and a removed paragraph leaves it after the paragraph that preceded it.
    int placementAfter(int placement) const;

private:
    int m_unchangedBefore = 0;
    int m_changedBefore = 0;
    int m_changedAfter = 0;
};

} // namespace rd
