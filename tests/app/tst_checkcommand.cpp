#include "project/projectfile.h"
#include "support/checking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// Runs `releasedesk check` as a script would: compiler-style lines or JSON, and exit codes a
// script can act on.
class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linesLikeACompiler();
    void cleanReleaseExitsZero();
    void json();
    void styleFileOverridesTheAgencys();
    void badInputExitsTwo_data();
    void badInputExitsTwo();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run check(const QStringList &arguments);
    QString save(const Release &release, const QString &name);
    QTemporaryDir m_dir;
    QString m_flawed;
    QString m_clean;
};

void TestCheckCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Release flawed = test::releaseSaying(
        QStringLiteral("Kestrel Bay Police closed Harbour Road after a slip on "
                       "Wednesday.\n\nThe VGT will utilise drones."));
    flawed.contacts[0].phone.clear();
    flawed.contacts[0].email.clear();
    flawed.acknowledgements
        = {Acknowledgement {QStringLiteral("acronyms.unexplained"), QStringLiteral("body"), {},
            QStringLiteral("VGT"), QStringLiteral("Readers of this list know the VGT"),
            QStringLiteral("Jo Tane"), QDateTime(QDate(2026, 11, 25), QTime(20, 0), Qt::UTC), {}}};
    m_flawed = save(flawed, QStringLiteral("flawed.releasedesk"));
    m_clean = save(test::releaseSaying(QStringLiteral("Kestrel Bay Police closed Harbour Road "
                                                      "after a slip on Wednesday.")),
        QStringLiteral("clean.releasedesk"));
}

QString TestCheckCommand::save(const Release &release, const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!saveProject(release, path))
        qFatal("cannot save %s", qPrintable(path));
    return path;
}

TestCheckCommand::Run TestCheckCommand::check(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELEASEDESK_BINARY),
        QStringList {QStringLiteral("check"), QStringLiteral("--at"),
            QStringLiteral("2026-11-26T09:00+13:00")}
            + arguments);
    if (!process.waitForFinished(60000))
        qFatal("releasedesk check did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestCheckCommand::linesLikeACompiler()
{
    const Run run = check({m_flawed});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(m_flawed
                 + QStringLiteral(":body[1]:1:5: warning: Spell out “VGT” at its first use, as "
                                  "in “Full Name (VGT)”, or add it to the house style's acronyms "
                                  "that need no explaining. [acronyms.unexplained]")),
        qPrintable(run.out));
    QVERIFY2(lines.contains(m_flawed
                 + QStringLiteral(":body[1]:1:14: warning: Write “use” rather than “utilise”. "
                                  "[style.preferred]")),
        qPrintable(run.out));
    QVERIFY2(lines.contains(m_flawed
                 + QStringLiteral(":contacts[0].phone:1:1: error: Give Media Centre a phone "
                                  "number or an e-mail address, so that reporters can reach "
                                  "them. [contacts.reachable]")),
        qPrintable(run.out));
}

void TestCheckCommand::cleanReleaseExitsZero()
{
    const Run run = check({m_clean});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    // Errors in any file make the whole run fail.
    QCOMPARE(check({m_clean, m_flawed}).exitCode, 1);
}

void TestCheckCommand::json()
{
    const Run run = check({QStringLiteral("--format"), QStringLiteral("json"), m_flawed});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("findings"))
                                    .toArray();
    QCOMPARE(findings.size(), 3);
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), m_flawed);
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("body[1]"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("length")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(
        first.value(QStringLiteral("rule")).toString(), QStringLiteral("acronyms.unexplained"));
    // Let stand in the project: still reported, with who decided and why.
    const QJsonObject letStand = first.value(QStringLiteral("letStand")).toObject();
    QCOMPARE(letStand.value(QStringLiteral("by")).toString(), QStringLiteral("Jo Tane"));
    QCOMPARE(
        letStand.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-25T20:00:00Z"));
    QCOMPARE(letStand.value(QStringLiteral("reason")).toString(),
        QStringLiteral("Readers of this list know the VGT"));
    QVERIFY(!findings.at(1).toObject().contains(QStringLiteral("letStand")));
}

void TestCheckCommand::styleFileOverridesTheAgencys()
{
    const QString style = m_dir.filePath(QStringLiteral("style.json"));
    QFile file(style);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"acronyms": {"allowed": ["VGT"]}, "terms": {"preferred": {}}})");
    file.close();
    const Run run = check({QStringLiteral("--style"), style, m_flawed});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
    QVERIFY(run.out.contains(QStringLiteral("[contacts.reachable]")));
}

void TestCheckCommand::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList {} << QStringLiteral("name one or more");
    QTest::newRow("missing file") << QStringList {QStringLiteral("/nonexistent/x.releasedesk")}
                                  << QStringLiteral("x.releasedesk");
    QTest::newRow("bad format") << QStringList {QStringLiteral("--format"), QStringLiteral("xml"),
        QStringLiteral("a.releasedesk")}
                                << QStringLiteral("'xml' is not an output format");
    QTest::newRow("bad style") << QStringList {QStringLiteral("--style"),
        QStringLiteral("/nonexistent/style.json"), QStringLiteral("a.releasedesk")}
                               << QStringLiteral("style.json: cannot be read");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--colour")} << QStringLiteral("colour");
}

void TestCheckCommand::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = check(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("releasedesk check: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
