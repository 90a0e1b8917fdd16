#include "export/exporter.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "support/failingdevice.h"
#include "support/samplerelease.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>
#include <cstring>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rd;

namespace {

// A release with an incompressible attachment of the given size, so that saves have a known,
// large number of bytes to write.
Release releaseWithAttachment(qsizetype bytes, quint32 seed)
{
    Release release = test::sampleRelease();
    // Noise from splitmix64, which fills 20 MB in a few milliseconds where a Mersenne twister
    // takes a tenth of a second: the kill test makes 400 of these.
    QByteArray data(bytes, Qt::Uninitialized);
    quint64 state = seed;
    for (qsizetype i = 0; i + 8 <= data.size(); i += 8) {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        std::memcpy(data.data() + i, &z, 8);
    }
    release.attachments[0].file = EmbeddedFile::fromData(data);
    return release;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 0777 : 0;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

const char *childSaveVariable = "RELEASEDESK_TEST_SAVE_LOOP";

// The two versions the child saves in turn: 20 MB attachments that differ.
constexpr qsizetype killedSaveBytes = 20 << 20;
const quint32 killedSaveSeeds[] = {1, 2};

const char *childFirstVersionVariable = "RELEASEDESK_TEST_SAVE_FIRST";

// Run in a child process: saves the two versions in turn until killed, starting with the one the
// parent names (the one not on disk, so that every save changes the file). A marker file says
// when the first save begins.
int saveForever(const QString &path)
{
    const Release versions[] = {releaseWithAttachment(killedSaveBytes, killedSaveSeeds[0]),
        releaseWithAttachment(killedSaveBytes, killedSaveSeeds[1])};
    const int first = qEnvironmentVariableIntValue(childFirstVersionVariable);
    QFile(path + QStringLiteral(".saving")).open(QIODevice::WriteOnly);
    for (int i = first;; ++i) {
        if (!saveProject(versions[i % 2], path))
            return 1;
    }
}

} // namespace

class TestAtomicSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerFailingAfterNBytesReportsTheError_data();
    void writerFailingAfterNBytesReportsTheError();
    void newFileFollowsTheUmask();
    void existingFileKeepsItsPermissions();
    void missingFolderGivesError();
    void fullDiskLeavesPreviousFileIntact_data();
    void fullDiskLeavesPreviousFileIntact();
    void killDuringSaveLeavesAWholeFile();
};

void TestAtomicSave::writerFailingAfterNBytesReportsTheError_data()
{
    QTest::addColumn<qint64>("capacity");
    const qint64 size = projectBytes(test::sampleRelease()).value().size();
    QTest::newRow("nothing") << qint64(0);
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("mid-header") << qint64(20);
    QTest::newRow("half") << size / 2;
    QTest::newRow("all but one") << size - 1;
}

void TestAtomicSave::writerFailingAfterNBytesReportsTheError()
{
    QFETCH(qint64, capacity);
    test::FailingDevice device(capacity);
    QVERIFY(device.open(QIODevice::WriteOnly));
    Status status = writeProject(test::sampleRelease(), &device);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QStringLiteral("No space left on device")),
        qPrintable(status.error().message));
    QCOMPARE(device.written().size(), capacity);
}

// A project or an export is made as any document is: the umask decides, and so a colleague on the
// shared folder can open it. Recovery copies and agency profiles stay the user's own.
void TestAtomicSave::newFileFollowsTheUmask()
{
    QTemporaryDir dir;
    const mode_t oldMask = ::umask(022);
    const QString shared = dir.filePath(QStringLiteral("new.releasedesk"));
    const Status saved = saveProject(test::sampleRelease(), shared);
    const QString exported = dir.filePath(QStringLiteral("release.txt"));
    ExportOptions options;
    options.format = ExportFormat::Text;
    const Status exportedOk = exportRelease(test::sampleRelease(), exported, options);
    const QString own = dir.filePath(QStringLiteral("recovery.releasedesk"));
    const Status ownSaved = saveProject(test::sampleRelease(), own, NewFileAccess::OwnerOnly);
    ::umask(027);
    const QString group = dir.filePath(QStringLiteral("group.releasedesk"));
    const Status groupSaved = saveProject(test::sampleRelease(), group);
    ::umask(oldMask);
    QVERIFY(saved.ok() && exportedOk.ok() && ownSaved.ok() && groupSaved.ok());
    QCOMPARE(modeOf(shared), mode_t(0644));
    QCOMPARE(modeOf(exported), mode_t(0644));
    QCOMPARE(modeOf(own), mode_t(0600));
    QCOMPARE(modeOf(group), mode_t(0640));
}

void TestAtomicSave::existingFileKeepsItsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.releasedesk"));
    QVERIFY(saveProject(test::sampleRelease(), path).ok());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QVERIFY(saveProject(test::sampleRelease(), path).ok());
    QCOMPARE(modeOf(path), mode_t(0640));
}

void TestAtomicSave::missingFolderGivesError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.releasedesk"));
    const Status saved = saveProject(test::sampleRelease(), path);
    QVERIFY(!saved.ok());
    QVERIFY2(
        saved.error().message.startsWith(QStringLiteral("x.releasedesk: could not be written")),
        qPrintable(saved.error().message));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestAtomicSave::fullDiskLeavesPreviousFileIntact_data()
{
    QTest::addColumn<qint64>("freeBytes");
    QTest::addColumn<qint64>("attachmentBytes");
    // How much room is left when the save starts, and how much there is to write. A file smaller
    // than QFileDevice's 16 KiB buffer reaches the disk only in commit()'s final flush: the case in
    // which Qt 6.4's commit() reports success and leaves a truncated file (QTBUG-75077).
    QTest::newRow("small file, no room") << qint64(0) << qint64(3000);
    QTest::newRow("small file, 4 KiB") << qint64(4096) << qint64(9000);
    QTest::newRow("large file, no room") << qint64(0) << qint64(600 * 1024);
    QTest::newRow("large file, 40 KiB") << qint64(40 * 1024) << qint64(600 * 1024);
    QTest::newRow("large file, 300 KiB") << qint64(300 * 1024) << qint64(600 * 1024);
}

void TestAtomicSave::fullDiskLeavesPreviousFileIntact()
{
    QFETCH(qint64, freeBytes);
    QFETCH(qint64, attachmentBytes);
    if (::geteuid() != 0)
        QSKIP("a real full disk needs a small tmpfs, which only root can mount (CI runs as root)");

    QTemporaryDir mountPoint;
    const QByteArray target = QFile::encodeName(mountPoint.path());
    if (::mount("tmpfs", target.constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP("this machine does not allow mounting a tmpfs");
    const auto unmount = qScopeGuard([&] { ::umount(target.constData()); });

    const QString path = mountPoint.filePath(QStringLiteral("release.releasedesk"));
    QVERIFY(saveProject(releaseWithAttachment(16, 3), path).ok());
    const QByteArray original = readAll(path);

    // Fill the disk up to freeBytes.
    {
        QFile filler(mountPoint.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        filler.close();
        const qint64 filled = filler.size();
        QVERIFY(filler.resize(std::max<qint64>(0, filled - freeBytes)));
    }

    const Status saved = saveProject(releaseWithAttachment(attachmentBytes, 7), path);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(QStringLiteral("No space left on device"))
            || saved.error().message.contains(QStringLiteral("disk")),
        qPrintable(saved.error().message));
    QVERIFY2(saved.error().message.contains(QStringLiteral("previous version is unchanged")),
        qPrintable(saved.error().message));
    QCOMPARE(readAll(path), original);
    QVERIFY(loadProject(path).ok());
    QCOMPARE(filesIn(mountPoint.path()),
        (QStringList {QStringLiteral("filler"), QStringLiteral("release.releasedesk")}));
}

void TestAtomicSave::killDuringSaveLeavesAWholeFile()
{
    // 200 kills at random moments of a process that saves a release with a 20 MB attachment
    // over and over: after each, the file is the one version or the other, whole, and nothing
    // else is left in the folder.
    const int rounds = qEnvironmentVariableIntValue("RELEASEDESK_KILL_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("RELEASEDESK_KILL_ROUNDS")
        : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.releasedesk"));
    QStringList versions;
    for (const quint32 seed : killedSaveSeeds)
        versions.append(
            releaseWithAttachment(killedSaveBytes, seed).attachments.at(0).file.sha256());
    QVERIFY(saveProject(releaseWithAttachment(killedSaveBytes, killedSaveSeeds[0]), path).ok());

    QHash<QString, int> seen;
    int leftovers = 0;
    QString onDisk = versions.first();
    const QString marker = path + QStringLiteral(".saving");
    for (int round = 0; round < rounds; ++round) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childSaveVariable), path);
        environment.insert(QString::fromLatin1(childFirstVersionVariable),
            QString::number(versions.indexOf(onDisk) == 0 ? 1 : 0));
        QFile::remove(marker);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QElapsedTimer waiting;
        waiting.start();
        while (!QFileInfo::exists(marker) && waiting.elapsed() < 30000)
            QThread::msleep(2);
        QVERIFY(QFileInfo::exists(marker));
        // Anywhere in its first two saves, or between them.
        QThread::msleep(QRandomGenerator::global()->bounded(0, 250));
        child.kill(); // SIGKILL: no destructor, no cleanup
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // it was still saving
        QFile::remove(marker);

        Result<LoadedRelease> loaded = loadProject(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        onDisk = loaded->release.attachments.at(0).file.sha256();
        QVERIFY2(versions.contains(onDisk), qPrintable(onDisk));
        ++seen[onDisk];
        // Nothing else is left, but for one case: a kill in the instant between Qt linking the
        // finished temporary file into the folder and renaming it over the project leaves that
        // finished copy beside it, under the project's name and six characters (seen about once
        // in a thousand kills). It must be whole, and such kills rare; removing it is open work.
        for (const QString &file : filesIn(dir.path())) {
            if (file == QLatin1String("busy.releasedesk"))
                continue;
            static const QRegularExpression qtTemporary(
                QStringLiteral("^busy\\.releasedesk\\.\\w{6}$"));
            QVERIFY2(qtTemporary.match(file).hasMatch(), qPrintable(file));
            const Result<LoadedRelease> left = loadProject(dir.filePath(file));
            QVERIFY2(left.ok(), qPrintable(file));
            QVERIFY(versions.contains(left->release.attachments.at(0).file.sha256()));
            QVERIFY(QFile::remove(dir.filePath(file)));
            ++leftovers;
        }
    }
    QVERIFY2(leftovers <= std::max(1, rounds / 50),
        qPrintable(QStringLiteral("%1 finished copies left beside the project").arg(leftovers)));
    // Some kills fell after a save had finished, and so the file changed.
    if (rounds >= 50)
        QVERIFY2(seen.size() == 2, "no save ever finished before the kill");
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childSaveVariable))
        return saveForever(qEnvironmentVariable(childSaveVariable));
    QCoreApplication app(argc, argv);
    TestAtomicSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicsave.moc"
