#include "examplerelease.h"
#include "project/projectfile.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace rd;

class TestExample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedExampleOpens();
    void committedExampleMatchesItsSource();
};

namespace {

QString committedExample()
{
    return QDir(QStringLiteral(RELEASEDESK_SOURCE_DIR "/resources/examples"))
        .filePath(QString::fromLatin1(example::exampleFileName));
}

} // namespace

void TestExample::committedExampleOpens()
{
    Result<LoadedRelease> loaded = loadProject(committedExample());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const Release &release = loaded->release;
    QCOMPARE(release.agencies.size(), 2);
    for (const Agency &agency : release.agencies)
        QVERIFY(!agency.logo.isNull());
    QVERIFY(!release.quotes.isEmpty());
    QCOMPARE(release.attachments.at(0).mediaType, QStringLiteral("application/pdf"));
    QVERIFY(release.attachments.at(0).file.data().startsWith("%PDF-"));
}

void TestExample::committedExampleMatchesItsSource()
{
    // The committed file must be what scripts/make-example makes from examplerelease.cpp today;
    // if this fails, run scripts/make-example and commit the result. The attached PDF is compared
    // by its text source only, since a PDF carries the time it was made.
    Release generated = example::exampleRelease();
    Release committed = loadProject(committedExample()).value().release;
    QVERIFY(committed.attachments.at(0).file.size() > 1000);
    committed.attachments[0].file = generated.attachments[0].file;
    // The logos are drawn anew, and Qt's antialiasing rounds a little differently on different
    // processors (its drawing code has a version for each instruction set): the same picture,
    // not the same bytes.
    QCOMPARE(committed.agencies.size(), generated.agencies.size());
    for (qsizetype i = 0; i < committed.agencies.size(); ++i) {
        const Image &logo = committed.agencies.at(i).logo;
        const Image &drawn = generated.agencies.at(i).logo;
        QCOMPARE(logo.mediaType, drawn.mediaType);
        const QImage a = QImage::fromData(logo.file.data()).convertToFormat(QImage::Format_ARGB32);
        const QImage b = QImage::fromData(drawn.file.data()).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(a.size(), b.size());
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = b.pixel(x, y);
                const int delta = std::max({qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)),
                    qAbs(qBlue(p) - qBlue(q)), qAbs(qAlpha(p) - qAlpha(q))});
                if (delta > 8)
                    QFAIL(qPrintable(
                        QStringLiteral("logo %1 differs at %2,%3").arg(i).arg(x).arg(y)));
            }
        }
        committed.agencies[i].logo = drawn;
    }
    QCOMPARE(committed.headline, generated.headline);
    QVERIFY(committed.agencies == generated.agencies);
    QVERIFY(committed == generated);
}

QTEST_MAIN(TestExample)
#include "tst_example.moc"
