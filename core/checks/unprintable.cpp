#include "checkcontext.h"

#include "model/printabletext.h"

namespace rd {

namespace {

void checkText(
    CheckContext &context, const FieldKey &field, const QString &text, qsizetype offset = 0)
{
    const auto [position, length] = firstUnprintable(text);
    if (position < 0)
        return;
    context.add(Finding::Severity::Warning, QStringLiteral("text.unprintable"), field,
        CheckText::tr("This holds a character that no export carries (a control character, a "
                      "direction override or a noncharacter, often from a paste): it is left out "
                      "of the release. Retype the text around it if anything looks wrong."),
        offset + position, length);
}

template<typename Item>
void checkItems(CheckContext &context, const QList<Item> &items, Collection collection)
{
    for (const Item &item : items) {
        for (const Field field : fieldsOf(collection)) {
            if (const QString *text = textOf(item, field))
                checkText(context, {field, item.id}, *text);
        }
    }
}

} // namespace

void checkUnprintableCharacters(CheckContext &context)
{
    const Release &release = context.release;
    for (const Field field : fieldsOf(std::nullopt)) {
        if (const QString *text = textOf(release, field))
            checkText(context, {field, {}}, *text);
    }
    for (const TextSpan &span : context.statement)
        checkText(context, span.field, span.text, span.offset);
    checkItems(context, release.agencies, Collection::Agencies);
    checkItems(context, release.quotes, Collection::Quotes);
    checkItems(context, release.attachments, Collection::Attachments);
    checkItems(context, release.contacts, Collection::Contacts);
}

} // namespace rd
