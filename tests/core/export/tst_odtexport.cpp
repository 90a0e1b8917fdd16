#include "export/exporter.h"
#include "render/fonts.h"
#include "support/officedocuments.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

QByteArray exportedOdt(const Release &release)
{
    ExportOptions options;
    options.format = ExportFormat::Odt;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    Result<QByteArray> bytes = exportToBytes(release, options);
    if (!bytes)
        qFatal("export failed: %s", qPrintable(bytes.error().message));
    return bytes.value();
}

Release rightToLeftRelease()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.language = QStringLiteral("ar-AE");
    release.body.blocks.append({BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("وقال المتحدث إن التحقيقات مستمرة."), false, false, {}}}});
    return release;
}

} // namespace

// The OpenDocument text is written by Release Desk itself (tst_validators judges every part
// against the OASIS schema); these tests check what it says.
class TestOdtExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void packageStartsWithItsMediaType();
    void headingsHaveOutlineLevels();
    void listsLinksAndEmphasis();
    void logosHaveAlternativeText();
    void documentLanguage();
    void rightToLeftParagraphsRunFromTheRight();
    void spacesTabsAndLineBreaksSurvive();
    void fieldTextIsNeverMarkup();
    void opensInLibreOffice();
};

void TestOdtExport::packageStartsWithItsMediaType()
{
    const QByteArray odt = exportedOdt(test::sampleReleaseInOneLanguage());
    // The first entry is "mimetype", stored, so that its bytes sit at a fixed offset.
    QCOMPARE(odt.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(odt.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    const QString manifest = test::zipEntryText(odt, QStringLiteral("META-INF/manifest.xml"));
    for (const char *part : {"content.xml", "styles.xml", "meta.xml", "Pictures/logo1.png"})
        QVERIFY2(
            manifest.contains(QStringLiteral("manifest:full-path=\"%1\"").arg(QLatin1String(part))),
            part);
}

void TestOdtExport::headingsHaveOutlineLevels()
{
    const QStringList headings = test::odtHeadings(test::zipEntryText(
        exportedOdt(test::sampleReleaseInOneLanguage()), QStringLiteral("content.xml")));
    QCOMPARE(headings,
        (QStringList {
            QStringLiteral(
                "1:Harbour closed after chemical spill; <b>residents</b> asked to keep clear"),
            QStringLiteral("2:Notes to editors"), QStringLiteral("2:Media contacts"),
            QStringLiteral("3:Kestrel Bay Police"), QStringLiteral("2:About Kestrel Bay Police"),
            QStringLiteral("2:About Kestrel Bay Harbour Authority")}));
    const QString styles = test::zipEntryText(
        exportedOdt(test::sampleReleaseInOneLanguage()), QStringLiteral("styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("style:default-outline-level=\"1\"")));
}

void TestOdtExport::listsLinksAndEmphasis()
{
    const QString content = test::zipEntryText(
        exportedOdt(test::sampleReleaseInOneLanguage()), QStringLiteral("content.xml"));
    QVERIFY(content.contains(QStringLiteral(
        "<text:list text:style-name=\"Bullets\"><text:list-item><text:p "
        "text:style-name=\"ListItem\">Keep clear of the waterfront.</text:p></text:list-item>")));
    QVERIFY(content.contains(QStringLiteral("<text:list text:style-name=\"Numbers\">")));
    QCOMPARE(content.count(QStringLiteral("<text:list ")), 2);
    QVERIFY(content.contains(QStringLiteral(
        "<text:a xlink:type=\"simple\" xlink:href=\"https://harbour.kestrelbay.example/spill\"")));
    QVERIFY(content.contains(
        QStringLiteral("<text:span text:style-name=\"Strong\">closed Wharf 3</text:span>")));
    QVERIFY(content.contains(
        QStringLiteral("<text:span text:style-name=\"Emphasis\">minor</text:span>")));
}

void TestOdtExport::logosHaveAlternativeText()
{
    const QByteArray odt = exportedOdt(test::sampleReleaseInOneLanguage());
    const QString content = test::zipEntryText(odt, QStringLiteral("content.xml"));
    QVERIFY(content.contains(QStringLiteral("<draw:image xlink:href=\"Pictures/logo1.png\"")));
    QVERIFY(content.contains(QStringLiteral("<svg:title>Logo of Kestrel Bay Police</svg:title>")));
    QVERIFY(!test::zipEntryText(odt, QStringLiteral("Pictures/logo1.png")).isEmpty());
}

void TestOdtExport::documentLanguage()
{
    const QByteArray odt = exportedOdt(test::sampleReleaseInOneLanguage());
    const QString styles = test::zipEntryText(odt, QStringLiteral("styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("fo:language=\"en\" fo:country=\"NZ\"")));
    QVERIFY(styles.contains(
        QStringLiteral("style:language-complex=\"en\" style:country-complex=\"NZ\"")));
    QVERIFY(test::zipEntryText(odt, QStringLiteral("meta.xml"))
                .contains(QStringLiteral("<dc:language>en-NZ</dc:language>")));
}

void TestOdtExport::rightToLeftParagraphsRunFromTheRight()
{
    const QString content
        = test::zipEntryText(exportedOdt(rightToLeftRelease()), QStringLiteral("content.xml"));
    QVERIFY(content.contains(QStringLiteral(
        "<text:p text:style-name=\"BodyText_rtl\">وقال المتحدث إن التحقيقات مستمرة.</text:p>")));
    QCOMPARE(content.count(QStringLiteral("_rtl\">")), 1);
    static const QRegularExpression bodyRtl(
        QStringLiteral("<style:style style:name=\"BodyText_rtl\"[^>]*><style:paragraph-properties "
                       "style:writing-mode=\"rl-tb\""));
    QVERIFY(bodyRtl.match(content).hasMatch());
    // A quote from the right has its bar on the right.
    QVERIFY(content.contains(QStringLiteral("style:name=\"Quote_rtl\"")));
    QVERIFY(
        QRegularExpression(QStringLiteral("style:name=\"Quote_rtl\"[^/]*fo:border-right=\"1.50pt "
                                          "solid #1b2a4a\" fo:border-left=\"none\""))
            .match(content)
            .hasMatch());
}

void TestOdtExport::spacesTabsAndLineBreaksSurvive()
{
    Release release = test::sampleReleaseInOneLanguage();
    const QString awkward
        = QStringLiteral(" Two  spaces,\ta tab,   three spaces and a break\u2028here ");
    release.body.blocks = {{BodyBlock::Kind::Paragraph, {TextRun {awkward, false, false, {}}}}};
    const QString text = test::odtText(exportedOdt(release));
    QVERIFY2(text.contains(QString(awkward).replace(QChar::LineSeparator, QLatin1Char('\n'))),
        qPrintable(text));
}

void TestOdtExport::fieldTextIsNeverMarkup()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.headline = QStringLiteral("<text:p>x</text:p> & <b>bold</b> ]]> \u0001");
    const QString content = test::zipEntryText(exportedOdt(release), QStringLiteral("content.xml"));
    QVERIFY(content.contains(
        QStringLiteral("&lt;text:p&gt;x&lt;/text:p&gt; &amp; &lt;b&gt;bold&lt;/b&gt; ]]&gt;")));
}

void TestOdtExport::opensInLibreOffice()
{
    QString error;
    const QString text = test::convertedByLibreOffice(
        exportedOdt(rightToLeftRelease()), QStringLiteral("odt"), &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    QString missing;
    QVERIFY2(
        test::inOrder(text,
            {QStringLiteral("Kestrel Bay Police"), QStringLiteral("EMBARGOED UNTIL"),
                QStringLiteral("Harbour closed after chemical spill"),
                QStringLiteral("Our first concern is everyone"), QStringLiteral("Anna Whitlock"),
                QStringLiteral("Keep clear of the waterfront."), QStringLiteral("statement.pdf"),
                QStringLiteral("Notes to editors"), QStringLiteral("Media contacts"),
                QStringLiteral("About Kestrel Bay Police")},
            &missing),
        qPrintable(missing + QLatin1Char('\n') + text));
}

QTEST_MAIN(TestOdtExport)
#include "tst_odtexport.moc"
