#pragma once

#include "checks/finding.h"
#include "model/acknowledgement.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace rd {

class ReleaseDocument;
class UserPrompts;

// Everything the checks found, grouped: errors, open warnings, warnings let stand (with who let
// them stand and why), and advice. Activating a finding goes to its text; a warning can be let
// stand with a reason, which the project keeps for the approver to read.
class Checklist : public QWidget
{
    Q_OBJECT

public:
    Checklist(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent = nullptr);

    // Each finding with the acknowledgement that lets it stand, if any.
    void setFindings(
        const QList<Finding> &findings, const QList<std::optional<Acknowledgement>> &letStand);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void findingActivated(const rd::Finding &finding);

private:
    enum class Group { Errors, Warnings, LetStand, Advice };
    static QString groupHeading(Group group, int count);
    Group groupOf(int index) const;
    int indexOf(const QListWidgetItem *item) const; // -1 for a heading
    const Finding *findingOf(const QListWidgetItem *item) const;
    const Finding *selectedFinding() const;
    void updateButtons();
    void letStand();
    void withdraw();

    ReleaseDocument *m_document;
    UserPrompts *m_prompts;
    QListWidget *m_list;
    QPushButton *m_letStand;
    QPushButton *m_withdraw;
    QList<Finding> m_findings;
    QList<std::optional<Acknowledgement>> m_acknowledgements; // beside m_findings
};

} // namespace rd
