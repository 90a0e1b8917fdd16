#include "export/exporter.h"
#include "render/composedrelease.h"
#include "render/fonts.h"
#include "model/printabletext.h"
#include "support/corpus.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QTest>

using namespace rd;

namespace {

QList<ComposedBlock> blocksOf(const ComposedRelease &composed, BlockRole role)
{
    QList<ComposedBlock> blocks;
    for (const ComposedBlock &block : composed.blocks) {
        if (block.role == role)
            blocks.append(block);
    }
    return blocks;
}

Release approved(Release release)
{
    release.workflow.state = WorkflowState::Approved;
    return release;
}

} // namespace

// What the composer makes of line breaks, paragraphs and approval, for every output.
class TestComposeRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void quoteOfSeveralParagraphs();
    void lineBreakInAOneLineFieldIsASpace();
    void paragraphFieldsKeepEveryLine();
    void wordsAreNeverRunTogetherInAnyFormat_data();
    void wordsAreNeverRunTogetherInAnyFormat();
    void draftIsMarkedInWords();
    void phoneNumberAfterRightToLeftWordsKeepsItsOrder();
    void quoteMarksFollowTheQuotesDirection();
    void linksOnPaperShowWhereTheyGo();
    void aContactIsABlockOfLines();
    void theRunningHeaderCountsManyAgenciesBeforeCuttingTheHeadline();
    void controlCharactersAndOverridesAreLeftOut();
};

void TestComposeRelease::quoteOfSeveralParagraphs()
{
    Release release = test::sampleRelease();
    release.language = QStringLiteral("en-NZ");
    release.quotes.resize(1);
    release.quotes[0].text = QStringLiteral(
        "We listened to young people about their priorities.\nThe How Are You Quiz "
        "is the result.\r\n\r\n  And it is only the start.  ");
    const ComposedRelease composed = composeRelease(release);
    const QList<ComposedBlock> quote = blocksOf(composed, BlockRole::QuoteText);
    QCOMPARE(quote.size(), 3);
    // Each paragraph opens with a quotation mark; only the last closes.
    QCOMPARE(quote.at(0).plainText(),
        QStringLiteral("“We listened to young people about their priorities."));
    QCOMPARE(quote.at(1).plainText(), QStringLiteral("“The How Are You Quiz is the result."));
    QCOMPARE(quote.at(2).plainText(), QStringLiteral("“And it is only the start.”"));
    // The attribution comes after the last paragraph.
    qsizetype last = 0;
    for (qsizetype i = 0; i < composed.blocks.size(); ++i) {
        if (composed.blocks.at(i).role == BlockRole::QuoteText)
            last = i;
    }
    QCOMPARE(composed.blocks.at(last).plainText(), quote.at(2).plainText());
    QCOMPARE(composed.blocks.at(last + 1).role, BlockRole::QuoteAttribution);

    release.language = QStringLiteral("fr-FR");
    const QList<ComposedBlock> french = blocksOf(composeRelease(release), BlockRole::QuoteText);
    QVERIFY(french.at(0).plainText().startsWith(QStringLiteral("«")));
    QVERIFY(!french.at(0).plainText().contains(QStringLiteral("»")));
    QVERIFY(french.at(2).plainText().endsWith(QStringLiteral("»")));
}

void TestComposeRelease::lineBreakInAOneLineFieldIsASpace()
{
    Release release = test::sampleRelease();
    release.subheadline = QStringLiteral("New Online Platforms\nOver 100 services listed");
    release.headline = QStringLiteral("Police appeal\r\nfor witnesses\u2028after crash");
    release.agencies[0].name = QStringLiteral("Royal Canadian Mounted Police /\nGendarmerie "
                                              "royale du Canada");
    release.quotes[0].speaker = QStringLiteral("Anna\nWhitlock");
    const ComposedRelease composed = composeRelease(release);
    const QList<ComposedBlock> subheadline = blocksOf(composed, BlockRole::Subheadline);
    QCOMPARE(subheadline.size(), 1);
    QCOMPARE(subheadline.at(0).plainText(),
        QStringLiteral("New Online Platforms Over 100 services listed"));
    const QList<ComposedBlock> headline = blocksOf(composed, BlockRole::Headline);
    QCOMPARE(headline.size(), 1);
    QCOMPARE(headline.at(0).plainText(), QStringLiteral("Police appeal for witnesses after crash"));
    QCOMPARE(composed.title, QStringLiteral("Police appeal for witnesses after crash"));
    QCOMPARE(composed.letterhead.at(0).name,
        QStringLiteral("Royal Canadian Mounted Police / Gendarmerie royale du Canada"));
    const QList<ComposedBlock> attribution = blocksOf(composed, BlockRole::QuoteAttribution);
    QVERIFY(!attribution.isEmpty());
    QVERIFY(attribution.at(0).plainText().contains(QStringLiteral("Anna Whitlock")));
    QVERIFY(holdsParagraphs(Field::QuoteText));
    QVERIFY(!holdsParagraphs(Field::Subheadline));
}

void TestComposeRelease::paragraphFieldsKeepEveryLine()
{
    Release release = test::sampleRelease();
    release.notesToEditors = QStringLiteral("1. The quiz is free.\n2. It takes five minutes.\n\n"
                                            "Photographs are available.");
    release.agencies[0].about = QStringLiteral("First paragraph.\nSecond paragraph.");
    const ComposedRelease composed = composeRelease(release);
    QStringList sectionTexts;
    for (const ComposedBlock &block : blocksOf(composed, BlockRole::SectionText))
        sectionTexts.append(block.plainText());
    for (const QString &paragraph :
        {QStringLiteral("1. The quiz is free."), QStringLiteral("2. It takes five minutes."),
            QStringLiteral("Photographs are available."), QStringLiteral("First paragraph."),
            QStringLiteral("Second paragraph.")})
        QVERIFY2(sectionTexts.contains(paragraph), qPrintable(sectionTexts.join(u'|')));
}

void TestComposeRelease::wordsAreNeverRunTogetherInAnyFormat_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("pdf") << ExportFormat::Pdf;
    QTest::newRow("html") << ExportFormat::Html;
    QTest::newRow("markdown") << ExportFormat::Markdown;
    QTest::newRow("text") << ExportFormat::Text;
}

void TestComposeRelease::wordsAreNeverRunTogetherInAnyFormat()
{
    QFETCH(ExportFormat, format);
    Release release = approved(test::sampleRelease());
    release.subheadline = QStringLiteral("PlatformsXq\nOver 100");
    release.quotes.resize(1);
    release.quotes[0].text = QStringLiteral("their prioritiesZq.\nThe How Are You Quiz");
    ExportOptions options;
    options.format = format;
    const QByteArray bytes = exportToBytes(release, options).value();
    // Markdown's escapes aside ("\\."), the words as a reader sees them.
    const QString text = format == ExportFormat::Pdf
        ? test::PdfReader(bytes).text()
        : QString::fromUtf8(bytes).remove(QLatin1Char('\\'));
    QVERIFY2(!text.contains(QStringLiteral("PlatformsXqOver")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("PlatformsXq Over 100")));
    QVERIFY(!text.contains(QStringLiteral("prioritiesZq.The")));
    QVERIFY(text.contains(QStringLiteral("prioritiesZq.")));
}

void TestComposeRelease::draftIsMarkedInWords()
{
    Release release = test::sampleRelease();
    release.workflow = Workflow {};
    const ComposedRelease draft = composeRelease(release);
    QCOMPARE(draft.blocks.first().role, BlockRole::DraftNotice);
    QCOMPARE(draft.blocks.first().plainText(), QStringLiteral("DRAFT — not approved for release"));
    QVERIFY(draft.continuationHeader.startsWith(QStringLiteral("DRAFT — not approved")));

    release.workflow.state = WorkflowState::InReview;
    QCOMPARE(composeRelease(release).blocks.first().role, BlockRole::DraftNotice);

    const ComposedRelease issued = composeRelease(approved(release));
    QVERIFY(issued.draftNotice.isEmpty());
    QVERIFY(blocksOf(issued, BlockRole::DraftNotice).isEmpty());
    QVERIFY(!issued.continuationHeader.contains(QStringLiteral("DRAFT")));
}

// A left-to-right contact line whose name ends in Arabic: without isolation the bidi rules would
// print "+31 70 302 5014" as "5014 302 70 31+".
void TestComposeRelease::phoneNumberAfterRightToLeftWordsKeepsItsOrder()
{
    Release release = test::sampleRelease();
    release.contacts.first().name = QStringLiteral("Press office of شرطة دبي");
    release.contacts.first().role.clear();
    release.contacts.first().phone = QStringLiteral("+31 70 302 5014");
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    const QStringList pages = test::readingOrderPages(exportToBytes(release, options).value());
    QVERIFY(!pages.isEmpty());
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("+31 70 302 5014")), qPrintable(all));
}

void TestComposeRelease::quoteMarksFollowTheQuotesDirection()
{
    Release release = test::sampleRelease();
    release.language = QStringLiteral("ar-AE");
    release.quotes.append(release.quotes.first());
    release.quotes.last().id = QStringLiteral("quote-ar");
    release.quotes.last().text = QStringLiteral("نحن نعمل مع شركائنا.");
    const QList<ComposedBlock> quotes = blocksOf(composeRelease(release), BlockRole::QuoteText);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes.at(0).plainText(), QStringLiteral("“Our first concern is everyone's safety.”"));
    const QString arabicMarks = QLocale(QStringLiteral("ar-AE")).quoteString(QStringLiteral("x"));
    QCOMPARE(quotes.at(1).plainText(),
        QString(arabicMarks).replace(QStringLiteral("x"), QStringLiteral("نحن نعمل مع شركائنا.")));
}

// On paper a link cannot be followed: its address is printed after it, unless its text already
// says it, and it is set in the body's colour rather than as a blue web link.
void TestComposeRelease::linksOnPaperShowWhereTheyGo()
{
    Release release = test::sampleRelease();
    release.body.blocks.append({BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("See "), false, false, {}},
            TextRun {QStringLiteral("www.police.example/appeal"), false, false,
                QStringLiteral("https://www.police.example/appeal")}}});
    for (Agency &agency : release.agencies)
        agency.logo = {}; // blue in the sample
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    const QByteArray pdf = exportToBytes(release, options).value();
    const QString text = test::readingOrderPages(pdf).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral(
                 "harbour.kestrelbay.example (https://harbour.kestrelbay.example/spill)")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("See www.police.example/appeal\n"))
        || text.contains(QStringLiteral("See www.police.example/appeal ")));
    QVERIFY(!text.contains(QStringLiteral("appeal (https://www.police.example/appeal)")));
    // No link-blue on the page.
    const QImage page = test::PdfReader(pdf).renderPage(0, 100);
    int blue = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.blue() > 120 && c.blue() - c.red() > 60)
                ++blue;
        }
    }
    QCOMPARE(blue, 0);
}

// Name and role, then the phone number (never broken across lines), then the e-mail address, each
// on a line of its own, in every format.
void TestComposeRelease::aContactIsABlockOfLines()
{
    const ComposedRelease composed = composeRelease(test::sampleRelease());
    QString contact;
    for (const ComposedBlock &block : composed.blocks) {
        if (block.source && block.source->field == Field::ContactName)
            contact = block.plainText();
    }
    QCOMPARE(contact,
        QStringLiteral("Media Centre, Duty media officer\u2028+64\u00a04\u00a0000\u00a00000\u2028"
                       "media@police.kestrelbay.example"));
    ExportOptions options;
    options.format = ExportFormat::Text;
    const QString text = QString::fromUtf8(exportToBytes(test::sampleRelease(), options).value());
    QVERIFY2(text.contains(
                 QStringLiteral("Media Centre, Duty media officer\n+64\u00a04\u00a0000\u00a00000\n"
                                "media@police.kestrelbay.example\n")),
        qPrintable(text));
}

// Sixteen agencies' short names leave no room for the headline in the header of later pages: the
// agencies are counted instead, and the headline is shown.
void TestComposeRelease::theRunningHeaderCountsManyAgenciesBeforeCuttingTheHeadline()
{
    const Release release = test::corpusRelease(QStringLiteral("sixteen-agencies-about"));
    const ComposedRelease composed = composeRelease(release);
    QVERIFY(composed.shortContinuationHeader.contains(QStringLiteral("Europol and 15 partners")));
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    const QStringList pages = test::readingOrderPages(exportToBytes(release, options).value());
    QVERIFY(pages.size() >= 2);
    QVERIFY2(pages.at(1).contains(QStringLiteral("Europol and 15 partners — Operation Endgame II")),
        qPrintable(pages.at(1).left(400)));
}

QTEST_MAIN(TestComposeRelease)
void TestComposeRelease::controlCharactersAndOverridesAreLeftOut()
{
    // What no output carries is left out of everything composed; what sets mixed-direction text
    // right (isolates, marks), tabs, and characters outside the Basic Multilingual Plane stay.
    QCOMPARE(printableText(QStringLiteral("a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg")),
        QStringLiteral("abcdefg"));
    QCOMPARE(
        printableText(QStringLiteral("x\u202ey\u202cz\u202a\u202b\u202d")), QStringLiteral("xyz"));
    QCOMPARE(printableText(QStringLiteral("\u2066\u05d0\u2069 \u200f\u200e\u061c\tend")),
        QStringLiteral("\u2066\u05d0\u2069 \u200f\u200e\u061c\tend"));
    QCOMPARE(printableText(QStringLiteral("\ufdd0no\uffffn\ufffe")), QStringLiteral("non"));
    QCOMPARE(printableText(QString::fromUcs4(U"\U0001F6A8 siren \U0001FFFF")),
        QString::fromUcs4(U"\U0001F6A8 siren "));
    QString lone = QStringLiteral("half");
    lone.append(QChar(0xd83d));
    QCOMPARE(printableText(lone), QStringLiteral("half"));
    const QString clean = QStringLiteral("Nothing") + QStringLiteral(" to drop");
    QVERIFY(printableText(clean).isSharedWith(clean));

    Release release = test::sampleRelease();
    release.headline = QStringLiteral("Seizure\u0007 at \u202eDover\u202c\u000b");
    release.agencies[0].name = QStringLiteral("Border\u0000 Force");
    const ComposedRelease composed = composeRelease(release);
    QCOMPARE(composed.title, QStringLiteral("Seizure at Dover"));
    QCOMPARE(blocksOf(composed, BlockRole::Headline).first().plainText(),
        QStringLiteral("Seizure at Dover"));
    QCOMPARE(composed.letterhead.first().name, QStringLiteral("Border Force"));
    QVERIFY(!composed.continuationHeader.contains(QChar(0x202e)));
}

#include "tst_composerelease.moc"
