#include "releasecomparison.h"

#include "bodycomparison.h"
#include "model/fieldpath.h"
#include "model/release.h"
#include "sequencediff.h"
#include "valuetext.h"

#include <QCoreApplication>
#include <QHash>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

// What names an item when it is added or removed as a whole.
QString describe(const Agency &agency)
{
    return agency.name;
}
QString describe(const Quote &quote)
{
    return quote.speaker.isEmpty() ? quote.text
                                   : QStringLiteral("%1: %2").arg(quote.speaker, quote.text);
}
QString describe(const Attachment &attachment)
{
    return attachment.caption.isEmpty()
        ? attachment.fileName
        : QStringLiteral("%1 (%2)").arg(attachment.caption, attachment.fileName);
}
QString describe(const MediaContact &contact)
{
    return contact.name;
}

const QList<Agency> &itemsOf(const Release &release, const Agency *)
{
    return release.agencies;
}
const QList<Quote> &itemsOf(const Release &release, const Quote *)
{
    return release.quotes;
}
const QList<Attachment> &itemsOf(const Release &release, const Attachment *)
{
    return release.attachments;
}
const QList<MediaContact> &itemsOf(const Release &release, const MediaContact *)
{
    return release.contacts;
}

// Another item that is the same one though its id differs: an attachment of the same file,
// attached again.
template<typename Item>
bool sameThing(const Item &, const Item &)
{
    return false;
}
template<>
bool sameThing(const Attachment &a, const Attachment &b)
{
    return a.file == b.file;
}

class Comparer
{
public:
    Comparer(const Release &before, const Release &after)
        : m_before(before)
        , m_after(after)
    { }

    QList<Difference> compare()
    {
        const bool bilingual
            = !m_before.translation.language.isEmpty() || !m_after.translation.language.isEmpty();
        for (Field field : fieldsOf(std::nullopt)) {
            compareField(FieldKey {field, {}});
            if (bilingual && isTranslatable(field))
                compareField(FieldKey {field, {}, true});
        }
        compareList<Agency>(Collection::Agencies, bilingual);
        compareList<Quote>(Collection::Quotes, bilingual);
        compareList<Attachment>(Collection::Attachments, bilingual);
        compareList<MediaContact>(Collection::Contacts, bilingual);
        return m_differences;
    }

private:
    // A translated field is compared only where both versions are in the same two languages;
    // otherwise the second language itself differs, which its own field says.
    bool comparable(const FieldKey &key) const
    {
        return !key.translated || m_before.translation.language == m_after.translation.language;
    }

    void compareField(const FieldKey &key, const FieldKey &afterKey)
    {
        if (!comparable(key))
            return;
        const QVariant before = fieldValue(m_before, key);
        const QVariant after = fieldValue(m_after, afterKey);
        if (before == after)
            return;
        if (key.field == Field::Body) {
            const QString prefix = key.translated && !m_after.translation.language.isEmpty()
                ? m_after.translation.language + QLatin1Char(':')
                : QString();
            m_differences.append(
                compareBodies(before.value<Body>(), after.value<Body>(), key, prefix));
            return;
        }
        Difference difference;
        difference.key = afterKey;
        difference.earlierItemId = key.itemId;
        difference.path = fieldPath(m_after, afterKey);
        difference.before = valueText(m_before, key.field, before);
        difference.after = valueText(m_after, key.field, after);
        if (difference.before == difference.after)
            return; // two values that show the same (an agency known by the same name)
        // Prose word by word; a name, a number, an address or a code as a whole.
        if (isProse(key.field))
            difference.words = compareWords(difference.before, difference.after);
        m_differences.append(difference);
    }

    void compareField(const FieldKey &key) { compareField(key, key); }

    template<typename Item>
    void compareList(Collection collection, bool bilingual)
    {
        const QList<Item> &before = itemsOf(m_before, static_cast<const Item *>(nullptr));
        const QList<Item> &after = itemsOf(m_after, static_cast<const Item *>(nullptr));
        const Field firstField = fieldsOf(collection).first();

        // Each later item's earlier self, by id, or failing that by what makes it the same.
        QList<qsizetype> earlierIndex(after.size(), -1);
        QList<bool> matched(before.size(), false);
        for (qsizetype a = 0; a < after.size(); ++a) {
            for (qsizetype b = 0; b < before.size(); ++b) {
                if (!matched.at(b) && before.at(b).id == after.at(a).id) {
                    earlierIndex[a] = b;
                    matched[b] = true;
                    break;
                }
            }
        }
        for (qsizetype a = 0; a < after.size(); ++a) {
            for (qsizetype b = 0; earlierIndex.at(a) < 0 && b < before.size(); ++b) {
                if (!matched.at(b) && sameThing(before.at(b), after.at(a))) {
                    earlierIndex[a] = b;
                    matched[b] = true;
                }
            }
        }

        // Which kept items moved: those outside the longest run kept in order.
        QList<quint32> earlierOrder, laterOrder;
        for (qsizetype b = 0; b < before.size(); ++b) {
            if (matched.at(b))
                earlierOrder.append(quint32(b));
        }
        for (qsizetype a = 0; a < after.size(); ++a) {
            if (earlierIndex.at(a) >= 0)
                laterOrder.append(quint32(earlierIndex.at(a)));
        }
        QSet<qsizetype> moved;
        const QList<EditRun> runs
            = shortestEdit(earlierOrder, laterOrder, earlierOrder.size() + laterOrder.size())
                  .value_or(QList<EditRun> {});
        qsizetype inLater = 0;
        for (const EditRun &run : runs) {
            if (run.kind == EditRun::Kind::Insert) {
                for (qsizetype i = 0; i < run.length; ++i)
                    moved.insert(qsizetype(laterOrder.at(inLater + i)));
            }
            if (run.kind != EditRun::Kind::Delete)
                inLater += run.length;
        }

        for (qsizetype b = 0; b < before.size(); ++b) {
            if (matched.at(b))
                continue;
            Difference removed;
            removed.kind = Difference::Kind::Removed;
            removed.key = FieldKey {firstField, before.at(b).id};
            removed.earlierItemId = before.at(b).id;
            removed.path = itemPath(m_before, collection, before.at(b).id);
            removed.before = describe(before.at(b));
            m_differences.append(removed);
        }
        for (qsizetype a = 0; a < after.size(); ++a) {
            const Item &item = after.at(a);
            const qsizetype b = earlierIndex.at(a);
            if (b < 0) {
                Difference added;
                added.kind = Difference::Kind::Added;
                added.key = FieldKey {firstField, item.id};
                added.path = itemPath(m_after, collection, item.id);
                added.after = describe(item);
                m_differences.append(added);
                continue;
            }
            if (moved.contains(b)) {
                Difference move;
                move.kind = Difference::Kind::Moved;
                move.key = FieldKey {firstField, item.id};
                move.earlierItemId = before.at(b).id;
                move.path = itemPath(m_after, collection, item.id);
                move.earlierPath = itemPath(m_before, collection, before.at(b).id);
                move.before = move.after = describe(item);
                m_differences.append(move);
            }
            for (Field field : fieldsOf(collection)) {
                compareField(FieldKey {field, before.at(b).id}, FieldKey {field, item.id});
                if (bilingual && isTranslatable(field))
                    compareField(
                        FieldKey {field, before.at(b).id, true}, FieldKey {field, item.id, true});
            }
            compareFile(before.at(b), item);
        }
    }

    template<typename Item>
    void compareFile(const Item &, const Item &)
    { }

    void compareFile(const Attachment &before, const Attachment &after)
    {
        if (before.file == after.file)
            return;
        Difference difference;
        difference.key = FieldKey {Field::AttachmentFileName, after.id};
        difference.earlierItemId = before.id;
        difference.path
            = itemPath(m_after, Collection::Attachments, after.id) + QStringLiteral(".file");
        difference.before = Tr::tr("%1, SHA-256 %2").arg(before.fileName, before.file.sha256());
        difference.after = Tr::tr("%1, SHA-256 %2").arg(after.fileName, after.file.sha256());
        m_differences.append(difference);
    }

    const Release &m_before;
    const Release &m_after;
    QList<Difference> m_differences;
};

} // namespace

QList<Difference> compareReleases(const Release &before, const Release &after)
{
    return Comparer(before, after).compare();
}

} // namespace rd
