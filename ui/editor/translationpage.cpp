#include "translationpage.h"

#include "form/bodyeditor.h"
#include "form/fieldbinder.h"
#include "model/languages.h"
#include "model/releasedocument.h"
#include "model/translation.h"
#include "pages.h"
#include "util/textdirection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QVBoxLayout>

namespace rd {

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

template<typename Item>
int indexOfId(const QList<Item> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

// What a row is about: "Headline", "Quote 2: speaker's title", "Kestrel Bay Police: About
// paragraph".
QString rowHeading(const Release &release, const FieldKey &key)
{
    const QString field = capitalized(fieldDisplayName(key.field));
    const std::optional<Collection> collection = collectionOf(key.field);
    if (!collection)
        return field;
    QString item;
    switch (*collection) {
    case Collection::Agencies: {
        const int i = indexOfId(release.agencies, key.itemId);
        item = i < 0 ? QString() : asSingleLine(release.agencies.at(i).name).trimmed();
        if (item.isEmpty())
            item = TranslationPage::tr("Agency %1").arg(i + 1);
        break;
    }
    case Collection::Quotes:
        item = TranslationPage::tr("Quote %1").arg(indexOfId(release.quotes, key.itemId) + 1);
        break;
    case Collection::Attachments:
        item = TranslationPage::tr("Attachment %1")
                   .arg(indexOfId(release.attachments, key.itemId) + 1);
        break;
    case Collection::Contacts: {
        const int i = indexOfId(release.contacts, key.itemId);
        item = i < 0 ? QString() : asSingleLine(release.contacts.at(i).name).trimmed();
        if (item.isEmpty())
            item = TranslationPage::tr("Media contact %1").arg(i + 1);
        break;
    }
    }
    return TranslationPage::tr("%1: %2", "an item of a list, then one of its fields")
        .arg(item, fieldDisplayName(key.field));
}

QString sourceText(const Release &release, const FieldKey &key)
{
    const QVariant value = fieldValue(release, key);
    return key.field == Field::Body ? value.value<Body>().plainText() : value.toString();
}

} // namespace

QString editorName(const FieldKey &key)
{
    if (!key.translated)
        return fieldId(key.field);
    QString name = QStringLiteral("translation.") + fieldId(key.field);
    if (!key.itemId.isEmpty())
        name += QLatin1Char('.') + key.itemId;
    return name;
}

TranslationPage::TranslationPage(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_language(new QComboBox(this))
    , m_layout(new QComboBox(this))
    , m_oneLanguage(new QLabel(this))
{
    auto *binder = new FieldBinder(document, this);
    fillLanguages();
    binder->bind(Field::TranslationLanguage, m_language);
    m_layout->addItem(tr("One after the other, the second from a new page"),
        QVariant::fromValue(BilingualLayout::OneAfterOther));
    m_layout->addItem(
        tr("Side by side, in two columns"), QVariant::fromValue(BilingualLayout::SideBySide));
    binder->bind(Field::TranslationLayout, m_layout);

    m_oneLanguage->setTextFormat(Qt::PlainText);
    m_oneLanguage->setWordWrap(true);
    m_oneLanguage->setText(
        tr("This release is in one language. Choose a second language to write it in two, such "
           "as te reo Māori beside English or French beside English: each field then has its "
           "translation beside it, and the release prints both."));

    auto *form = new QFormLayout;
    form->addRow(tr("Second &language:"), m_language);
    form->addRow(tr("Set the &two languages:"), m_layout);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_oneLanguage);
    layout->addStretch(1);
    nameFieldsAfterTheirLabels(this);

    connect(document, &ReleaseDocument::fieldChanged, this, &TranslationPage::onFieldChanged);
    connect(document, &ReleaseDocument::listChanged, this, &TranslationPage::rebuild);
    connect(document, &ReleaseDocument::releaseReset, this, [this] {
        fillLanguages();
        rebuild();
    });
    rebuild();
}

void TranslationPage::fillLanguages()
{
    // Every document language but the release's own, and the release's second language even
    // when the list does not have it.
    const Release &release = m_document->release();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->addItem(tr("None: the release is in one language"), QString());
    for (const DocumentLanguage &language : documentLanguages()) {
        if (language.tag.compare(release.language, Qt::CaseInsensitive) != 0)
            m_language->addItem(language.name, language.tag);
    }
    const QString second = release.translation.language;
    if (!second.isEmpty() && m_language->findData(second) < 0)
        m_language->addItem(languageName(second), second);
    m_language->setCurrentIndex(std::max(0, m_language->findData(second)));
}

void TranslationPage::onFieldChanged(const FieldKey &key)
{
    if (key.field == Field::Language) {
        fillLanguages();
        rebuild();
        return;
    }
    if (key.field == Field::TranslationLanguage) {
        rebuild();
        return;
    }
    // An item's name heads its rows (its own name's translation does not).
    if (!key.translated && (key.field == Field::AgencyName || key.field == Field::ContactName)) {
        m_builtFor.clear();
        rebuild();
        return;
    }
    if (!m_rows.contains(key.source()))
        return;
    if (!isVisible()) {
        m_stale.insert(key.source());
        return;
    }
    if (!key.translated)
        showSource(key);
    showState(key.source());
}

void TranslationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    for (const FieldKey &source : std::as_const(m_stale)) {
        if (m_rows.contains(source)) {
            showSource(source);
            showState(source);
        }
    }
    m_stale.clear();
}

void TranslationPage::rebuild()
{
    const Release &release = m_document->release();
    const QList<FieldKey> keys = translatableKeys(release);
    QStringList signature {release.language, release.translation.language};
    for (const FieldKey &key : keys)
        signature.append(key.itemId);
    const QString builtFor = signature.join(QLatin1Char('/'));
    if (builtFor == m_builtFor && m_fields)
        return;
    m_builtFor = builtFor;

    const bool bilingual = !release.translation.language.isEmpty();
    m_layout->setEnabled(bilingual);
    m_oneLanguage->setVisible(!bilingual);
    // Later, not now: the rows may be rebuilt from a signal of one of their own editors.
    if (m_fields) {
        m_fields->hide();
        m_fields->setParent(nullptr); // out of the page at once, so that no one finds its editors
        m_fields->deleteLater();
    }
    m_fields = nullptr;
    m_grid = nullptr;
    m_rows.clear();
    m_stale.clear();
    if (!bilingual)
        return;

    m_fields = new QWidget(this);
    m_grid = new QGridLayout(m_fields);
    m_grid->setContentsMargins(0, 12, 0, 0);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(18);
    for (int column = 0; column < 2; ++column) {
        const QString tag = column == 0 ? release.language : release.translation.language;
        auto *header = new QLabel(languageName(tag), m_fields);
        header->setTextFormat(Qt::PlainText);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setObjectName(column == 0 ? QStringLiteral("sourceLanguageHeader")
                                          : QStringLiteral("translationLanguageHeader"));
        m_grid->addWidget(header, 0, column);
    }
    int row = 1;
    for (const FieldKey &key : keys) {
        addRow(key, row);
        row += 2;
    }
    // Above the stretch at the foot of the page.
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_fields);
}

void TranslationPage::addRow(const FieldKey &source, int row)
{
    const Release &release = m_document->release();
    FieldKey translated = source;
    translated.translated = true;
    const QString heading = rowHeading(release, source);
    const QString secondLanguage = release.translation.language;

    auto *title = new QLabel(heading, m_fields);
    title->setTextFormat(Qt::PlainText);
    title->setContentsMargins(0, 10, 0, 0);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *state = new QLabel(m_fields);
    state->setTextFormat(Qt::PlainText);
    state->setContentsMargins(0, 10, 0, 0);
    state->setObjectName(QStringLiteral("translationState.") + editorName(translated));
    state->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_grid->addWidget(title, row, 0);
    m_grid->addWidget(state, row, 1);

    auto *text = new QLabel(m_fields);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->setLayoutDirection(directionOfLanguage(release.language));
    text->setForegroundRole(QPalette::PlaceholderText);
    text->setObjectName(QStringLiteral("translationSource.") + editorName(translated));
    m_grid->addWidget(text, row + 1, 0);

    // The editor of the second language version, bound to the model like every other field.
    auto *binder = new FieldBinder(m_document, m_fields);
    binder->setTranslated(true);
    binder->setItemId(source.itemId);
    QWidget *editor = nullptr;
    if (source.field == Field::Body) {
        auto *body = new BodyEditor(m_prompts, m_fields);
        body->textEdit()->setMinimumHeight(220);
        const auto commit = binder->bind(
            Field::Body, [body] { return QVariant::fromValue(body->body()); },
            [body](const QVariant &value) { body->setBody(value.value<Body>()); });
        connect(body, &BodyEditor::edited, binder, commit);
        body->textEdit()->setObjectName(editorName(translated));
        body->textEdit()->setLayoutDirection(directionOfLanguage(secondLanguage));
        body->textEdit()->setAccessibleName(heading);
        editor = body;
    } else if (holdsParagraphs(source.field)) {
        auto *plain = new QPlainTextEdit(m_fields);
        plain->setTabChangesFocus(true);
        plain->setFixedHeight(plain->fontMetrics().lineSpacing() * 5);
        binder->bind(source.field, plain);
        editor = plain;
    } else {
        auto *line = new QLineEdit(m_fields);
        binder->bind(source.field, line);
        editor = line;
    }
    if (source.field != Field::Body) {
        editor->setObjectName(editorName(translated));
        editor->setAccessibleName(heading);
        editor->setLayoutDirection(directionOfLanguage(secondLanguage));
    }
    m_grid->addWidget(editor, row + 1, 1);
    m_rows.insert(source, {text, state});
    showSource(source);
    showState(source);
}

void TranslationPage::showSource(const FieldKey &source)
{
    const Row row = m_rows.value(source);
    const QString text = sourceText(m_document->release(), source).trimmed();
    row.source->setText(text.isEmpty() ? tr("(empty)") : text);
}

void TranslationPage::showState(const FieldKey &source)
{
    const Row row = m_rows.value(source);
    QString text;
    QColor color;
    switch (translationState(m_document->release(), source)) {
    case TranslationState::NotNeeded:
        text = tr("Nothing to translate");
        color = palette().color(QPalette::PlaceholderText);
        break;
    case TranslationState::Missing:
        text = tr("\u25cf Not translated yet");
        color = QColor(0xb3, 0x26, 0x1e);
        break;
    case TranslationState::OutOfDate:
        text = tr("\u25b2 Source changed since it was translated");
        color = QColor(0x9a, 0x5b, 0x00);
        break;
    case TranslationState::Current:
        text = tr("\u2713 Up to date");
        color = QColor(0x2e, 0x6b, 0x30);
        break;
    }
    row.state->setText(text);
    QPalette palette = row.state->palette();
    palette.setColor(QPalette::WindowText, color);
    row.state->setPalette(palette);
}

} // namespace rd
