#include "editor/editorview.h"
#include "main/autosaver.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "project/recoverystore.h"
#include "scriptedprompts.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace rd;

namespace {

const char *childVariable = "RELEASEDESK_TEST_EDIT_THEN_WAIT";
const char *headlineVariable = "RELEASEDESK_TEST_HEADLINE";
const char *steadyVariable = "RELEASEDESK_TEST_TYPE_STEADILY";
const QString typedText = QStringLiteral("Typed just before the crash");
// One keystroke every so many milliseconds: a brisk typist.
constexpr int keystrokeMilliseconds = 60;

// The child: an editor in which a headline is typed, autosaved, and then the process waits to be
// killed. The headline is typedText unless the parent names another.
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
    QTest::keyClicks(headline,
        qEnvironmentVariableIsSet(headlineVariable) ? qEnvironmentVariable(headlineVariable)
                                                    : typedText);
    return app.exec();
}

// The child: an editor with the autosave interval people get, in which the statement is typed
// steadily, a keystroke at a time, until the process is killed.
int typeUntilKilled(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window(std::make_unique<test::ScriptedPrompts>());
    window.show();
    window.editor()->showStep(Step::Headline);
    auto *headline = window.findChild<QLineEdit *>(fieldId(Field::Headline));
    headline->setFocus();
    QTimer keys;
    keys.setInterval(keystrokeMilliseconds);
    // Each keystroke is logged with its time, so that the parent knows when each character of
    // the headline was typed, however busy the machine.
    QObject::connect(&keys, &QTimer::timeout, headline, [headline] {
        QTest::keyClick(headline, Qt::Key_X);
        std::printf("%lld %lld\n", static_cast<long long>(headline->text().size()),
            static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    });
    keys.start();
    std::printf("typing\n");
    std::fflush(stdout);
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
    void aKillLosesOnlyTheLastSeconds();
    void twoEditorsKilledRecoverTheirOwnWork();
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

void TestRecovery::aKillLosesOnlyTheLastSeconds()
{
    // Killed at a random moment of steady typing, the editor has lost at most the autosave
    // interval and the time a save takes: what was typed before that is all restored.
    for (int round = 0; round < 2; ++round) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(steadyVariable), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += child.readAllStandardOutput()).contains("typing"), 30000);
        QTest::qWait(QRandomGenerator::global()->bounded(4000, 8000));
        child.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(child.waitForFinished());
        output += child.readAllStandardOutput();
        // When each length of the headline was reached.
        QHash<qsizetype, qint64> typedAt;
        qint64 lastKeystroke = 0;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2) {
                typedAt.insert(fields.at(0).toLongLong(), fields.at(1).toLongLong());
                lastKeystroke = std::max(lastKeystroke, fields.at(1).toLongLong());
            }
        }
        QCOMPARE(recoveryFiles().size(), 1);

        RecoveryStore store;
        const QList<RecoveryStore::Orphan> orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        const Result<Release> restored = store.readOrphan(orphans.first());
        QVERIFY(restored.ok());
        const QString headline = restored->headline;
        QVERIFY(!headline.isEmpty());
        QCOMPARE(headline, QString(headline.size(), QLatin1Char('x')));
        QVERIFY2(typedAt.contains(headline.size()),
            qPrintable(QStringLiteral("%1 characters restored, %2 keystrokes logged: %3")
                           .arg(headline.size())
                           .arg(typedAt.size())
                           .arg(QString::fromLatin1(output.left(200)))));
        const qint64 lost = lastKeystroke - typedAt.value(headline.size());
        qInfo("killed after %lld keystrokes: the last %lld ms of typing were lost",
            static_cast<long long>(typedAt.size()), static_cast<long long>(lost));
        QVERIFY2(lost <= Autosaver::defaultInterval + 2000,
            qPrintable(QStringLiteral("%1 ms of typing lost").arg(lost)));
        store.removeOrphan(orphans.first());
    }
}

void TestRecovery::twoEditorsKilledRecoverTheirOwnWork()
{
    // Two windows on a release each, both stopped: each release comes back whole, once, and
    // never with the other's text.
    const QStringList headlines {QStringLiteral("Alpha: the harbour is closed"),
        QStringLiteral("Bravo: the bridge reopens")};
    QList<QProcess *> children;
    for (const QString &headline : headlines) {
        auto *child = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
        environment.insert(QString::fromLatin1(headlineVariable), headline);
        child->setProcessEnvironment(environment);
        child->start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child->waitForStarted());
        children.append(child);
    }
    for (QProcess *child : children) {
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += child->readAllStandardOutput()).contains("autosaved"), 30000);
    }
    for (QProcess *child : children) {
        child->kill();
        QVERIFY(child->waitForFinished());
    }
    QCOMPARE(recoveryFiles().size(), 2);

    QStringList restored;
    for (int window = 0; window < 2; ++window) {
        auto owned = std::make_unique<test::ScriptedPrompts>();
        test::ScriptedPrompts *prompts = owned.get();
        prompts->restoreAnswers.enqueue(true);
        MainWindow editor(std::move(owned));
        QVERIFY(editor.controller()->offerRecovery());
        restored.append(editor.controller()->document()->release().headline);
        prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
        QVERIFY(editor.close());
    }
    restored.sort();
    QCOMPARE(restored, headlines);
    QVERIFY(recoveryFiles().isEmpty());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childVariable))
        return editUntilKilled(argc, argv);
    if (qEnvironmentVariableIsSet(steadyVariable))
        return typeUntilKilled(argc, argv);
    QApplication app(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
