#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QWidget;

namespace rd {

class ReleaseDocument;

// Marks each field's editor that has open comments with a speech bubble and their number, beside
// the field, whose tooltip gives the comments; clicking it opens them. An editor of a list's
// fields shows the marks of the item it shows.
class CommentMarkers : public QObject
{
    Q_OBJECT

public:
    CommentMarkers(ReleaseDocument *document, QWidget *root, QObject *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void markerClicked(const QString &commentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void mark(QWidget *editor, const QStringList &ids, const QString &tooltip);

    ReleaseDocument *m_document;
    QWidget *m_root;
    QHash<QWidget *, QPointer<QAction>> m_lineEditMarks;
    QHash<QWidget *, QPointer<QLabel>> m_badges;
    QHash<QObject *, QString> m_firstComment; // of each mark
};

} // namespace rd
