#include "embeddedfile.h"

#include <QCryptographicHash>

namespace rd {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

EmbeddedFile EmbeddedFile::fromData(const QByteArray &data)
{
    EmbeddedFile file;
    file.m_data = data;
    file.m_sha256 = sha256Hex(data);
    return file;
}

} // namespace rd
