#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace rd {

class ReleaseDocument;
struct ReleaseVersion;

// The versions the project keeps, newest first (what it was called or the step of the review
// that kept it, who, when), and what can be done with one: view it, compare it with the release
// as it stands, restore it (an undoable edit); or with two chosen, compare them.
class VersionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VersionsPanel(ReleaseDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString currentVersionId() const;
    void setCurrentVersion(const QString &id);
    // The versions chosen, in the list's order (newest first): one, or two to compare.
    QStringList selectedVersionIds() const;

    // What a version is called in lists and titles: its label, or the step that kept it.
    static QString nameOf(const ReleaseVersion &version);

Q_SIGNALS:
    void saveRequested();
    void viewRequested(const QString &versionId);
    // One version, with the release as it stands; or two, with each other.
    void compareRequested(const QStringList &versionIds);

private:
    void rebuild();
    void updateButtons();

    ReleaseDocument *m_document;
    QTreeWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_view;
    QPushButton *m_compare;
    QPushButton *m_restore;
};

} // namespace rd
