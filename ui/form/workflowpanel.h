#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd {

class ReleaseDocument;
class UserPrompts;

// Shows where the release stands (draft, in review, approved by whom and when) and moves it
// along. Any edit of the content returns it to draft, which shows here at once.
class WorkflowPanel : public QWidget
{
    Q_OBJECT

public:
    WorkflowPanel(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent = nullptr);

Q_SIGNALS:
    // The release was approved here: what comes next is its export, which the page offers.
    void approved();

private:
    void updateState();
    void approve();
    std::optional<QString> askName(
        const QString &title, const QString &label, const QString &initial);

    ReleaseDocument *m_document;
    UserPrompts *m_prompts;
    QLabel *m_state;
    QPushButton *m_requestReview;
    QPushButton *m_approve;
    QPushButton *m_returnToDraft;
};

} // namespace rd
