#include "model/languages.h"
#include "model/newrelease.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

using namespace rd;

// The document language is a choice of languages and regions, with the dateline as it will
// print, so that "en" and its American dates are never a surprise.
class TestLanguageChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void languageIsChosenFromAList();
    void aLanguageWithoutARegionIsShownAsItIs();
    void regionsAreRecognised();
    void aNewReleaseTakesTheSystemsLanguageAndRegion_data();
    void aNewReleaseTakesTheSystemsLanguageAndRegion();
};

void TestLanguageChoice::languageIsChosenFromAList()
{
    Release release = test::sampleRelease();
    release.language = QStringLiteral("en-US");
    test::TestWindow w(release);
    w.editor()->showStep(Step::Headline);
    auto *combo = w.window->findChild<QComboBox *>(fieldId(Field::Language));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("English (United States)"));
    auto *sample = w.window->findChild<QLabel *>(QStringLiteral("datelineSample"));
    QCOMPARE(sample->text(),
        QStringLiteral("Dateline as it prints: KESTREL BAY, Thursday, November 26, 2026"));

    const int newZealand = combo->findData(QStringLiteral("en-NZ"));
    QVERIFY(newZealand >= 0);
    combo->setCurrentIndex(newZealand);
    Q_EMIT combo->activated(newZealand);
    QCOMPARE(w.document()->release().language, QStringLiteral("en-NZ"));
    QCOMPARE(sample->text(),
        QStringLiteral("Dateline as it prints: KESTREL BAY, Thursday, 26 November 2026"));
}

void TestLanguageChoice::aLanguageWithoutARegionIsShownAsItIs()
{
    Release release = test::sampleRelease();
    release.language = QStringLiteral("en");
    test::TestWindow w(release);
    auto *combo = w.window->findChild<QComboBox *>(fieldId(Field::Language));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(combo->currentText(), QStringLiteral("English (en, no region)"));
    auto *sample = w.window->findChild<QLabel *>(QStringLiteral("datelineSample"));
    QVERIFY2(
        sample->text().contains(QStringLiteral("names no region")), qPrintable(sample->text()));
    QCOMPARE(w.document()->release().language, QStringLiteral("en")); // shown, never changed
}

void TestLanguageChoice::regionsAreRecognised()
{
    QVERIFY(namesRegion(QStringLiteral("en-NZ")));
    QVERIFY(namesRegion(QStringLiteral("es-419")));
    QVERIFY(namesRegion(QStringLiteral("zh-Hant-TW")));
    QVERIFY(!namesRegion(QStringLiteral("en")));
    QVERIFY(!namesRegion(QStringLiteral("zh-Hant")));
    QVERIFY(documentLanguages().size() >= 7);
}

void TestLanguageChoice::aNewReleaseTakesTheSystemsLanguageAndRegion_data()
{
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("language");
    QTest::newRow("New Zealand") << QLocale(QStringLiteral("en_NZ")) << QStringLiteral("en-NZ");
    QTest::newRow("United States") << QLocale(QStringLiteral("en_US")) << QStringLiteral("en-US");
    QTest::newRow("France") << QLocale(QStringLiteral("fr_FR")) << QStringLiteral("fr-FR");
    QTest::newRow("te reo Māori") << QLocale(QStringLiteral("mi_NZ")) << QStringLiteral("mi-NZ");
    // No locale set, as on a locked-down machine: never a bare "en" with American dates.
    QTest::newRow("C") << QLocale::c() << QStringLiteral("en-GB");
}

void TestLanguageChoice::aNewReleaseTakesTheSystemsLanguageAndRegion()
{
    QFETCH(QLocale, system);
    QFETCH(QString, language);
    const Release release = newRelease(system, QDate(2026, 11, 26));
    QCOMPARE(release.language, language);
    QVERIFY(namesRegion(release.language));
}

QTEST_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
