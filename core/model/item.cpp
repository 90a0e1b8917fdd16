#include "item.h"

namespace rd {

namespace {

// Calls function with the list that holds collection.
template<typename Function>
decltype(auto) withList(Release &release, Collection collection, Function &&function)
{
    switch (collection) {
    case Collection::Agencies:
        return function(release.agencies);
    case Collection::Quotes:
        return function(release.quotes);
    case Collection::Attachments:
        return function(release.attachments);
    case Collection::Contacts:
        break;
    }
    return function(release.contacts);
}

template<typename Function>
decltype(auto) withList(const Release &release, Collection collection, Function &&function)
{
    // The lists are only read through function, which takes them by const reference.
    return withList(const_cast<Release &>(release), collection,
        [&](const auto &list) { return function(list); });
}

} // namespace

Collection collectionOf(const Item &item)
{
    static constexpr Collection byIndex[]
        = {Collection::Agencies, Collection::Quotes, Collection::Attachments, Collection::Contacts};
    return byIndex[item.index()];
}

QString itemId(const Item &item)
{
    return std::visit([](const auto &value) { return value.id; }, item);
}

int itemCount(const Release &release, Collection collection)
{
    return withList(release, collection, [](const auto &list) { return int(list.size()); });
}

int indexOfItem(const Release &release, Collection collection, const QString &id)
{
    return withList(release, collection, [&](const auto &list) {
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).id == id)
                return i;
        }
        return -1;
    });
}

Item itemAt(const Release &release, Collection collection, int index)
{
    return withList(release, collection, [&](const auto &list) { return Item(list.at(index)); });
}

void insertItem(Release &release, int index, const Item &item)
{
    withList(release, collectionOf(item), [&](auto &list) {
        using Value = typename std::decay_t<decltype(list)>::value_type;
        list.insert(index, std::get<Value>(item));
    });
}

void replaceItem(Release &release, int index, const Item &item)
{
    withList(release, collectionOf(item), [&](auto &list) {
        using Value = typename std::decay_t<decltype(list)>::value_type;
        list.replace(index, std::get<Value>(item));
    });
}

void removeItem(Release &release, Collection collection, int index)
{
    withList(release, collection, [&](auto &list) { list.removeAt(index); });
}

void moveItem(Release &release, Collection collection, int from, int to)
{
    withList(release, collection, [&](auto &list) { list.move(from, to); });
}

} // namespace rd
