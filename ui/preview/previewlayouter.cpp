#include "previewlayouter.h"

#include "model/releasedocument.h"
#include "paperpreference.h"
#include "render/layoutrelease.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

namespace {

// Short enough that the preview follows within a quarter of a second of the last keystroke,
// long enough that typing at full speed lays out once per pause, not once per key.
constexpr int delayMilliseconds = 120;

std::shared_ptr<const PagedRelease> layOut(const Release &release, Paper paper)
{
    return layOutRelease(release, {paper});
}

} // namespace

PreviewLayouter::PreviewLayouter(ReleaseDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_paper(preferredPaper())
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(delayMilliseconds);
    connect(m_delay, &QTimer::timeout, this, &PreviewLayouter::start);
    const auto changed = [this] { m_delay->start(); };
    connect(document, &ReleaseDocument::contentChanged, this, changed);
    connect(document, &ReleaseDocument::workflowChanged, this, changed); // the DRAFT mark
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreviewLayouter::finished);
}

PreviewLayouter::~PreviewLayouter()
{
    m_watcher.waitForFinished();
}

void PreviewLayouter::setPaper(Paper paper)
{
    if (paper == m_paper)
        return;
    m_paper = paper;
    m_delay->start(0);
}

bool PreviewLayouter::isBusy() const
{
    return m_watcher.isRunning() || m_delay->isActive();
}

void PreviewLayouter::layoutNow()
{
    m_watcher.waitForFinished();
    m_delay->stop();
    m_current = layOut(m_document->release(), m_paper);
    Q_EMIT laidOut();
}

void PreviewLayouter::start()
{
    if (m_watcher.isRunning()) {
        m_changedWhileBusy = true;
        return;
    }
    // A copy: the worker reads it while the editor goes on changing the document's own.
    m_watcher.setFuture(QtConcurrent::run(layOut, m_document->release(), m_paper));
}

void PreviewLayouter::finished()
{
    m_current = m_watcher.result();
    Q_EMIT laidOut();
    if (m_changedWhileBusy) {
        m_changedWhileBusy = false;
        start();
    }
}

} // namespace rd
