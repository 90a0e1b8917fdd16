#pragma once

#include "compare/releasecomparison.h"
#include "model/release.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextEdit;
class QTimer;
class QTreeWidget;

namespace rd {

class ReleaseDocument;

// What differs between the release being edited and another version of it (a kept version, the
// approved one, a colleague's copy): a line for each field, paragraph or item that differs, and
// for the one chosen its words, deleted struck through and inserted underlined. It follows the
// release as it is edited. Against a colleague's copy, each difference can be taken from their
// side (an undoable edit); the redline and the list of changes can be shown and exported.
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    // Which side of the comparison the other version is.
    enum class OtherIs { Earlier, Later };

    explicit ComparisonPanel(ReleaseDocument *document, QWidget *parent = nullptr);

    // Compares the release with other, named otherName; mergeable offers to take their side.
    void compareWith(std::shared_ptr<const Release> other, const QString &otherName, OtherIs side,
        bool mergeable);
    // Two versions with each other, neither of them the release as it stands.
    void compareVersions(std::shared_ptr<const Release> earlier, const QString &earlierName,
        std::shared_ptr<const Release> later, const QString &laterName);
    void clear();
    bool isComparing() const { return bool(m_other); }

    // The two sides as they stand, earlier first.
    Release earlier() const;
    Release later() const;
    // What is compared, as a title ("Changes since the approval by ...", "Changes from this
    // release to colleague.releasedesk"), and the redline's legend that says so.
    QString title() const;
    QString legend() const;
    const QList<Difference> &differences() const { return m_differences; }

    QTreeWidget *list() const { return m_list; }
    QTextEdit *detail() const { return m_detail; }
    // Takes the chosen difference from the other side; false when there is none to take.
    bool takeCurrent();
    void takeAll();

Q_SIGNALS:
    void showRedlineRequested();
    void exportRedlineRequested();
    void exportSummaryRequested();

private:
    void compareNow();
    void showCurrent();
    QString placeName(const Difference &difference) const;

    ReleaseDocument *m_document;
    std::shared_ptr<const Release> m_other;
    QString m_otherName;
    // Comparing two versions: the later, in the release's place.
    std::shared_ptr<const Release> m_later;
    QString m_laterName;
    OtherIs m_side = OtherIs::Earlier;
    bool m_mergeable = false;
    QList<Difference> m_differences;
    QTimer *m_recompare;
    QLabel *m_heading;
    QTreeWidget *m_list;
    QTextEdit *m_detail;
    QPushButton *m_take;
    QPushButton *m_takeAll;
    QPushButton *m_redline;
    QPushButton *m_exportRedline;
    QPushButton *m_exportSummary;
};

} // namespace rd
