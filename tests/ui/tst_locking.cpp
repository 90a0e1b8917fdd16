#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "main/readonlybanner.h"
#include "model/releasedocument.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "scriptedprompts.h"
#include "support/samplerelease.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <sys/mount.h>
#include <unistd.h>

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
    void readOnlyFolderOpensReadOnlyWithoutALock();
    void aFolderThatTurnsReadOnlyKeepsTheWorkUnsaved();
    void exampleOpensAsANewRelease();

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

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestLocking::readOnlyFolderOpensReadOnlyWithoutALock()
{
    // A read-only medium: a tmpfs remounted read-only where root may mount one (root may write
    // to any folder whatever its mode), a folder without write permission otherwise.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QByteArray target = QFile::encodeName(folder.path());
    bool mounted = false;
    if (::geteuid() == 0) {
        if (::mount("tmpfs", target.constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("this machine does not allow mounting a tmpfs, and root writes to any folder");
        mounted = true;
    }
    const auto cleanUp = qScopeGuard([&] {
        if (mounted)
            ::umount(target.constData());
        else
            QFile::setPermissions(
                folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    const QString path = folder.filePath(QStringLiteral("on-a-cd.releasedesk"));
    QVERIFY(saveProject(test::sampleRelease(), path).ok());
    if (mounted) {
        QCOMPARE(::mount("tmpfs", target.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr), 0);
    } else {
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
    }
    const QStringList before = filesIn(folder.path());

    Editor editor;
    editor.window->show();
    QVERIFY(editor.controller()->openFile(path));
    QVERIFY(editor.controller()->isReadOnly());
    QVERIFY(editor.prompts->lockQuestions.isEmpty());
    QCOMPARE(filesIn(folder.path()), before); // no lock was attempted, nor left
    ReadOnlyBanner *banner = editor.window->readOnlyBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("cannot be written to")),
        qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("on-a-cd.releasedesk")));
    QVERIFY(editor.window->windowTitle().contains(QStringLiteral("read-only")));

    // Saving asks for a name elsewhere; the banner goes once the release is saved there.
    editor.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("Edited"));
    const QString elsewhere = m_dir.filePath(QStringLiteral("saved-elsewhere.releasedesk"));
    editor.prompts->fileNames.enqueue(elsewhere);
    QVERIFY(editor.controller()->save());
    QCOMPARE(editor.controller()->filePath(), elsewhere);
    QVERIFY(!editor.controller()->isReadOnly());
    QVERIFY(!banner->isVisible());
    QCOMPARE(loadProject(path).value().release.headline, test::sampleRelease().headline);
    QVERIFY(editor.prompts->unexpected.isEmpty());
    editor.controller()->close();
}

void TestLocking::aFolderThatTurnsReadOnlyKeepsTheWorkUnsaved()
{
    // The share the project is on turns read-only while the officer works: saving says so, the
    // file stays as it was, and the edit stays in the window, unsaved, to be saved elsewhere. The
    // folder is made immutable where the test runs as root (who writes to any folder whatever its
    // mode, and whose open lock file keeps a remount read-only from taking), and loses its write
    // permission otherwise.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const bool asRoot = ::geteuid() == 0;
    const auto setReadOnly = [&](bool readOnly) {
        if (asRoot) {
            return QProcess::execute(QStringLiteral("chattr"),
                       {readOnly ? QStringLiteral("+i") : QStringLiteral("-i"), folder.path()})
                == 0;
        }
        return QFile::setPermissions(folder.path(),
            readOnly ? QFile::ReadOwner | QFile::ExeOwner
                     : QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    const QString path = folder.filePath(QStringLiteral("shared.releasedesk"));
    QVERIFY(saveProject(test::sampleRelease(), path).ok());
    const QByteArray original = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    Editor editor;
    editor.window->show();
    QVERIFY(editor.controller()->openFile(path));
    QVERIFY(!editor.controller()->isReadOnly());
    editor.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("Edited"));
    if (!setReadOnly(true)) {
        editor.controller()->close();
        QSKIP("the folder cannot be made read-only here (chattr needs a file system that has it)");
    }
    const auto cleanUp = qScopeGuard([&] { setReadOnly(false); });

    QVERIFY(!editor.controller()->save());
    QCOMPARE(editor.prompts->errors.size(), 1);
    const QString message = editor.prompts->errors.first();
    QVERIFY2(message.contains(QStringLiteral("shared.releasedesk")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("could not be written")), qPrintable(message));
    QVERIFY(editor.controller()->document()->isModified());
    QCOMPARE(editor.controller()->document()->release().headline, QStringLiteral("Edited"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);

    QVERIFY(setReadOnly(false));
    QVERIFY(editor.controller()->save()); // once it can be written again, it is
    QCOMPARE(loadProject(path).value().release.headline, QStringLiteral("Edited"));
    editor.controller()->close();
}

void TestLocking::exampleOpensAsANewRelease()
{
    // What ./scripts/run does: the shipped example, opened in place in the source tree.
    const QString example = QStringLiteral(
        RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk");
    const QString examples = QFileInfo(example).absolutePath();
    const QStringList before = filesIn(examples);
    const QByteArray original = contentsOf(example);
    QVERIFY(!original.isEmpty());

    QSettings().remove(QStringLiteral("files/lastFolder")); // a newcomer's first save
    Editor editor;
    QVERIFY(editor.controller()->openAsNew(example));
    QVERIFY(editor.controller()->filePath().isEmpty());
    QCOMPARE(editor.controller()->displayName(), QStringLiteral("Untitled"));
    QVERIFY(!editor.controller()->isReadOnly());
    QCOMPARE(editor.controller()->document()->release().headline,
        loadProject(example).value().release.headline);
    QCOMPARE(filesIn(examples), before); // no lock beside the example

    // An edit and Ctrl+S: saving asks where, and the example stays as it was.
    editor.controller()->document()->setField({Field::Headline, {}}, QStringLiteral("My own"));
    const QString mine = m_dir.filePath(QStringLiteral("from-the-example.releasedesk"));
    editor.prompts->fileNames.enqueue(mine);
    QVERIFY(editor.controller()->save());
    QCOMPARE(editor.prompts->suggestedPaths.size(), 1);
    const QString suggestedFolder = QFileInfo(editor.prompts->suggestedPaths.at(0)).absolutePath();
    QCOMPARE(suggestedFolder, QDir(documentsFolder()).absolutePath());
    QVERIFY(!suggestedFolder.startsWith(QStringLiteral(RELEASEDESK_SOURCE_DIR)));
    QCOMPARE(editor.controller()->filePath(), mine);
    QCOMPARE(loadProject(mine).value().release.headline, QStringLiteral("My own"));
    QCOMPARE(contentsOf(example), original);
    QCOMPARE(filesIn(examples), before);
    QVERIFY(editor.prompts->unexpected.isEmpty());
    editor.controller()->close();
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
