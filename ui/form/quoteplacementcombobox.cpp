#include "quoteplacementcombobox.h"

#include "model/quoteplacement.h"
#include "model/releasedocument.h"

#include <QSignalBlocker>

namespace rd {

namespace {

// The opening words of a paragraph, enough to recognise it in a list.
QString openingWords(const QString &text)
{
    constexpr int length = 48;
    const QString simplified = text.simplified();
    if (simplified.size() <= length)
        return simplified;
    QString start = simplified.left(length);
    // Whole words only, unless a word is too long for that.
    const qsizetype space = start.lastIndexOf(QLatin1Char(' '));
    if (simplified.at(length) != QLatin1Char(' ') && space > length / 2)
        start.truncate(space);
    while (start.endsWith(QLatin1Char(',')) || start.endsWith(QLatin1Char(';'))
        || start.endsWith(QLatin1Char(':')))
        start.chop(1);
    return start + QStringLiteral("…");
}

} // namespace

QuotePlacementComboBox::QuotePlacementComboBox(ReleaseDocument *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setToolTip(tr("Where the quote is set in the release. You can also drag a quote in the "
                  "preview to another paragraph."));
    connect(document, &ReleaseDocument::fieldChanged, this, [this](const FieldKey &key) {
        if (key.field == Field::Body)
            statementChanged();
    });
    connect(
        document, &ReleaseDocument::releaseReset, this, &QuotePlacementComboBox::statementChanged);
    rebuild();
}

void QuotePlacementComboBox::showPlacement(int placement)
{
    const int effective = effectiveQuotePlacement(m_document->release().body, placement);
    setCurrentIndex(std::max(0, findData(effective)));
}

void QuotePlacementComboBox::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QComboBox::showEvent(event);
}

void QuotePlacementComboBox::statementChanged()
{
    // While the officer types the statement this box is out of sight: it catches up when shown.
    m_stale = true;
    if (isVisible())
        rebuild();
}

void QuotePlacementComboBox::rebuild()
{
    m_stale = false;
    {
        const QSignalBlocker blocker(this);
        const QVariant current = currentData();
        clear();
        addItem(tr("At the end of the statement"), 0);
        const Body &body = m_document->release().body;
        const QList<qsizetype> paragraphs = statementParagraphs(body);
        for (const int placement : quotePlacements(body)) {
            const QString text = body.blocks.at(paragraphs.at(placement - 1)).plainText();
            addItem(
                tr("After paragraph %1: “%2”").arg(placement).arg(openingWords(text)), placement);
        }
        setCurrentIndex(std::max(0, findData(current)));
    }
    Q_EMIT placementsChanged();
}

} // namespace rd
