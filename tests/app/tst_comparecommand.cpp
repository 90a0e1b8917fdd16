#include "project/projectfile.h"
#include "support/samplerelease.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// Runs `releasedesk compare` as a script would, and reads its output and exit code as diff's.
class TestCompareCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theSameContentExitsZeroSilently();
    void differencesArePrintedOneALine();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void aRedlineAndAListOfChanges();
    void help();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run compare(const QStringList &arguments);
    QString saved(const QString &name, const Release &release);
    QTemporaryDir m_dir;
};

void TestCompareCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCompareCommand::Run TestCompareCommand::compare(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral(RELEASEDESK_BINARY), QStringList {QStringLiteral("compare")} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("releasedesk compare did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString TestCompareCommand::saved(const QString &name, const Release &release)
{
    const QString path = m_dir.filePath(name);
    if (!saveProject(release, path).ok())
        qFatal("could not save %s", qPrintable(path));
    return path;
}

void TestCompareCommand::theSameContentExitsZeroSilently()
{
    const QString first = saved(QStringLiteral("first.releasedesk"), test::sampleRelease());
    // Another approval state is not another content.
    Release draft = test::sampleRelease();
    draft.workflow = {};
    const QString second = saved(QStringLiteral("second.releasedesk"), draft);
    const Run run = compare({first, second});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.isEmpty());
}

void TestCompareCommand::differencesArePrintedOneALine()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    later.headline.replace(QStringLiteral("spill"), QStringLiteral("leak"));
    later.quotes[0].speaker = QStringLiteral("Rawiri Henare");
    later.body.blocks.append(BodyBlock {BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("Water tests are published daily."), false, false, {}}}});
    const Run run = compare({saved(QStringLiteral("old.releasedesk"), earlier),
        saved(QStringLiteral("new.releasedesk"), later)});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
        (QStringList {
            QStringLiteral("headline: changed: removed \"spill\"; added \"leak\""),
            QStringLiteral("body[5]: added: \"Water tests are published daily.\""),
            QStringLiteral(
                "quotes[0].speaker: changed: removed \"Anna Whitlock\"; added \"Rawiri Henare\""),
        }));
    QVERIFY(run.err.isEmpty());
}

void TestCompareCommand::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString good = QStringLiteral(
        RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk");
    QTest::newRow("one file") << QStringList {good} << "name two .releasedesk files";
    QTest::newRow("missing file") << QStringList {good, m_dir.filePath(QStringLiteral("none"))}
                                  << "none";
    QTest::newRow("not a project")
        << QStringList {QStringLiteral(RELEASEDESK_SOURCE_DIR "/README.md"), good}
        << "not a Release Desk project";
    QTest::newRow("output of another kind")
        << QStringList {QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.docx")), good, good}
        << "x.docx: the redline is a .pdf file";
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--redline"), good, good} << "redline";
}

void TestCompareCommand::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run run = compare(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("releasedesk compare: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

void TestCompareCommand::aRedlineAndAListOfChanges()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    later.headline.replace(QStringLiteral("spill"), QStringLiteral("leak"));
    const QString old = saved(QStringLiteral("redline-old.releasedesk"), earlier);
    const QString updated = saved(QStringLiteral("redline-new.releasedesk"), later);
    const QString pdf = m_dir.filePath(QStringLiteral("redline.pdf"));
    Run run = compare({old, updated, QStringLiteral("-o"), pdf, QStringLiteral("--paper"),
        QStringLiteral("letter")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("headline: changed")));
    QFile redline(pdf);
    QVERIFY(redline.open(QIODevice::ReadOnly));
    const QByteArray bytes = redline.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));

    const QString text = m_dir.filePath(QStringLiteral("changes.txt"));
    run = compare({QStringLiteral("--output=") + text, old, updated});
    QCOMPARE(run.exitCode, 1);
    QFile list(text);
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(list.readAll()), run.out);
}

void TestCompareCommand::help()
{
    const Run run = compare({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("releasedesk compare")));
    QVERIFY(run.out.contains(QStringLiteral("Exits 0 when the contents are the same")));
    QVERIFY(run.out.contains(QStringLiteral("redline PDF")));
}

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "tst_comparecommand.moc"
