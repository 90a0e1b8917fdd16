#include "editorlauncher.h"

#include "editor/editorentry.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace rd {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "releasedesk: %s\n", message.toLocal8Bit().constData());
}

// Qt aborts with a page about platform plugins when it finds no display; say it in one line.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// The module beside the executable (in the build tree) or in lib/releasedesk (installed).
QString editorModulePath()
{
    const QString executable = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    const QDir executableDir
        = executable.isEmpty() ? QDir::current() : QFileInfo(executable).absoluteDir();
    const QString module = QStringLiteral("libreleasedesk-editor.so");
    for (const QString &candidate : {executableDir.filePath(module),
             executableDir.filePath(QStringLiteral("../lib/releasedesk/") + module)}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace

int launchEditor(int argc, char **argv, const QString &file, bool fileAsNew)
{
    if (!hasDisplay()) {
        printError(QStringLiteral("no display is available (DISPLAY is not set), so the editor "
                                  "cannot open; to export without one, run: releasedesk export "
                                  "FILE.releasedesk -o release.pdf"));
        return 1;
    }
    if (!file.isEmpty() && !QFileInfo::exists(file)) {
        printError(QStringLiteral("%1: the file does not exist").arg(file));
        return 1;
    }
    const QString modulePath = editorModulePath();
    QLibrary module(modulePath);
    if (modulePath.isEmpty() || !module.load()) {
        printError(
            QStringLiteral("the editor module could not be loaded (%1); reinstall Release Desk")
                .arg(modulePath.isEmpty() ? QStringLiteral("libreleasedesk-editor.so not found")
                                          : module.errorString()));
        return 1;
    }
    const auto run = reinterpret_cast<EditorEntryPoint>(module.resolve(editorEntryPointName));
    if (!run) {
        printError(QStringLiteral("the editor module is damaged (%1)").arg(module.errorString()));
        return 1;
    }
    const QByteArray fileName = file.toLocal8Bit();
    return run(argc, argv, file.isEmpty() ? nullptr : fileName.constData(), fileAsNew ? 1 : 0);
}

} // namespace rd
