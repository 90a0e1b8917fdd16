#include "housestyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HouseStyle)
};

const char *dateOrderNames[] = {"locale", "day-month-year", "month-day-year"};

// Reads one JSON object of the style, naming each key by its dotted path in messages.
class StyleReader
{
public:
    StyleReader(const QJsonObject &json, QString path, QString source)
        : m_json(json)
        , m_path(std::move(path))
        , m_source(std::move(source))
    { }

    std::optional<Error> error() const { return m_error; }

    StyleReader object(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        m_known.append(key);
        if (!value.isUndefined() && !value.isObject())
            fail(key, Tr::tr("must be an object"));
        return StyleReader(value.toObject(), name(key) + QLatin1Char('.'), m_source);
    }

    void whole(const QString &key, int &into, int lowest, int highest)
    {
        m_known.append(key);
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined())
            return;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < lowest
            || number > highest)
            fail(key, Tr::tr("must be a whole number from %1 to %2").arg(lowest).arg(highest));
        else
            into = int(number);
    }

    void number(const QString &key, double &into, double lowest, double highest)
    {
        m_known.append(key);
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined())
            return;
        if (!value.isDouble() || value.toDouble() < lowest || value.toDouble() > highest)
            fail(key, Tr::tr("must be a number from %1 to %2").arg(lowest).arg(highest));
        else
            into = value.toDouble();
    }

    void text(const QString &key, QString &into)
    {
        m_known.append(key);
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined())
            return;
        if (!value.isString())
            fail(key, Tr::tr("must be a string"));
        else
            into = value.toString();
    }

    void strings(const QString &key, QStringList &into)
    {
        m_known.append(key);
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined())
            return;
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return fail(key, Tr::tr("must be a list of words"));
            list.append(item.toString().trimmed());
        }
        if (!value.isArray())
            return fail(key, Tr::tr("must be a list of words"));
        into = list;
    }

    void terms(const QString &key, QMap<QString, QString> &into)
    {
        m_known.append(key);
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined())
            return;
        if (!value.isObject())
            return fail(key, Tr::tr("must map each word to the word to use instead"));
        QMap<QString, QString> map;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString() || it.key().trimmed().isEmpty()
                || it.value().toString().trimmed().isEmpty())
                return fail(key, Tr::tr("must map each word to the word to use instead"));
            map.insert(it.key().trimmed().toLower(), it.value().toString().trimmed());
        }
        into = map;
    }

    void dateOrder(const QString &key, HouseStyle::DateOrder &into)
    {
        QString name;
        text(key, name);
        if (name.isEmpty())
            return;
        for (int i = 0; i < 3; ++i) {
            if (name == QLatin1String(dateOrderNames[i])) {
                into = HouseStyle::DateOrder(i);
                return;
            }
        }
        fail(key, Tr::tr("must be \"locale\", \"day-month-year\" or \"month-day-year\""));
    }

    // Call last: a key no reader asked for is a mistake in the file.
    void rejectUnknownKeys()
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (!m_known.contains(it.key())) {
                fail(it.key(), Tr::tr("is not a house-style setting (see docs/house-style.md)"));
                return;
            }
        }
    }

    void adopt(const StyleReader &inner)
    {
        if (!m_error && inner.m_error)
            m_error = inner.m_error;
    }

private:
    QString name(const QString &key) const { return m_path + key; }
    void fail(const QString &key, const QString &what)
    {
        if (!m_error)
            m_error
                = Error {m_source.isEmpty() ? Tr::tr("'%1' %2").arg(name(key), what)
                                            : Tr::tr("%1: '%2' %3").arg(m_source, name(key), what)};
    }

    QJsonObject m_json;
    QString m_path;
    QString m_source;
    QStringList m_known;
    std::optional<Error> m_error;
};

} // namespace

HouseStyle defaultHouseStyle()
{
    HouseStyle style;
    style.name = Tr::tr("Release Desk default");
    style.acronymsAllowed = QStringList {
        QStringLiteral("AI"),
        QStringLiteral("AIDS"),
        QStringLiteral("ATM"),
        QStringLiteral("BBC"),
        QStringLiteral("CCTV"),
        QStringLiteral("CEO"),
        QStringLiteral("COVID"),
        QStringLiteral("CPR"),
        QStringLiteral("DC"),
        QStringLiteral("DNA"),
        QStringLiteral("EU"),
        QStringLiteral("FBI"),
        QStringLiteral("GP"),
        QStringLiteral("GPS"),
        QStringLiteral("HIV"),
        QStringLiteral("HM"),
        QStringLiteral("ICU"),
        QStringLiteral("ID"),
        QStringLiteral("IT"),
        QStringLiteral("KC"),
        QStringLiteral("MP"),
        QStringLiteral("NATO"),
        QStringLiteral("NHS"),
        QStringLiteral("NSW"),
        QStringLiteral("NZ"),
        QStringLiteral("OK"),
        QStringLiteral("PDF"),
        QStringLiteral("PIN"),
        QStringLiteral("Q&A"),
        QStringLiteral("QC"),
        QStringLiteral("SMS"),
        QStringLiteral("TV"),
        QStringLiteral("UAE"),
        QStringLiteral("UK"),
        QStringLiteral("UN"),
        QStringLiteral("UNICEF"),
        QStringLiteral("US"),
        QStringLiteral("USA"),
        QStringLiteral("USB"),
    };
    style.preferredTerms = {
        {QStringLiteral("utilise"), QStringLiteral("use")},
        {QStringLiteral("utilised"), QStringLiteral("used")},
        {QStringLiteral("utilize"), QStringLiteral("use")},
        {QStringLiteral("utilized"), QStringLiteral("used")},
        {QStringLiteral("commence"), QStringLiteral("start")},
        {QStringLiteral("commenced"), QStringLiteral("started")},
        {QStringLiteral("in order to"), QStringLiteral("to")},
        {QStringLiteral("prior to"), QStringLiteral("before")},
        {QStringLiteral("at this point in time"), QStringLiteral("now")},
        {QStringLiteral("in the event that"), QStringLiteral("if")},
        {QStringLiteral("a number of"), QStringLiteral("some (or the number)")},
        {QStringLiteral("going forward"), QStringLiteral("from now on")},
    };
    style.bannedTerms = QStringList {
        QStringLiteral("alleged victim"),
        QStringLiteral("committed suicide"),
        QStringLiteral("illegal immigrant"),
    };
    return style;
}

Result<HouseStyle> houseStyleFromJson(const QJsonObject &json, const QString &source)
{
    HouseStyle style = defaultHouseStyle();
    StyleReader root(json, {}, source);
    root.text(QStringLiteral("name"), style.name);

    StyleReader headline = root.object(QStringLiteral("headline"));
    headline.whole(QStringLiteral("maxWords"), style.headlineMaxWords, 1, 100);
    headline.whole(QStringLiteral("maxCharacters"), style.headlineMaxCharacters, 10, 1000);
    headline.rejectUnknownKeys();

    StyleReader lede = root.object(QStringLiteral("lede"));
    lede.whole(QStringLiteral("maxWords"), style.ledeMaxWords, 5, 500);
    lede.rejectUnknownKeys();

    StyleReader quotes = root.object(QStringLiteral("quotes"));
    quotes.whole(QStringLiteral("maxWords"), style.quoteMaxWords, 5, 2000);
    quotes.rejectUnknownKeys();

    StyleReader acronyms = root.object(QStringLiteral("acronyms"));
    acronyms.strings(QStringLiteral("allowed"), style.acronymsAllowed);
    acronyms.rejectUnknownKeys();

    StyleReader dates = root.object(QStringLiteral("dates"));
    dates.whole(QStringLiteral("maxDaysPast"), style.datelineMaxDaysPast, 0, 3660);
    dates.whole(QStringLiteral("maxDaysFuture"), style.datelineMaxDaysFuture, 0, 3660);
    dates.dateOrder(QStringLiteral("order"), style.dateOrder);
    dates.rejectUnknownKeys();

    StyleReader numbers = root.object(QStringLiteral("numbers"));
    numbers.whole(QStringLiteral("spellOutBelow"), style.spellOutNumbersBelow, 0, 101);
    numbers.rejectUnknownKeys();

    StyleReader readability = root.object(QStringLiteral("readability"));
    readability.number(QStringLiteral("minReadingEase"), style.minReadingEase, -100, 120);
    readability.number(
        QStringLiteral("maxAverageSentenceWords"), style.maxAverageSentenceWords, 5, 200);
    readability.whole(QStringLiteral("maxSentenceWords"), style.maxSentenceWords, 5, 500);
    readability.rejectUnknownKeys();

    StyleReader terms = root.object(QStringLiteral("terms"));
    terms.terms(QStringLiteral("preferred"), style.preferredTerms);
    terms.strings(QStringLiteral("banned"), style.bannedTerms);
    terms.rejectUnknownKeys();

    StyleReader links = root.object(QStringLiteral("links"));
    links.strings(QStringLiteral("internalHosts"), style.internalHosts);
    links.rejectUnknownKeys();

    root.rejectUnknownKeys();
    for (const StyleReader &inner :
        {headline, lede, quotes, acronyms, dates, numbers, readability, terms, links})
        root.adopt(inner);
    if (root.error())
        return *root.error();
    for (QString &host : style.internalHosts)
        host = host.toLower();
    return style;
}

Result<HouseStyle> readHouseStyleFile(const QString &path)
{
    Result<QJsonObject> json = readHouseStyleJson(path);
    if (!json)
        return json.error();
    return houseStyleFromJson(json.value(), QFileInfo(path).fileName());
}

Result<QJsonObject> readHouseStyleJson(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("%1: cannot be read (%2)").arg(name, file.errorString())};
    if (file.size() > 4 * 1024 * 1024)
        return Error {Tr::tr("%1: is too large for a house-style file").arg(name)};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {Tr::tr("%1: is not JSON (%2 at character %3)")
                          .arg(name, parseError.errorString())
                          .arg(parseError.offset)};
    if (!json.isObject())
        return Error {Tr::tr("%1: a house-style file holds one JSON object").arg(name)};
    if (Result<HouseStyle> style = houseStyleFromJson(json.object(), name); !style)
        return style.error();
    return json.object();
}

QJsonObject houseStyleToJson(const HouseStyle &style)
{
    QJsonObject preferred;
    for (auto it = style.preferredTerms.begin(); it != style.preferredTerms.end(); ++it)
        preferred.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("name"), style.name},
        {QStringLiteral("headline"),
            QJsonObject {{QStringLiteral("maxWords"), style.headlineMaxWords},
                {QStringLiteral("maxCharacters"), style.headlineMaxCharacters}}},
        {QStringLiteral("lede"), QJsonObject {{QStringLiteral("maxWords"), style.ledeMaxWords}}},
        {QStringLiteral("quotes"), QJsonObject {{QStringLiteral("maxWords"), style.quoteMaxWords}}},
        {QStringLiteral("acronyms"),
            QJsonObject {
                {QStringLiteral("allowed"), QJsonArray::fromStringList(style.acronymsAllowed)}}},
        {QStringLiteral("dates"),
            QJsonObject {{QStringLiteral("maxDaysPast"), style.datelineMaxDaysPast},
                {QStringLiteral("maxDaysFuture"), style.datelineMaxDaysFuture},
                {QStringLiteral("order"), QLatin1String(dateOrderNames[int(style.dateOrder)])}}},
        {QStringLiteral("numbers"),
            QJsonObject {{QStringLiteral("spellOutBelow"), style.spellOutNumbersBelow}}},
        {QStringLiteral("readability"),
            QJsonObject {{QStringLiteral("minReadingEase"), style.minReadingEase},
                {QStringLiteral("maxAverageSentenceWords"), style.maxAverageSentenceWords},
                {QStringLiteral("maxSentenceWords"), style.maxSentenceWords}}},
        {QStringLiteral("terms"),
            QJsonObject {{QStringLiteral("preferred"), preferred},
                {QStringLiteral("banned"), QJsonArray::fromStringList(style.bannedTerms)}}},
        {QStringLiteral("links"),
            QJsonObject {{QStringLiteral("internalHosts"),
                QJsonArray::fromStringList(style.internalHosts)}}},
    };
}

} // namespace rd
