#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

// Bytes that travel inside the project file (an attachment or a logo), with their SHA-256
// computed once, when the bytes arrive, since large attachments are hashed on every save otherwise.
class EmbeddedFile
{
public:
    EmbeddedFile() = default;
    static EmbeddedFile fromData(const QByteArray &data);

    const QByteArray &data() const { return m_data; }
    // Lower-case hexadecimal SHA-256 of data(); empty for a null file.
    const QString &sha256() const { return m_sha256; }
    qint64 size() const { return m_data.size(); }
    bool isNull() const { return m_sha256.isEmpty(); }

    bool operator==(const EmbeddedFile &other) const { return m_sha256 == other.m_sha256; }

private:
    QByteArray m_data;
    QString m_sha256;
};

QString sha256Hex(const QByteArray &data);

} // namespace rd
