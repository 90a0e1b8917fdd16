#include "export/exporter.h"
#include "model/quoteplacement.h"
#include "model/releasedocument.h"
#include "render/composedrelease.h"
#include "render/fonts.h"
#include "render/pagedrelease.h"
#include "support/officedocuments.h"
#include "support/pdftext.h"

#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {

BodyBlock block(BodyBlock::Kind kind, const QString &text)
{
    return {kind, {TextRun {text, false, false, {}}}};
}

BodyBlock paragraph(const QString &text)
{
    return block(BodyBlock::Kind::Paragraph, text);
}

// Four paragraphs, then a bullet list of two items, a last paragraph and an empty one: the blank
// line an officer leaves at the end, which no placement counts.
Body statement()
{
    Body body;
    body.blocks = {paragraph(QStringLiteral("Lede about the arrest.")),
        paragraph(QStringLiteral("Second paragraph on the charges.")),
        paragraph(QStringLiteral("Third paragraph on the court date.")),
        paragraph(QStringLiteral("People are asked to:")),
        block(BodyBlock::Kind::BulletItem, QStringLiteral("call 105;")),
        block(BodyBlock::Kind::BulletItem, QStringLiteral("or Crimestoppers.")),
        paragraph(QStringLiteral("Last paragraph.")), paragraph(QString())};
    return body;
}

Release releaseWithQuotes()
{
    Release release;
    release.language = QStringLiteral("en-NZ");
    release.headline = QStringLiteral("Man charged after Kestrel Bay burglaries");
    release.body = statement();
    release.quotes = {Quote {QStringLiteral("q1"), QStringLiteral("Placed words."),
                          QStringLiteral("Anna Whitlock"), QStringLiteral("Inspector"), {}, 2, {}},
        Quote {QStringLiteral("q2"), QStringLiteral("Closing words."),
            QStringLiteral("Rawiri Henare"), QStringLiteral("Harbourmaster"), {}, 0, {}}};
    return release;
}

QStringList blockTexts(const ComposedRelease &composed)
{
    QStringList texts;
    for (const ComposedBlock &block : composed.blocks)
        texts.append(block.plainText());
    return texts;
}

} // namespace

class TestQuotePlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void paragraphsAreTheBlocksWithText();
    void placementNeverDividesAList_data();
    void placementNeverDividesAList();
    void placementsOffered();
    void placementFollowsItsParagraphThroughEdits_data();
    void placementFollowsItsParagraphThroughEdits();
    void editingTheStatementMovesPlacedQuotesInOneUndoStep();
    void typingKeepsPlacementsAndMergesAsBefore();
    void composedQuoteFollowsItsParagraph();
    void quotesAtOnePlaceKeepTheirOrder();
    void pagedReleaseOffersEveryGap();
    void everyFormatSetsTheQuoteThere_data();
    void everyFormatSetsTheQuoteThere();
};

void TestQuotePlacement::paragraphsAreTheBlocksWithText()
{
    Body body = statement();
    body.blocks.insert(1, paragraph(QStringLiteral("   ")));
    QCOMPARE(statementParagraphs(body), (QList<qsizetype> {0, 2, 3, 4, 5, 6, 7}));
}

void TestQuotePlacement::placementNeverDividesAList_data()
{
    QTest::addColumn<int>("placement");
    QTest::addColumn<int>("effective");
    QTest::newRow("at the end") << 0 << 0;
    QTest::newRow("after the lede") << 1 << 1;
    QTest::newRow("after the paragraph before a list") << 4 << 4;
    QTest::newRow("after the first item of a list") << 5 << 6;
    QTest::newRow("after the last item of a list") << 6 << 6;
    QTest::newRow("after the last paragraph") << 7 << 0;
    QTest::newRow("after a paragraph no longer there") << 40 << 0;
}

void TestQuotePlacement::placementNeverDividesAList()
{
    QFETCH(int, placement);
    QFETCH(int, effective);
    QCOMPARE(effectiveQuotePlacement(statement(), placement), effective);
}

void TestQuotePlacement::placementsOffered()
{
    QCOMPARE(quotePlacements(statement()), (QList<int> {1, 2, 3, 4, 6}));
    QVERIFY(quotePlacements(Body {}).isEmpty());
    QVERIFY(quotePlacements(Body::fromPlainText(QStringLiteral("Only one."))).isEmpty());
}

void TestQuotePlacement::placementFollowsItsParagraphThroughEdits_data()
{
    QTest::addColumn<Body>("after");
    QTest::addColumn<int>("placement");
    QTest::addColumn<int>("moved");

    const Body before = statement();
    Body typed = before;
    typed.blocks[1] = paragraph(QStringLiteral("Second paragraph on the two charges."));
    QTest::newRow("typing in its paragraph") << typed << 2 << 2;

    Body typedLater = before;
    typedLater.blocks[5] = paragraph(QStringLiteral("or Crimestoppers anonymously."));
    QTest::newRow("typing after it") << typedLater << 2 << 2;

    Body newLede = before;
    newLede.blocks.prepend(paragraph(QStringLiteral("A new lede.")));
    QTest::newRow("a paragraph added before") << newLede << 2 << 3;

    Body firstRemoved = before;
    firstRemoved.blocks.removeFirst();
    QTest::newRow("a paragraph removed before") << firstRemoved << 2 << 1;

    Body divided = before;
    divided.blocks[1] = paragraph(QStringLiteral("Second paragraph"));
    divided.blocks.insert(2, paragraph(QStringLiteral("on the charges.")));
    QTest::newRow("its paragraph divided") << divided << 2 << 3;

    Body joined = before;
    joined.blocks[1] = paragraph(
        QStringLiteral("Second paragraph on the charges. Third paragraph on the court date."));
    joined.blocks.removeAt(2);
    QTest::newRow("its paragraph joined with the next") << joined << 2 << 2;

    Body removed = before;
    removed.blocks.removeAt(1);
    QTest::newRow("its paragraph removed") << removed << 2 << 1;

    Body ledeRemoved = before;
    ledeRemoved.blocks.removeFirst();
    QTest::newRow("the lede it follows removed") << ledeRemoved << 1 << 1;

    Body emptyFilled = before;
    emptyFilled.blocks.insert(1, paragraph(QString()));
    emptyFilled.blocks[1] = paragraph(QStringLiteral("Typed into a new paragraph."));
    QTest::newRow("a new paragraph before it gains text") << emptyFilled << 2 << 3;

    Body newAfter = before;
    newAfter.blocks.insert(2, paragraph(QStringLiteral("Typed after it.")));
    QTest::newRow("a paragraph added right after it") << newAfter << 2 << 2;

    QTest::newRow("at the end stays at the end") << newLede << 0 << 0;
}

void TestQuotePlacement::placementFollowsItsParagraphThroughEdits()
{
    QFETCH(Body, after);
    QFETCH(int, placement);
    QFETCH(int, moved);
    QCOMPARE(StatementEdit(statement(), after).placementAfter(placement), moved);
}

void TestQuotePlacement::editingTheStatementMovesPlacedQuotesInOneUndoStep()
{
    ReleaseDocument document(releaseWithQuotes());
    Body body = statement();
    body.blocks.prepend(paragraph(QStringLiteral("A new lede.")));
    document.setField({Field::Body, {}}, QVariant::fromValue(body));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.release().quotes.at(0).afterParagraph, 3);
    QCOMPARE(document.release().quotes.at(1).afterParagraph, 0);
    QVERIFY(blockTexts(composeRelease(document.release()))
                .join(QLatin1Char('|'))
                .contains(QStringLiteral("Second paragraph on the charges.|“Placed words.”")));

    document.undoStack()->undo();
    QCOMPARE(document.release().body, statement());
    QCOMPARE(document.release().quotes.at(0).afterParagraph, 2);
    document.undoStack()->redo();
    QCOMPARE(document.release().quotes.at(0).afterParagraph, 3);
}

void TestQuotePlacement::typingKeepsPlacementsAndMergesAsBefore()
{
    ReleaseDocument document(releaseWithQuotes());
    Body body = statement();
    for (const QChar letter : QStringLiteral(" More")) {
        body.blocks[0].runs[0].text.append(letter);
        document.setField({Field::Body, {}}, QVariant::fromValue(body));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.release().quotes.at(0).afterParagraph, 2);
    // Placing a quote is a step of its own, with its own undo.
    document.setField({Field::QuotePlacement, QStringLiteral("q2")}, 1);
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change quote's place"));
    document.undoStack()->undo();
    QCOMPARE(document.release().quotes.at(1).afterParagraph, 0);
}

void TestQuotePlacement::composedQuoteFollowsItsParagraph()
{
    Release release = releaseWithQuotes();
    release.quotes[0].afterParagraph = 5; // inside the list: after it
    const QStringList texts = blockTexts(composeRelease(release));
    const qsizetype item = texts.indexOf(QStringLiteral("or Crimestoppers."));
    QCOMPARE(texts.at(item + 1), QStringLiteral("“Placed words.”"));
    QCOMPARE(texts.at(item + 2), QStringLiteral("— Anna Whitlock, Inspector"));
    QCOMPARE(texts.at(item + 3), QStringLiteral("Last paragraph."));
    QCOMPARE(texts.at(item + 4), QStringLiteral("“Closing words.”"));
}

void TestQuotePlacement::quotesAtOnePlaceKeepTheirOrder()
{
    Release release = releaseWithQuotes();
    release.quotes[1].afterParagraph = 2;
    const QStringList texts = blockTexts(composeRelease(release));
    const qsizetype second = texts.indexOf(QStringLiteral("Second paragraph on the charges."));
    QCOMPARE(texts.mid(second + 1, 5),
        (QStringList {QStringLiteral("“Placed words.”"),
            QStringLiteral("— Anna Whitlock, Inspector"), QStringLiteral("“Closing words.”"),
            QStringLiteral("— Rawiri Henare, Harbourmaster"),
            QStringLiteral("Third paragraph on the court date.")}));
}

void TestQuotePlacement::pagedReleaseOffersEveryGap()
{
    const PagedRelease paged(composeRelease(releaseWithQuotes()), PageSetup {});
    QList<int> placements;
    qreal previous = -1;
    for (const PagedRelease::QuoteGap &gap : paged.quoteGaps()) {
        placements.append(gap.placement);
        QCOMPARE(gap.page, 0);
        QVERIFY2(gap.y > previous, "gaps are listed top to bottom");
        previous = gap.y;
    }
    QCOMPARE(placements, (QList<int> {1, 2, 3, 4, 6, 0}));
    // The gap after the lede lies between the lede and the next paragraph.
    const QRectF lede = paged.placeOf({Field::Body, {}})->second;
    QVERIFY(paged.quoteGaps().at(0).y >= lede.bottom());
    QVERIFY(paged.quoteGaps().at(0).y < paged.quoteGaps().at(1).y - 10);
}

void TestQuotePlacement::everyFormatSetsTheQuoteThere_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("pdf") << int(ExportFormat::Pdf);
    QTest::newRow("pdf/a") << int(ExportFormat::PdfA);
    QTest::newRow("docx") << int(ExportFormat::Docx);
    QTest::newRow("odt") << int(ExportFormat::Odt);
    QTest::newRow("html") << int(ExportFormat::Html);
    QTest::newRow("markdown") << int(ExportFormat::Markdown);
    QTest::newRow("text") << int(ExportFormat::Text);
}

void TestQuotePlacement::everyFormatSetsTheQuoteThere()
{
    QFETCH(int, format);
    ExportOptions options;
    options.format = ExportFormat(format);
    const Result<QByteArray> bytes = exportToBytes(releaseWithQuotes(), options);
    QVERIFY(bytes.ok());
    QString text;
    switch (options.format) {
    case ExportFormat::Pdf:
    case ExportFormat::PdfA:
        text = test::PdfReader(bytes.value()).text();
        break;
    case ExportFormat::Docx:
        text = test::zipEntryText(bytes.value(), QStringLiteral("word/document.xml"));
        break;
    case ExportFormat::Odt:
        text = test::zipEntryText(bytes.value(), QStringLiteral("content.xml"));
        break;
    default:
        text = QString::fromUtf8(bytes.value());
    }
    QString missing;
    QVERIFY2(test::inOrder(text,
                 {QStringLiteral("Lede about the arrest"), QStringLiteral("Second paragraph"),
                     QStringLiteral("Placed words"), QStringLiteral("Anna Whitlock"),
                     QStringLiteral("Third paragraph"), QStringLiteral("call 105"),
                     QStringLiteral("Last paragraph"), QStringLiteral("Closing words"),
                     QStringLiteral("Rawiri Henare")},
                 &missing),
        qPrintable(missing));
}

QTEST_MAIN(TestQuotePlacement)
#include "tst_quoteplacement.moc"
