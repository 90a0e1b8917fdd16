#pragma once

#include "project/recoverystore.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

class QTimer;

namespace rd {

class ReleaseDocument;

// Saves the open release to its recovery file a few seconds after a change, so that a crash or a
// kill loses at most those seconds of typing. The first change starts the clock and later ones do
// not restart it, so that steady typing is saved too. The file is written on a worker thread from
// a copy of the release, so the keystrokes never wait for it.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    using PathProvider = std::function<QString()>;

    Autosaver(ReleaseDocument *document, RecoveryStore *store, PathProvider originalPath,
        QObject *parent = nullptr);
    ~Autosaver() override;

    static constexpr int defaultInterval = 3000;
    void setInterval(int milliseconds);
    int interval() const;
    // Removes the recovery file: the work was saved or deliberately thrown away.
    void discard();

Q_SIGNALS:
    void saved();

private:
    void save();
    void finished();

    ReleaseDocument *m_document;
    RecoveryStore *m_store;
    PathProvider m_originalPath;
    QTimer *m_timer;
    QFutureWatcher<Status> m_watcher;
    bool m_changedWhileSaving = false;
};

} // namespace rd
