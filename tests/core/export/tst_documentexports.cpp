#include "export/exporter.h"
#include "render/fonts.h"
#include "support/officedocuments.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"
#include "util/ziparchive.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QByteArray exported(const Release &release, ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    Result<QByteArray> bytes = exportToBytes(release, options);
    if (!bytes)
        qFatal("export failed: %s", qPrintable(bytes.error().message));
    return bytes.value();
}

Release markupRelease()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.headline
        = QStringLiteral("<b>Hi</b> *there* _you_ [link](http://x) # & <script>alert(1)</script>");
    return release;
}

const QStringList expectedInOrder {QStringLiteral("Kestrel Bay Police"),
    QStringLiteral("EMBARGOED UNTIL"), QStringLiteral("KESTREL BAY"),
    QStringLiteral("Harbour closed after chemical spill"), QStringLiteral("closed Wharf 3"),
    // the sample's quote is placed after the lede
    QStringLiteral("Our first concern is everyone"), QStringLiteral("Anna Whitlock"),
    QStringLiteral("Keep clear of the waterfront."), QStringLiteral("Call 0800 000 000"),
    QStringLiteral("statement.pdf"), QStringLiteral("-30-"), QStringLiteral("Notes to editors"),
    QStringLiteral("Media contacts"), QStringLiteral("About Kestrel Bay Police")};

} // namespace

class TestDocumentExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void plainTextWrapsAt72Columns();
    void plainTextKeepsMarkupLiteral();
    void markdownEscapesEverything();
    void htmlIsSelfContainedAndEscaped();
    void docxHoldsTextListsLinksAndLogos();
    void docxOpensInLibreOffice();
    void docxHeadingsLanguageAndDirection();
    void mediaKitHoldsReleaseAndAttachments();
    void kitFolderIsWrittenWholeOrNotAtAll();
};

void TestDocumentExports::plainTextWrapsAt72Columns()
{
    const QString text = QString::fromUtf8(exported(test::longRelease(10), ExportFormat::Text));
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 72, qPrintable(line));
    QVERIFY(test::inOrder(text, {QStringLiteral("Paragraph 1."), QStringLiteral("Paragraph 10.")}));
    const QString sample
        = QString::fromUtf8(exported(test::sampleReleaseInOneLanguage(), ExportFormat::Text));
    QString missing;
    QStringList expectedUpper; // plain text sets section headings in capitals
    for (const QString &expected : expectedInOrder)
        expectedUpper.append(expected.toUpper());
    QVERIFY2(test::inOrder(sample.toUpper(), expectedUpper, &missing), qPrintable(missing));
    QVERIFY(sample.contains(QStringLiteral("  * Keep clear of the waterfront.")));
    QVERIFY(sample.contains(QStringLiteral("  1. Call 0800 000 000")));
    QVERIFY(QString(sample)
                .replace(QLatin1Char('\n'), QLatin1Char(' '))
                .contains(QStringLiteral(
                    "harbour.kestrelbay.example <https://harbour.kestrelbay.example/spill>")));
}

void TestDocumentExports::plainTextKeepsMarkupLiteral()
{
    const QString text = QString::fromUtf8(exported(markupRelease(), ExportFormat::Text));
    QVERIFY(text.contains(QStringLiteral("<b>Hi</b> *there* _you_")));
}

void TestDocumentExports::markdownEscapesEverything()
{
    const QString markdown = QString::fromUtf8(exported(markupRelease(), ExportFormat::Markdown));
    QVERIFY2(
        markdown.contains(QStringLiteral(
            R"(# \<b\>Hi\</b\> \*there\* \_you\_ \[link\]\(http://x\) \# \& \<script\>alert\(1\)\</script\>)")),
        qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("**closed Wharf 3**")));
    QVERIFY(markdown.contains(QStringLiteral("*minor*")));
    QVERIFY(markdown.contains(QStringLiteral(
        "[harbour\\.kestrelbay\\.example](<https://harbour.kestrelbay.example/spill>)")));
    QVERIFY(markdown.contains(QStringLiteral("- Keep clear of the waterfront\\.")));
    QVERIFY(markdown.contains(QStringLiteral("1. [Call 0800 000 000](<tel:0800000000>)")));
}

void TestDocumentExports::htmlIsSelfContainedAndEscaped()
{
    const QString html = QString::fromUtf8(exported(markupRelease(), ExportFormat::Html));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Hi&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    // The only addresses are the links' and inline data; nothing to load.
    const QRegularExpression sources(QStringLiteral("(src|href)=\"([^\"]*)\""));
    for (auto it = sources.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) == QLatin1String("src"))
            QVERIFY2(match.captured(2).startsWith(QStringLiteral("data:image/png;base64,")),
                qPrintable(match.captured(2)));
    }
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en-NZ\" dir=\"ltr\">")));
    QVERIFY(html.contains(
        QStringLiteral("<ul dir=\"auto\">\n<li dir=\"auto\">Keep clear of the waterfront.</li>")));
    QVERIFY(html.contains(QStringLiteral("<blockquote dir=\"auto\">")));
}

void TestDocumentExports::docxHoldsTextListsLinksAndLogos()
{
    const QByteArray docx = exported(markupRelease(), ExportFormat::Docx);
    const QString document = test::zipEntryText(docx, QStringLiteral("word/document.xml"));
    QVERIFY(document.contains(QStringLiteral("&lt;b&gt;Hi&lt;/b&gt;")));
    QVERIFY(document.contains(QStringLiteral("<w:numPr>")));
    QVERIFY(document.contains(QStringLiteral("<w:hyperlink r:id=\"rIdLink")));
    QVERIFY(document.contains(QStringLiteral("<w:b/>")));
    QVERIFY(document.contains(QStringLiteral("<w:i/>")));
    QVERIFY(document.contains(QStringLiteral("<a:blip r:embed=\"rIdImage1\"/>")));
    const QString relationships
        = test::zipEntryText(docx, QStringLiteral("word/_rels/document.xml.rels"));
    QVERIFY(relationships.contains(QStringLiteral("https://harbour.kestrelbay.example/spill")));
    QVERIFY(relationships.contains(QStringLiteral("TargetMode=\"External\"")));
    QVERIFY(!test::zipEntryText(docx, QStringLiteral("word/media/image1.png")).isEmpty());
    QVERIFY(test::zipEntryText(docx, QStringLiteral("docProps/core.xml"))
                .contains(QStringLiteral("Kestrel Bay Police; Kestrel Bay Harbour Authority")));
}

void TestDocumentExports::docxOpensInLibreOffice()
{
    QString error;
    const QString text = test::convertedByLibreOffice(
        exported(test::sampleReleaseInOneLanguage(), ExportFormat::Docx), QStringLiteral("docx"),
        &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    QString missing;
    QVERIFY2(test::inOrder(text, expectedInOrder, &missing),
        qPrintable(missing + QStringLiteral("\n") + text));
}

void TestDocumentExports::docxHeadingsLanguageAndDirection()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.language = QStringLiteral("ar-AE");
    release.body.blocks.append({BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("وقال المتحدث إن التحقيقات مستمرة."), false, false, {}}}});
    const QByteArray docx = exported(release, ExportFormat::Docx);
    const QString styles = test::zipEntryText(docx, QStringLiteral("word/styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("<w:lang w:val=\"ar-AE\"")));
    QVERIFY(styles.contains(QStringLiteral("<w:outlineLvl w:val=\"0\"/>")));
    QVERIFY(styles.contains(QStringLiteral("<w:outlineLvl w:val=\"1\"/>")));
    const QString document = test::zipEntryText(docx, QStringLiteral("word/document.xml"));
    QCOMPARE(document.count(QStringLiteral("<w:bidi/>")), 1);
    QVERIFY(document.contains(QStringLiteral("<w:rtl/>")));

    // Word's and Writer's navigation see the same headings: LibreOffice makes them headings of an
    // OpenDocument text, at their levels.
    QString error;
    const QByteArray odt = test::convertedWithLibreOffice(
        docx, QStringLiteral("docx"), QStringLiteral("odt"), &error);
    QVERIFY2(!odt.isEmpty(), qPrintable(error));
    const QStringList headings
        = test::odtHeadings(test::zipEntryText(odt, QStringLiteral("content.xml")));
    QVERIFY2(headings.contains(QStringLiteral(
                 "1:Harbour closed after chemical spill; <b>residents</b> asked to keep clear")),
        qPrintable(headings.join(u'|')));
    QVERIFY2(
        headings.contains(QStringLiteral("2:Notes to editors")), qPrintable(headings.join(u'|')));
    QVERIFY(headings.contains(QStringLiteral("2:Media contacts")));
    QVERIFY(headings.contains(QStringLiteral("2:About Kestrel Bay Police")));
}

void TestDocumentExports::mediaKitHoldsReleaseAndAttachments()
{
    const QByteArray zip = exported(test::sampleReleaseInOneLanguage(), ExportFormat::Kit);
    ZipArchiveReader reader;
    QVERIFY(reader.open(zip).ok());
    QStringList names;
    for (const auto &entry : reader.entries())
        names.append(entry.name);
    QCOMPARE(names,
        (QStringList {QStringLiteral("KBP-2026-0412.pdf"), QStringLiteral("KBP-2026-0412.txt"),
            QStringLiteral("KBP-2026-0412.html"), QStringLiteral("attachments/statement.pdf"),
            QStringLiteral("attachments/wharf.png")}));
    QCOMPARE(
        reader.read(QStringLiteral("attachments/wharf.png"), 1 << 20).value(), test::samplePng());
}

void TestDocumentExports::kitFolderIsWrittenWholeOrNotAtAll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kit"));
    ExportOptions options;
    options.format = ExportFormat::Kit;
    Release release = test::sampleReleaseInOneLanguage();
    release.attachments[1].fileName = QStringLiteral("statement.pdf"); // a name used twice
    QVERIFY(exportRelease(release, path, options).ok());
    QCOMPARE(QDir(path + QStringLiteral("/attachments")).entryList(QDir::Files),
        (QStringList {QStringLiteral("statement (2).pdf"), QStringLiteral("statement.pdf")}));
    QCOMPARE(QDir(path).entryList(QDir::Files).size(), 3);

    // An existing kit is never overwritten or mixed with a new one.
    const Status again = exportRelease(release, path, options);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.startsWith(QStringLiteral("kit: already exists")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList {QStringLiteral("kit")});
}

QTEST_MAIN(TestDocumentExports)
#include "tst_documentexports.moc"
