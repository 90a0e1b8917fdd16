#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace rd {

// Reads the keys of one JSON object of the manifest, checking their types. The first problem is
// kept as an Error that names the key by its path ("release.quotes[1].speaker"); after it, every
// read returns an empty value, so that a reader can read a whole object and check once at the end.
// Keys that were never asked for are the object's unknown keys, which a save must keep.
class JsonObjectReader
{
public:
    enum class Presence { Optional, Required };

    JsonObjectReader(
        const QJsonObject &object, const QString &path, std::optional<Error> *firstError);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key, Presence presence = Presence::Optional);
    bool boolean(const QString &key, bool defaultValue = false);
    qint64 integer(const QString &key, Presence presence = Presence::Optional);
    QJsonObject object(const QString &key, Presence presence = Presence::Optional);
    QJsonArray array(const QString &key, Presence presence = Presence::Optional);
    // A reader of the object at key (an empty one when absent), recording into the same first
    // error as this one.
    JsonObjectReader nested(const QString &key, Presence presence = Presence::Optional);
    // A time written in UTC ("2026-11-26T03:00:00Z"); invalid when absent.
    QDateTime utcTime(const QString &key, Presence presence = Presence::Optional);
    // Reads each element of the array at key with read; each must be an object. Stops at the
    // first problem.
    void readObjects(const QString &key, const std::function<void(JsonObjectReader &)> &read,
        Presence presence = Presence::Optional);

    // Records an error about key, unless an earlier error is already recorded.
    void fail(const QString &key, const QString &problem);
    bool failed() const { return m_firstError->has_value(); }

    QString pathOf(const QString &key) const;
    QJsonObject unknownKeys() const;

private:
    QJsonValue take(
        const QString &key, QJsonValue::Type type, const char *typeName, Presence presence);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> *m_firstError;
    QSet<QString> m_known;
};

} // namespace rd
