#include "jsonobjectreader.h"

#include <QJsonArray>

#include <QCoreApplication>

namespace rd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
};
} // namespace

JsonObjectReader::JsonObjectReader(
    const QJsonObject &object, const QString &path, std::optional<Error> *firstError)
    : m_object(object)
    , m_path(path)
    , m_firstError(firstError)
{ }

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QDateTime JsonObjectReader::utcTime(const QString &key, Presence presence)
{
    const QString text = string(key, presence);
    if (text.isEmpty() || failed())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || time.timeSpec() != Qt::UTC)
        fail(key, Tr::tr("must be a UTC time such as 2026-11-26T03:00:00Z"));
    return time;
}

void JsonObjectReader::readObjects(
    const QString &key, const std::function<void(JsonObjectReader &)> &read, Presence presence)
{
    const QJsonArray elements = array(key, presence);
    for (qsizetype i = 0; i < elements.size() && !failed(); ++i) {
        const QString element = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!elements.at(i).isObject()) {
            fail(element, Tr::tr("must be an object"));
            return;
        }
        JsonObjectReader object(elements.at(i).toObject(), pathOf(element), m_firstError);
        read(object);
    }
}

JsonObjectReader JsonObjectReader::nested(const QString &key, Presence presence)
{
    return JsonObjectReader(object(key, presence), pathOf(key), m_firstError);
}

void JsonObjectReader::fail(const QString &key, const QString &problem)
{
    if (!failed())
        *m_firstError = Error {Tr::tr("in manifest.json, %1 %2").arg(pathOf(key), problem)};
}

QJsonValue JsonObjectReader::take(
    const QString &key, QJsonValue::Type type, const char *typeName, Presence presence)
{
    m_known.insert(key);
    if (failed())
        return {};
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (presence == Presence::Required)
            fail(key, Tr::tr("is missing"));
        return {};
    }
    if (it->type() != type) {
        fail(key, Tr::tr("must be %1").arg(Tr::tr(typeName)));
        return {};
    }
    return *it;
}

QString JsonObjectReader::string(const QString &key, Presence presence)
{
    return take(key, QJsonValue::String, QT_TRANSLATE_NOOP("ManifestReader", "a string"), presence)
        .toString();
}

bool JsonObjectReader::boolean(const QString &key, bool defaultValue)
{
    return take(key, QJsonValue::Bool, QT_TRANSLATE_NOOP("ManifestReader", "true or false"),
        Presence::Optional)
        .toBool(defaultValue);
}

qint64 JsonObjectReader::integer(const QString &key, Presence presence)
{
    const QJsonValue value = take(
        key, QJsonValue::Double, QT_TRANSLATE_NOOP("ManifestReader", "a whole number"), presence);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble();
    // JSON numbers are doubles: whole numbers are exact up to 2^53.
    constexpr double largestExact = 9007199254740992.0;
    if (number != double(qint64(number)) || number < 0 || number > largestExact) {
        fail(key, Tr::tr("must be a whole number"));
        return 0;
    }
    return qint64(number);
}

QJsonObject JsonObjectReader::object(const QString &key, Presence presence)
{
    return take(key, QJsonValue::Object, QT_TRANSLATE_NOOP("ManifestReader", "an object"), presence)
        .toObject();
}

QJsonArray JsonObjectReader::array(const QString &key, Presence presence)
{
    return take(key, QJsonValue::Array, QT_TRANSLATE_NOOP("ManifestReader", "a list"), presence)
        .toArray();
}

QJsonObject JsonObjectReader::unknownKeys() const
{
    QJsonObject unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            unknown.insert(it.key(), it.value());
    }
    return unknown;
}

} // namespace rd
