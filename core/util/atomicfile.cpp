#include "atomicfile.h"

#include "writeall.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

} // namespace

Status saveFileAtomically(const QString &path, const QByteArray &bytes, NewFileAccess access)
{
    const QString name = QFileInfo(path).fileName();
    const bool isNewFile = !QFileInfo::exists(path);
    QSaveFile file(path);
    // Unbuffered, so that a full disk is reported by the write that hits it rather than by the
    // final flush inside commit(), which Qt 6.4 ignores (QTBUG-75077: commit() then returns true
    // and replaces the original with a truncated file).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error {Tr::tr("could not be written (%1)").arg(file.errorString())}.in(name);
    // QSaveFile makes a new file with the permissions the umask leaves of 0666.
    if (isNewFile && access == NewFileAccess::OwnerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    if (Status status = writeAll(&file, bytes); !status) {
        file.cancelWriting();
        return Error {Tr::tr("%1; the previous version is unchanged").arg(status.error().message)}
            .in(name);
    }
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error {
            Tr::tr("could not be written (%1); the previous version is unchanged").arg(reason)}
            .in(name);
    }
    if (!file.commit())
        return Error {Tr::tr("could not be written (%1); the previous version is unchanged")
                          .arg(file.errorString().isEmpty() ? Tr::tr("the disk may be full")
                                                            : file.errorString())}
            .in(name);
    return success();
}

} // namespace rd
