#include "export/exporter.h"
#include "render/fonts.h"
#include "render/releasewords.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace rd;

namespace {

// Every word of a table, with the name a failure reports.
QList<std::pair<const char *, QString>> entriesOf(const ReleaseWords &w)
{
    QList<std::pair<const char *, QString>> entries {{"forImmediateRelease", w.forImmediateRelease},
        {"embargoedUntil", w.embargoedUntil}, {"embargoWithoutLiftTime", w.embargoWithoutLiftTime},
        {"notBefore", w.notBefore}, {"embargoBanner", w.embargoBanner}, {"liftTime", w.liftTime},
        {"draft", w.draft}, {"draftNotice", w.draftNotice}, {"reference", w.reference},
        {"updates", w.updates}, {"notesToEditors", w.notesToEditors},
        {"mediaContacts", w.mediaContacts}, {"about", w.about}, {"theAgency", w.theAgency},
        {"issuedBy", w.issuedBy}, {"attached", w.attached}, {"onePage", w.onePage},
        {"pages", w.pages}, {"more", w.more}, {"pageOf", w.pageOf},
        {"attachmentPage", w.attachmentPage}, {"attachment", w.attachment},
        {"agenciesAndPartners", w.agenciesAndPartners}, {"ends", w.ends}};
    for (const QString &type : w.releaseTypes)
        entries.append({"releaseTypes", type});
    return entries;
}

QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// A release with every fixed word in it (embargoed, a draft, a reference and an earlier release,
// attachments, notes, contacts, an About paragraph, "Issued by", several pages), whose own text
// holds no English, so that any English left in the export is a fixed word.
Release releaseIn(const QString &language)
{
    Release release = test::longRelease(80);
    release.language = language;
    release.type = ReleaseType::AppealForInformation;
    release.embargo = {true, QDate(2027, 1, 15), QTime(9, 0), QTimeZone("Pacific/Auckland")};
    release.dateline.date = QDate(2026, 11, 26);
    const QString neutral = QStringLiteral("Xylo kwanta");
    release.headline = neutral;
    release.subheadline = neutral;
    for (BodyBlock &block : release.body.blocks) {
        for (TextRun &run : block.runs)
            run.text = QStringLiteral("Xylo kwanta zimbo.");
    }
    for (Agency &agency : release.agencies)
        agency.about = neutral;
    for (Quote &quote : release.quotes) {
        quote.text = neutral;
        quote.title = neutral;
    }
    for (Attachment &attachment : release.attachments) {
        attachment.caption = neutral;
        attachment.fileName = QStringLiteral("xylo.") + QFileInfo(attachment.fileName).suffix();
    }
    for (MediaContact &contact : release.contacts) {
        contact.name = neutral;
        contact.role = neutral;
    }
    release.notesToEditors = neutral;
    release.issuedBy = neutral;
    return release;
}

} // namespace

// The release's fixed words follow its document language, whatever the interface's.
class TestReleaseWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void everyTableIsComplete_data();
    void everyTableIsComplete();
    void anyOtherLanguageGetsEnglish();
    void noEnglishFixedWordIsLeft_data();
    void noEnglishFixedWordIsLeft();
};

void TestReleaseWords::everyTableIsComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languagesWithReleaseWords())
        QTest::newRow(qPrintable(language)) << language;
}

void TestReleaseWords::everyTableIsComplete()
{
    QFETCH(QString, language);
    const ReleaseWords &words = releaseWords(language);
    QCOMPARE(words.language, language);
    QCOMPARE(words.releaseTypes.size(), 6);
    const auto english = entriesOf(releaseWords(QStringLiteral("en")));
    const auto entries = entriesOf(words);
    QCOMPARE(entries.size(), english.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QVERIFY2(!entries.at(i).second.trimmed().isEmpty(), entries.at(i).first);
        // What the composer fills in must have its place in every language.
        QVERIFY2(placeholdersOf(entries.at(i).second) == placeholdersOf(english.at(i).second),
            entries.at(i).first);
    }
}

void TestReleaseWords::anyOtherLanguageGetsEnglish()
{
    QCOMPARE(releaseWords(QStringLiteral("fr-CA")).language, QStringLiteral("fr"));
    QCOMPARE(releaseWords(QStringLiteral("mi")).language, QStringLiteral("mi"));
    QCOMPARE(releaseWords(QStringLiteral("ja-JP")).language, QStringLiteral("en"));
    QCOMPARE(releaseWords(QString()).language, QStringLiteral("en"));
}

void TestReleaseWords::noEnglishFixedWordIsLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // a word of that language's table, which must appear
    QTest::newRow("French") << QStringLiteral("fr-FR") << QStringLiteral("SOUS EMBARGO");
    QTest::newRow("Canadian French")
        << QStringLiteral("fr-CA") << QStringLiteral("Appel à témoins");
    QTest::newRow("te reo Māori") << QStringLiteral("mi-NZ") << QStringLiteral("Tono mōhiohio");
    QTest::newRow("Spanish") << QStringLiteral("es-ES") << QStringLiteral("Llamamiento");
    QTest::newRow("German") << QStringLiteral("de-DE") << QStringLiteral("Zeugenaufruf");
}

void TestReleaseWords::noEnglishFixedWordIsLeft()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    ExportOptions options;
    options.appendAttachments = true;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    const Release release = releaseIn(language);
    Result<QByteArray> pdf = exportToBytes(release, options);
    QVERIFY(pdf.ok());
    const test::PdfReader reader(pdf.value());
    QVERIFY(reader.pageCount() > 2);
    // The page furniture is the PDF's alone.
    const QString firstPage
        = releaseWords(language).pageOf.arg(1).section(QStringLiteral("%2"), 0, 0);
    QVERIFY2(reader.pageText(0).contains(firstPage), qPrintable(reader.pageText(0)));
    QVERIFY(reader.pageText(0).contains(releaseWords(language).more));
    options.format = ExportFormat::Text;
    Result<QByteArray> text = exportToBytes(release, options);
    QVERIFY(text.ok());

    for (const QString &exported : {reader.text(), QString::fromUtf8(text.value())}) {
        QVERIFY2(exported.contains(expected, Qt::CaseInsensitive), qPrintable(exported.left(400)));
        // The words of the English phrases, less those the language writes the same ("Page" in
        // French, "November" in German, "UTC" everywhere).
        QString own;
        for (const auto &[name, words] : entriesOf(releaseWords(language)))
            own += words + QLatin1Char(' ');
        const QLocale locale(language);
        for (int i = 1; i <= 12; ++i)
            own += locale.monthName(i) + QLatin1Char(' ');
        for (int i = 1; i <= 7; ++i)
            own += locale.dayName(i) + QLatin1Char(' ');
        QString englishWords;
        for (const auto &[name, words] : entriesOf(releaseWords(QStringLiteral("en"))))
            englishWords += words + QLatin1Char(' ');
        englishWords += QStringLiteral("Thursday Friday November January");
        QStringList english;
        static const QRegularExpression notALetter(QStringLiteral("[^\\p{L}]+"));
        for (const QString &word : englishWords.split(notALetter, Qt::SkipEmptyParts)) {
            const QRegularExpression whole(
                QStringLiteral("(?<!\\p{L})%1(?!\\p{L})").arg(QRegularExpression::escape(word)));
            if (word.size() > 3 && !own.contains(whole) && exported.contains(whole))
                english.append(word);
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
    }
}

QTEST_MAIN(TestReleaseWords)
#include "tst_releasewords.moc"
