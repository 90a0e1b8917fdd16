#include "export/exportoptions.h"
#include "export/pdfexporter.h"
#include "model/release.h"
#include "render/fonts.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "support/corpus.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QTest>

using namespace rd;

namespace {

const QDateTime exportTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);

// Everything but white space and invisible format characters: lines break in different places
// on the page and in the tree, and a soft hyphen is drawn only where a line breaks at it.
QString letters(const QString &text)
{
    QString kept;
    for (QChar c : text) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            kept.append(c);
    }
    return kept;
}

// The text of the PDF's structure tree, element after element in the tree's order, as Poppler
// reads it (pdfinfo -struct-text): the order in which a screen reader reads the release.
QString structureText(const QByteArray &pdf, QString *error)
{
    const QByteArray printed = test::toolOutputForPdf(pdf, QStringLiteral("pdfinfo"),
        {QStringLiteral("-struct-text"), QStringLiteral("%1")}, error);
    // Each element's name is a line of its own, and so is each piece of its text, in double
    // quotes. A list item's label ("•", "2.") is left out: the layout paints it beside the item,
    // not among its lines.
    QString text;
    QString element;
    const QStringList lines = QString::fromUtf8(printed).split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'"') && trimmed.endsWith(u'"') && trimmed.size() >= 2) {
            if (element != QLatin1String("Lbl"))
                text += trimmed.mid(1, trimmed.size() - 2);
        } else if (!trimmed.isEmpty() && !trimmed.startsWith(u'/')
            && !trimmed.startsWith(QLatin1String("Object "))) {
            element = trimmed.section(u' ', 0, 0).remove(u':');
        }
    }
    return text;
}

// Whether a release reads the same in content order as in reading order: text set from the right
// is stored in the order it is drawn, which readers put right themselves, and so is a vowel sign
// drawn before its consonant.
bool readsInDrawingOrder(const Release &release)
{
    const auto simple = [](const QString &text) {
        return std::all_of(text.begin(), text.end(), [](QChar c) {
            return c.script() <= QChar::Script_Latin || c.script() == QChar::Script_Greek
                || c.script() == QChar::Script_Cyrillic;
        });
    };
    QStringList texts {release.headline, release.subheadline, release.body.plainText()};
    for (const Agency &agency : release.agencies)
        texts << agency.name << agency.about;
    for (const Quote &quote : release.quotes)
        texts << quote.text << quote.speaker << quote.title;
    return std::all_of(texts.begin(), texts.end(), simple) && release.translation.isEmpty();
}

} // namespace

// What a screen reader reads of a tagged PDF is its structure tree, element by element: its text
// must be the release's text in the order the layout sets it, every letter of it, and nothing of
// the page furniture.
class TestPdfReadingOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void theTreeReadsAsTheLayoutSetsIt_data();
    void theTreeReadsAsTheLayoutSetsIt();
};

void TestPdfReadingOrder::theTreeReadsAsTheLayoutSetsIt_data()
{
    QTest::addColumn<Release>("release");
    QTest::newRow("sample") << test::sampleReleaseInOneLanguage();
    QTest::newRow("long, laid out on two threads") << test::longRelease(200);
    int kept = 0;
    for (const QString &name : test::corpusNames()) {
        const Release release = test::corpusRelease(name);
        if (readsInDrawingOrder(release)) {
            QTest::newRow(qPrintable(name)) << release;
            ++kept;
        }
    }
    QVERIFY2(kept >= 10, "too few releases of the corpus read in drawing order to be a test");
}

void TestPdfReadingOrder::theTreeReadsAsTheLayoutSetsIt()
{
    QFETCH(Release, release);
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.now = exportTime;
    const Result<QByteArray> pdf = exportPdf(release, options);
    QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));

    const std::shared_ptr<const PagedRelease> paged
        = layOutRelease(release, {Paper::A4, exportTime});
    QString laidOut;
    for (int page = 0; page < paged->pageCount(); ++page)
        laidOut += paged->pageLines(page).join(QString());

    QString error;
    const QString tree = structureText(pdf.value(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString expected = letters(laidOut);
    const QString actual = letters(tree);
    if (actual != expected) {
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        QFAIL(qPrintable(QStringLiteral("the tree reads «%1» where the layout sets «%2»")
                             .arg(actual.mid(std::max<qsizetype>(0, at - 30), 80),
                                 expected.mid(std::max<qsizetype>(0, at - 30), 80))));
    }
}

QTEST_MAIN(TestPdfReadingOrder)

#include "tst_pdfreadingorder.moc"
