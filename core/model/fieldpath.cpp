#include "fieldpath.h"

#include "release.h"

namespace rd {

namespace {

template<typename Item>
qsizetype indexOf(const QList<Item> &items, const QString &id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

QString itemPath(const Release &release, Collection collection, const QString &id)
{
    qsizetype index = -1;
    QString list;
    switch (collection) {
    case Collection::Agencies:
        list = QStringLiteral("agencies");
        index = indexOf(release.agencies, id);
        break;
    case Collection::Quotes:
        list = QStringLiteral("quotes");
        index = indexOf(release.quotes, id);
        break;
    case Collection::Attachments:
        list = QStringLiteral("attachments");
        index = indexOf(release.attachments, id);
        break;
    case Collection::Contacts:
        list = QStringLiteral("contacts");
        index = indexOf(release.contacts, id);
        break;
    }
    return index < 0 ? list : QStringLiteral("%1[%2]").arg(list).arg(index);
}

QString fieldPath(const Release &release, const FieldKey &key)
{
    QString path;
    if (const std::optional<Collection> collection = collectionOf(key.field)) {
        const QString item = itemPath(release, *collection, key.itemId);
        path = item.endsWith(QLatin1Char(']')) ? item + QLatin1Char('.') + fileFormatKey(key.field)
                                               : item;
    } else {
        path = fileFormatKey(key.field);
    }
    if (key.translated && !release.translation.language.isEmpty())
        path = release.translation.language + QLatin1Char(':') + path;
    return path;
}

} // namespace rd
