#pragma once

#include "field.h"
#include "release.h"

#include <variant>

namespace rd {

// One item of one of the release's lists, as the insert, remove and replace commands carry it.
using Item = std::variant<Agency, Quote, Attachment, MediaContact>;

Collection collectionOf(const Item &item);
QString itemId(const Item &item);

int itemCount(const Release &release, Collection collection);
int indexOfItem(const Release &release, Collection collection, const QString &id);
Item itemAt(const Release &release, Collection collection, int index);

// Low-level list edits used by the undo commands. Indexes must be valid.
void insertItem(Release &release, int index, const Item &item);
void replaceItem(Release &release, int index, const Item &item);
void removeItem(Release &release, Collection collection, int index);
void moveItem(Release &release, Collection collection, int from, int to);

} // namespace rd
