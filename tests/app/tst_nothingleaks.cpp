#include "project/projectfile.h"
#include "support/samplerelease.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rd;

namespace {

// What an export to out wrote: the file, or every file of a media kit's folder.
QStringList filesWritten(const QString &out)
{
    if (!QFileInfo(out).isDir())
        return {out};
    QStringList files;
    for (const QFileInfo &file : QDir(out).entryInfoList(QDir::Files))
        files.append(file.filePath());
    return files;
}

} // namespace

// A shared project file can make Release Desk read no local file and contact no host. Every text
// field of a release is filled with what would make a careless program read a file or fetch a
// picture (file: URLs, paths, qrc:, a local web address, CSS url(), /dev/zero, a FIFO that would
// hang whoever opens it); the headless commands and the editor's window then open, lay out and
// export it while strace records every file the process names and every socket it makes.
class TestNothingLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsReadNothingTheFieldsName_data();
    void exportsReadNothingTheFieldsName();
    void checkingAndComparingReadNothingTheFieldsName();
    void theWindowReadsNothingTheFieldsName();
    void exportsCarryNoPathUserOrHostOfTheirOwn_data();
    void exportsCarryNoPathUserOrHostOfTheirOwn();

private:
    struct Traced
    {
        int exitCode = -1;
        bool finished = false;
        QString err;
        QStringList calls;
    };
    // Runs releasedesk with arguments under strace; with stopAfterSeconds, stops it then (the
    // editor, which would run until closed).
    Traced traced(const QStringList &arguments, int stopAfterSeconds = 0);
    void verifyNothingReached(const Traced &run);
    QProcessEnvironment isolatedEnvironment() const;

    QTemporaryDir m_work;
    QString m_bait;
    QString m_hostile;
    QByteArray m_baitPicture;
};

void TestNothingLeaks::initTestCase()
{
    QVERIFY(m_work.isValid());
    // What the fields point at: a folder of "secrets", a picture no export may carry, and a FIFO
    // that blocks whoever opens it for reading.
    m_bait = m_work.filePath(QStringLiteral("bait"));
    QVERIFY(QDir().mkpath(m_bait));
    QFile secret(m_bait + QStringLiteral("/secret.txt"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("the officer's private notes\n");
    secret.close();
    QImage picture(64, 64, QImage::Format_RGB32);
    picture.fill(QColor(0x12, 0x34, 0x56));
    QVERIFY(picture.save(m_bait + QStringLiteral("/secret.png")));
    QFile pictureFile(m_bait + QStringLiteral("/secret.png"));
    QVERIFY(pictureFile.open(QIODevice::ReadOnly));
    m_baitPicture = pictureFile.readAll();
    QVERIFY(::mkfifo(QFile::encodeName(m_bait + QStringLiteral("/fifo")).constData(), 0600) == 0);

    const QString b = m_bait;
    const QStringList payloads {
        QStringLiteral("file://%1/secret.png").arg(b),
        b + QStringLiteral("/secret.txt"),
        QStringLiteral("../bait/secret.txt"),
        QStringLiteral("bait/secret.png"),
        QStringLiteral("qrc:/about/LICENSE"),
        QStringLiteral("http://127.0.0.1:9/track.png"),
        QStringLiteral("<img src=\"file://%1/secret.png\">").arg(b),
        QStringLiteral("<div style=\"background:url(%1/secret.png)\">x</div>").arg(b),
        QStringLiteral("@import url(http://127.0.0.1:9/x.css);"),
        QStringLiteral("/dev/zero"),
        b + QStringLiteral("/fifo"),
        QStringLiteral("\\\\fileserver\\share\\secret.png"),
        QStringLiteral("<?xml-stylesheet href=\"%1/secret.txt\"?>").arg(b),
        QStringLiteral("<!DOCTYPE x [<!ENTITY s SYSTEM \"file://%1/secret.txt\">]>&s;").arg(b),
    };
    const auto mix = [&](int from) {
        QStringList chosen;
        for (int i = 0; i < 4; ++i)
            chosen.append(payloads.at((from + i) % payloads.size()));
        return chosen.join(QLatin1Char(' '));
    };

    Release release = test::sampleRelease();
    int next = 0;
    const auto fill = [&](QString &field) { field = mix(next++); };
    fill(release.headline);
    fill(release.subheadline);
    fill(release.reference);
    fill(release.relatesTo);
    fill(release.dateline.place);
    fill(release.notesToEditors);
    fill(release.issuedBy);
    QStringList paragraphs;
    for (int i = 0; i < payloads.size(); ++i)
        paragraphs.append(mix(i));
    release.body = Body::fromPlainText(paragraphs.join(QStringLiteral("\n\n")));
    for (Agency &agency : release.agencies) {
        fill(agency.name);
        fill(agency.shortName);
        agency.website = QStringLiteral("file://%1/secret.txt").arg(b);
        fill(agency.about);
    }
    for (Quote &quote : release.quotes) {
        fill(quote.text);
        fill(quote.speaker);
        fill(quote.title);
    }
    for (Attachment &attachment : release.attachments) {
        fill(attachment.caption);
        attachment.fileName = QStringLiteral("secret.png");
    }
    for (MediaContact &contact : release.contacts) {
        fill(contact.name);
        fill(contact.role);
        contact.phone = b + QStringLiteral("/fifo");
        contact.email = QStringLiteral("file://%1/secret.txt").arg(b);
    }
    m_hostile = m_work.filePath(QStringLiteral("hostile.releasedesk"));
    const Status saved = saveProject(release, m_hostile);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
}

QProcessEnvironment TestNothingLeaks::isolatedEnvironment() const
{
    // The program's settings and data in a home of the test's own, outside the bait folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_work.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The session's runtime folder, as a desktop session has one (without it, Qt makes one in the
    // temporary folder); and a temporary folder of its own, which must be empty again when a
    // command ends.
    const QString runtime = m_work.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(
        runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    const QString temporary = m_work.filePath(QStringLiteral("tmp"));
    QDir().mkpath(temporary);
    environment.insert(QStringLiteral("TMPDIR"), temporary);
    return environment;
}

TestNothingLeaks::Traced TestNothingLeaks::traced(
    const QStringList &arguments, int stopAfterSeconds)
{
    const QString log = m_work.filePath(QStringLiteral("trace.txt"));
    QFile::remove(log);
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment());
    process.setWorkingDirectory(m_work.path()); // where "bait/secret.png" and "../bait" would lead
    process.start(QStringLiteral("strace"),
        QStringList {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-s"),
            QStringLiteral("4096"), QStringLiteral("-e"), QStringLiteral("trace=%file,%network"),
            QStringLiteral("-o"), log}
            + (stopAfterSeconds > 0
                    ? QStringList {QStringLiteral("timeout"), QString::number(stopAfterSeconds)}
                    : QStringList {})
            + QStringList {QStringLiteral(RELEASEDESK_BINARY)} + arguments);
    Traced run;
    if (!process.waitForStarted()) {
        run.err = QStringLiteral("strace cannot be started (scripts/install-deps installs it)");
        return run;
    }
    run.finished = process.waitForFinished(60000);
    if (!run.finished) {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    QFile trace(log);
    if (trace.open(QIODevice::ReadOnly))
        run.calls = QString::fromUtf8(trace.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

void TestNothingLeaks::verifyNothingReached(const Traced &run)
{
    QVERIFY2(!run.calls.isEmpty(), qPrintable(QStringLiteral("no trace: ") + run.err));
    const QStringList left = QDir(m_work.filePath(QStringLiteral("tmp")))
                                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(),
        qPrintable(QStringLiteral("left in the temporary folder: ") + left.join(QLatin1Char(' '))));
    static const QRegularExpression internet(QStringLiteral("AF_INET6?\\b"));
    for (const QString &call : run.calls) {
        // No file the fields name is opened, looked at or even asked about.
        QVERIFY2(!call.contains(m_bait), qPrintable(call));
        QVERIFY2(!call.contains(QLatin1String("\"/dev/zero\"")), qPrintable(call));
        // (A media kit names its files after the headline, as typed: those are its own.)
        if (!call.contains(m_work.filePath(QStringLiteral("out/")))) {
            QVERIFY2(!call.contains(QLatin1String("secret")), qPrintable(call));
            QVERIFY2(!call.contains(QLatin1String("fileserver")), qPrintable(call));
        }
        // No socket onto a network, whatever the address.
        QVERIFY2(!(call.contains(QLatin1String("socket(")) && call.contains(internet)),
            qPrintable(call));
        QVERIFY2(
            !call.contains(QLatin1String("connect(")) || call.contains(QLatin1String("AF_UNIX")),
            qPrintable(call));
    }
}

void TestNothingLeaks::exportsReadNothingTheFieldsName_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"pdf", "pdfa", "docx", "odt", "html", "md", "txt", "kit"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestNothingLeaks::exportsReadNothingTheFieldsName()
{
    QFETCH(QString, format);
    const QString out = m_work.filePath(QStringLiteral("out/hostile.") + format);
    QDir().mkpath(m_work.filePath(QStringLiteral("out")));
    QStringList arguments {QStringLiteral("export"), m_hostile, QStringLiteral("-o"), out,
        QStringLiteral("--format"), format};
    if (format == QLatin1String("pdf"))
        arguments << QStringLiteral("--append-attachments");
    const Traced run = traced(arguments);
    QVERIFY2(run.finished, "the export hung");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    verifyNothingReached(run);

    // No picture that is not the project's own: the bait picture's bytes are in no export.
    const QStringList written = filesWritten(out);
    for (const QString &path : written) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(m_baitPicture.mid(16, 48)), qPrintable(path));
        QVERIFY2(!bytes.contains(m_baitPicture.toBase64().mid(24, 48)), qPrintable(path));
        QVERIFY2(!bytes.contains("the officer's private notes"), qPrintable(path));
    }
}

void TestNothingLeaks::checkingAndComparingReadNothingTheFieldsName()
{
    const Traced checked = traced({QStringLiteral("check"), m_hostile});
    QVERIFY2(checked.finished, "the check hung");
    QVERIFY2(checked.exitCode == 0 || checked.exitCode == 1, qPrintable(checked.err));
    verifyNothingReached(checked);

    const QString redline = m_work.filePath(QStringLiteral("out/redline.pdf"));
    QDir().mkpath(m_work.filePath(QStringLiteral("out")));
    const Traced compared = traced({QStringLiteral("compare"),
        QStringLiteral(
            RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk"),
        m_hostile, QStringLiteral("-o"), redline});
    QVERIFY2(compared.finished, "the comparison hung");
    QVERIFY2(compared.exitCode == 1, qPrintable(compared.err));
    verifyNothingReached(compared);
}

void TestNothingLeaks::theWindowReadsNothingTheFieldsName()
{
    // The editor opens the release, lays out the preview, draws the attachments' thumbnails and
    // checks every field (links, phone numbers, spelling) for a few seconds, and is then stopped.
    const Traced run = traced({m_hostile}, 6);
    QVERIFY2(run.finished, "the window could not be stopped");
    QVERIFY2(
        run.exitCode == 124, qPrintable(QStringLiteral("the window closed by itself: ") + run.err));
    verifyNothingReached(run);
    // The window did open and draw: the loader brought in the editor and the display plugin.
    bool editor = false;
    for (const QString &call : run.calls)
        editor = editor || call.contains(QLatin1String("libreleasedesk-editor"));
    QVERIFY(editor);

    // What the editor keeps of the user's (settings, profiles, dictionaries, recovery files) is
    // in folders no other account can read.
    const QString home = m_work.filePath(QStringLiteral("home"));
    for (const QString &folder : {home + QStringLiteral("/.config/Release Desk"),
             home + QStringLiteral("/.local/share/Release Desk")}) {
        QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    }
}

void TestNothingLeaks::exportsCarryNoPathUserOrHostOfTheirOwn_data()
{
    exportsReadNothingTheFieldsName_data();
}

void TestNothingLeaks::exportsCarryNoPathUserOrHostOfTheirOwn()
{
    // A release that names no path, exported from a folder whose path, and a user and machine,
    // the export must not give away.
    QFETCH(QString, format);
    const QString folder = m_work.filePath(QStringLiteral("Officer's drafts"));
    QDir().mkpath(folder);
    const QString project = folder + QStringLiteral("/clean.releasedesk");
    if (!QFileInfo::exists(project))
        QVERIFY(saveProject(test::sampleRelease(), project).ok());
    const QString out = folder + QStringLiteral("/out.") + format;
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment());
    process.start(QStringLiteral(RELEASEDESK_BINARY),
        {QStringLiteral("export"), project, QStringLiteral("-o"), out, QStringLiteral("--format"),
            format});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);

    const QStringList written = filesWritten(out);
    QStringList secrets {m_work.path(), QDir::homePath(), QStringLiteral("Officer's drafts")};
    const QString host = QSysInfo::machineHostName();
    if (host.size() >= 4 && host != QLatin1String("localhost"))
        secrets.append(host);
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (user.size() >= 5) // short names ("root", "jo") are words that a release may well hold
        secrets.append(user);
    for (const QString &path : written) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                qPrintable(QStringLiteral("%1 holds %2").arg(path, secret)));
            QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(secret, "/")),
                qPrintable(QStringLiteral("%1 holds %2").arg(path, secret)));
        }
    }
}

QTEST_GUILESS_MAIN(TestNothingLeaks)
#include "tst_nothingleaks.moc"
