#include "documentstatus.h"

#include "documentcontroller.h"
#include "model/releasedocument.h"
#include "userstime.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace rd {

DocumentStatus::DocumentStatus(DocumentController *controller, QStatusBar *bar)
    : QObject(bar)
    , m_controller(controller)
    , m_save(new QLabel(bar))
    , m_words(new QLabel(bar))
    , m_workflow(new QLabel(bar))
    , m_clock(new QTimer(this))
{
    for (QLabel *label : {m_save, m_words, m_workflow})
        label->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("saveState"));
    m_words->setObjectName(QStringLiteral("wordCount"));
    m_workflow->setObjectName(QStringLiteral("workflowState"));
    bar->addWidget(m_save, 1);
    bar->addPermanentWidget(m_words);
    bar->addPermanentWidget(m_workflow);

    ReleaseDocument *document = controller->document();
    connect(controller, &DocumentController::saved, this, [this](const QDateTime &when) {
        m_savedAt = when;
        showSaveState();
    });
    connect(controller, &DocumentController::filePathChanged, this, [this] {
        m_savedAt = {};
        showSaveState();
    });
    connect(controller, &DocumentController::readOnlyChanged, this, &DocumentStatus::showSaveState);
    connect(document, &ReleaseDocument::modifiedChanged, this, &DocumentStatus::showSaveState);
    // Counted when typing pauses, not on every keystroke of a long statement.
    auto *count = new QTimer(this);
    count->setSingleShot(true);
    count->setInterval(300);
    connect(count, &QTimer::timeout, this, &DocumentStatus::showWordCount);
    connect(document, &ReleaseDocument::contentChanged, count, qOverload<>(&QTimer::start));
    connect(document, &ReleaseDocument::releaseReset, this, [this] {
        showWordCount();
        showWorkflowState();
    });
    connect(document, &ReleaseDocument::workflowChanged, this, &DocumentStatus::showWorkflowState);
    // "2 minutes ago" grows older while the window stands open.
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &DocumentStatus::showSaveState);
    m_clock->start();
    showSaveState();
    showWordCount();
    showWorkflowState();
}

QString DocumentStatus::saveState() const
{
    return m_save->text();
}

QString DocumentStatus::wordCount() const
{
    return m_words->text();
}

QString DocumentStatus::workflowState() const
{
    return m_workflow->text();
}

void DocumentStatus::showSaveState()
{
    const ReleaseDocument *document = m_controller->document();
    QString text;
    if (m_controller->isReadOnly())
        text = tr("Read-only");
    else if (document->isModified())
        text = m_controller->filePath().isEmpty() ? tr("Not saved yet") : tr("Unsaved changes");
    else if (m_savedAt.isValid()) {
        const qint64 minutes = m_savedAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        text = minutes < 1 ? tr("Saved just now")
            : minutes == 1 ? tr("Saved a minute ago")
            : minutes < 60 ? tr("Saved %n minutes ago", nullptr, int(minutes))
                           : tr("Saved %1").arg(localTime(m_savedAt));
    } else if (!m_controller->filePath().isEmpty())
        text = tr("No changes since it was opened");
    m_save->setText(text);
}

void DocumentStatus::showWordCount()
{
    const int words = m_controller->document()->release().body.wordCount();
    m_words->setText(tr("%n words in the statement", nullptr, words));
}

void DocumentStatus::showWorkflowState()
{
    switch (m_controller->document()->release().workflow.state) {
    case WorkflowState::Draft:
        m_workflow->setText(tr("Draft"));
        break;
    case WorkflowState::InReview:
        m_workflow->setText(tr("In review"));
        break;
    case WorkflowState::Approved:
        m_workflow->setText(tr("Approved"));
        break;
    }
}

} // namespace rd
