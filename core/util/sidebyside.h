#pragma once

#include <functional>

namespace rd {

// Runs first on this thread and second on a thread of Qt's global pool, and returns when both are
// done: two independent halves of one piece of work, on a machine with more than one core. When
// no pool thread is idle (the editor's checks may hold one), this thread runs both, one after the
// other: queued behind other work, second would begin late and keep this thread waiting, and a
// pool whose threads all waited like this one would never finish.
void runSideBySide(const std::function<void()> &first, const std::function<void()> &second);

// Keeps the global pool's threads for as long as the application runs, rather than ending those
// idle for 30 seconds. Text laid out on a pool thread (the preview's layouts, the second half of a
// long release's) keeps using that thread's font engines when it is painted, and Qt closes a
// thread's font files when the thread ends. The application calls this once, at start.
void keepWorkerThreads();

} // namespace rd
