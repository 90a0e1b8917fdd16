#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "scriptedprompts.h"
#include "support/samplerelease.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace rd;

namespace {

const char *childVariable = "RELEASEDESK_TEST_HOLD_OPEN";

// The child: a second Release Desk that has the project open.
int holdOpen(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window(std::make_unique<test::ScriptedPrompts>());
    if (!window.controller()->openFile(qEnvironmentVariable(childVariable)))
        return 1;
    std::printf("opened\n");
    std::fflush(stdout);
    return app.exec();
}

struct Editor
{
    test::ScriptedPrompts *prompts;
    std::unique_ptr<MainWindow> window;

    Editor()
    {
        auto owned = std::make_unique<test::ScriptedPrompts>();
        prompts = owned.get();
        window = std::make_unique<MainWindow>(std::move(owned));
    }
    DocumentController *controller() const { return window->controller(); }
};

} // namespace

class TestLocking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void secondEditorOpensReadOnly();
    void secondEditorOpensACopy();
    void lockOfARunningInstanceAndOfACrashedOne();
    void lockFromAnotherMachineNeedsBreaking();
    void changedOnDiskIsNeverOverwrittenSilently();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestLocking::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLocking::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.releasedesk").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(saveProject(test::sampleRelease(), m_path).ok());
}

void TestLocking::secondEditorOpensReadOnly()
{
    Editor first;
    QVERIFY(first.controller()->openFile(m_path));
    QVERIFY(QFileInfo::exists(ProjectLock::lockPathFor(m_path)));

    Editor second;
    second.prompts->lockChoices.enqueue(UserPrompts::LockChoice::ReadOnly);
    QVERIFY(second.controller()->openFile(m_path));
    QCOMPARE(second.prompts->lockQuestions.size(), 1);
    QVERIFY2(second.prompts->lockQuestions.at(0).contains(currentUserName()),
        qPrintable(second.prompts->lockQuestions.at(0)));
    QVERIFY(second.prompts->lockQuestions.at(0).contains(QSysInfo::machineHostName()));
    QCOMPARE(second.prompts->lockBreakOffered.at(0), false); // a running instance on this machine
    QVERIFY(second.controller()->isReadOnly());
    QVERIFY(second.window->windowTitle().contains(QStringLiteral("read-only")));

    // Saving a read-only project asks for another name, and the original stays as it was.
    second.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("Second's"));
    const QString other = m_dir.filePath(QStringLiteral("second.releasedesk"));
    second.prompts->fileNames.enqueue(other);
    QVERIFY(second.controller()->save());
    QCOMPARE(loadProject(m_path).value().release.headline, test::sampleRelease().headline);
    QCOMPARE(loadProject(other).value().release.headline, QStringLiteral("Second's"));
    QVERIFY(!second.controller()->isReadOnly());

    // Opening again the file one has open asks nothing.
    QVERIFY(first.controller()->openFile(m_path));
    QVERIFY(first.prompts->lockQuestions.isEmpty());
    QVERIFY(!first.controller()->isReadOnly());

    first.controller()->close();
    QVERIFY(!QFileInfo::exists(ProjectLock::lockPathFor(m_path)));
}

void TestLocking::secondEditorOpensACopy()
{
    Editor first;
    QVERIFY(first.controller()->openFile(m_path));
    Editor second;
    second.prompts->lockChoices.enqueue(UserPrompts::LockChoice::Copy);
    QVERIFY(second.controller()->openFile(m_path));
    QVERIFY(second.controller()->filePath().isEmpty());
    QVERIFY(second.controller()->document()->isModified());
    QCOMPARE(second.controller()->document()->release().headline, test::sampleRelease().headline);
    second.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
}

void TestLocking::lockOfARunningInstanceAndOfACrashedOne()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), m_path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("opened"), 30000);

    Editor editor;
    editor.prompts->lockChoices.enqueue(UserPrompts::LockChoice::Cancel);
    QVERIFY(!editor.controller()->openFile(m_path));
    QCOMPARE(editor.prompts->lockQuestions.size(), 1);

    child.kill(); // crashed: its lock stays behind
    QVERIFY(child.waitForFinished());
    QVERIFY(QFileInfo::exists(ProjectLock::lockPathFor(m_path)));
    QVERIFY(editor.controller()->openFile(m_path)); // taken over without a question
    QCOMPARE(editor.prompts->lockQuestions.size(), 1);
    QVERIFY(!editor.controller()->isReadOnly());
}

void TestLocking::lockFromAnotherMachineNeedsBreaking()
{
    {
        // QLockFile's format: process id, application, host name.
        QFile lock(ProjectLock::lockPathFor(m_path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nreleasedesk\nnewsroom-pc-7\n");
        QFile note(ProjectLock::lockPathFor(m_path) + QStringLiteral(".json"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write(R"({"user":"jo.tane","host":"newsroom-pc-7","since":"2026-11-26T01:00:00Z"})");
    }
    Editor editor;
    editor.prompts->lockChoices.enqueue(UserPrompts::LockChoice::BreakLock);
    QVERIFY(editor.controller()->openFile(m_path));
    QVERIFY(
        editor.prompts->lockQuestions.at(0).contains(QStringLiteral("jo.tane on newsroom-pc-7")));
    QCOMPARE(editor.prompts->lockBreakOffered.at(0), true);
    QVERIFY(!editor.controller()->isReadOnly());

    // The lock is ours now: another editor is told so.
    Editor other;
    other.prompts->lockChoices.enqueue(UserPrompts::LockChoice::Cancel);
    QVERIFY(!other.controller()->openFile(m_path));
    QVERIFY(other.prompts->lockQuestions.at(0).contains(currentUserName()));
}

void TestLocking::changedOnDiskIsNeverOverwrittenSilently()
{
    Editor editor;
    QVERIFY(editor.controller()->openFile(m_path));
    editor.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("Mine"));

    // A colleague saves the file in between (as another program would, past the lock).
    QTest::qWait(20);
    Release theirs = test::sampleRelease();
    theirs.headline = QStringLiteral("Theirs, with more words");
    QVERIFY(saveProject(theirs, m_path).ok());

    editor.prompts->changedOnDiskChoices.enqueue(UserPrompts::ChangedOnDiskChoice::Cancel);
    QVERIFY(!editor.controller()->save());
    QCOMPARE(loadProject(m_path).value().release.headline, theirs.headline);

    editor.prompts->changedOnDiskChoices.enqueue(UserPrompts::ChangedOnDiskChoice::Overwrite);
    QVERIFY(editor.controller()->save());
    QCOMPARE(loadProject(m_path).value().release.headline, QStringLiteral("Mine"));

    // Saved: no question the next time.
    editor.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("Mine again"));
    QVERIFY(editor.controller()->save());
    QVERIFY(editor.prompts->changedOnDiskChoices.isEmpty());
    QVERIFY(editor.prompts->unexpected.isEmpty());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childVariable))
        return holdOpen(argc, argv);
    QApplication app(argc, argv);
    TestLocking test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_locking.moc"
