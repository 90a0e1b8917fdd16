#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;

namespace rd {

class DocumentController;

// The status bar of a document's window: whether the release is saved ("Saved 2 minutes ago",
// "Unsaved changes", "Read-only"), the statement's word count, and where it stands in review.
class DocumentStatus : public QObject
{
    Q_OBJECT

public:
    DocumentStatus(DocumentController *controller, QStatusBar *bar);

    QString saveState() const;
    QString wordCount() const;
    QString workflowState() const;

private:
    void showSaveState();
    void showWordCount();
    void showWorkflowState();

    DocumentController *m_controller;
    QLabel *m_save;
    QLabel *m_words;
    QLabel *m_workflow;
    QTimer *m_clock;
    QDateTime m_savedAt;
};

} // namespace rd
