#include "modules.h"

#include "executablefolder.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace rd {

namespace {

QStringList moduleFolders()
{
    QStringList folders;
    QString folder = executableFolder();
    if (folder.isEmpty() && QCoreApplication::instance())
        folder = QCoreApplication::applicationDirPath();
    if (!folder.isEmpty()) {
        const QDir executable(folder);
        folders << executable.path()
                << QDir::cleanPath(
                       executable.filePath(QStringLiteral("../lib/releasedesk/modules")))
                << QDir::cleanPath(executable.filePath(QStringLiteral("../PlugIns")));
    }
    // Programs run from the build tree that are not in its bin/ (the tests).
    folders << QStringLiteral(RELEASEDESK_BUILD_MODULE_DIR);
    return folders;
}

} // namespace

Module::Module(const QString &name, const QList<const char *> &symbols, const char *withoutIt)
{
    QString failure = loadModule(name, &m_library);
    QList<QFunctionPointer> functions;
    for (const char *symbol : symbols) {
        if (!failure.isEmpty())
            break;
        const QFunctionPointer function = m_library.resolve(symbol);
        if (!function)
            failure = m_library.errorString();
        functions.append(function);
    }
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "releasedesk: %s: %s\n", withoutIt, qPrintable(failure));
        return;
    }
    m_functions = functions;
}

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
