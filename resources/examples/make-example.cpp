// Writes the example release that ships with Release Desk. Run through scripts/make-example,
// which builds this tool and writes resources/examples/kestrel-bay-joint-statement.releasedesk.
#include "examplerelease.h"
#include "project/projectfile.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: releasedesk-make-example OUTPUT_FOLDER\n");
        return 2;
    }
    const QString path
        = QDir(arguments.at(1)).filePath(QString::fromLatin1(rd::example::exampleFileName));
    const rd::Status saved = rd::saveProject(rd::example::exampleRelease(), path);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 1;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return 0;
}
