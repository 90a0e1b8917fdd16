#include "privatefolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rd {

void makeUserFoldersPrivate()
{
    // The organisation's folder holds the settings file beside the application's own folder, so
    // that is the one to close.
    for (const QStandardPaths::StandardLocation location :
        {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
        const QString base = QStandardPaths::writableLocation(location);
        if (base.isEmpty() || QCoreApplication::organizationName().isEmpty())
            continue;
        const QString folder = QDir(base).filePath(QCoreApplication::organizationName());
        if (QDir().mkpath(folder)) {
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }
}

} // namespace rd
