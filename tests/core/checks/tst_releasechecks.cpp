#include "checks/approval.h"
#include "model/releasedocument.h"
#include "support/checking.h"

#include <QTest>
#include <QTimeZone>

using namespace rd;

namespace {

QStringList flagged(const Release &release, const QString &rule)
{
    QStringList texts;
    for (const Finding &finding : test::findingsOf(release, rule))
        texts.append(finding.position < 0 ? QStringLiteral("(%1)").arg(fieldId(finding.field.field))
                                          : flaggedTextOf(release, finding));
    return texts;
}

} // namespace

// Each rule with texts that must and must not set it off.
class TestReleaseChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCleanReleaseHasNoFindings();
    void statementRules_data();
    void statementRules();
    void headline();
    void lede();
    void quotes();
    void embargo();
    void attachments();
    void contacts();
    void datelineRange();
    void links();
    void readability();
    void approvalIsRefusedWhileErrorsRemain();
};

void TestReleaseChecks::aCleanReleaseHasNoFindings()
{
    const Release release = test::releaseSaying(
        QStringLiteral("Kestrel Bay Police have reopened Harbour Road after a slip closed it on "
                       "Wednesday 25 November.\n\nContractors cleared the road overnight."));
    const QList<Finding> findings = test::findingsOf(release);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
}

void TestReleaseChecks::statementRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("flagged");
    const auto row = [](const char *name, const char *rule, const char *statement,
                         std::initializer_list<const char *> flagged) {
        QStringList texts;
        for (const char *text : flagged)
            texts.append(QString::fromUtf8(text));
        QTest::newRow(name) << QString::fromLatin1(rule) << QString::fromUtf8(statement) << texts;
    };
    row("relative day", "dates.relative", "Police charged a man today.", {"today"});
    row("relative days in French", "dates.relative", "Il sera présenté demain, pas hier.",
        {"demain", "hier"});
    row("a word that contains one", "dates.relative", "Todays and holidays are fine.", {});
    row("preferred word", "style.preferred", "Officers will utilise drones prior to the search.",
        {"utilise", "prior to"});
    row("preferred phrase across a line's spaces", "style.preferred", "in  order to  help",
        {"in  order to"});
    row("banned phrase", "style.banned", "He committed suicide, police said.",
        {"committed suicide"});
    row("small numbers in figures", "style.numbers", "Police arrested 3 men and seized 2 cars.",
        {"3", "2"});
    row("figures that are not counts", "style.numbers",
        "At 3pm on 2 November, 4.5 km away on Level 2, State Highway 1, a man aged 7, 9% of 10 "
        "and 5 Smith Street.",
        {});
    row("date in the other order", "style.date-order", "The hearing is on November 26.",
        {"November 26"});
    row("date in the house order", "style.date-order", "The hearing is on 26 November 2026.", {});
    row("template prompt", "template", "[What is known so far, and what is not yet known.]",
        {"[What is known so far, and what is not yet known.]"});
    row("editorial insertion is no prompt", "template", "He said [the driver] had stopped.", {});
    row("unbalanced quotation mark", "quotes.marks", "He said \u201cwe will be back.", {"\u201c"});
    row("quotation running over paragraphs", "quotes.marks",
        "He said: \u201cWe will be back.\n\n\u201cAnd we will stay.\u201d", {});
    row("closing mark with no opening", "quotes.marks", "We will be back,\u201d he said.",
        {"\u201d"});
    row("immediate release in an unembargoed release is fine", "embargo.contradiction",
        "FOR IMMEDIATE RELEASE\n\nPolice charged a man.", {});
    row("embargo words in an unembargoed release", "embargo.contradiction",
        "Embargoed until 6am on Friday.", {"Embargoed until"});
    row("attached to a unit is about people", "attachments.missing",
        "Officers attached to the Criminal Investigation Branch made the arrest.", {});
    row("attached with nothing attached", "attachments.missing",
        "A map of the closures is attached.", {"attached"});
    row("full statement online", "attachments.missing",
        "See the full statement at https://www.police.govt.nz/statement.", {});
    row("internal link in the text", "links.internal",
        "The pack is at https://sharepoint.corp/briefing and http://192.168.4.2/map.",
        {"https://sharepoint.corp/briefing", "http://192.168.4.2/map"});
    row("public link in the text", "links", "Details at www.police.govt.nz/appeal.", {});
    row("a local file", "links.address", "Open file:///C:/Users/media/draft.pdf now.",
        {"file:///C:/Users/media/draft.pdf"});
    row("long sentence", "readability.long-sentence",
        "Police want to hear from anyone who was on Harbour Road, Marine Parade, Wharf Street or "
        "the waterfront walkway between ten o'clock on Friday night and two o'clock on Saturday "
        "morning and who saw a dark blue station wagon, a silver hatchback or a group of people "
        "near the boat ramp.",
        {"Police want to hear from anyone who was on Harbour Road, Marine Parade, Wharf Street "
         "or the waterfront walkway between ten o'clock on Friday night and two o'clock on "
         "Saturday morning and who saw a dark blue station wagon, a silver hatchback or a group "
         "of people near the boat ramp."});
}

void TestReleaseChecks::statementRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, statement);
    QFETCH(QStringList, flagged);
    QCOMPARE(::flagged(test::releaseSaying(statement), rule), flagged);
}

void TestReleaseChecks::headline()
{
    Release release = test::releaseSaying(QStringLiteral("Police reopened the road."));
    release.headline = QStringLiteral("Harbour Road reopens after slip.");
    QCOMPARE(flagged(release, QStringLiteral("headline")), QStringList {QStringLiteral(".")});
    release.headline = QStringLiteral("Police thank Acme Ltd.");
    QVERIFY(flagged(release, QStringLiteral("headline")).isEmpty());
    release.headline = QStringLiteral("HARBOUR ROAD REOPENS AFTER SLIP");
    QCOMPARE(
        flagged(release, QStringLiteral("headline")), QStringList {QStringLiteral("(headline)")});
    QVERIFY(flagged(release, QStringLiteral("acronyms")).isEmpty()); // capitals, not acronyms
    release.headline = QStringLiteral("Police urge motorists to plan ahead, slow down and take "
                                      "regular breaks on the long drive north these holidays");
    QCOMPARE(flagged(release, QStringLiteral("headline.length")).size(), 1);
    HouseStyle style = defaultHouseStyle();
    style.headlineMaxWords = 30;
    style.headlineMaxCharacters = 200;
    QVERIFY(test::findingsOf(release, QStringLiteral("headline.length"), style).isEmpty());
    style.headlineMaxCharacters = 60;
    QCOMPARE(test::findingsOf(release, QStringLiteral("headline.length"), style).size(), 1);
}

void TestReleaseChecks::lede()
{
    QCOMPARE(flagged(test::releaseSaying(QStringLiteral("Serious crash.")), QStringLiteral("lede")),
        QStringList {QStringLiteral("Serious crash.")});
    QCOMPARE(flagged(test::releaseSaying(QStringLiteral("Is the road open again today?")),
                 QStringLiteral("lede.who-what"))
                 .size(),
        1);
    QVERIFY(flagged(test::releaseSaying(QStringLiteral("Police have charged a man with murder "
                                                       "after a death in Eastbourne.")),
        QStringLiteral("lede"))
                .isEmpty());
    // A status line above the lede is not the lede.
    QVERIFY(flagged(test::releaseSaying(QStringLiteral("FOR IMMEDIATE RELEASE\n\nPolice have "
                                                       "charged a man with murder in Eastbourne.")),
        QStringLiteral("lede"))
                .isEmpty());
    // A script without capitals gives no sign of who; only its length is checked.
    QVERIFY(flagged(test::releaseSaying(QStringLiteral("أعلنت وزارة الداخلية اليوم عن إطلاق حملة "
                                                       "توعية جديدة للسلامة المرورية"),
                        QStringLiteral("ar-AE")),
        QStringLiteral("lede.who-what"))
                .isEmpty());
    QString longLede;
    for (int i = 0; i < 45; ++i)
        longLede += QStringLiteral("Police ");
    QCOMPARE(flagged(test::releaseSaying(longLede.trimmed() + QLatin1Char('.')),
                 QStringLiteral("lede.length"))
                 .size(),
        1);
}

void TestReleaseChecks::quotes()
{
    Release release = test::releaseSaying(QStringLiteral("Police closed the road."));
    release.agencies.append(Agency {QStringLiteral("council"),
        QStringLiteral("Kestrel Bay "
                       "District Council"),
        {}, {}, {}, {}, {}, {}});
    release.quotes = {
        Quote {QStringLiteral("q1"), QStringLiteral("We acted fast."), {}, QStringLiteral("Mayor"),
            QStringLiteral("council"), 0, {}},
        Quote {QStringLiteral("q2"), QStringLiteral("We will reopen soon."),
            QStringLiteral("Ana Whaanga"), {}, {}, 0, {}},
    };
    QList<Finding> findings = test::findingsOf(release, QStringLiteral("quotes"));
    QStringList rules;
    for (const Finding &finding : findings)
        rules.append(finding.rule);
    QCOMPARE(rules,
        (QStringList {QStringLiteral("quotes.speaker"), QStringLiteral("quotes.title"),
            QStringLiteral("quotes.agency")}));
    QCOMPARE(findings.at(0).severity, Finding::Severity::Error);
    // With one agency, whom a speaker speaks for goes without saying.
    release.agencies.removeLast();
    release.quotes[0].agencyId = QStringLiteral("kbp");
    findings = test::findingsOf(release, QStringLiteral("quotes.agency"));
    QVERIFY(findings.isEmpty());
    // Too long for the house.
    release.quotes[1].text = QString(QStringLiteral("word ")).repeated(81);
    QCOMPARE(test::findingsOf(release, QStringLiteral("quotes.length")).size(), 1);
    // German marks pair „ with “.
    Release german = test::releaseSaying(
        QStringLiteral("Er sagte: „Wir kommen wieder.“"), QStringLiteral("de-DE"));
    QVERIFY(test::findingsOf(german, QStringLiteral("quotes.marks")).isEmpty());
}

void TestReleaseChecks::embargo()
{
    Release release = test::releaseSaying(QStringLiteral("Police will announce the results."));
    release.embargo = {true, QDate(2026, 11, 30), QTime(6, 0), QTimeZone("Pacific/Auckland")};
    QVERIFY(test::findingsOf(release, QStringLiteral("embargo")).isEmpty());

    const auto ruleOf = [&] {
        const QList<Finding> findings = test::findingsOf(release, QStringLiteral("embargo"));
        return findings.size() == 1 ? findings.first().rule : QString::number(findings.size());
    };
    release.embargo.zone = QTimeZone();
    QCOMPARE(ruleOf(), QStringLiteral("embargo.time"));
    release.embargo.zone = QTimeZone("Pacific/Auckland");
    release.embargo.time = QTime();
    QCOMPARE(ruleOf(), QStringLiteral("embargo.time"));
    // Already lifted at the moment of checking (9 am on 26 November in Wellington).
    release.embargo.date = QDate(2026, 11, 26);
    release.embargo.time = QTime(8, 59);
    QCOMPARE(ruleOf(), QStringLiteral("embargo.past"));
    release.embargo.time = QTime(9, 1);
    QCOMPARE(ruleOf(), QString::number(0));
    // Clocks go forward at 2 am on 26 September 2027 in New Zealand: 2.30 never happens.
    release.embargo.date = QDate(2027, 9, 26);
    release.embargo.time = QTime(2, 30);
    QCOMPARE(ruleOf(), QStringLiteral("embargo.daylight-saving"));
    release.embargo.time = QTime(3, 0);
    QCOMPARE(ruleOf(), QString::number(0));
    // And back at 3 am on 4 April 2027: 2.30 happens twice.
    release.embargo.date = QDate(2027, 4, 4);
    release.embargo.time = QTime(2, 30);
    QCOMPARE(ruleOf(), QStringLiteral("embargo.daylight-saving"));
    release.embargo.time = QTime(3, 30);
    QCOMPARE(ruleOf(), QString::number(0));
    // The text must not say the opposite.
    release.body = Body::fromPlainText(QStringLiteral("For immediate release.\n\nPolice said."));
    QCOMPARE(flagged(release, QStringLiteral("embargo.contradiction")),
        QStringList {QStringLiteral("For immediate release")});
    release.body = Body::fromPlainText(QStringLiteral("Police will announce it today."));
    QVERIFY(test::findingsOf(release, QStringLiteral("dates.relative"))
                .first()
                .message.contains(QStringLiteral("embargo")));
}

void TestReleaseChecks::attachments()
{
    Release release = test::releaseSaying(QStringLiteral("The attached photo shows the car."));
    QCOMPARE(flagged(release, QStringLiteral("attachments.missing")),
        QStringList {QStringLiteral("attached")});
    Attachment pdf {QStringLiteral("a"), QStringLiteral("Summary"), QStringLiteral("summary.pdf"),
        QStringLiteral("application/pdf"), EmbeddedFile::fromData("%PDF"), 0, {}};
    release.attachments = {pdf};
    const QList<Finding> findings = test::findingsOf(release, QStringLiteral("attachments"));
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().message.contains(QStringLiteral("no image")));
    Attachment photo {QStringLiteral("b"), {}, QStringLiteral("car.jpg"),
        QStringLiteral("image/jpeg"), EmbeddedFile::fromData("jpeg"), 0, {}};
    release.attachments.append(photo);
    QCOMPARE(flagged(release, QStringLiteral("attachments")),
        QStringList {QStringLiteral("(attachmentCaption)")});
}

void TestReleaseChecks::contacts()
{
    Release release = test::releaseSaying(QStringLiteral("Police closed the road."));
    MediaContact &contact = release.contacts[0];
    const auto rules = [&] {
        QStringList found;
        for (const Finding &finding : test::findingsOf(release, QStringLiteral("contacts")))
            found.append(finding.rule);
        return found;
    };
    QVERIFY(rules().isEmpty());
    for (const char *good : {"04 474 9499", "+64 21 555 0123", "0800 555 111", "111",
             "04 474 9499 / 021 555 0199", "+44 20 7230 2171"}) {
        contact.phone = QString::fromLatin1(good);
        QVERIFY2(rules().isEmpty(), good);
    }
    for (const char *bad : {"474 949", "+64 4 474", "call us", "04 474 9499 or 12"}) {
        contact.phone = QString::fromLatin1(bad);
        QCOMPARE(rules(), QStringList {QStringLiteral("contacts.phone")});
    }
    contact.phone.clear();
    for (const char *bad : {"media@police", "media police.govt.nz", "media@@police.govt.nz"}) {
        contact.email = QString::fromLatin1(bad);
        QCOMPARE(rules(), QStringList {QStringLiteral("contacts.email")});
    }
    contact.email.clear();
    QCOMPARE(rules(), QStringList {QStringLiteral("contacts.reachable")});
    // A local number follows the agency's country, from its website's domain.
    contact.phone = QStringLiteral("0161 856 2220");
    QCOMPARE(rules(), QStringList {QStringLiteral("contacts.phone")});
    release.agencies[0].website = QStringLiteral("https://www.gmp.police.uk");
    QVERIFY(rules().isEmpty());
}

void TestReleaseChecks::datelineRange()
{
    Release release = test::releaseSaying(QStringLiteral("Police closed the road."));
    // A week either way of the checking day, wherever the tests run.
    release.dateline.date = QDate(2026, 11, 19);
    QVERIFY(test::findingsOf(release, QStringLiteral("dates.range")).isEmpty());
    release.dateline.date = QDate(2026, 11, 17);
    QCOMPARE(test::findingsOf(release, QStringLiteral("dates.range")).size(), 1);
    release.dateline.date = QDate(2027, 1, 1);
    QCOMPARE(test::findingsOf(release, QStringLiteral("dates.range")).size(), 1);
}

void TestReleaseChecks::links()
{
    Release release = test::releaseSaying(QString());
    release.body.blocks = {BodyBlock {BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("Read "), false, false, {}},
            TextRun {
                QStringLiteral("the pack"), false, false, QStringLiteral("http://intranet/pack")},
            TextRun {QStringLiteral(" or "), false, false, {}},
            TextRun {QStringLiteral("call"), false, false, QStringLiteral("tel:+6444749499")},
            TextRun {QStringLiteral(" or "), false, false, {}},
            TextRun {QStringLiteral("write"), false, false,
                QStringLiteral("mailto:media@police.govt.nz")}}}};
    QCOMPARE(flagged(release, QStringLiteral("links")), QStringList {QStringLiteral("the pack")});
    release.agencies[0].website = QStringLiteral("intranet.kbp.local/about");
    QCOMPARE(flagged(release, QStringLiteral("links")).size(), 2);
    HouseStyle style = defaultHouseStyle();
    style.internalHosts = {QStringLiteral("police.govt.nz")};
    QCOMPARE(test::findingsOf(release, QStringLiteral("links"), style).size(), 3);
}

void TestReleaseChecks::readability()
{
    QString plain;
    for (int i = 0; i < 12; ++i)
        plain += QStringLiteral("Police closed the road at noon. The crew cleared the slip. ");
    QVERIFY(test::findingsOf(test::releaseSaying(plain), QStringLiteral("readability")).isEmpty());
    QString dense;
    for (int i = 0; i < 5; ++i)
        dense += QStringLiteral("Comprehensive infrastructure rehabilitation necessitates "
                                "considerable intergovernmental coordination, particularly "
                                "regarding environmental sustainability, organisational "
                                "accountability and community consultation obligations. ");
    QStringList rules;
    for (const Finding &finding :
        test::findingsOf(test::releaseSaying(dense), QStringLiteral("readability")))
        rules.append(finding.rule);
    QVERIFY(rules.contains(QStringLiteral("readability.ease")));
}

void TestReleaseChecks::approvalIsRefusedWhileErrorsRemain()
{
    Release release = test::releaseSaying(QStringLiteral("Kestrel Bay Police closed Harbour "
                                                         "Road after a slip on Wednesday."));
    release.contacts[0].phone.clear();
    release.contacts[0].email.clear();
    release.headline = QStringLiteral("Harbour Road closed.");
    ReleaseDocument document(release);
    const Status refused = approveRelease(document, QStringLiteral("Sam"), test::checkingMoment());
    QVERIFY(!refused);
    // It names the error, and only errors: a warning (the headline's full stop) never blocks.
    QVERIFY2(refused.error().message.contains(QStringLiteral("Give Media Centre a phone number")),
        qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(QStringLiteral("full stop")));
    QCOMPARE(document.release().workflow.state, WorkflowState::Draft);

    document.setField({Field::ContactPhone, QStringLiteral("c")}, QStringLiteral("04 474 9499"));
    QVERIFY(approveRelease(document, QStringLiteral("Sam"), test::checkingMoment()));
    QCOMPARE(document.release().workflow.state, WorkflowState::Approved);
    QCOMPARE(document.release().workflow.approver, QStringLiteral("Sam"));
}

QTEST_GUILESS_MAIN(TestReleaseChecks)
#include "tst_releasechecks.moc"
