#include "modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace rd {

namespace {

QStringList moduleFolders()
{
    QStringList folders;
    if (QCoreApplication::instance()) {
        const QDir executable(QCoreApplication::applicationDirPath());
        folders << executable.path() << executable.filePath(QStringLiteral("../lib/releasedesk"));
    }
    // Programs run from the build tree that are not in its bin/ (the tests).
    folders << QStringLiteral(RELEASEDESK_BUILD_MODULE_DIR);
    return folders;
}

} // namespace

QString loadModule(const QString &name, QLibrary *library)
{
    QString reason;
    for (const QString &folder : moduleFolders()) {
        library->setFileName(QDir(folder).filePath(name));
        if (library->load())
            return {};
        // The first folder that has the module says why it failed; the others only lack it.
        const bool present
            = !QDir(folder)
                   .entryList({QLatin1Char('*') + name + QLatin1Char('*')}, QDir::Files)
                   .isEmpty();
        if (reason.isEmpty() && present)
            reason = library->errorString();
    }
    // Said to whoever installed Release Desk, in English as the loader's own messages are.
    return reason.isEmpty() ? QStringLiteral("%1 is not installed").arg(name) : reason;
}

} // namespace rd
