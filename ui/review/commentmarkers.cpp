#include "commentmarkers.h"

#include "editor/fieldselection.h"
#include "form/badgeplacer.h"
#include "form/collectioneditor.h"
#include "model/releasedocument.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace rd {

namespace {

// A speech bubble with the number of open comments in it, in the palette's highlight colours.
QPixmap bubble(int count, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = QApplication::palette();
    QPainterPath path;
    const QRectF body(0.5, 0.5, size - 1, size * 0.75);
    path.addRoundedRect(body, size * 0.2, size * 0.2);
    QPainterPath tail;
    tail.moveTo(size * 0.25, body.bottom() - 1);
    tail.lineTo(size * 0.2, size - 0.5);
    tail.lineTo(size * 0.5, body.bottom() - 1);
    tail.closeSubpath();
    painter.fillPath(path.united(tail), palette.color(QPalette::Highlight));
    QFont font = QApplication::font();
    font.setPixelSize(std::max(7, int(size * 0.55)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::HighlightedText));
    painter.drawText(
        body, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
    return pixmap;
}

} // namespace

CommentMarkers::CommentMarkers(ReleaseDocument *document, QWidget *root, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_root(root)
{
    connect(document, &ReleaseDocument::commentsChanged, this, &CommentMarkers::refresh);
    connect(document, &ReleaseDocument::releaseReset, this, &CommentMarkers::refresh);
    for (CollectionEditor *collection : root->findChildren<CollectionEditor *>())
        connect(collection, &CollectionEditor::currentItemChanged, this, &CommentMarkers::refresh);
    refresh();
}

void CommentMarkers::refresh()
{
    // The editors first, then their marks: marking deletes old badges, which are widgets too.
    QList<std::pair<QWidget *, FieldKey>> editors;
    for (QWidget *widget : m_root->findChildren<QWidget *>()) {
        if (const std::optional<FieldKey> field = fieldOfEditor(widget))
            editors.append({widget, *field});
    }
    for (const auto &[editor, field] : std::as_const(editors)) {
        QStringList ids;
        QStringList lines;
        for (const Comment &comment : m_document->release().comments) {
            if (comment.resolved || !(comment.field == field))
                continue;
            ids.append(comment.id);
            lines.append(tr("%1: %2").arg(comment.author, comment.text.simplified().left(120)));
        }
        mark(editor, ids, lines.join(QLatin1Char('\n')));
    }
}

void CommentMarkers::mark(QWidget *editor, const QStringList &ids, const QString &tooltip)
{
    const int size = editor->style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        QPointer<QAction> &action = m_lineEditMarks[editor];
        if (ids.isEmpty()) {
            m_firstComment.remove(action.data());
            delete action;
            return;
        }
        if (!action) {
            action = line->addAction(QIcon(), QLineEdit::TrailingPosition);
            action->setObjectName(QStringLiteral("commentMarker"));
            connect(action, &QAction::triggered, this, [this, action = action.data()] {
                Q_EMIT markerClicked(m_firstComment.value(action));
            });
        }
        action->setIcon(QIcon(bubble(int(ids.size()), size, editor->devicePixelRatioF())));
        action->setToolTip(tooltip);
        m_firstComment.insert(action, ids.first());
        return;
    }
    QPointer<QLabel> &badge = m_badges[editor];
    if (ids.isEmpty()) {
        m_firstComment.remove(badge.data());
        delete badge;
        return;
    }
    if (!badge) {
        badge = new QLabel(editor);
        badge->setObjectName(QStringLiteral("commentMarker"));
        badge->setFixedSize(size, size);
        badge->setCursor(Qt::PointingHandCursor);
        badge->installEventFilter(this);
        new BadgePlacer(badge, editor, 1); // beside a check's mark, which takes the corner
        badge->show();
    }
    badge->setPixmap(bubble(int(ids.size()), size, editor->devicePixelRatioF()));
    badge->setToolTip(tooltip);
    m_firstComment.insert(badge, ids.first());
}

bool CommentMarkers::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && m_firstComment.contains(watched)) {
        Q_EMIT markerClicked(m_firstComment.value(watched));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rd
