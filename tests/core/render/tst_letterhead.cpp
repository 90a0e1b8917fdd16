#include "export/pdfexporter.h"
#include "render/fonts.h"
#include "render/layoutrelease.h"
#include "render/letterheadblock.h"
#include "render/pagedrelease.h"
#include "support/corpus.h"
#include "support/longnames.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

QImage logo(int hue)
{
    QImage image(60, 60, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(hue % 360, 160, 150));
    return image;
}

QList<LetterheadEntry> entriesFor(const QStringList &names, bool withLogos)
{
    QList<LetterheadEntry> entries;
    for (int i = 0; i < names.size(); ++i)
        entries.append({names.at(i), withLogos ? logo(i * 37) : QImage()});
    return entries;
}

QString squeezed(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

// However many agencies co-sign and however long their official names, every name prints whole.
class TestLetterhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void everyNameIsSetWhole_data();
    void everyNameIsSetWhole();
    void crowdedLetterheadFitsTheFirstPage();
    void everyWordOfEveryNameIsInThePdf();
    void noWordIsBrokenAcrossLines_data();
    void noWordIsBrokenAcrossLines();
};

void TestLetterhead::everyNameIsSetWhole_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("withLogos");
    for (int count : {1, 2, 3, 5, 9, 15, 24}) {
        QTest::addRow("%d agencies", count) << count << true;
        QTest::addRow("%d agencies, no logos", count) << count << false;
    }
}

void TestLetterhead::everyNameIsSetWhole()
{
    QFETCH(int, count);
    QFETCH(bool, withLogos);
    const QStringList names = test::longAgencyNames().mid(0, count);
    const LetterheadBlock letterhead(
        entriesFor(names, withLogos), PageSetup {Paper::A4}.contentRect().width());
    // The lines as they break, name after name: together, every name, letter for letter.
    QCOMPARE(squeezed(letterhead.lineText(0)), squeezed(names.join(QString())));
    QVERIFY(letterhead.lineTop(1) > 0);
}

void TestLetterhead::crowdedLetterheadFitsTheFirstPage()
{
    Release release = test::sampleRelease();
    release.agencies.clear();
    const QStringList names = test::longAgencyNames();
    for (int i = 0; i < names.size(); ++i) {
        Agency agency;
        agency.id = QStringLiteral("agency%1").arg(i);
        agency.name = names.at(i);
        release.agencies.append(agency);
    }
    for (Quote &quote : release.quotes)
        quote.agencyId = release.agencies.first().id;
    for (MediaContact &contact : release.contacts)
        contact.agencyId = release.agencies.first().id;
    const auto paged = layOutRelease(release, {Paper::A4});
    // The letterhead and the headline still share the first page.
    const QStringList firstPage = paged->pageLines(0);
    QVERIFY(squeezed(firstPage.join(QString())).contains(squeezed(names.join(QString()))));
    QVERIFY(squeezed(firstPage.join(QString())).contains(squeezed(release.headline)));
}

void TestLetterhead::everyWordOfEveryNameIsInThePdf()
{
    Release release = test::sampleRelease();
    release.agencies.clear();
    for (const QString &name : test::longAgencyNames()) {
        Agency agency;
        agency.id = QString::number(release.agencies.size());
        agency.name = name;
        release.agencies.append(agency);
    }
    release.quotes.clear();
    release.contacts.clear();
    ExportOptions options;
    const test::PdfReader pdf(exportPdf(release, options).value());
    const QString firstPage
        = pdf.pageText(0).normalized(QString::NormalizationForm_KC).simplified();
    for (const QString &name : test::longAgencyNames()) {
        // Runs of letters: brackets are mirrored in right-to-left text, and an apostrophe may
        // copy out as another.
        static const QRegularExpression notLetters(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
        for (const QString &word : name.split(notLetters, Qt::SkipEmptyParts)) {
            if (word.size() < 3)
                continue; // "/", "—", "of": found anywhere
            QVERIFY2(firstPage.contains(word.normalized(QString::NormalizationForm_KC)),
                qPrintable(QStringLiteral("'%1' of '%2'").arg(word, name)));
        }
    }
}

void TestLetterhead::noWordIsBrokenAcrossLines_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addRow("24 long names") << test::longAgencyNames();
    // Sixteen names, one with a 22-letter word, in a grid of short names that leaves it little
    // room.
    QStringList sixteen;
    for (const Agency &agency :
        test::corpusRelease(QStringLiteral("sixteen-agencies-about")).agencies)
        sixteen.append(agency.name);
    QTest::addRow("16 names, one long word") << sixteen;
}

void TestLetterhead::noWordIsBrokenAcrossLines()
{
    QFETCH(QStringList, names);
    const LetterheadBlock letterhead(
        entriesFor(names, true), PageSetup {Paper::A4}.contentRect().width());
    const QStringList lines = letterhead.lineText(0).split(QLatin1Char('\n'));
    QSet<QString> wordsOnLines;
    for (const QString &line : lines) {
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            wordsOnLines.insert(word);
    }
    for (const QString &name : names) {
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // A hyphen or a slash is where a name may break.
            if (word.contains(QLatin1Char('-')) || word.contains(QLatin1Char('/')))
                continue;
            QVERIFY2(wordsOnLines.contains(word),
                qPrintable(QStringLiteral("'%1' of '%2' is broken: %3")
                               .arg(word, name, lines.join(QLatin1Char('|')))));
        }
    }
}

QTEST_MAIN(TestLetterhead)
#include "tst_letterhead.moc"
