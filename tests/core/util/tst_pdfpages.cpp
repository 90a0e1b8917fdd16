#include "model/filesource.h"
#include "support/samplerelease.h"
#include "util/pdfpages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// Attached PDFs are read through the PDF module, loaded the first time one is read.
class TestPdfPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsPages();
    void whatIsNotAPdfHasNoPages_data();
    void whatIsNotAPdfHasNoPages();
    void rasterizesPagesAtTheAskedResolution();
    void attachingAFileCountsAPdfsPages();

private:
    QByteArray m_threePages;
    QTemporaryDir m_dir;
};

void TestPdfPages::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("three.pdf"));
    QVERIFY(test::writePdfOfPages(path, 3));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_threePages = file.readAll();
}

void TestPdfPages::countsPages()
{
    QCOMPARE(countPdfPages(m_threePages), 3);
    const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
    QVERIFY(test::writePdfOfPages(one, 1));
    QFile file(one);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(countPdfPages(file.readAll()), 1);
}

void TestPdfPages::whatIsNotAPdfHasNoPages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a picture") << test::samplePng();
    QTest::newRow("a header and nothing else") << QByteArray("%PDF-1.7\n");
    QTest::newRow("cut in half") << m_threePages.left(m_threePages.size() / 2);
    QTest::newRow("garbage") << QByteArray(4096, '\xff');
}

void TestPdfPages::whatIsNotAPdfHasNoPages()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(countPdfPages(bytes) >= 0);
    if (bytes.size() < 1000)
        QCOMPARE(countPdfPages(bytes), 0);
    QVERIFY(rasterizePdfPages(bytes, 24).size() <= 3);
}

void TestPdfPages::rasterizesPagesAtTheAskedResolution()
{
    const QList<QImage> pages = rasterizePdfPages(m_threePages, 36, 2);
    QCOMPARE(pages.size(), 2); // at most the pages asked for
    // A4 is 595 x 842 points: half of that at 36 dots per inch.
    QVERIFY(qAbs(pages.at(0).width() - 298) <= 1);
    QVERIFY(qAbs(pages.at(0).height() - 421) <= 1);
    QVERIFY(!pages.at(0).hasAlphaChannel()); // flattened onto white
    QCOMPARE(pages.at(0).pixelColor(2, 2), QColor(Qt::white));
    // The grey box of each page, from 72 points in from the top left corner (36 pixels).
    QCOMPARE(qGray(pages.at(1).pixel(60, 60)), qGray(QColor(Qt::gray).rgb()));
    QCOMPARE(qGray(pages.at(1).pixel(30, 30)), 255);
}

void TestPdfPages::attachingAFileCountsAPdfsPages()
{
    Result<Attachment> pdf = attachmentFromFile(m_dir.filePath(QStringLiteral("three.pdf")));
    QVERIFY(pdf.ok());
    QCOMPARE(pdf->mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(pdf->pdfPages, 3);

    const QString picture = m_dir.filePath(QStringLiteral("photo.png"));
    QFile file(picture);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::samplePng());
    file.close();
    Result<Attachment> png = attachmentFromFile(picture);
    QVERIFY(png.ok());
    QCOMPARE(png->pdfPages, 0);
}

QTEST_GUILESS_MAIN(TestPdfPages)
#include "tst_pdfpages.moc"
