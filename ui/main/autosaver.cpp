#include "autosaver.h"

#include "model/releasedocument.h"

#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

Autosaver::Autosaver(
    ReleaseDocument *document, RecoveryStore *store, PathProvider originalPath, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
    , m_originalPath(std::move(originalPath))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultInterval);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::save);
    // After the undo stack has moved (a command's signals come before it does, while the document
    // still counts as unmodified).
    const auto changed = [this] {
        if (m_document->isModified() && !m_timer->isActive())
            m_timer->start();
    };
    connect(document->undoStack(), &QUndoStack::indexChanged, this, changed);
    connect(document, &ReleaseDocument::modifiedChanged, this, [this, changed](bool modified) {
        if (modified)
            changed();
        else
            discard(); // saved, or undone back to the saved state
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &Autosaver::finished);
}

Autosaver::~Autosaver()
{
    m_watcher.waitForFinished();
}

void Autosaver::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int Autosaver::interval() const
{
    return m_timer->interval();
}

void Autosaver::save()
{
    if (!m_document->isModified())
        return;
    if (m_watcher.isRunning()) {
        m_changedWhileSaving = true;
        return;
    }
    if (!m_store->begin())
        return;
    m_watcher.setFuture(QtConcurrent::run(
        &RecoveryStore::write, m_store->sessionFile(), m_document->release(), m_originalPath()));
}

void Autosaver::finished()
{
    if (!m_document->isModified()) {
        // Saved or discarded while the recovery file was being written: it is not wanted.
        m_store->discard();
        return;
    }
    if (m_watcher.result())
        Q_EMIT saved();
    if (m_changedWhileSaving) {
        m_changedWhileSaving = false;
        m_timer->start();
    }
}

void Autosaver::discard()
{
    m_timer->stop();
    m_watcher.waitForFinished();
    m_changedWhileSaving = false;
    m_store->discard();
}

} // namespace rd
