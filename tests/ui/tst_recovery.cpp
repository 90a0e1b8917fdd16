#include "editor/editorview.h"
#include "main/autosaver.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "project/recoverystore.h"
#include "scriptedprompts.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace rd;

namespace {

const char *childVariable = "RELEASEDESK_TEST_EDIT_THEN_WAIT";
const QString typedText = QStringLiteral("Typed just before the crash");

// The child: an editor in which a headline is typed, autosaved, and then the process waits to be
// killed.
int editUntilKilled(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window(std::make_unique<test::ScriptedPrompts>());
    window.controller()->autosaver()->setInterval(100);
    window.show();
    window.editor()->showStep(Step::Headline);
    auto *headline = window.findChild<QLineEdit *>(fieldId(Field::Headline));
    headline->setFocus();
    QObject::connect(window.controller()->autosaver(), &Autosaver::saved, [] {
        std::printf("autosaved\n");
        std::fflush(stdout);
    });
    QTest::keyClicks(headline, typedText);
    return app.exec();
}

QStringList recoveryFiles()
{
    return QDir(RecoveryStore().folder()).entryList({QStringLiteral("*.releasedesk")}, QDir::Files);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void restoresWorkAfterAKill();
    void declinedWorkIsThrownAway();
    void saveAndCloseLeaveNothingBehind();
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(RecoveryStore().folder()).removeRecursively();
}

void TestRecovery::cleanup()
{
    QDir(RecoveryStore().folder()).removeRecursively();
}

void TestRecovery::restoresWorkAfterAKill()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += child.readAllStandardOutput()).contains("autosaved"), 30000);
    child.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(child.waitForFinished());
    QCOMPARE(recoveryFiles().size(), 1);

    auto owned = std::make_unique<test::ScriptedPrompts>();
    test::ScriptedPrompts *prompts = owned.get();
    prompts->restoreAnswers.enqueue(true);
    MainWindow window(std::move(owned));
    QVERIFY(window.controller()->offerRecovery());
    QCOMPARE(prompts->restoreQuestions.size(), 1);
    QVERIFY(prompts->restoreQuestions.at(0).contains(QStringLiteral("an untitled release")));
    QCOMPARE(window.controller()->document()->release().headline, typedText);
    QVERIFY(window.controller()->document()->isModified());
    QVERIFY(recoveryFiles().isEmpty()); // taken over by this editor
    prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
    QVERIFY(window.close());
}

void TestRecovery::declinedWorkIsThrownAway()
{
    {
        RecoveryStore left;
        Release release;
        release.headline = QStringLiteral("Unwanted");
        QVERIFY(left.save(release, QStringLiteral("/tmp/somewhere/unwanted.releasedesk")).ok());
        // Not discarded: as if the editor had died. (Destroying the store frees its lock.)
    }
    auto owned = std::make_unique<test::ScriptedPrompts>();
    test::ScriptedPrompts *prompts = owned.get();
    prompts->restoreAnswers.enqueue(false);
    MainWindow window(std::move(owned));
    QVERIFY(!window.controller()->offerRecovery());
    QVERIFY(prompts->restoreQuestions.at(0).contains(QStringLiteral("unwanted.releasedesk")));
    QVERIFY(recoveryFiles().isEmpty());
    QVERIFY(window.controller()->document()->release().headline.isEmpty());
}

void TestRecovery::saveAndCloseLeaveNothingBehind()
{
    auto owned = std::make_unique<test::ScriptedPrompts>();
    test::ScriptedPrompts *prompts = owned.get();
    MainWindow window(std::move(owned));
    window.controller()->autosaver()->setInterval(50);
    QSignalSpy saved(window.controller()->autosaver(), &Autosaver::saved);
    window.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("Draft"));
    QVERIFY(saved.wait(10000));
    QCOMPARE(recoveryFiles().size(), 1);

    // A second editor does not offer the work of one still running.
    MainWindow other(std::make_unique<test::ScriptedPrompts>());
    QVERIFY(!other.controller()->offerRecovery());

    QTemporaryDir dir;
    prompts->fileNames.enqueue(dir.filePath(QStringLiteral("saved.releasedesk")));
    QVERIFY(window.controller()->saveAs());
    QVERIFY(recoveryFiles().isEmpty());

    window.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("Changed"));
    QVERIFY(saved.wait(10000));
    QCOMPARE(recoveryFiles().size(), 1);
    prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
    QVERIFY(window.close());
    QVERIFY(recoveryFiles().isEmpty());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childVariable))
        return editUntilKilled(argc, argv);
    QApplication app(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
