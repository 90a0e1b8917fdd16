#include "commentspanel.h"

#include "editor/step.h"
#include "model/releasedocument.h"
#include "userstime.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace rd {

namespace {

constexpr int idRole = Qt::UserRole;

// One line for a comment in the list: who, and the start of what they said.
QString listLine(const Comment &comment)
{
    QString text = comment.text.simplified();
    if (text.size() > 80)
        text = text.left(78) + QStringLiteral("…");
    return QStringLiteral("%1: %2").arg(comment.author, text);
}

// Where a comment is: the field, and for a stretch of its text, that text.
QString placeOf(const Comment &comment)
{
    QString place = fieldDisplayName(comment.field.field);
    if (!place.isEmpty())
        place[0] = place.at(0).toUpper();
    if (comment.field.translated)
        place = CommentsPanel::tr("%1 (second language)").arg(place);
    if (!comment.isAboutText())
        return place;
    QString quoted = comment.quoted.simplified();
    if (quoted.size() > 60)
        quoted = quoted.left(58) + QStringLiteral("…");
    return comment.detached
        ? CommentsPanel::tr("%1, deleted text \u201c%2\u201d").arg(place, quoted)
        : CommentsPanel::tr("%1, \u201c%2\u201d").arg(place, quoted);
}

} // namespace

CommentsPanel::CommentsPanel(
    ReleaseDocument *document, std::function<std::optional<QString>()> askName, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_askName(std::move(askName))
    , m_showResolved(new QCheckBox(tr("Show resolved"), this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_thread(new QPlainTextEdit(this))
    , m_reply(new QPlainTextEdit(this))
    , m_replyButton(new QPushButton(tr("&Reply"), this))
    , m_resolveButton(new QPushButton(tr("Re&solve"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setAccessibleName(tr("Comments"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_thread->setObjectName(QStringLiteral("commentThread"));
    m_thread->setReadOnly(true);
    m_thread->setAccessibleName(tr("Comment and replies"));
    m_reply->setObjectName(QStringLiteral("commentReply"));
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setPlaceholderText(tr("Write a reply…"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(m_reply->fontMetrics().lineSpacing() * 4);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replyButton);
    buttons->addWidget(m_resolveButton);
    buttons->addStretch();
    buttons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_showResolved);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_thread, 2);
    layout->addWidget(m_reply);
    layout->addLayout(buttons);

    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsPanel::rebuild);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CommentsPanel::showCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const std::optional<Comment> comment = currentComment())
            Q_EMIT commentActivated(*comment);
    });
    connect(m_reply, &QPlainTextEdit::textChanged, this, &CommentsPanel::showCurrent);
    connect(m_replyButton, &QPushButton::clicked, this, &CommentsPanel::reply);
    connect(m_resolveButton, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Comment> comment = currentComment())
            m_document->removeComment(comment->id);
    });
    connect(document, &ReleaseDocument::commentsChanged, this, &CommentsPanel::rebuild);
    connect(document, &ReleaseDocument::releaseReset, this, &CommentsPanel::rebuild);
    rebuild();
}

QString CommentsPanel::currentCommentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, idRole).toString() : QString();
}

void CommentsPanel::setCurrentComment(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, idRole).toString() == id) {
            m_list->setCurrentItem(*it);
            m_list->scrollToItem(*it);
            return;
        }
    }
    if (!m_showResolved->isChecked()) {
        m_showResolved->setChecked(true); // rebuilds, with the resolved one among them
        setCurrentComment(id);
    }
}

std::optional<Comment> CommentsPanel::currentComment() const
{
    const QString id = currentCommentId();
    for (const Comment &comment : m_document->release().comments) {
        if (!id.isEmpty() && comment.id == id)
            return comment;
    }
    return std::nullopt;
}

void CommentsPanel::rebuild()
{
    const QString current = currentCommentId();
    const QList<Comment> &comments = m_document->release().comments;
    const qsizetype open = openCommentCount(m_document->release());
    m_summary->setText(comments.isEmpty()
            ? tr("No comments. To comment on a field, select its text and choose Review ▸ Add "
                 "Comment.")
            : comments.size() == open ? tr("%n open comments", "", int(open))
                                      : tr("%n open comments", "", int(open))
                + tr(", %n resolved", "", int(comments.size() - open)));

    // By step, in the order of the steps, and within a step in the order they were made.
    std::map<int, QList<const Comment *>> byStep;
    for (const Comment &comment : comments) {
        if (!comment.resolved || m_showResolved->isChecked())
            byStep[int(stepOf(comment.field))].append(&comment);
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem *toSelect = nullptr;
    for (const auto &[step, stepComments] : byStep) {
        auto *group = new QTreeWidgetItem(m_list, {stepTitle(Step(step))});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const Comment *comment : stepComments) {
            QString line = listLine(*comment);
            if (comment->resolved)
                line = tr("✓ %1").arg(line);
            auto *item = new QTreeWidgetItem(group, {line});
            item->setData(0, idRole, comment->id);
            item->setToolTip(0, placeOf(*comment));
            if (comment->resolved)
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            if (comment->id == current)
                toSelect = item;
        }
    }
    m_list->expandAll();
    if (toSelect)
        m_list->setCurrentItem(toSelect);
    showCurrent();
}

void CommentsPanel::showCurrent()
{
    const std::optional<Comment> comment = currentComment();
    m_replyButton->setEnabled(comment && !m_reply->toPlainText().trimmed().isEmpty());
    m_resolveButton->setEnabled(bool(comment));
    m_deleteButton->setEnabled(bool(comment));
    m_reply->setEnabled(bool(comment));
    m_resolveButton->setText(comment && comment->resolved ? tr("Re&open") : tr("Re&solve"));
    if (!comment) {
        m_thread->clear();
        return;
    }
    // Plain text, whatever the comment says.
    QStringList thread {placeOf(*comment), QString(),
        tr("%1, %2:").arg(comment->author, localTime(comment->at)), comment->text};
    for (const CommentReply &reply : comment->replies)
        thread << QString() << tr("%1, %2:").arg(reply.author, localTime(reply.at)) << reply.text;
    if (comment->resolved)
        thread
            << QString()
            << tr("Resolved by %1, %2.").arg(comment->resolvedBy, localTime(comment->resolvedAt));
    m_thread->setPlainText(thread.join(QLatin1Char('\n')));
}

void CommentsPanel::reply()
{
    const std::optional<Comment> comment = currentComment();
    const QString text = m_reply->toPlainText().trimmed();
    if (!comment || text.isEmpty())
        return;
    const std::optional<QString> name = m_askName();
    if (!name)
        return;
    m_document->replyToComment(comment->id, {*name, QDateTime::currentDateTimeUtc(), text});
    m_reply->clear();
}

void CommentsPanel::toggleResolved()
{
    const std::optional<Comment> comment = currentComment();
    if (!comment)
        return;
    if (comment->resolved) {
        m_document->reopenComment(comment->id);
        return;
    }
    if (const std::optional<QString> name = m_askName())
        m_document->resolveComment(comment->id, *name, QDateTime::currentDateTimeUtc());
}

} // namespace rd
