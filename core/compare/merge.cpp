#include "merge.h"

#include "model/item.h"
#include "model/releasedocument.h"

namespace rd {

namespace {

// Where their paragraph goes in mine: after the paragraph of mine that is the same as the one
// before it in theirs, or at the same index when there is none.
qsizetype placeForTheirParagraph(const Body &mine, const Body &theirs, qsizetype paragraph)
{
    if (paragraph <= 0)
        return 0;
    const BodyBlock &before = theirs.blocks.at(paragraph - 1);
    for (qsizetype i = mine.blocks.size() - 1; i >= 0; --i) {
        if (mine.blocks.at(i) == before)
            return i + 1;
    }
    return std::min(paragraph, mine.blocks.size());
}

bool takeParagraph(ReleaseDocument &document, const Release &theirs, const Difference &difference)
{
    Body mine = fieldValue(document.release(), difference.key).value<Body>();
    const Body their = fieldValue(theirs, difference.key).value<Body>();
    const bool fromTheirs = difference.kind != Difference::Kind::Removed;
    if ((fromTheirs && (difference.paragraph < 0 || difference.paragraph >= their.blocks.size()))
        || (difference.kind != Difference::Kind::Added
            && (difference.earlierParagraph < 0
                || difference.earlierParagraph >= mine.blocks.size())))
        return false;
    switch (difference.kind) {
    case Difference::Kind::Changed:
        mine.blocks[difference.earlierParagraph] = their.blocks.at(difference.paragraph);
        break;
    case Difference::Kind::Removed:
        mine.blocks.removeAt(difference.earlierParagraph);
        break;
    case Difference::Kind::Moved:
        mine.blocks.removeAt(difference.earlierParagraph);
        Q_FALLTHROUGH();
    case Difference::Kind::Added:
        mine.blocks.insert(placeForTheirParagraph(mine, their, difference.paragraph),
            their.blocks.at(difference.paragraph));
        break;
    }
    document.setField(difference.key, QVariant::fromValue(mine));
    return true;
}

bool takeItem(ReleaseDocument &document, const Release &theirs, const Difference &difference,
    Collection collection)
{
    const Release &mine = document.release();
    const QString &id = difference.key.itemId; // theirs
    const int mineIndex = indexOfItem(mine, collection, difference.earlierItemId);
    switch (difference.kind) {
    case Difference::Kind::Removed:
        if (mineIndex < 0)
            return false;
        document.removeItem(collection, difference.earlierItemId);
        return true;
    case Difference::Kind::Added: {
        const int theirIndex = indexOfItem(theirs, collection, id);
        if (theirIndex < 0 || indexOfItem(mine, collection, id) >= 0)
            return false;
        document.insertItem(itemAt(theirs, collection, theirIndex),
            std::min(theirIndex, itemCount(mine, collection)));
        return true;
    }
    case Difference::Kind::Moved: {
        const int theirIndex = indexOfItem(theirs, collection, id);
        if (theirIndex < 0 || mineIndex < 0)
            return false;
        document.moveItem(
            collection, mineIndex, std::min(theirIndex, itemCount(mine, collection) - 1));
        return true;
    }
    case Difference::Kind::Changed: {
        const int theirIndex = indexOfItem(theirs, collection, id);
        if (mineIndex < 0 || theirIndex < 0)
            return false;
        if (difference.key.field == Field::AttachmentFileName) {
            // Their file with its name: the two go together.
            auto attachment = std::get<Attachment>(itemAt(theirs, collection, theirIndex));
            const auto current = std::get<Attachment>(itemAt(mine, collection, mineIndex));
            attachment.id = current.id;
            attachment.caption = current.caption;
            document.replaceItem(attachment);
            return true;
        }
        FieldKey key = difference.key;
        key.itemId = difference.earlierItemId;
        document.setField(key, fieldValue(theirs, difference.key));
        return true;
    }
    }
    return false;
}

} // namespace

bool takeTheirs(ReleaseDocument &document, const Release &theirs, const Difference &difference)
{
    if (difference.key.field == Field::Body)
        return takeParagraph(document, theirs, difference);
    if (const std::optional<Collection> collection = collectionOf(difference.key.field))
        return takeItem(document, theirs, difference, *collection);
    document.setField(difference.key, fieldValue(theirs, difference.key));
    return true;
}

} // namespace rd
