#include "projectfile.h"

#include "projectwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

} // namespace

Result<LoadedRelease> loadProject(const QString &path, const ReadLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error {Tr::tr("the file does not exist")}.in(name);
    if (QFileInfo(path).isDir())
        return Error {Tr::tr("this is a folder, not a project file")}.in(name);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("could not be opened (%1)").arg(file.errorString())}.in(name);
    Result<LoadedRelease> loaded = readProject(&file, limits);
    if (!loaded)
        return loaded.error().in(name);
    return loaded;
}

Status saveProject(const Release &release, const QString &path, NewFileAccess access)
{
    Result<QByteArray> bytes = projectBytes(release);
    if (!bytes)
        return bytes.error().in(QFileInfo(path).fileName());
    return saveFileAtomically(path, bytes.value(), access);
}

} // namespace rd
