#include "editorview.h"

#include "form/collectioneditor.h"
#include "form/fieldmarkers.h"
#include "form/sections.h"
#include "form/tabchain.h"
#include "model/releasedocument.h"
#include "pages.h"
#include "releasechecker.h"
#include "reviewpage.h"
#include "stepnavigator.h"
#include "translationpage.h"
#include "util/textdirection.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTextEdit>

namespace rd {

EditorView::EditorView(
    ReleaseDocument *document, UserPrompts *prompts, OutputController *output, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_navigator(new StepNavigator(this))
    , m_pages(new QStackedWidget(this))
    , m_review(new ReviewPage(document, prompts, output))
    , m_markers(new FieldMarkers(m_pages, this))
    , m_checker(new ReleaseChecker(document, this))
{
    m_pages->addWidget(
        framedPage(Step::Agencies, createAgenciesSection(document, prompts, nullptr)));
    m_pages->addWidget(framedPage(Step::Headline, createHeadlineContent(document)));
    m_pages->addWidget(framedPage(Step::Statement, createStatementContent(document, prompts)));
    m_pages->addWidget(framedPage(Step::Quotes, createQuotesSection(document, nullptr)));
    m_pages->addWidget(
        framedPage(Step::Attachments, createAttachmentsSection(document, prompts, nullptr)));
    m_pages->addWidget(framedPage(Step::Contacts, createContactsContent(document)));
    m_pages->addWidget(framedPage(Step::Translation, new TranslationPage(document, prompts)));
    m_pages->addWidget(framedPage(Step::Review, m_review));

    // A release in Arabic or Hebrew is written from the right in every field of words.
    followDocumentDirection();
    connect(document, &ReleaseDocument::fieldChanged, this, [this](const FieldKey &key) {
        if (key.field == Field::Language)
            followDocumentDirection();
    });
    connect(document, &ReleaseDocument::releaseReset, this, &EditorView::followDocumentDirection);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigator);
    layout->addWidget(m_pages, 1);

    connect(m_navigator, &StepNavigator::stepChosen, this,
        [this](Step step) { m_pages->setCurrentIndex(int(step)); });
    // A click on a step is a wish to write there; arrow keys in the list only look.
    connect(
        m_navigator, &QListWidget::itemClicked, this, [this] { focusFirstField(currentStep()); });
    connect(m_review, &ReviewPage::findingActivated, this, [this](const Finding &finding) {
        if (finding.position >= 0)
            selectInField(finding.field, finding.position, finding.length);
        else
            focusField(finding.field);
    });

    // A list showing another item shows that item's marks.
    for (CollectionEditor *collection : m_pages->findChildren<CollectionEditor *>())
        connect(
            collection, &CollectionEditor::currentItemChanged, m_markers, &FieldMarkers::refresh);

    // The checks run after typing pauses, off the keystroke's path; the steps, the checklist and
    // the fields' marks follow their result. Opening a release, or letting a warning stand, is a
    // click, and shows at once.
    connect(m_checker, &ReleaseChecker::checked, this, &EditorView::showChecks);
    connect(
        document, &ReleaseDocument::acknowledgementsChanged, m_checker, &ReleaseChecker::checkNow);
    connect(document, &ReleaseDocument::releaseReset, m_checker, &ReleaseChecker::checkNow);
    m_checker->checkNow();
}

Step EditorView::currentStep() const
{
    return m_navigator->currentStep();
}

void EditorView::showStep(Step step)
{
    m_navigator->setCurrentStep(step);
    focusFirstField(step);
}

QList<QWidget *> EditorView::fieldsOf(Step step) const
{
    return tabChainOf(m_pages->widget(int(step)));
}

void EditorView::focusFirstField(Step step)
{
    // A list of items (agencies, quotes, contacts) is passed by for its selected item's first
    // field: an officer arriving at a step types, and keys typed into a list or onto its Remove
    // button would do something else.
    const QList<QWidget *> fields = fieldsOf(step);
    if (fields.isEmpty())
        return;
    for (QWidget *parent = fields.first(); parent; parent = parent->parentWidget()) {
        if (auto *collection = qobject_cast<CollectionEditor *>(parent)) {
            collection->focusFirstField();
            return;
        }
    }
    fields.first()->setFocus(Qt::TabFocusReason);
}

bool EditorView::focusNextPrevChild(bool next)
{
    // Tab from a step's last field goes on to the next step's first, as on a long form.
    const QList<QWidget *> fields = fieldsOf(currentStep());
    if (next && currentStep() != Step::Review && !fields.isEmpty()
        && QApplication::focusWidget() == fields.last()) {
        showStep(Step(int(currentStep()) + 1));
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void EditorView::focusField(const FieldKey &field)
{
    const Step step = stepOf(field);
    showStep(step);
    QWidget *page = m_pages->widget(int(step));
    if (const auto collection = collectionOf(field.field); collection && !field.itemId.isEmpty()) {
        for (CollectionEditor *editor : page->findChildren<CollectionEditor *>()) {
            if (editor->collection() == *collection)
                editor->selectItem(field.itemId);
        }
    }
    if (QWidget *editor = page->findChild<QWidget *>(editorName(field))) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *scroll = qobject_cast<QScrollArea *>(page))
            scroll->ensureWidgetVisible(editor);
    }
}

void EditorView::selectInField(const FieldKey &field, qsizetype position, qsizetype length)
{
    focusField(field);
    QWidget *page = m_pages->widget(int(stepOf(field)));
    QWidget *editor = page->findChild<QWidget *>(editorName(field));
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setSelection(int(position), int(length));
        return;
    }
    QTextDocument *document = nullptr;
    if (auto *text = qobject_cast<QTextEdit *>(editor))
        document = text->document();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        document = plain->document();
    if (!document)
        return;
    // The statement's paragraphs are one block each in its editor, not separated by blank lines.
    const auto documentPosition = [&](qsizetype at) {
        if (field.field != Field::Body)
            return at;
        const QString text = fieldValue(m_document->release(), field).value<Body>().plainText();
        return at - text.left(at).count(QStringLiteral("\n\n"));
    };
    QTextCursor cursor(document);
    const qsizetype last = document->characterCount() - 1;
    cursor.setPosition(int(std::clamp<qsizetype>(documentPosition(position), 0, last)));
    cursor.setPosition(int(std::clamp<qsizetype>(documentPosition(position + length), 0, last)),
        QTextCursor::KeepAnchor);
    if (auto *text = qobject_cast<QTextEdit *>(editor))
        text->setTextCursor(cursor);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setTextCursor(cursor);
}

QSize EditorView::minimumSizeHint() const
{
    int widestPage = 0;
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto *scroll = qobject_cast<const QScrollArea *>(m_pages->widget(i));
        const QWidget *content = scroll ? scroll->widget() : m_pages->widget(i);
        widestPage = std::max(widestPage, content->minimumSizeHint().width());
    }
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QMargins margins = contentsMargins();
    return QSize(m_navigator->minimumWidth() + widestPage + scrollBar + margins.left()
            + margins.right() + 12,
        QWidget::minimumSizeHint().height());
}

bool EditorView::isEmpty(Step step) const
{
    const Release &release = m_document->release();
    switch (step) {
    case Step::Quotes:
        return release.quotes.isEmpty();
    case Step::Attachments:
        return release.attachments.isEmpty();
    case Step::Translation:
        return release.translation.language.isEmpty();
    default:
        return false;
    }
}

void EditorView::followDocumentDirection()
{
    // The editors of prose; names, numbers and addresses read left to right in any release. The
    // translation's editors follow the second language instead.
    const Qt::LayoutDirection direction = directionOfLanguage(m_document->release().language);
    for (int step = 0; step < m_pages->count(); ++step) {
        if (Step(step) == Step::Translation)
            continue;
        for (Field field : allFields()) {
            if (!isProse(field))
                continue;
            for (QWidget *editor : m_pages->widget(step)->findChildren<QWidget *>(fieldId(field)))
                editor->setLayoutDirection(direction);
        }
    }
}

void EditorView::showChecks()
{
    const CheckedRelease &checked = m_checker->current();
    const bool approved = m_document->release().workflow.state == WorkflowState::Approved;
    // A warning let stand was decided on: neither its step nor its field is marked any more.
    const QList<Finding> open = checked.openFindings();
    QList<StepState> states;
    for (Step step : allSteps)
        states.append(stepState(step, open, approved, isEmpty(step)));
    m_navigator->setStates(states);
    m_review->setFindings(checked.findings, checked.letStand);
    m_review->setReadability(checked.readability, checked.style);
    m_markers->setFindings(open);
}

} // namespace rd
