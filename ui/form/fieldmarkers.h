#pragma once

#include "checks/finding.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QWidget;

namespace rd {

// Marks each field's editor with what the checks found in it: an error or warning sign at its
// end, whose tooltip (and the editor's accessible description) says what to fix. An editor of a
// list's fields shows the marks of the item it shows.
class FieldMarkers : public QObject
{
    Q_OBJECT

public:
    FieldMarkers(QWidget *root, QObject *parent = nullptr);

    // The findings to mark: those still to act on.
    void setFindings(const QList<Finding> &findings);
    // Marks again with the same findings, as after a list shows another item.
    void refresh();

private:
    struct Mark
    {
        Finding::Severity severity;
        QStringList messages;
    };
    void mark(QWidget *editor, const std::optional<Mark> &mark);
    QString itemShownBy(QWidget *editor) const;

    QWidget *m_root;
    QList<Finding> m_findings;
    QHash<QWidget *, QPointer<QAction>> m_lineEditMarks;
    QHash<QWidget *, QPointer<QLabel>> m_badges;
};

} // namespace rd
