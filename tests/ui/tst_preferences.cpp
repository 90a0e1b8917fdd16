#include "checks/checks.h"
#include "main/autosaver.h"
#include "main/preferencesdialog.h"
#include "model/housestyle.h"
#include "model/templates.h"
#include "output/outputcontroller.h"
#include "paperpreference.h"
#include "project/agencyprofiles.h"
#include "render/pagedrelease.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"
#include "testwindow.h"
#include "workpreferences.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace rd;

// The officer's own settings, from File > Preferences, as the window then uses them.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void thePaperChosenIsThePreviewsAndTheExports();
    void aDefaultHouseStyleStartsEachNewRelease();
    void aStyleThatDoesNotReadIsRefusedAtOnce();
    void profilesAreKeptInTheChosenFolder();
    void theAutosaveIntervalIsTheRecoveryFilesPace();
};

void TestPreferences::thePaperChosenIsThePreviewsAndTheExports()
{
    test::TestWindow w(test::sampleDraftToApprove());
    QVERIFY(!chosenPaper());
    QCOMPARE(preferredPaper(), defaultPaper(QLocale()));

    const auto choose = [](const QString &data) {
        PreferencesDialog preferences;
        auto *paper = preferences.findChild<QComboBox *>(QStringLiteral("paper"));
        paper->setCurrentIndex(paper->findData(data));
        preferences.accept();
    };
    choose(QStringLiteral("letter"));
    QCOMPARE(chosenPaper(), Paper::Letter);
    // What the window's File > Preferences does after the dialog: the preview follows.
    w.window->previewPane()->layouter()->setPaper(preferredPaper());
    w.window->previewPane()->layouter()->layoutNow();
    QCOMPARE(w.window->previewPane()->layouter()->current()->pageSize().toSize(), QSize(612, 792));

    // An export from the window is on it too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release.pdf"));
    w.prompts->fileNames.enqueue(path);
    QVERIFY(w.window->output()->exportAs());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(test::PdfReader(file.readAll()).pageSizePoints(0).toSize(), QSize(612, 792));

    // Back to the locale's: nothing chosen, and the dialog offers it first.
    choose(QString());
    QVERIFY(!chosenPaper());
    PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("paper"))->currentIndex(), 0);
}

void TestPreferences::aDefaultHouseStyleStartsEachNewRelease()
{
    QTemporaryDir dir;
    HouseStyle unit = defaultHouseStyle();
    unit.name = QStringLiteral("Kestrel Bay media unit");
    unit.headlineMaxWords = 9;
    const QString path = dir.filePath(QStringLiteral("unit-style.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(houseStyleToJson(unit)).toJson());
    file.close();

    test::ScriptedPrompts prompts;
    {
        PreferencesDialog preferences(nullptr, &prompts);
        preferences.findChild<QLineEdit *>(QStringLiteral("defaultHouseStyle"))->setText(path);
        preferences.accept();
        QCOMPARE(preferences.result(), int(QDialog::Accepted));
    }
    QCOMPARE(defaultHouseStylePath(), path);

    // File > New and New from Template start with it, as the checks then hold them to it.
    test::TestWindow w;
    QVERIFY(w.window->controller()->newRelease());
    QCOMPARE(houseStyleOf(w.document()->release()), unit);
    QVERIFY(w.window->controller()->newFromTemplate(ReleaseTemplate::JointStatement));
    QCOMPARE(houseStyleOf(w.document()->release()).headlineMaxWords, 9);

    // A style that has gone from the shared drive is said, and the built-in style stands in.
    QVERIFY(QFile::remove(path));
    QVERIFY(w.window->controller()->newRelease());
    QCOMPARE(w.prompts->warnings.size(), 1);
    QVERIFY(w.prompts->warnings.first().contains(QLatin1String("unit-style.json")));
    QCOMPARE(houseStyleOf(w.document()->release()), defaultHouseStyle());

    // Clearing the field returns to the built-in style.
    PreferencesDialog again(nullptr, &prompts);
    again.findChild<QLineEdit *>(QStringLiteral("defaultHouseStyle"))->clear();
    again.accept();
    QVERIFY(defaultHouseStylePath().isEmpty());
}

void TestPreferences::aStyleThatDoesNotReadIsRefusedAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"headlineMaxWord": 12})"); // a key misspelt
    file.close();
    test::ScriptedPrompts prompts;
    PreferencesDialog preferences(nullptr, &prompts);
    preferences.findChild<QLineEdit *>(QStringLiteral("defaultHouseStyle"))->setText(path);
    preferences.findChild<QSpinBox *>(QStringLiteral("autosaveSeconds"))->setValue(20);
    preferences.accept();
    QVERIFY(preferences.result() != QDialog::Accepted);
    QCOMPARE(prompts.errors.size(), 1);
    QVERIFY2(prompts.errors.first().contains(QLatin1String("headlineMaxWord")),
        qPrintable(prompts.errors.first()));
    // Nothing of the dialog was kept.
    QVERIFY(defaultHouseStylePath().isEmpty());
    QCOMPARE(autosaveSeconds(), Autosaver::defaultInterval / 1000);
}

void TestPreferences::profilesAreKeptInTheChosenFolder()
{
    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared drive/agency profiles"));
    test::ScriptedPrompts prompts;
    {
        PreferencesDialog preferences(nullptr, &prompts);
        auto *folder = preferences.findChild<QLineEdit *>(QStringLiteral("agencyProfilesFolder"));
        QCOMPARE(folder->text(), QDir::toNativeSeparators(AgencyProfiles().folder()));
        folder->setText(shared);
        preferences.accept();
    }
    QVERIFY(QFileInfo(shared).isDir()); // made at once, so that a typing mistake shows now
    QCOMPARE(agencyProfilesFolder(), shared);

    // Save as Profile on the Agencies step writes there, and Add from Profiles reads from there.
    test::TestWindow w(test::sampleDraftToApprove());
    w.editor()->showStep(Step::Agencies);
    auto *save = w.editor()->findChild<QPushButton *>(QStringLiteral("saveProfile"));
    QVERIFY(save);
    save->click();
    QVERIFY(w.prompts->errors.isEmpty());
    const QList<AgencyProfiles::Entry> saved = AgencyProfiles(shared).list();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, w.document()->release().agencies.first().name);

    setAgencyProfilesFolder(AgencyProfiles().folder()); // the default again
    QCOMPARE(agencyProfilesFolder(), AgencyProfiles().folder());
}

void TestPreferences::theAutosaveIntervalIsTheRecoveryFilesPace()
{
    test::ScriptedPrompts prompts;
    {
        PreferencesDialog preferences(nullptr, &prompts);
        auto *seconds = preferences.findChild<QSpinBox *>(QStringLiteral("autosaveSeconds"));
        QCOMPARE(seconds->value(), 3);
        QCOMPARE(seconds->minimum(), 1);
        seconds->setValue(10);
        preferences.accept();
    }
    QCOMPARE(autosaveSeconds(), 10);
    test::TestWindow w;
    QCOMPARE(w.window->controller()->autosaver()->interval(), 10000);
    setAutosaveSeconds(Autosaver::defaultInterval / 1000);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
