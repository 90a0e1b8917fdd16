#include "comparisonpanel.h"

#include "compare/merge.h"
#include "export/redline.h"
#include "model/releasedocument.h"
#include "model/version.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rd {

namespace {

constexpr int indexRole = Qt::UserRole;

// A field's name as the start of a line: "Headline", from "headline".
QString capitalized(QString name)
{
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString kindName(const Difference &difference)
{
    switch (difference.kind) {
    case Difference::Kind::Changed:
        if (difference.formattingChanged && difference.before == difference.after)
            return ComparisonPanel::tr("formatting changed");
        return ComparisonPanel::tr("changed");
    case Difference::Kind::Added:
        return ComparisonPanel::tr("added");
    case Difference::Kind::Removed:
        return ComparisonPanel::tr("removed");
    case Difference::Kind::Moved:
        return ComparisonPanel::tr("moved");
    }
    return {};
}

// The colours of the marks, with underline and strike-through so that they do not rest on
// colour alone.
QTextCharFormat markFormat(WordChange::Kind kind)
{
    QTextCharFormat format;
    if (kind == WordChange::Kind::Deleted) {
        format.setForeground(QColor(0xa6, 0x1b, 0x1b));
        format.setFontStrikeOut(true);
    } else if (kind == WordChange::Kind::Inserted) {
        format.setForeground(QColor(0x0b, 0x5d, 0x1e));
        format.setFontUnderline(true);
    }
    return format;
}

} // namespace

ComparisonPanel::ComparisonPanel(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_recompare(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QTextEdit(this))
    , m_take(new QPushButton(tr("&Take Theirs"), this))
    , m_takeAll(new QPushButton(tr("Take &All Theirs"), this))
    , m_redline(new QPushButton(tr("Show &Redline"), this))
    , m_exportRedline(new QPushButton(tr("Export Redline &PDF…"), this))
    , m_exportSummary(new QPushButton(tr("Export &List of Changes…"), this))
{
    setObjectName(QStringLiteral("comparisonPanel"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("differenceList"));
    m_list->setAccessibleName(tr("Differences"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("differenceDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAcceptRichText(false);
    m_detail->setAccessibleName(tr("What changed"));
    m_take->setToolTip(tr("Make the release say what the other version says here"));
    m_recompare->setSingleShot(true);
    m_recompare->setInterval(250);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_take, 0, 0);
    buttons->addWidget(m_takeAll, 0, 1);
    buttons->addWidget(m_redline, 1, 0);
    buttons->addWidget(m_exportRedline, 1, 1);
    buttons->addWidget(m_exportSummary, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_detail, 2);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ComparisonPanel::showCurrent);
    connect(m_take, &QPushButton::clicked, this, &ComparisonPanel::takeCurrent);
    connect(m_takeAll, &QPushButton::clicked, this, &ComparisonPanel::takeAll);
    connect(m_redline, &QPushButton::clicked, this, &ComparisonPanel::showRedlineRequested);
    connect(m_exportRedline, &QPushButton::clicked, this, &ComparisonPanel::exportRedlineRequested);
    connect(m_exportSummary, &QPushButton::clicked, this, &ComparisonPanel::exportSummaryRequested);
    connect(m_recompare, &QTimer::timeout, this, &ComparisonPanel::compareNow);
    // The comparison follows the release as it is edited, after typing pauses.
    connect(document, &ReleaseDocument::contentChanged, m_recompare, [this] {
        if (m_other && !m_later)
            m_recompare->start();
    });
    connect(document, &ReleaseDocument::releaseReset, this, &ComparisonPanel::clear);
    clear();
}

void ComparisonPanel::compareWith(
    std::shared_ptr<const Release> other, const QString &otherName, OtherIs side, bool mergeable)
{
    m_other = std::move(other);
    m_otherName = otherName;
    m_later.reset();
    m_laterName.clear();
    m_side = side;
    m_mergeable = mergeable && side == OtherIs::Later;
    compareNow();
}

void ComparisonPanel::compareVersions(std::shared_ptr<const Release> earlier,
    const QString &earlierName, std::shared_ptr<const Release> later, const QString &laterName)
{
    compareWith(std::move(earlier), earlierName, OtherIs::Earlier, false);
    m_later = std::move(later);
    m_laterName = laterName;
    compareNow();
}

void ComparisonPanel::clear()
{
    m_other.reset();
    m_later.reset();
    m_differences.clear();
    m_list->clear();
    m_detail->clear();
    m_heading->setText(tr("Nothing compared. Compare a version (Versions) or another copy of this "
                          "release (Review ▸ Compare with File…)."));
    for (QPushButton *button : {m_take, m_takeAll, m_redline, m_exportRedline, m_exportSummary})
        button->setEnabled(false);
    m_take->setVisible(false);
    m_takeAll->setVisible(false);
}

Release ComparisonPanel::earlier() const
{
    if (!m_other)
        return {};
    return m_side == OtherIs::Earlier ? *m_other : contentOf(m_document->release());
}

Release ComparisonPanel::later() const
{
    if (!m_other)
        return {};
    if (m_later)
        return *m_later;
    return m_side == OtherIs::Later ? *m_other : contentOf(m_document->release());
}

QString ComparisonPanel::title() const
{
    if (m_later)
        return tr("Changes from %1 to %2").arg(m_otherName, m_laterName);
    return m_side == OtherIs::Earlier ? tr("Changes since %1").arg(m_otherName)
                                      : tr("Changes from this release to %1").arg(m_otherName);
}

QString ComparisonPanel::legend() const
{
    if (m_later)
        return redlineLegend(m_otherName, m_laterName);
    return m_side == OtherIs::Earlier ? redlineLegend(m_otherName)
                                      : redlineLegend(tr("this release"), m_otherName);
}

void ComparisonPanel::compareNow()
{
    if (!m_other)
        return;
    const int current
        = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    m_differences = compareReleases(earlier(), later());
    if (m_differences.isEmpty() && m_later)
        m_heading->setText(tr("%1 and %2 say the same.").arg(m_otherName, m_laterName));
    else if (m_differences.isEmpty())
        m_heading->setText(tr("The same as %1: nothing differs.").arg(m_otherName));
    else if (m_later)
        m_heading->setText(tr("%1: %n differences.", "", int(m_differences.size())).arg(title()));
    else
        m_heading->setText(m_side == OtherIs::Earlier
                ? tr("Since %1: %n differences.", "", int(m_differences.size())).arg(m_otherName)
                : tr("This release against %1: %n differences.", "", int(m_differences.size()))
                      .arg(m_otherName));
    m_list->clear();
    for (qsizetype i = 0; i < m_differences.size(); ++i) {
        const Difference &difference = m_differences.at(i);
        auto *item = new QTreeWidgetItem(
            m_list, {tr("%1: %2").arg(placeName(difference), kindName(difference))});
        item->setData(0, indexRole, int(i));
        item->setToolTip(0, difference.path);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
            m_list->topLevelItem(std::min(current, m_list->topLevelItemCount() - 1)));
    const bool any = !m_differences.isEmpty();
    m_take->setVisible(m_mergeable);
    m_takeAll->setVisible(m_mergeable);
    m_take->setEnabled(m_mergeable && any);
    m_takeAll->setEnabled(m_mergeable && any);
    m_redline->setEnabled(any);
    m_exportRedline->setEnabled(any);
    m_exportSummary->setEnabled(any);
    showCurrent();
}

QString ComparisonPanel::placeName(const Difference &difference) const
{
    QString place;
    if (difference.key.field == Field::Body) {
        place = difference.kind == Difference::Kind::Moved
            ? tr("Statement, paragraph %1 (was %2)")
                  .arg(difference.paragraph + 1)
                  .arg(difference.earlierParagraph + 1)
            : tr("Statement, paragraph %1").arg(difference.paragraph + 1);
    } else if (const std::optional<Collection> collection = collectionOf(difference.key.field)) {
        // Numbered as the later version has it, or the earlier for one removed.
        static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
        const QRegularExpressionMatch match = index.match(difference.path);
        QString item = capitalized(collectionItemName(*collection));
        if (match.hasMatch())
            item = tr("%1 %2").arg(item).arg(match.captured(1).toInt() + 1);
        place = difference.kind == Difference::Kind::Changed
            ? tr("%1: %2").arg(item, fieldDisplayName(difference.key.field))
            : item;
        const QString named
            = difference.kind == Difference::Kind::Removed ? difference.before : difference.after;
        if (difference.kind != Difference::Kind::Changed && !named.isEmpty())
            place = tr("%1 \u201c%2\u201d").arg(place, named.simplified().left(60));
    } else {
        place = capitalized(fieldDisplayName(difference.key.field));
    }
    if (difference.key.translated)
        place = tr("%1 (second language)").arg(place);
    return place;
}

void ComparisonPanel::showCurrent()
{
    m_detail->clear();
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Difference &difference = m_differences.at(item->data(0, indexRole).toInt());
    QTextCursor cursor(m_detail->document());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    cursor.insertText(placeName(difference) + QLatin1Char('\n'), heading);
    if (!difference.words.isEmpty()) {
        WordChange::Kind previous = WordChange::Kind::Same;
        QString previousText;
        for (const WordChange &change : difference.words) {
            if (previous == WordChange::Kind::Deleted && change.kind == WordChange::Kind::Inserted
                && needsSpaceBetween(previousText, change.text))
                cursor.insertText(QStringLiteral(" "), QTextCharFormat());
            cursor.insertText(change.text, markFormat(change.kind));
            previous = change.kind;
            previousText = change.text;
        }
    } else {
        if (!difference.before.isEmpty())
            cursor.insertText(
                difference.before + QLatin1Char('\n'), markFormat(WordChange::Kind::Deleted));
        if (!difference.after.isEmpty())
            cursor.insertText(difference.after, markFormat(WordChange::Kind::Inserted));
    }
    if (difference.formattingChanged) {
        cursor.insertText(QStringLiteral("\n\n"), QTextCharFormat());
        cursor.insertText(tr("Its bold, italics, links or list style changed."), QTextCharFormat());
    }
    m_detail->moveCursor(QTextCursor::Start);
}

bool ComparisonPanel::takeCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!m_mergeable || !item)
        return false;
    const Difference difference = m_differences.at(item->data(0, indexRole).toInt());
    const bool taken = takeTheirs(*m_document, *m_other, difference);
    compareNow(); // each merge shifts what follows it
    return taken;
}

void ComparisonPanel::takeAll()
{
    if (!m_mergeable)
        return;
    // One undo step for the lot, each difference taken against a fresh comparison.
    m_document->undoStack()->beginMacro(tr("Take all changes from %1").arg(m_otherName));
    const qsizetype bound = 2 * compareReleases(earlier(), later()).size() + 10;
    for (qsizetype round = 0; round < bound; ++round) {
        const QList<Difference> differences = compareReleases(earlier(), later());
        bool taken = false;
        for (const Difference &difference : differences) {
            if (takeTheirs(*m_document, *m_other, difference)) {
                taken = true;
                break;
            }
        }
        if (!taken)
            break;
    }
    m_document->undoStack()->endMacro();
    compareNow();
}

} // namespace rd
