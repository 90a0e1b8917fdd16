#include "export/exportoptions.h"
#include "export/pdfexporter.h"
#include "model/release.h"
#include "render/fonts.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

// The languages that marked content in the pages names (/Lang in a BDC's properties), in order.
QStringList markedLanguages(const Release &release)
{
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    const Result<QByteArray> pdf = exportPdf(release, options);
    if (!pdf)
        qFatal("export failed: %s", qPrintable(pdf.error().message));
    // The page streams uncompressed by qpdf, an independent reader.
    QString error;
    const QString content
        = QString::fromLatin1(test::toolOutputForPdf(pdf.value(), QStringLiteral("qpdf"),
            {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"),
                QStringLiteral("%1"), QStringLiteral("-")},
            &error));
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    static const QRegularExpression marked(QStringLiteral("/Lang \\(([^)]*)\\)[^\\n]*>> BDC"));
    QStringList languages;
    for (const QRegularExpressionMatch &match : marked.globalMatch(content))
        languages.append(match.captured(1));
    return languages;
}

} // namespace

// A screen reader speaks each passage in the voice of its language: text in another script than
// its paragraph's is marked with the language its script names, in the page's marked content.
class TestPdfLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void textInAnotherScriptIsMarkedWithItsLanguage();
    void textInItsParagraphsScriptIsNotMarked();
};

void TestPdfLanguages::textInAnotherScriptIsMarkedWithItsLanguage()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.agencies[1].name = QStringLiteral("شرطة خليج كيستريل");
    release.body.blocks.append({BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("Greek visitors were told: "), false, false, {}},
            TextRun {QStringLiteral("Η προβλήτα 3 είναι κλειστή."), false, false, {}},
            TextRun {QStringLiteral(" Hebrew speakers: "), false, false, {}},
            TextRun {QStringLiteral("הרציף סגור."), false, false, {}}}});
    const QStringList languages = markedLanguages(release);
    QVERIFY2(languages.contains(QStringLiteral("ar")), qPrintable(languages.join(u' ')));
    QVERIFY2(languages.contains(QStringLiteral("el")), qPrintable(languages.join(u' ')));
    QVERIFY2(languages.contains(QStringLiteral("he")), qPrintable(languages.join(u' ')));
    // The agency's name is in the letterhead, before the statement.
    QVERIFY(languages.indexOf(QStringLiteral("ar")) < languages.indexOf(QStringLiteral("el")));
}

void TestPdfLanguages::textInItsParagraphsScriptIsNotMarked()
{
    // English in Latin script, a Māori name with macrons, French with accents: no guess is made
    // for a script that many languages share.
    Release release = test::sampleReleaseInOneLanguage();
    release.body.blocks.append({BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("Tēnā koutou. La jetée est fermée. Пристань закрыта."), false,
            false, {}}}});
    QCOMPARE(markedLanguages(release), QStringList());
}

QTEST_MAIN(TestPdfLanguages)

#include "tst_pdflanguages.moc"
