#include "pdf/pdfobjectwriter.h"
#include "pdf/sfntfromtables.h"
#include "render/fonts.h"

#include <QRawFont>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

using namespace rd;

namespace {

// The data of a Flate stream, decompressed: qUncompress wants the size in front.
QByteArray inflated(const QByteArray &flate, qsizetype size)
{
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(quint32(size), sized.data());
    return qUncompress(sized + flate);
}

// Object id's stream data in a PDF written by PdfObjectWriter, decompressed where it is Flate.
QByteArray streamOf(const QByteArray &pdf, int id, qsizetype expectedSize)
{
    const QRegularExpression header(
        QStringLiteral("(?:^|\\n)%1 0 obj\\n<<([^>]*)>>\\nstream\\n").arg(id));
    const QRegularExpressionMatch match = header.match(QString::fromLatin1(pdf));
    if (!match.hasMatch())
        return "missing";
    const QString entries = match.captured(1);
    const qsizetype length = QRegularExpression(QStringLiteral("/Length (\\d+)"))
                                 .match(entries)
                                 .captured(1)
                                 .toLongLong();
    const QByteArray data = pdf.mid(match.capturedEnd(), length);
    return entries.contains(QLatin1String("/FlateDecode")) ? inflated(data, expectedSize) : data;
}

} // namespace

class TestPdfObjectWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void streamsCompressedOnAnotherThreadAreWrittenWhole();
    void aWriterGoneWithStreamsStillCompressingLeavesNothingBehind();
    void theCrossReferenceTablePointsAtEveryObject();
    void aFontRebuiltFromItsTablesHasTheirChecksums();
};

void TestPdfObjectWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("whole") << 612.0 << QByteArray("612");
    QTest::newRow("half") << 1.5 << QByteArray("1.5");
    QTest::newRow("negative") << -0.25 << QByteArray("-0.25");
    QTest::newRow("four places") << 12345.67891 << QByteArray("12345.6789");
    QTest::newRow("rounded up") << 0.99999 << QByteArray("1");
    QTest::newRow("too small to show") << 0.00004 << QByteArray("0");
    QTest::newRow("too small below zero") << -0.00004 << QByteArray("0");
    QTest::newRow("large") << 1000000000.5 << QByteArray("1000000000.5");
    QTest::newRow("large below zero") << -98765.4321 << QByteArray("-98765.4321");
}

void TestPdfObjectWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, written);
    QCOMPARE(pdfNumber(value), written);
    char text[numberCapacity];
    QCOMPARE(QByteArray(text, formatNumber(text, value)), written);
}

void TestPdfObjectWriter::streamsCompressedOnAnotherThreadAreWrittenWhole()
{
    // Pages of different sizes, some compressed while others are queued, with objects written
    // between them, as a PDF's pages and the objects that name them are.
    QByteArray pdf;
    QList<std::pair<int, QByteArray>> streams;
    {
        PdfObjectWriter writer(&pdf, "1.7");
        for (int i = 0; i < 60; ++i) {
            QByteArray data;
            for (int line = 0; line < (i * 37) % 900 + 1; ++line)
                data += "BT /F1 10 Tf 1 0 0 -1 72 " + QByteArray::number(line) + " Tm [<0041"
                    + QByteArray::number(i, 16) + ">] TJ ET\n";
            const int id = writer.reserve();
            writer.writeStreamSoon(id, "/Kind /Page", data);
            streams.append({id, data});
            const int other = writer.reserve();
            writer.writeObject(other, "<< /Page " + QByteArray::number(i) + " >>");
        }
        const int empty = writer.reserve();
        writer.writeStreamSoon(empty, {}, {});
        streams.append({empty, QByteArray()});
        const int catalog = writer.reserve();
        writer.writeObject(catalog, "<< /Type /Catalog >>");
        writer.finish(catalog, catalog, "0123456789abcdef");
    }
    for (const auto &[id, data] : std::as_const(streams))
        QCOMPARE(streamOf(pdf, id, data.size()), data);
}

void TestPdfObjectWriter::aWriterGoneWithStreamsStillCompressingLeavesNothingBehind()
{
    // Destroyed before finish(), as a failed export's writer is: it waits for the pool rather
    // than leave a thread compressing into freed memory (which the sanitizer build would see).
    QByteArray pdf;
    {
        PdfObjectWriter writer(&pdf, "1.7");
        for (int i = 0; i < 20; ++i)
            writer.writeStreamSoon(writer.reserve(), {}, QByteArray(256 * 1024, char('a' + i)));
    }
    QVERIFY(pdf.startsWith("%PDF-1.7"));
}

void TestPdfObjectWriter::theCrossReferenceTablePointsAtEveryObject()
{
    QByteArray pdf;
    PdfObjectWriter writer(&pdf, "1.4");
    QList<int> ids;
    for (int i = 0; i < 12; ++i) {
        const int id = writer.reserve();
        ids.append(id);
        if (i % 3 == 0)
            writer.writeStreamSoon(id, {}, QByteArray(5000, 'x'));
        else
            writer.writeObject(id, "<< /N " + QByteArray::number(i) + " >>");
    }
    writer.finish(ids.first(), ids.last(), "fedcba9876543210");
    const qsizetype start = pdf.lastIndexOf("startxref\n") + 10;
    const qsizetype table = pdf.mid(start, pdf.indexOf('\n', start) - start).toLongLong();
    QVERIFY(pdf.mid(table).startsWith("xref\n0 13\n"));
    const QList<QByteArray> rows = pdf.mid(table).split('\n').mid(3, 12);
    for (int i = 0; i < ids.size(); ++i) {
        const qsizetype offset = rows.at(i).left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(ids.at(i)) + " 0 obj\n"),
            rows.at(i).constData());
    }
}

void TestPdfObjectWriter::aFontRebuiltFromItsTablesHasTheirChecksums()
{
    loadBundledFonts();
    const QRawFont font = QRawFont::fromFont(releaseFont(10));
    QVERIFY(font.isValid());
    const QByteArray sfnt = sfntFromTables(font);
    QVERIFY(sfnt.size() > 12);
    const quint16 count = qFromBigEndian<quint16>(sfnt.constData() + 4);
    QVERIFY(count > 5);
    for (int i = 0; i < count; ++i) {
        const char *entry = sfnt.constData() + 12 + 16 * i;
        const quint32 written = qFromBigEndian<quint32>(entry + 4);
        const quint32 offset = qFromBigEndian<quint32>(entry + 8);
        const quint32 length = qFromBigEndian<quint32>(entry + 12);
        QVERIFY(offset + length <= quint32(sfnt.size()));
        // Summed here a byte at a time, as the OpenType specification gives it.
        quint32 sum = 0;
        for (quint32 at = 0; at < (length + 3) / 4 * 4; ++at) {
            const quint8 byte = at < length ? quint8(sfnt.at(offset + at)) : 0;
            sum += quint32(byte) << (8 * (3 - at % 4));
        }
        QCOMPARE(written, sum);
    }
}

QTEST_MAIN(TestPdfObjectWriter)

#include "tst_pdfobjectwriter.moc"
