#include "writeall.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rd {

Status writeAll(QIODevice *device, const QByteArray &bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 result = device->write(bytes.constData() + written, bytes.size() - written);
        if (result <= 0) {
            const QString reason = device->errorString();
            return Error {QCoreApplication::translate("ProjectFile", "could not be written (%1)")
                              .arg(reason.isEmpty()
                                      ? QCoreApplication::translate("ProjectFile", "write failed")
                                      : reason)};
        }
        written += result;
    }
    return success();
}

} // namespace rd
