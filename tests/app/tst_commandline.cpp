#include <QProcess>
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
