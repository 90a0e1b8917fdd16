#include "sidebyside.h"

#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

namespace rd {

namespace {

class Task : public QRunnable
{
public:
    explicit Task(const std::function<void()> &work)
        : m_work(work)
    {
        setAutoDelete(false); // it lives on the stack of the thread that waits for it
    }

    void run() override
    {
        m_work();
        m_done.release();
    }
    void waitUntilDone() { m_done.acquire(); }

private:
    const std::function<void()> &m_work;
    QSemaphore m_done;
};

} // namespace

void runSideBySide(const std::function<void()> &first, const std::function<void()> &second)
{
    Task task(second);
    // Only a thread that is idle now: queued behind other work (the editor's checks), second
    // would begin late and keep this thread waiting for it.
    if (!QThreadPool::globalInstance()->tryStart(&task)) {
        first();
        second();
        return;
    }
    first();
    task.waitUntilDone();
}

void keepWorkerThreads()
{
    QThreadPool::globalInstance()->setExpiryTimeout(-1);
}

} // namespace rd
