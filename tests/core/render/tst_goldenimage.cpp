#include "export/pdfexporter.h"
#include "model/release.h"
#include "project/projectfile.h"
#include "render/fonts.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "support/corpus.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QDir>
#include <QTest>

using namespace rd;

namespace {

// Pixels that differ by more than a faint anti-aliasing difference.
double differingFraction(const QImage &actual, const QImage &expected)
{
    QImage a = actual.convertToFormat(QImage::Format_RGB32);
    QImage b = expected.convertToFormat(QImage::Format_RGB32);
    // Renderers round a page's size in pixels each their own way.
    const QSize common = a.size().boundedTo(b.size());
    if ((a.size() - common).width() > 1 || (a.size() - common).height() > 1
        || (b.size() - common).width() > 1 || (b.size() - common).height() > 1)
        return 1.0;
    a = a.copy(QRect(QPoint(0, 0), common));
    b = b.copy(QRect(QPoint(0, 0), common));
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int delta = std::max(
                {qAbs(qRed(lineA[x]) - qRed(lineB[x])), qAbs(qGreen(lineA[x]) - qGreen(lineB[x])),
                    qAbs(qBlue(lineA[x]) - qBlue(lineB[x]))});
            if (delta > 48)
                ++differing;
        }
    }
    return double(differing) / (a.width() * a.height());
}

Release taskforceRelease()
{
    // Fifteen agencies, some with long names: the letterhead wraps into rows.
    Release release = test::sampleRelease();
    release.workflow = Workflow {};
    release.agencies.clear();
    const QStringList names {QStringLiteral("Kestrel Bay Police"),
        QStringLiteral("Northern Federal Investigations Bureau"),
        QStringLiteral("Harbour Authority"), QStringLiteral("Customs Service"),
        QStringLiteral("Office of the Children's Online Safety Commissioner"),
        QStringLiteral("Tern Valley Police"), QStringLiteral("Coastguard"),
        QStringLiteral("National Crime Agency of the Republic of Westmark"),
        QStringLiteral("Eastport Police"), QStringLiteral("Border Agency"),
        QStringLiteral("Digital Forensics Unit"), QStringLiteral("Interregional Cybercrime Centre"),
        QStringLiteral("Southport Police"), QStringLiteral("Maritime Safety"),
        QStringLiteral("Public Prosecutor")};
    for (int i = 0; i < names.size(); ++i) {
        Agency agency;
        agency.id = QStringLiteral("agency-%1").arg(i);
        agency.name = names.at(i);
        agency.logo = {EmbeddedFile::fromData(test::samplePng()), QStringLiteral("image/png")};
        release.agencies.append(agency);
    }
    release.quotes.clear();
    release.contacts.clear();
    return release;
}

} // namespace

class TestGoldenImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void firstPageMatchesReference_data();
    void firstPageMatchesReference();
    void pdfPagesAreThePreviewsPages_data() { firstPageMatchesReference_data(); }
    void pdfPagesAreThePreviewsPages();
};

void TestGoldenImage::firstPageMatchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Release>("release");
    const QString example = QStringLiteral(
        RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk");
    QTest::newRow("example") << "example-page1" << loadProject(example).value().release;
    QTest::newRow("taskforce") << "taskforce-page1" << taskforceRelease();
    // A right-to-left page (Arabic with English runs) and a crowded letterhead of 24 agencies.
    QTest::newRow("right to left")
        << "arabic-page1" << test::corpusRelease(QStringLiteral("uae-interior-arabic"));
    QTest::newRow("24 agencies") << "taskforce-24-page1"
                                 << test::corpusRelease(QStringLiteral("taskforce-24-agencies"));
}

void TestGoldenImage::firstPageMatchesReference()
{
    QFETCH(QString, name);
    QFETCH(Release, release);
    ComposeOptions options;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    const PagedRelease paged(composeRelease(release, options), PageSetup {Paper::A4});
    const QImage page = renderPageImage(paged, 0, 50);

    const QString reference
        = QStringLiteral(RELEASEDESK_TEST_DATA "/golden/") + name + QStringLiteral(".png");
    // RELEASEDESK_WRITE_GOLDEN=1 writes the references anew, after a deliberate change of layout:
    // look at them before committing.
    if (qEnvironmentVariableIsSet("RELEASEDESK_WRITE_GOLDEN"))
        QVERIFY(page.save(reference));
    const QImage expected(reference);
    QVERIFY2(!expected.isNull(), qPrintable(reference));
    const double differing = differingFraction(page, expected);
    if (differing > 0.005) {
        const QString actualPath = QDir::temp().filePath(name + QStringLiteral("-actual.png"));
        page.save(actualPath);
        QFAIL(qPrintable(QStringLiteral("%1% of the pixels differ from %2; the page is in %3")
                             .arg(differing * 100, 0, 'f', 2)
                             .arg(reference, actualPath)));
    }
}

// What the PDF writer paints is what the preview paints: every page of the exported PDF, drawn by
// Poppler, against the same page drawn by QPainter, within anti-aliasing.
void TestGoldenImage::pdfPagesAreThePreviewsPages()
{
    QFETCH(Release, release);
    ExportOptions options;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    const Result<QByteArray> pdf = exportPdf(release, options);
    QVERIFY(pdf);
    const test::PdfReader reader(*pdf);
    const std::shared_ptr<const PagedRelease> paged
        = layOutRelease(release, {Paper::A4, options.now});
    QCOMPARE(reader.pageCount(), paged->pageCount());
    for (int page = 0; page < paged->pageCount(); ++page) {
        const QImage preview = renderPageImage(*paged, page, 50);
        const QImage printed = reader.renderPage(page, 50, true);
        // At a third of the size, where two renderers' anti-aliasing of small type evens out
        // but a line or a word out of place does not: the same page moved by 3 points differs
        // in 2 to 4% of its pixels, the PDF from the preview in under 1.2%.
        const auto reduced = [](const QImage &image) {
            return image.scaled(image.size() / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        };
        const double differing = differingFraction(reduced(printed), reduced(preview));
        if (differing >= 0.015) {
            preview.save(QDir::temp().filePath(QStringLiteral("preview-%1.png").arg(page + 1)));
            printed.save(QDir::temp().filePath(QStringLiteral("printed-%1.png").arg(page + 1)));
        }
        QVERIFY2(differing < 0.015,
            qPrintable(QStringLiteral("page %1: %2% of the pixels differ")
                           .arg(page + 1)
                           .arg(differing * 100, 0, 'f', 2)));
    }
}

QTEST_MAIN(TestGoldenImage)
#include "tst_goldenimage.moc"
