#include "export/pdfexporter.h"
#include "model/release.h"
#include "project/contenthash.h"
#include "render/blockstyle.h"
#include "render/fonts.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QDir>
#include <QHostInfo>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace rd;

namespace {

QByteArray pdfOf(
    const Release &release, ExportFormat format = ExportFormat::Pdf, Paper paper = Paper::A4)
{
    ExportOptions options;
    options.format = format;
    options.paper = paper;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    Result<QByteArray> pdf = exportPdf(release, options);
    if (!pdf)
        qFatal("export failed: %s", qPrintable(pdf.error().message));
    return pdf.value();
}

Release approved(Release release)
{
    release.workflow = Workflow {};
    release.workflow.state = WorkflowState::Approved;
    release.workflow.approver = QStringLiteral("Sam Rivera");
    release.workflow.approvedAt = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    release.workflow.approvedContentSha256 = contentSha256(release);
    return release;
}

// How many pixels of a page show the watermark's colour.
int watermarkPixels(const QImage &page)
{
    const QImage image = page.convertToFormat(QImage::Format_RGB32);
    const QRgb watermark = palette::watermark.rgb();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAbs(qRed(line[x]) - qRed(watermark)) <= 3
                && qAbs(qGreen(line[x]) - qGreen(watermark)) <= 3
                && qAbs(qBlue(line[x]) - qBlue(watermark)) <= 3)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFieldInLayoutOrder();
    void attributionFollowsItsQuote();
    void pageNumbersMoreMarkersAndContinuationHeaders();
    void watermarkExactlyWhenNotApproved();
    void embargoBannerWhileEmbargoApplies();
    void metadata();
    void nothingLocalInThePdf();
    void markupInFieldsIsLiteral();
    void referencesAreNeverLoaded();
    void textCopiesOutAsTyped_data();
    void textCopiesOutAsTyped();
    void attachmentsAreEmbedded();
    void archivalPdfs();
    void paperSizes();
    void exportsDifferOnlyInDatesAndId();
};

void TestPdfExport::initTestCase()
{
    loadBundledFonts();
}

void TestPdfExport::everyFieldInLayoutOrder()
{
    const Release release = test::sampleReleaseInOneLanguage();
    const test::PdfReader pdf(pdfOf(release));
    QVERIFY(pdf.isValid());
    const QString text = pdf.text();
    QString missing;
    const bool ordered = test::inOrder(text,
        {release.agencies.at(0).name, release.agencies.at(1).name,
            QStringLiteral("EMBARGOED UNTIL"), QStringLiteral("Joint statement"), release.reference,
            release.relatesTo, release.dateline.place, QStringLiteral("26 November 2026"),
            QStringLiteral("Harbour closed after chemical spill"),
            QStringLiteral("Wharf 3 closed until"), QStringLiteral("closed Wharf 3"),
            // placed after the lede
            release.quotes.at(0).text, release.quotes.at(0).speaker, release.quotes.at(0).title,
            QStringLiteral("Keep clear of the waterfront."),
            QStringLiteral("Follow updates online."), QStringLiteral("Call 0800 000 000"),
            QStringLiteral("harbour.kestrelbay.example"), QStringLiteral("Attached:"),
            QStringLiteral("statement.pdf"), QStringLiteral("wharf.png"), QStringLiteral("-30-"),
            QStringLiteral("Issued by ") + release.issuedBy, QStringLiteral("Notes to editors"),
            QStringLiteral("Wharf 3 handles bulk cargo."), QStringLiteral("Media contacts"),
            release.contacts.at(0).name, release.contacts.at(0).role, release.contacts.at(0).phone,
            release.contacts.at(0).email, QStringLiteral("About Kestrel Bay Police"),
            release.agencies.at(0).about},
        &missing);
    QVERIFY2(ordered,
        qPrintable(
            QStringLiteral("out of order or missing: ") + missing + QStringLiteral("\n") + text));
}

void TestPdfExport::attributionFollowsItsQuote()
{
    Release release = test::longRelease(12);
    for (int i = 0; i < 6; ++i) {
        release.quotes.append({QStringLiteral("q%1").arg(i),
            QStringLiteral("Quote number %1 is long enough to wrap onto a second line of the page, "
                           "and then some more words.")
                .arg(i),
            QStringLiteral("Speaker %1").arg(i), QStringLiteral("Title %1").arg(i), {}, 0, {}});
    }
    const test::PdfReader pdf(pdfOf(release));
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QString text = pdf.pageText(page);
        for (int i = 0; i < 6; ++i) {
            // A quote's last words and its speaker are always on the same page.
            const bool quoteEnds = text.contains(QStringLiteral("then some more words"))
                && text.contains(QStringLiteral("Quote number %1").arg(i));
            if (quoteEnds)
                QVERIFY2(text.contains(QStringLiteral("Speaker %1").arg(i)), qPrintable(text));
        }
    }
    QVERIFY(
        test::inOrder(pdf.text(), {QStringLiteral("Quote number 5"), QStringLiteral("Speaker 5")}));
}

void TestPdfExport::pageNumbersMoreMarkersAndContinuationHeaders()
{
    const test::PdfReader pdf(pdfOf(test::longRelease(60)));
    const int pages = pdf.pageCount();
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    for (int page = 0; page < pages; ++page) {
        const QString text = pdf.pageText(page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)),
            qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("- more -")), page < pages - 1);
        QCOMPARE(text.contains(QStringLiteral("KBP / KBHA — Harbour closed")), page > 0);
    }
    // Every paragraph is there, once, in order.
    QStringList paragraphs;
    for (int i = 1; i <= 60; ++i)
        paragraphs.append(QStringLiteral("Paragraph %1.").arg(i));
    QVERIFY(test::inOrder(pdf.text(), paragraphs));
}

void TestPdfExport::watermarkExactlyWhenNotApproved()
{
    Release draft = test::sampleReleaseInOneLanguage();
    draft.workflow = Workflow {};
    const test::PdfReader draftPdf(pdfOf(draft));
    QVERIFY(watermarkPixels(draftPdf.renderPage(0, 36)) > 500);
    // The watermark is outlines; the marking in words is on every page, in its text.
    for (int page = 0; page < draftPdf.pageCount(); ++page) {
        const QString text = draftPdf.pageText(page);
        QVERIFY2(
            text.contains(QStringLiteral("DRAFT — not approved for release")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("DRAFT")), 1);
    }

    Release inReview = draft;
    inReview.workflow.state = WorkflowState::InReview;
    QVERIFY(watermarkPixels(test::PdfReader(pdfOf(inReview)).renderPage(0, 36)) > 500);

    const test::PdfReader approvedPdf(pdfOf(approved(test::sampleReleaseInOneLanguage())));
    for (int page = 0; page < approvedPdf.pageCount(); ++page)
        QCOMPARE(watermarkPixels(approvedPdf.renderPage(page, 36)), 0);
    QVERIFY(!approvedPdf.text().contains(QStringLiteral("DRAFT")));
}

void TestPdfExport::embargoBannerWhileEmbargoApplies()
{
    // The sample is embargoed until 2027-01-15 09:00 in Auckland: 2027-01-14 20:00 UTC.
    const Release release = approved(test::sampleReleaseInOneLanguage());
    ExportOptions before;
    before.now = QDateTime(QDate(2027, 1, 14), QTime(19, 59), Qt::UTC);
    ExportOptions after = before;
    after.now = QDateTime(QDate(2027, 1, 14), QTime(20, 0), Qt::UTC);
    const test::PdfReader beforePdf(exportPdf(release, before).value());
    const QString beforeText = beforePdf.text();
    // A banner on every page, and the status line.
    QCOMPARE(beforeText.count(QStringLiteral("EMBARGOED UNTIL")), beforePdf.pageCount() + 1);
    for (int page = 0; page < beforePdf.pageCount(); ++page)
        QVERIFY(beforePdf.pageText(page).contains(QStringLiteral("EMBARGOED UNTIL")));
    const QString afterText = test::PdfReader(exportPdf(release, after).value()).text();
    QCOMPARE(afterText.count(QStringLiteral("EMBARGOED UNTIL")), 1); // the status line only
    QVERIFY(afterText.contains(QStringLiteral("NZDT")));
    QVERIFY(afterText.contains(QStringLiteral("UTC")));
}

void TestPdfExport::metadata()
{
    const Release release = test::sampleReleaseInOneLanguage();
    const test::PdfReader pdf(pdfOf(release));
    QCOMPARE(pdf.info(QStringLiteral("Title")), release.headline);
    QVERIFY(pdf.info(QStringLiteral("Creator")).startsWith(QStringLiteral("Release Desk ")));
    const QString xmp = pdf.xmpMetadata();
    QVERIFY2(
        xmp.contains(QStringLiteral(
            "<rdf:li>Kestrel Bay Police</rdf:li><rdf:li>Kestrel Bay Harbour Authority</rdf:li>")),
        qPrintable(xmp));
    QVERIFY(xmp.contains(QStringLiteral("Police and the Harbour Authority closed Wharf 3 on "
                                        "Thursday morning after a minor spill.")));
    QVERIFY(xmp.contains(QStringLiteral("&lt;b&gt;residents&lt;/b&gt;"))); // the title, escaped
    QVERIFY(
        xmp.contains(QStringLiteral("<xmp:CreatorTool>") + pdf.info(QStringLiteral("Creator"))));
    QVERIFY(xmp.contains(QStringLiteral("<pdf:Producer>") + pdf.info(QStringLiteral("Producer"))));
    // The XMP creation date is the document information's.
    const QDateTime created = QDateTime::fromString(
        QRegularExpression(QStringLiteral("<xmp:CreateDate>([^<]+)</xmp:CreateDate>"))
            .match(xmp)
            .captured(1),
        Qt::ISODate);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestPdfExport::nothingLocalInThePdf()
{
    const QByteArray pdf = pdfOf(test::sampleReleaseInOneLanguage());
    for (const QByteArray &local : {QDir::homePath().toUtf8(), QDir::currentPath().toUtf8(),
             QHostInfo::localHostName().toUtf8(), QByteArray(RELEASEDESK_SOURCE_DIR)}) {
        if (local.size() > 3)
            QVERIFY2(!pdf.contains(local), local.constData());
    }
    QVERIFY(!pdf.contains("/home/"));
}

void TestPdfExport::markupInFieldsIsLiteral()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.headline = QStringLiteral("<b>Hi</b> & <i>there</i>");
    release.subheadline = QStringLiteral("**not bold** _nor italic_ <script>alert(1)</script>");
    release.quotes[0].speaker = QStringLiteral("<u>Anna</u>");
    const QString text = test::PdfReader(pdfOf(release)).text();
    QVERIFY(text.contains(release.headline));
    QVERIFY(text.contains(release.subheadline));
    QVERIFY(text.contains(QStringLiteral("<u>Anna</u>")));
}

void TestPdfExport::referencesAreNeverLoaded()
{
    // A named pipe: anything that tried to read it would hang the export.
    const QString fifo = QDir::temp().filePath(
        QStringLiteral("releasedesk-test-fifo-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto removeFifo = qScopeGuard([&] { QFile::remove(fifo); });

    Release release = test::sampleReleaseInOneLanguage();
    release.headline = QStringLiteral("<img src=\"%1\"> <img src=\"/dev/zero\">").arg(fifo);
    release.subheadline = QStringLiteral("file:///etc/passwd http://example.invalid/x.png");
    release.notesToEditors
        = QStringLiteral("<div style=\"background:url(file:///etc/passwd)\">x</div>");
    release.agencies[0].name = QStringLiteral("<img src=\"file:///etc/shadow\">");
    release.body.blocks.append({BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("remote"), false, false,
            QStringLiteral("http://example.invalid/tracker.png")}}});
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = pdfOf(release);
    QVERIFY(timer.elapsed() < 20000);
    const QString text = test::PdfReader(bytes).text();
    QVERIFY(text.contains(QStringLiteral("/dev/zero")));
    QVERIFY(text.contains(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!bytes.contains("root:x:0:0"));
    // The link is a link to click, never fetched: it is in the PDF as an address only.
    QVERIFY(bytes.contains("http://example.invalid/tracker.png"));
}

void TestPdfExport::textCopiesOutAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ligatures") << QStringLiteral(
        "The offenders affiliated with the office staff fled a fjord flight.");
    QTest::newRow("macrons") << QStringLiteral("Māori wardens at Ōtautahi: ā ē ī ō ū Ā Ē Ī Ō Ū");
    QTest::newRow("arabic") << QStringLiteral("الشرطة تطلب المساعدة");
    QTest::newRow("arabic joins") << QStringLiteral(
        "لي هذه بيت شتاء"); // ل‍ي ه‍ذ ب‍ي ش‍ت
    QTest::newRow("hebrew") << QStringLiteral("המשטרה מבקשת עזרה מהציבור");
    QTest::newRow("devanagari") << QStringLiteral("पुलिस ने जनता से मदद मांगी");
    QTest::newRow("thai") << QStringLiteral("ตำรวจขอความช่วยเหลือ");
    QTest::newRow("korean") << QStringLiteral("경찰이 도움을 요청합니다");
    QTest::newRow("mixed") << QStringLiteral("Café naïve façade — “quotes” ‘single’ … €5");
}

void TestPdfExport::textCopiesOutAsTyped()
{
    QFETCH(QString, text);
    Release release = approved(test::sampleReleaseInOneLanguage());
    release.body.blocks = {{BodyBlock::Kind::Paragraph, {TextRun {text, false, false, {}}}}};
    const QString extracted = test::PdfReader(pdfOf(release)).text();
    // Whole and in logical order: each glyph's text is what the text was shaped from (a
    // Devanagari vowel sign's width variant is still the vowel sign), and Thai's sara am, which
    // shaping splits in two, is the two parts of its compatibility decomposition.
    QVERIFY2(extracted.normalized(QString::NormalizationForm_KC)
                 .contains(text.normalized(QString::NormalizationForm_KC)),
        qPrintable(extracted));
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        QVERIFY(!extracted.contains(QChar(ligature)));
}

void TestPdfExport::attachmentsAreEmbedded()
{
    const Release release = test::sampleReleaseInOneLanguage();
    const test::PdfReader pdf(pdfOf(release));
    QCOMPARE(pdf.embeddedFileCount(), release.attachments.size());
    QCOMPARE(pdf.embeddedFileName(0), QStringLiteral("statement.pdf"));
    QCOMPARE(pdf.embeddedFileData(0), test::samplePdf());
    QCOMPARE(pdf.embeddedFileData(1), test::samplePng());
}

void TestPdfExport::archivalPdfs()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.workflow = Workflow {}; // with the watermark

    // PDF/A-3a carries the attachments, each an associated file of the document.
    const QByteArray archival = pdfOf(release, ExportFormat::PdfA);
    const test::PdfReader a3(archival);
    QCOMPARE(a3.embeddedFileCount(), release.attachments.size());
    QCOMPARE(a3.embeddedFileData(0), test::samplePdf());
    QCOMPARE(archival.count("/AFRelationship /Supplement"), release.attachments.size());
    QVERIFY(archival.contains("/AF ["));
    QVERIFY(archival.contains("/OutputIntents"));
    QVERIFY(a3.xmpMetadata().contains(QStringLiteral("<pdfaid:part>3</pdfaid:part>")));
    QVERIFY(
        a3.xmpMetadata().contains(QStringLiteral("<pdfaid:conformance>A</pdfaid:conformance>")));
    QVERIFY(a3.xmpMetadata().contains(QStringLiteral("<pdfuaid:part>1</pdfuaid:part>")));
    QVERIFY(a3.xmpMetadata().contains(QStringLiteral("pdfaExtension:schemas")));

    // PDF/A-1b has neither attachments nor anything transparent: they are listed only.
    ExportOptions options;
    options.format = ExportFormat::PdfA;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    const Result<QByteArray> older = exportPdf(release, options, PdfConformance::ArchivalA1b);
    QVERIFY(older);
    const QByteArray bytes = *older;
    QVERIFY(bytes.startsWith("%PDF-1.4"));
    const test::PdfReader pdf(bytes);
    QCOMPARE(pdf.embeddedFileCount(), 0);
    QVERIFY(!bytes.contains("/EmbeddedFile"));
    QVERIFY(!bytes.contains("/SMask"));
    QVERIFY(pdf.text().contains(QStringLiteral("Attached:")));
    const QString xmp = pdf.xmpMetadata();
    QVERIFY(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    QVERIFY(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    QVERIFY(!QRegularExpression(QStringLiteral("/(ca|CA) 0"))
                 .match(QString::fromLatin1(bytes))
                 .hasMatch());
    QVERIFY(watermarkPixels(pdf.renderPage(0, 36)) > 500);
}

void TestPdfExport::paperSizes()
{
    const test::PdfReader a4(
        pdfOf(test::sampleReleaseInOneLanguage(), ExportFormat::Pdf, Paper::A4));
    QCOMPARE(a4.pageSizePoints(0).toSize(), QSize(595, 842));
    const test::PdfReader letter(
        pdfOf(test::sampleReleaseInOneLanguage(), ExportFormat::Pdf, Paper::Letter));
    QCOMPARE(letter.pageSizePoints(0).toSize(), QSize(612, 792));
}

void TestPdfExport::exportsDifferOnlyInDatesAndId()
{
    // The process runs with QT_HASH_SEED=0 (set by CTest), as the export command sets it itself.
    const auto normalized = [](const QByteArray &pdf) {
        static const QRegularExpression dates(
            QStringLiteral("D:\\d{14}[^)]*|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:"
                           "\\d\\d|/ID \\[<[0-9a-fA-F]+> ?<[0-9a-fA-F]+>\\]"));
        return QString::fromLatin1(pdf).replace(dates, QStringLiteral("X"));
    };
    const Release release = test::sampleReleaseInOneLanguage();
    const QByteArray first = pdfOf(release);
    QTest::qWait(1100); // so that the dates differ
    const QByteArray second = pdfOf(release);
    QCOMPARE(normalized(first), normalized(second));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
