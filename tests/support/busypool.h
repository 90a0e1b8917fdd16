#pragma once

#include <QSemaphore>
#include <QThreadPool>

namespace rd::test {

// Keeps every thread of Qt's global pool busy for its lifetime, so that work meant to be shared
// with a pool thread (runSideBySide) is all done on the calling thread.
class BusyPool
{
public:
    BusyPool()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        for (int i = 0; i < pool->maxThreadCount(); ++i) {
            pool->start([this] {
                m_started.release();
                m_release.acquire();
            });
        }
        m_started.acquire(pool->maxThreadCount());
    }
    ~BusyPool()
    {
        m_release.release(QThreadPool::globalInstance()->maxThreadCount());
        QThreadPool::globalInstance()->waitForDone();
    }
    BusyPool(const BusyPool &) = delete;
    BusyPool &operator=(const BusyPool &) = delete;

private:
    QSemaphore m_started;
    QSemaphore m_release;
};

} // namespace rd::test
