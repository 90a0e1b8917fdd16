#pragma once

#include "checks/finding.h"
#include "checks/readability.h"
#include "model/acknowledgement.h"
#include "model/housestyle.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class QTimer;

namespace rd {

class ReleaseDocument;

// What the checks make of the release at one moment.
struct CheckedRelease
{
    QList<Finding> findings;
    // Beside each finding, the acknowledgement that lets it stand, if any.
    QList<std::optional<Acknowledgement>> letStand;
    Readability readability;
    HouseStyle style;

    // The findings still to act on: all but the warnings let stand.
    QList<Finding> openFindings() const;
};

// Runs the checks off the keystroke's path: a change starts a short timer, so that typing at
// full speed checks once per pause, and the checks run on a worker thread from a copy of the
// release. A result that a later change has made stale is dropped and the checks run again, so
// that a finding never points at text that has moved.
class ReleaseChecker : public QObject
{
    Q_OBJECT

public:
    explicit ReleaseChecker(ReleaseDocument *document, QObject *parent = nullptr);
    ~ReleaseChecker() override;

    const CheckedRelease &current() const { return m_current; }
    // Checks now, on the calling thread: for a change made by a click, which shows at once.
    void checkNow();

Q_SIGNALS:
    void checked();

private:
    void start();
    void finished();

    ReleaseDocument *m_document;
    QTimer *m_delay;
    QFutureWatcher<CheckedRelease> m_watcher;
    CheckedRelease m_current;
    bool m_changedWhileBusy = false;
};

} // namespace rd
