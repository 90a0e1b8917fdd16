#pragma once

#include "model/field.h"
#include "worddiff.h"

#include <QList>
#include <QString>

#include <optional>

namespace rd {

struct Release;

// One difference between two versions of a release's content: a field whose value changed, a
// paragraph of the statement changed, added, removed or moved, or an item of a list (an agency, a
// quote, an attachment, a media contact) added, removed or moved. What is not content (the
// workflow, the issue log, acknowledgements) is never compared.
struct Difference
{
    enum class Kind { Changed, Added, Removed, Moved };
    Kind kind = Kind::Changed;
    // The field; for a whole item of a list, the list's first field with the item's id; for a
    // paragraph of the statement, Field::Body (translated for the second language).
    FieldKey key;
    // Where it is, as the project file names it: in the later version, or in the earlier one for
    // what was removed ("headline", "body[3]", "quotes[1].speaker", "attachments[0].file").
    QString path;
    QString earlierPath; // for what moved: where it was
    // Of an item of a list: its id in the earlier version (the same but for an attachment of the
    // same file attached again), empty for one added.
    QString earlierItemId;
    // The values as text (an item is described by what names it: a quote by its words, an
    // attachment by its file's name), and for text, what changed word by word.
    QString before;
    QString after;
    QList<WordChange> words;
    // A paragraph whose words are the same but whose bold, italics, links or list kind are not.
    bool formattingChanged = false;
    // Which paragraph of the statement, from 0: in the later version, or the earlier for what was
    // removed; -1 for other fields.
    qsizetype paragraph = -1;
    // The same paragraph in the earlier version: -1 for one added, and for other fields.
    qsizetype earlierParagraph = -1;
};

// Every difference between two versions of a release, in the order of the release: its fields as
// the enumeration orders them (the statement paragraph by paragraph where it falls), then each
// list, items in their later order. Items are matched by their id, attachments also by their
// file's hash (the same file attached again). Empty when the contents are the same.
QList<Difference> compareReleases(const Release &before, const Release &after);

} // namespace rd
