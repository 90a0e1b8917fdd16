#include "releasechecker.h"

#include "checks/acknowledging.h"
#include "checks/checks.h"
#include "model/releasedocument.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

namespace {

// A little longer than the preview's pause, so that the two rarely compete for the same moment.
constexpr int delayMilliseconds = 150;

CheckedRelease check(const Release &release)
{
    CheckedRelease checked;
    checked.style = houseStyleOf(release);
    checked.findings = checkRelease(release, checked.style, QDateTime::currentDateTimeUtc());
    checked.letStand = acknowledgementsOf(release, checked.findings);
    checked.readability = readabilityOf(release);
    return checked;
}

} // namespace

QList<Finding> CheckedRelease::openFindings() const
{
    QList<Finding> open;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (!letStand.value(i))
            open.append(findings.at(i));
    }
    return open;
}

ReleaseChecker::ReleaseChecker(ReleaseDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(delayMilliseconds);
    connect(m_delay, &QTimer::timeout, this, &ReleaseChecker::start);
    const auto changed = [this] {
        if (m_watcher.isRunning())
            m_changedWhileBusy = true;
        m_delay->start();
    };
    connect(document, &ReleaseDocument::contentChanged, this, changed);
    connect(document, &ReleaseDocument::workflowChanged, this, changed);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReleaseChecker::finished);
}

ReleaseChecker::~ReleaseChecker()
{
    m_watcher.waitForFinished();
}

void ReleaseChecker::checkNow()
{
    if (m_watcher.isRunning())
        m_changedWhileBusy = true; // its result is older than this one
    m_delay->stop();
    m_current = check(m_document->release());
    Q_EMIT checked();
}

void ReleaseChecker::start()
{
    if (m_watcher.isRunning()) {
        m_changedWhileBusy = true;
        return;
    }
    m_changedWhileBusy = false;
    // A copy: the worker reads it while the editor goes on changing the document's own.
    m_watcher.setFuture(QtConcurrent::run(check, m_document->release()));
}

void ReleaseChecker::finished()
{
    if (m_changedWhileBusy) {
        m_changedWhileBusy = false;
        if (!m_delay->isActive())
            start();
        return;
    }
    m_current = m_watcher.result();
    Q_EMIT checked();
}

} // namespace rd
