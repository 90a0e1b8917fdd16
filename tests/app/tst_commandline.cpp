#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real releasedesk executable, as a user or a script would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void version();
    void unknownOptionFails();
    void twoFilesFail();
    void noDisplayIsOneClearLine();
    void missingFileFails();
    void unreachableDisplayIsOneClearLine();
    void asNewNeedsAFile();
    void exampleAsNewLeavesItsFolderAlone();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &environment = {});
};

TestCommandLine::Run TestCommandLine::run(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELEASEDESK_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("releasedesk did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError())};
}

void TestCommandLine::help()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("Usage: releasedesk [options] [FILE]")));
    QVERIFY(result.out.contains(QStringLiteral("--version")));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("Release Desk ")));
}

void TestCommandLine::unknownOptionFails()
{
    const Run result = run({QStringLiteral("--frobnicate")});
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.trimmed(),
        QStringLiteral("releasedesk: Unknown option 'frobnicate' (see releasedesk --help)"));
}

void TestCommandLine::twoFilesFail()
{
    const Run result = run({QStringLiteral("a.releasedesk"), QStringLiteral("b.releasedesk")});
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.err.contains(QStringLiteral("one file at a time")));
}

void TestCommandLine::noDisplayIsOneClearLine()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run result = run({}, environment);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.err.startsWith(QStringLiteral("releasedesk: no display is available")));
}

void TestCommandLine::missingFileFails()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run result = run({QStringLiteral("/nonexistent/release.releasedesk")}, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.err.contains(QStringLiteral("the file does not exist")), qPrintable(result.err));
}

void TestCommandLine::unreachableDisplayIsOneClearLine()
{
    // A display that is named but not there (an X server that stopped, a forwarded display gone).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":473"));
    const Run result = run({}, environment);
    QCOMPARE(result.exitCode, 1); // not Qt's abort (134) with a core dump
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("releasedesk: no display could be opened")),
        qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral(":473")));
    QVERIFY(result.err.contains(QStringLiteral("releasedesk export")));
}

void TestCommandLine::asNewNeedsAFile()
{
    const Run result = run({QStringLiteral("--as-new")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--as-new needs a FILE")), qPrintable(result.err));
}

void TestCommandLine::exampleAsNewLeavesItsFolderAlone()
{
    // What ./scripts/run starts: the editor on the example, opened as a new release. It writes
    // nothing beside the example (no lock), whether it is closed or killed.
    QTemporaryDir home;
    QTemporaryDir folder;
    const QString example = folder.filePath(QStringLiteral("example.releasedesk"));
    QVERIFY(QFile::copy(QStringLiteral(RELEASEDESK_SOURCE_DIR
                            "/resources/examples/kestrel-bay-joint-statement.releasedesk"),
        example));
    const auto filesIn = [&] {
        return QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    QCOMPARE(filesIn(), QStringList {QStringLiteral("example.releasedesk")});

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    QProcess editor;
    editor.setProcessEnvironment(environment);
    editor.start(QStringLiteral(RELEASEDESK_BINARY), {QStringLiteral("--as-new"), example});
    QVERIFY(editor.waitForStarted());
    QTest::qWait(2500); // time to open the window and the release
    QCOMPARE(editor.state(), QProcess::Running);
    QCOMPARE(filesIn(), QStringList {QStringLiteral("example.releasedesk")});
    editor.kill();
    QVERIFY(editor.waitForFinished());
    QCOMPARE(filesIn(), QStringList {QStringLiteral("example.releasedesk")});
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
