#include "examplerelease.h"
#include "project/projectfile.h"

#include <QDir>
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
    QCOMPARE(committed.headline, generated.headline);
    QVERIFY(committed.agencies == generated.agencies);
    QVERIFY(committed == generated);
}

QTEST_MAIN(TestExample)
#include "tst_example.moc"
