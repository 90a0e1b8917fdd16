#include "executablefolder.h"

#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

namespace rd {

QString executableFolder()
{
#if defined(Q_OS_WIN)
    wchar_t path[32768];
    const DWORD length = GetModuleFileNameW(nullptr, path, DWORD(std::size(path)));
    if (length == 0 || length >= std::size(path))
        return {};
    const QString executable = QString::fromWCharArray(path, int(length));
#elif defined(Q_OS_MACOS)
    char path[4096];
    uint32_t size = sizeof(path);
    if (_NSGetExecutablePath(path, &size) != 0)
        return {};
    const QString executable = QFile::decodeName(path);
#else
    // Linux and the other systems with a /proc file system.
    const QString executable = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
#endif
    if (executable.isEmpty())
        return {};
    return QFileInfo(executable).canonicalPath();
}

} // namespace rd
