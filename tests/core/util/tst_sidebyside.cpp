#include "util/sidebyside.h"

#include "support/busypool.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace rd;

class TestSideBySide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHalvesRunAtTheSameTime();
    void aBusyPoolLeavesBothHalvesToTheCaller();
};

void TestSideBySide::theHalvesRunAtTheSameTime()
{
    if (QThreadPool::globalInstance()->maxThreadCount() < 1)
        QSKIP("the global pool has no thread");
    // The first half waits for the second to begin: were they run one after the other, it
    // would wait in vain.
    QSemaphore secondBegun;
    bool sawSecond = false;
    QThread *secondThread = nullptr;
    runSideBySide([&] { sawSecond = secondBegun.tryAcquire(1, 10000); },
        [&] {
            secondThread = QThread::currentThread();
            secondBegun.release();
        });
    QVERIFY(sawSecond);
    QVERIFY(secondThread != QThread::currentThread());
}

void TestSideBySide::aBusyPoolLeavesBothHalvesToTheCaller()
{
    const test::BusyPool busy;
    QThread *first = nullptr;
    QThread *second = nullptr;
    runSideBySide(
        [&] { first = QThread::currentThread(); }, [&] { second = QThread::currentThread(); });
    QCOMPARE(first, QThread::currentThread());
    QCOMPARE(second, QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestSideBySide)

#include "tst_sidebyside.moc"
