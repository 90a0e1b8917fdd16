#include "fieldmarkers.h"

#include "badgeplacer.h"
#include "collectioneditor.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace rd {

namespace {

QIcon markIcon(Finding::Severity severity)
{
    return qApp->style()->standardIcon(severity == Finding::Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : QStyle::SP_MessageBoxWarning);
}

} // namespace

FieldMarkers::FieldMarkers(QWidget *root, QObject *parent)
    : QObject(parent)
    , m_root(root)
{ }

void FieldMarkers::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    refresh();
}

QString FieldMarkers::itemShownBy(QWidget *editor) const
{
    for (QWidget *parent = editor->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *collection = qobject_cast<CollectionEditor *>(parent))
            return collection->currentItemId();
    }
    return {};
}

void FieldMarkers::refresh()
{
    // The editors first, then their marks: marking deletes old badges, which are widgets too.
    QList<std::pair<QWidget *, Field>> editors;
    for (QWidget *widget : m_root->findChildren<QWidget *>()) {
        if (const std::optional<Field> field = fieldWithId(widget->objectName()))
            editors.append({widget, *field});
    }
    for (const auto &[editor, field] : std::as_const(editors)) {
        const FieldKey key {field, collectionOf(field) ? itemShownBy(editor) : QString()};
        std::optional<Mark> worst;
        for (const Finding &finding : std::as_const(m_findings)) {
            if (!(finding.field == key) || finding.severity == Finding::Severity::Advice)
                continue;
            if (!worst)
                worst = Mark {finding.severity, {}};
            else if (finding.severity == Finding::Severity::Error)
                worst->severity = Finding::Severity::Error;
            worst->messages.append(finding.message);
        }
        mark(editor, worst);
    }
}

void FieldMarkers::mark(QWidget *editor, const std::optional<Mark> &mark)
{
    const QString description = mark ? mark->messages.join(QLatin1Char('\n')) : QString();
    editor->setAccessibleDescription(description);

    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        QPointer<QAction> &action = m_lineEditMarks[editor];
        if (!mark) {
            delete action;
            return;
        }
        if (!action)
            action = line->addAction(QIcon(), QLineEdit::TrailingPosition);
        action->setIcon(markIcon(mark->severity));
        action->setToolTip(description);
        return;
    }

    QPointer<QLabel> &badge = m_badges[editor];
    if (!mark) {
        delete badge;
        return;
    }
    if (!badge) {
        badge = new QLabel(editor);
        badge->setObjectName(QStringLiteral("fieldMarker"));
        const int size = editor->style()->pixelMetric(QStyle::PM_SmallIconSize);
        badge->setFixedSize(size, size);
        new BadgePlacer(badge, editor);
        badge->show();
    }
    const int size = badge->width();
    badge->setPixmap(markIcon(mark->severity).pixmap(size, size));
    badge->setToolTip(description);
}

} // namespace rd
