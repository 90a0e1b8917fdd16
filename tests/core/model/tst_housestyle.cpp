#include "checks/findingplace.h"
#include "model/housestyle.h"
#include "project/projectfile.h"
#include "support/checking.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

// The house-style file: every key read over the defaults, every mistake in it named; the style an
// agency carries; and where findings are, as `releasedesk check` prints them.
class TestHouseStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysOverTheDefaults();
    void mistakesAreNamed_data();
    void mistakesAreNamed();
    void writtenOutItReadsBack();
    void agencyCarriesItsStyle();
    void badStyleInAProjectIsAnError();
    void placesAreNamedAsTheFileFormatDoes();
};

void TestHouseStyle::keysOverTheDefaults()
{
    const Result<HouseStyle> style
        = houseStyleFromJson(json(R"({"name": "Kestrel Bay Police", "headline": {"maxWords": 12},
                 "acronyms": {"allowed": ["KBP", "NZ"]},
                 "dates": {"order": "month-day-year", "maxDaysPast": 2},
                 "terms": {"preferred": {"Commence": "start"}, "banned": ["perp"]},
                 "links": {"internalHosts": ["Intranet.KBP.govt.nz"]}})"),
            QStringLiteral("kbp.json"));
    QVERIFY2(style, qPrintable(style ? QString() : style.error().message));
    QCOMPARE(style->name, QStringLiteral("Kestrel Bay Police"));
    QCOMPARE(style->headlineMaxWords, 12);
    QCOMPARE(style->headlineMaxCharacters, defaultHouseStyle().headlineMaxCharacters);
    QCOMPARE(style->acronymsAllowed, (QStringList {QStringLiteral("KBP"), QStringLiteral("NZ")}));
    QCOMPARE(style->dateOrder, HouseStyle::DateOrder::MonthDayYear);
    QCOMPARE(style->datelineMaxDaysPast, 2);
    QCOMPARE(style->preferredTerms.value(QStringLiteral("commence")), QStringLiteral("start"));
    QCOMPARE(style->bannedTerms, QStringList {QStringLiteral("perp")});
    QCOMPARE(style->internalHosts, QStringList {QStringLiteral("intranet.kbp.govt.nz")});
    QCOMPARE(houseStyleFromJson({}, {}).value(), defaultHouseStyle());
}

void TestHouseStyle::mistakesAreNamed_data()
{
    QTest::addColumn<QByteArray>("style");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QByteArray(R"({"headline": {"maxWord": 12}})")
                                 << QStringLiteral("kbp.json: 'headline.maxWord' is not a "
                                                   "house-style setting (see "
                                                   "docs/house-style.md)");
    QTest::newRow("unknown section") << QByteArray(R"({"spelling": {}})")
                                     << QStringLiteral("kbp.json: 'spelling' is not a house-style "
                                                       "setting (see docs/house-style.md)");
    QTest::newRow("not a number") << QByteArray(R"({"lede": {"maxWords": "forty"}})")
                                  << QStringLiteral("kbp.json: 'lede.maxWords' must be a whole "
                                                    "number from 5 to 500");
    QTest::newRow("out of range") << QByteArray(R"({"quotes": {"maxWords": 0}})")
                                  << QStringLiteral("kbp.json: 'quotes.maxWords' must be a whole "
                                                    "number from 5 to 2000");
    QTest::newRow("not a list") << QByteArray(R"({"acronyms": {"allowed": "UN"}})")
                                << QStringLiteral("kbp.json: 'acronyms.allowed' must be a list "
                                                  "of words");
    QTest::newRow("bad order") << QByteArray(R"({"dates": {"order": "ymd"}})")
                               << QStringLiteral("kbp.json: 'dates.order' must be \"locale\", "
                                                 "\"day-month-year\" or \"month-day-year\"");
    QTest::newRow("section not an object") << QByteArray(R"({"terms": []})")
                                           << QStringLiteral("kbp.json: 'terms' must be an "
                                                             "object");
}

void TestHouseStyle::mistakesAreNamed()
{
    QFETCH(QByteArray, style);
    QFETCH(QString, message);
    const Result<HouseStyle> read
        = houseStyleFromJson(QJsonDocument::fromJson(style).object(), QStringLiteral("kbp.json"));
    QVERIFY(!read);
    QCOMPARE(read.error().message, message);
}

void TestHouseStyle::writtenOutItReadsBack()
{
    HouseStyle style = defaultHouseStyle();
    style.name = QStringLiteral("Ours");
    style.minReadingEase = 50.5;
    style.dateOrder = HouseStyle::DateOrder::DayMonthYear;
    style.internalHosts = {QStringLiteral("intranet.example.govt.nz")};
    QCOMPARE(houseStyleFromJson(houseStyleToJson(style), {}).value(), style);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("style.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QVERIFY(readHouseStyleFile(path).error().message.startsWith(
        QStringLiteral("style.json: is not JSON")));
    QVERIFY(readHouseStyleFile(dir.filePath(QStringLiteral("none.json")))
                .error()
                .message.startsWith(QStringLiteral("none.json: cannot be read")));
}

void TestHouseStyle::agencyCarriesItsStyle()
{
    Release release = test::releaseSaying(QStringLiteral("The KBP closed the road."));
    QCOMPARE(
        test::findingsOf(release, QStringLiteral("acronyms"), houseStyleOf(release)).size(), 1);
    release.agencies[0].houseStyle = json(R"({"acronyms": {"allowed": ["KBP"]}})");
    QVERIFY(test::findingsOf(release, QStringLiteral("acronyms"), houseStyleOf(release)).isEmpty());

    // And travels with the project file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("styled.releasedesk"));
    QVERIFY(saveProject(release, path));
    Result<LoadedRelease> loaded = loadProject(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->release.agencies[0].houseStyle, release.agencies[0].houseStyle);
    QCOMPARE(houseStyleOf(loaded->release).acronymsAllowed, QStringList {QStringLiteral("KBP")});
}

void TestHouseStyle::badStyleInAProjectIsAnError()
{
    Release release = test::releaseSaying(QStringLiteral("Police closed the road."));
    release.agencies[0].houseStyle = json(R"({"headline": {"maxWords": -3}})");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.releasedesk"));
    QVERIFY(saveProject(release, path));
    const Result<LoadedRelease> loaded = loadProject(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("houseStyle")),
        qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(QStringLiteral("headline.maxWords")),
        qPrintable(loaded.error().message));
}

void TestHouseStyle::placesAreNamedAsTheFileFormatDoes()
{
    Release release = test::releaseSaying(
        QStringLiteral("First paragraph.\n\nSecond, with \U0001F600 and the VGT in it."));
    release.quotes = {Quote {QStringLiteral("q"), QStringLiteral("One line.\nAnd the NCA."),
        QStringLiteral("Ann"), {}, {}, 0, {}}};
    const QList<Finding> findings = test::findingsOf(release, QStringLiteral("acronyms"));
    QCOMPARE(findings.size(), 2);
    FindingPlace place = placeOf(release, findings.at(0));
    QCOMPARE(place.field, QStringLiteral("body[1]"));
    QCOMPARE(place.line, 1);
    QCOMPARE(place.column, 24); // the emoji is one character
    place = placeOf(release, findings.at(1));
    QCOMPARE(place.field, QStringLiteral("quotes[0].text"));
    QCOMPARE(place.line, 2);
    QCOMPARE(place.column, 9);
    const FindingPlace title = placeOf(release,
        Finding {Finding::Severity::Warning, {Field::QuoteTitle, QStringLiteral("q")}, {}, {}});
    QCOMPARE(title.field, QStringLiteral("quotes[0].title"));
    QCOMPARE(placeOf(release, Finding {Finding::Severity::Error, {Field::DatelineDate, {}}, {}, {}})
                 .field,
        QStringLiteral("dateline.date"));
    QCOMPARE(placeOf(release, Finding {Finding::Severity::Error, {Field::ContactName, {}}, {}, {}})
                 .field,
        QStringLiteral("contacts"));
}

QTEST_GUILESS_MAIN(TestHouseStyle)
#include "tst_housestyle.moc"
