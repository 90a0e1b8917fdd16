#include "support/checking.h"

#include <QTest>

using namespace rd;

// Acronyms must be spelled out at their first use, in reading order; everything in capitals
// that is not an acronym must be left alone.
class TestAcronyms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flaggedOnceAtFirstUse_data();
    void flaggedOnceAtFirstUse();
    void headlineComesFirst();
    void quoteIsReadWhereItIsSet();
    void houseListIsConfigurable();
};

void TestAcronyms::flaggedOnceAtFirstUse_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("flagged"); // empty: nothing to flag
    const QString en = QStringLiteral("en-NZ");

    QTest::newRow("never spelled out")
        << QStringLiteral("The VGT met in Wellington. The VGT agreed a plan.") << en
        << QStringLiteral("VGT");
    QTest::newRow("spelled out first")
        << QStringLiteral("The Virtual Global Taskforce (VGT) met. The VGT agreed.") << en
        << QString();
    QTest::newRow("spelled out with the")
        << QStringLiteral("The Virtual Global Taskforce (the VGT) met. The VGT agreed.") << en
        << QString();
    QTest::newRow("spelled out after it")
        << QStringLiteral("The VGT (Virtual Global Taskforce) met.") << en << QString();
    QTest::newRow("used before it is spelled out")
        << QStringLiteral("The VGT met.\n\nThe Virtual Global Taskforce (VGT) was founded in 2003.")
        << en << QStringLiteral("VGT");
    QTest::newRow("plural") << QStringLiteral("Police thanked the NGOs that helped.") << en
                            << QStringLiteral("NGO");
    QTest::newRow("plural spelled out")
        << QStringLiteral("Non-governmental organisations (NGOs) helped. The NGOs agreed.") << en
        << QString();
    QTest::newRow("possessive") << QStringLiteral(
        "The Virtual Global Taskforce (VGT) met. The VGT\u2019s chair spoke.")
                                << en << QString();
    QTest::newRow("possessive unexplained")
        << QStringLiteral("The VGT's chair spoke.") << en << QStringLiteral("VGT");
    QTest::newRow("Roman numerals")
        << QStringLiteral("Files from World War II and Project Tempest XIV were opened.") << en
        << QString();
    QTest::newRow("currency beside an amount")
        << QStringLiteral("Assets worth NZD 2.4 million and 300,000 AUD were seized.") << en
        << QString();
    QTest::newRow("currency code that is an acronym")
        << QStringLiteral("Call 101 quoting CAD 7781/24Nov.") << en << QStringLiteral("CAD");
    QTest::newRow("units and time zones")
        << QStringLiteral("The car was doing 140 KPH at 9.30pm NZDT on SH1.") << en << QString();
    QTest::newRow("ordinals and codes")
        << QStringLiteral("The 21ST annual report, reference NSWPF-E-2026-7781, and COVID-19.")
        << en << QString();
    QTest::newRow("dateline in capitals")
        << QStringLiteral("WELLINGTON – Police have charged a man.") << en << QString();
    QTest::newRow("place name in capitals")
        << QStringLiteral("KESTREL BAY, 26 November – Police have charged a man.") << en
        << QString();
    QTest::newRow("end marker and headings")
        << QStringLiteral("WHAT: A stand-up.\n\nWHEN: 11am.\n\nENDS") << en << QString();
    QTest::newRow("a heading in capitals is not acronyms")
        << QStringLiteral("FOR IMMEDIATE RELEASE\n\nPolice have charged a man.") << en << QString();
    QTest::newRow("but acronyms listed together are")
        << QStringLiteral("The FBI, NCA and UN worked together.") << en << QStringLiteral("NCA");
    QTest::newRow("te reo Māori in capitals")
        << QStringLiteral("He KOREUTU ngā toronga katoa, KIA ORA.") << QStringLiteral("mi-NZ")
        << QString();
    QTest::newRow("macrons mean te reo, not an acronym")
        << QStringLiteral("Welcome to the new WHARE HAUORA at ŌTAKI.") << en << QString();
    QTest::newRow("printed words in quotation marks")
        << QStringLiteral("A jumper with \u201cWAGGA\u201d printed on it.") << en << QString();
    QTest::newRow("French surname in capitals")
        << QStringLiteral("Le général Christian RODRIGUEZ a salué les gendarmes.")
        << QStringLiteral("fr-FR") << QString();
    QTest::newRow("French acronym after an article")
        << QStringLiteral("Les gendarmes, appuyés par le GIGN, ont interpellé neuf personnes.")
        << QStringLiteral("fr-FR") << QStringLiteral("GIGN");
    QTest::newRow("German acronym after a capitalised article")
        << QStringLiteral("Die LKA der Länder meldeten mehr Fälle.") << QStringLiteral("de-DE")
        << QStringLiteral("LKA");
    QTest::newRow("house list") << QStringLiteral("The UN and the FBI thanked NHS staff.") << en
                                << QString();
    QTest::newRow("web and e-mail addresses")
        << QStringLiteral("See www.police.govt.nz/NZTA or write to NCA@example.org.") << en
        << QString();
    QTest::newRow("mixed case is not an acronym")
        << QStringLiteral("Check QLDTraffic or the iPhone app, or ask a PhD student.") << en
        << QString();
}

void TestAcronyms::flaggedOnceAtFirstUse()
{
    QFETCH(QString, statement);
    QFETCH(QString, language);
    QFETCH(QString, flagged);
    const Release release = test::releaseSaying(statement, language);
    const QList<Finding> findings = test::findingsOf(release, QStringLiteral("acronyms"));
    if (flagged.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(flaggedTextOf(release, findings.first()), flagged);
    QCOMPARE(findings.first().severity, Finding::Severity::Warning);
    // At the first use, the one to spell out.
    QCOMPARE(findings.first().position, release.body.plainText().indexOf(flagged));
}

void TestAcronyms::headlineComesFirst()
{
    Release release = test::releaseSaying(
        QStringLiteral("The Royal Canadian Mounted Police (RCMP) has charged three people."));
    release.headline = QStringLiteral("RCMP lays charges after firearms investigation");
    QList<Finding> findings = test::findingsOf(release, QStringLiteral("acronyms"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field.field, Field::Headline);
    QVERIFY(findings.first().message.contains(QStringLiteral("before it is spelled out")));

    release.headline = QStringLiteral("Royal Canadian Mounted Police (RCMP) lay charges");
    QVERIFY(test::findingsOf(release, QStringLiteral("acronyms")).isEmpty());
}

void TestAcronyms::quoteIsReadWhereItIsSet()
{
    Release release = test::releaseSaying(
        QStringLiteral("Police met partners.\n\nThe National Crime Agency (NCA) led the work."));
    release.quotes = {Quote {QStringLiteral("q"), QStringLiteral("The NCA was outstanding."),
        QStringLiteral("Ann Lee"), QStringLiteral("Commander"), {}, 1, {}}};
    // Set after the first paragraph, the quote uses NCA before the statement spells it out.
    QList<Finding> findings = test::findingsOf(release, QStringLiteral("acronyms"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, (FieldKey {Field::QuoteText, QStringLiteral("q")}));
    // At the end, it comes after.
    release.quotes[0].afterParagraph = 0;
    QVERIFY(test::findingsOf(release, QStringLiteral("acronyms")).isEmpty());
}

void TestAcronyms::houseListIsConfigurable()
{
    const Release release = test::releaseSaying(QStringLiteral("The NPCC published guidance."));
    QCOMPARE(test::findingsOf(release, QStringLiteral("acronyms")).size(), 1);
    HouseStyle style = defaultHouseStyle();
    style.acronymsAllowed.append(QStringLiteral("NPCC"));
    QVERIFY(test::findingsOf(release, QStringLiteral("acronyms"), style).isEmpty());
}

QTEST_GUILESS_MAIN(TestAcronyms)
#include "tst_acronyms.moc"
