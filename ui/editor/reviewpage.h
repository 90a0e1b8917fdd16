#pragma once

#include "checks/finding.h"
#include "checks/readability.h"
#include "model/housestyle.h"
#include "model/release.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace rd {

class Checklist;
class OutputController;
class ReleaseDocument;
class UserPrompts;

// The last step: the checklist of everything the checks found, errors first (activating one
// selects its text in its field), how the statement reads, the sensitive matters and their
// safeguards, the approval, and the ways out: export in every format, print preview and print.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(ReleaseDocument *document, UserPrompts *prompts, OutputController *output,
        QWidget *parent = nullptr);

    // The findings, grouped by severity, errors first, each with the acknowledgement that lets
    // it stand, if any.
    void setFindings(
        const QList<Finding> &findings, const QList<std::optional<Acknowledgement>> &letStand);
    // How the statement reads, against the house's targets.
    void setReadability(const Readability &readability, const HouseStyle &style);
    Checklist *checklist() const { return m_checklist; }
    QListWidget *issueLog() const { return m_issueLog; }

Q_SIGNALS:
    void findingActivated(const rd::Finding &finding);

private:
    void showIssueLog();
    static QString describe(const WorkflowEvent &event);

    ReleaseDocument *m_document;
    Checklist *m_checklist;
    QLabel *m_readability;
    QListWidget *m_issueLog;
};

} // namespace rd
