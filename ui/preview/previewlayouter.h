#pragma once

#include "render/pagesetup.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QTimer;

namespace rd {

class PagedRelease;
class ReleaseDocument;

// Keeps a laid-out copy of the release for the preview, off the keystroke's path: a change
// starts a short timer, so that a burst of typing makes one layout, and the layout runs on a
// worker thread from a snapshot of the release, never blocking the editor. A change that arrives
// while a layout runs is laid out as soon as that one finishes.
class PreviewLayouter : public QObject
{
    Q_OBJECT

public:
    explicit PreviewLayouter(ReleaseDocument *document, QObject *parent = nullptr);
    ~PreviewLayouter() override;

    std::shared_ptr<const PagedRelease> current() const { return m_current; }
    void setPaper(Paper paper);
    // Lays out now, on the calling thread (for tests and start-up).
    void layoutNow();
    bool isBusy() const;

Q_SIGNALS:
    void laidOut();

private:
    void start();
    void finished();

    ReleaseDocument *m_document;
    Paper m_paper;
    QTimer *m_delay;
    QFutureWatcher<std::shared_ptr<const PagedRelease>> m_watcher;
    std::shared_ptr<const PagedRelease> m_current;
    bool m_changedWhileBusy = false;
};

} // namespace rd
