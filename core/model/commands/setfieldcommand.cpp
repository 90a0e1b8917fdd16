#include "setfieldcommand.h"

#include "model/releasedocument.h"

namespace rd {

namespace {

bool isTyped(const QVariant &value)
{
    const QMetaType type = value.metaType();
    return type == QMetaType::fromType<QString>() || type == QMetaType::fromType<Body>();
}

// A text field's text, or the statement's, its paragraphs separated by blank lines.
QString typedText(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<Body>())
        return value.value<Body>().plainText();
    return value.toString();
}

} // namespace

SetFieldCommand::SetFieldCommand(ReleaseDocument *document, const FieldKey &key,
    const QVariant &oldValue, const QVariant &newValue, QUndoCommand *parent)
    : ContentCommand(document, parent)
    , m_key(key)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
    , m_lastEditTime(typingClock())
{
    setText(tr("Change %1").arg(fieldDisplayName(key.field)));
    if (isTyped(newValue))
        m_lastChange = changeBetween(typedText(oldValue), typedText(newValue));
}

int SetFieldCommand::id() const
{
    return isTyped(m_newValue) ? int(MergeId::SetText) : -1;
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_key != m_key)
        return false;
    const std::optional<TextChange> continued = continuedTyping(m_lastChange, typedText(m_newValue),
        next->m_lastChange, next->m_lastEditTime - m_lastEditTime);
    if (!continued)
        return false;
    m_newValue = next->m_newValue;
    m_lastChange = *continued;
    m_lastEditTime = next->m_lastEditTime;
    return true;
}

std::optional<TextChange> SetFieldCommand::changeAfterUndo() const
{
    if (!isTyped(m_newValue))
        return std::nullopt;
    return changeBetween(typedText(m_newValue), typedText(m_oldValue));
}

std::optional<TextChange> SetFieldCommand::changeAfterRedo() const
{
    if (!isTyped(m_newValue))
        return std::nullopt;
    return changeBetween(typedText(m_oldValue), typedText(m_newValue));
}

void SetFieldCommand::apply()
{
    m_document->applyField(m_key, m_newValue);
}

void SetFieldCommand::revert()
{
    m_document->applyField(m_key, m_oldValue);
}

QString fieldDisplayName(Field field)
{
    switch (field) {
    case Field::Type:
        return ContentCommand::tr("release type");
    case Field::Reference:
        return ContentCommand::tr("reference number");
    case Field::RelatesTo:
        return ContentCommand::tr("earlier release");
    case Field::Language:
        return ContentCommand::tr("language");
    case Field::Embargo:
        return ContentCommand::tr("embargo");
    case Field::DatelinePlace:
        return ContentCommand::tr("dateline place");
    case Field::DatelineDate:
        return ContentCommand::tr("dateline date");
    case Field::Headline:
        return ContentCommand::tr("headline");
    case Field::Subheadline:
        return ContentCommand::tr("subheadline");
    case Field::Body:
        return ContentCommand::tr("statement");
    case Field::NotesToEditors:
        return ContentCommand::tr("notes to editors");
    case Field::EndMarker:
        return ContentCommand::tr("end marker");
    case Field::IssuedBy:
        return ContentCommand::tr("issued by");
    case Field::AgencyName:
        return ContentCommand::tr("agency name");
    case Field::AgencyShortName:
        return ContentCommand::tr("agency short name");
    case Field::AgencyLogo:
        return ContentCommand::tr("agency logo");
    case Field::AgencyWebsite:
        return ContentCommand::tr("agency website");
    case Field::AgencyAbout:
        return ContentCommand::tr("About paragraph");
    case Field::QuoteText:
        return ContentCommand::tr("quote");
    case Field::QuoteSpeaker:
        return ContentCommand::tr("speaker");
    case Field::QuoteTitle:
        return ContentCommand::tr("speaker's title");
    case Field::QuoteAgency:
        return ContentCommand::tr("speaker's agency");
    case Field::AttachmentCaption:
        return ContentCommand::tr("attachment caption");
    case Field::AttachmentFileName:
        return ContentCommand::tr("attachment file name");
    case Field::ContactAgency:
        return ContentCommand::tr("contact's agency");
    case Field::ContactName:
        return ContentCommand::tr("contact name");
    case Field::ContactRole:
        return ContentCommand::tr("contact role");
    case Field::ContactPhone:
        return ContentCommand::tr("contact phone");
    case Field::ContactEmail:
        return ContentCommand::tr("contact e-mail");
    }
    return {};
}

} // namespace rd
