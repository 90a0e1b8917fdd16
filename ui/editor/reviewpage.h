#pragma once

#include "checks/finding.h"
#include "model/release.h"

#include <QWidget>

class QListWidget;

namespace rd {

class OutputController;
class ReleaseDocument;
class UserPrompts;

// The last step: the checklist of everything missing or doubtful (a click goes to the field),
// the approval, and the ways out: export in every format, print preview and print.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(ReleaseDocument *document, UserPrompts *prompts, OutputController *output,
        QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    QListWidget *checklist() const { return m_checklist; }
    QListWidget *issueLog() const { return m_issueLog; }

Q_SIGNALS:
    void findingActivated(const rd::FieldKey &field);

private:
    void showIssueLog();
    static QString describe(const WorkflowEvent &event);

    ReleaseDocument *m_document;
    QListWidget *m_checklist;
    QListWidget *m_issueLog;
    QList<Finding> m_findings;
};

} // namespace rd
