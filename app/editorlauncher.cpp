#include "editorlauncher.h"

#include "editor/editorentry.h"
#include "util/modules.h"

#include <QFileInfo>

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
    // Kept loaded until the process ends: the editor's code runs from it.
    static const Module editor(QStringLiteral("releasedesk-editor"), {editorEntryPointName},
        "the editor cannot open; reinstall Release Desk");
    const auto run = editor.function<EditorEntryPoint>(0);
    if (!run)
        return 1;
    const QByteArray fileName = file.toLocal8Bit();
    return run(argc, argv, file.isEmpty() ? nullptr : fileName.constData(), fileAsNew ? 1 : 0);
}

} // namespace rd
