#include "model/filesource.h"
#include "model/releasedocument.h"
#include "project/contenthash.h"
#include "project/formatversion.h"
#include "project/manifestwriter.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "support/samplerelease.h"
#include "util/ziparchive.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QByteArray bytesOf(const Release &release)
{
    Result<QByteArray> bytes = projectBytes(release);
    if (!bytes)
        qFatal("projectBytes failed: %s", qPrintable(bytes.error().message));
    return bytes.value();
}

// Rebuilds a project with its manifest changed by edit, keeping every other entry.
QByteArray withManifest(const QByteArray &project, const std::function<void(QJsonObject &)> &edit)
{
    ZipArchiveReader reader;
    if (!reader.open(project))
        qFatal("not a zip");
    ZipArchiveWriter writer;
    for (const auto &entry : reader.entries()) {
        QByteArray data = reader.read(entry.name, 1 << 30).value();
        if (entry.name == format::manifestEntry) {
            QJsonObject manifest = QJsonDocument::fromJson(data).object();
            edit(manifest);
            data = QJsonDocument(manifest).toJson();
        }
        writer.add(entry.name, data,
            entry.stored ? ZipArchiveWriter::Compression::Store
                         : ZipArchiveWriter::Compression::Deflate);
    }
    return writer.finish().value();
}

} // namespace

class TestProjectFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField();
    void roundTripThroughDisk();
    void containerLayout();
    void attachmentsAreEntriesNotBase64();
    void filesAlreadyCompressedAreStored();
    void onlyAFileThatPlacesAQuoteNeedsFormat4();
    void savingTwiceGivesSameBytes();
    void sensitivityIsContentAndAcknowledgementsAreNot();
    void unknownKeysSurvive();
    void newerButReadableFileOpens();
    void approvalOfChangedContentIsWithdrawn();
    void anAttachedPdfsPagesAreRecorded();
    void embargoKeepsWallClockAcrossDaylightSaving();
    void fixturesOfEveryFormatVersionOpen_data();
    void fixturesOfEveryFormatVersionOpen();
    void fileWrittenByAnotherProgramOpens();
};

void TestProjectFormat::roundTripKeepsEveryField()
{
    const Release original = test::sampleRelease();
    Result<LoadedRelease> loaded = readProject(bytesOf(original));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded->warnings.isEmpty());
    const Release &copy = loaded->release;

    // Field by field first, so that a failure names the field.
    QCOMPARE(copy.type, original.type);
    QCOMPARE(copy.reference, original.reference);
    QCOMPARE(copy.relatesTo, original.relatesTo);
    QCOMPARE(copy.language, original.language);
    QVERIFY(copy.agencies == original.agencies);
    QCOMPARE(copy.agencies.at(0).logo.file.data(), test::samplePng());
    QVERIFY(copy.embargo == original.embargo);
    QVERIFY(copy.dateline == original.dateline);
    QCOMPARE(copy.headline, original.headline);
    QCOMPARE(copy.subheadline, original.subheadline);
    QVERIFY(copy.body == original.body);
    QVERIFY(copy.quotes == original.quotes);
    QVERIFY(copy.attachments == original.attachments);
    QCOMPARE(copy.attachments.at(0).file.data(), test::samplePdf());
    QCOMPARE(copy.attachments.at(1).file.data(), test::samplePng());
    QVERIFY(copy.contacts == original.contacts);
    QCOMPARE(copy.notesToEditors, original.notesToEditors);
    QCOMPARE(copy.endMarker, original.endMarker);
    QCOMPARE(copy.issuedBy, original.issuedBy);
    QVERIFY(copy.workflow == original.workflow);
    QCOMPARE(copy.workflow.state, WorkflowState::Approved);
    QVERIFY(copy == original);
}

void TestProjectFormat::roundTripThroughDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release.releasedesk"));
    const Release original = test::sampleRelease();
    Status saved = saveProject(original, path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    Result<LoadedRelease> loaded = loadProject(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->release.headline, original.headline);
    QCOMPARE(bytesOf(loaded->release), bytesOf(original));
}

void TestProjectFormat::containerLayout()
{
    const QByteArray bytes = bytesOf(test::sampleRelease());
    // The first bytes identify the type without unzipping: a local header, then "mimetype" and
    // its uncompressed content, as in ODF.
    QCOMPARE(bytes.left(4), QByteArray("PK\x03\x04"));
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QVERIFY(bytes.indexOf(QByteArray(format::mimeType.data())) > 30);

    ZipArchiveReader reader;
    QVERIFY(reader.open(bytes).ok());
    QStringList names;
    for (const auto &entry : reader.entries())
        names.append(entry.name);
    const QString pdf = format::filesFolder + test::sampleRelease().attachments.at(0).file.sha256();
    const QString png = format::filesFolder + sha256Hex(test::samplePng());
    QCOMPARE(names,
        (QStringList {QStringLiteral("mimetype"), QStringLiteral("manifest.json"), png, pdf}));
    QVERIFY(reader.entries().first().stored);
}

void TestProjectFormat::filesAlreadyCompressedAreStored()
{
    // A video or a photograph (here, random bytes, which no compressor shrinks) is stored as it
    // is; text, a bitmap of few colours, and any small file are deflated.
    QByteArray random(2 << 20, Qt::Uninitialized);
    QRandomGenerator(11).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QByteArray text;
    while (text.size() < (1 << 20))
        text += "Wharf 3 is closed while the spill is contained. ";
    QByteArray smallRandom = random.left(1000);
    // Compressible at its start only: the samples from its middle and end outvote the first.
    QByteArray mixed = text.left(64 * 1024) + random;

    Release release = test::sampleRelease();
    release.attachments[0].file = EmbeddedFile::fromData(random);
    Attachment second = release.attachments[0];
    const QList<QByteArray> others {text, smallRandom, mixed};
    for (const QByteArray &data : others) {
        second.id = newItemId();
        second.file = EmbeddedFile::fromData(data);
        release.attachments.append(second);
    }
    const QByteArray bytes = bytesOf(release);
    ZipArchiveReader reader;
    QVERIFY(reader.open(bytes).ok());
    const auto isStored = [&](const QByteArray &data) {
        for (const auto &entry : reader.entries()) {
            if (entry.name == format::filesFolder + sha256Hex(data))
                return entry.stored;
        }
        qFatal("no entry for the file");
    };
    QVERIFY(isStored(random));
    QVERIFY(isStored(mixed));
    QVERIFY(!isStored(text));
    QVERIFY(!isStored(smallRandom));
    // And every one reads back as it was.
    Result<LoadedRelease> loaded = readProject(bytes);
    QVERIFY(loaded.ok());
    const QList<Attachment> &read = loaded->release.attachments;
    QCOMPARE(read.first().file.data(), random);
    QCOMPARE(read.at(read.size() - 3).file.data(), text);
    QCOMPARE(read.last().file.data(), mixed);
}

void TestProjectFormat::attachmentsAreEntriesNotBase64()
{
    const QJsonObject manifest = manifestToJson(test::sampleRelease());
    const QByteArray json = QJsonDocument(manifest).toJson();
    QVERIFY(!json.contains(test::samplePdf().toBase64()));
    QVERIFY(!json.contains(test::samplePng().toBase64()));
    const QJsonObject attachment
        = manifest[QStringLiteral("release")][QStringLiteral("attachments")][0].toObject();
    QCOMPARE(attachment[QStringLiteral("sha256")].toString(), sha256Hex(test::samplePdf()));
    QCOMPARE(attachment[QStringLiteral("size")].toInt(), test::samplePdf().size());
    QCOMPARE(attachment[QStringLiteral("fileName")].toString(), QStringLiteral("statement.pdf"));
    QCOMPARE(manifest[QStringLiteral("formatVersion")].toInt(), format::version);
    // the sample marks a victim, whose safeguards earlier readers would not ask for
    QCOMPARE(
        manifest[QStringLiteral("minReaderVersion")].toInt(), format::firstVersionWithSensitivity);
}

void TestProjectFormat::onlyAFileThatPlacesAQuoteNeedsFormat4()
{
    Release release = test::sampleRelease();
    release.sensitivity = {};
    QCOMPARE(manifestToJson(release)[QStringLiteral("minReaderVersion")].toInt(),
        format::firstVersionPlacingQuotes);
    release.quotes[0].afterParagraph = 0;
    const QJsonObject manifest = manifestToJson(release);
    // Written as format 3 wrote a quote, for earlier readers to open and print as approved.
    QCOMPARE(manifest[QStringLiteral("minReaderVersion")].toInt(), format::minReaderVersion);
    QVERIFY(!manifest[QStringLiteral("release")][QStringLiteral("quotes")][0].toObject().contains(
        QStringLiteral("afterParagraph")));

    release.quotes[0].afterParagraph = 4;
    const QJsonObject placed
        = manifestToJson(release)[QStringLiteral("release")][QStringLiteral("quotes")][0]
              .toObject();
    QCOMPARE(placed[QStringLiteral("afterParagraph")].toInt(), 4);
    QCOMPARE(readProject(bytesOf(release)).value().release.quotes.at(0).afterParagraph, 4);
}

void TestProjectFormat::sensitivityIsContentAndAcknowledgementsAreNot()
{
    Release release = test::sampleRelease();
    const QString approved = contentSha256(release);
    // Acknowledging a warning in review leaves the review, and an approval, in place.
    release.acknowledgements.clear();
    QCOMPARE(contentSha256(release), approved);
    QVERIFY(!releaseToJson(release).contains(QStringLiteral("acknowledgements")));
    // The safeguards are part of what the approver approved.
    release.sensitivity = release.sensitivity.withdrawn(Safeguard::ConsentOrLegalBasis);
    QVERIFY(contentSha256(release) != approved);
    // A release that concerns nothing sensitive is written as before, keeping its hash.
    release.sensitivity = {};
    QVERIFY(!releaseToJson(release).contains(QStringLiteral("sensitivity")));
    QCOMPARE(readProject(bytesOf(release)).value().release.sensitivity, Sensitivity {});
}

void TestProjectFormat::savingTwiceGivesSameBytes()
{
    QCOMPARE(bytesOf(test::sampleRelease()), bytesOf(test::sampleRelease()));
}

void TestProjectFormat::unknownKeysSurvive()
{
    const QByteArray project = withManifest(bytesOf(test::sampleRelease()), [](QJsonObject &m) {
        m[QStringLiteral("futureTopLevel")] = QStringLiteral("kept");
        QJsonObject release = m[QStringLiteral("release")].toObject();
        release[QStringLiteral("futureField")] = QJsonArray {1, 2, 3};
        QJsonArray agencies = release[QStringLiteral("agencies")].toArray();
        QJsonObject agency = agencies[0].toObject();
        agency[QStringLiteral("futureAgencyKey")] = QJsonObject {{QStringLiteral("a"), true}};
        agencies[0] = agency;
        release[QStringLiteral("agencies")] = agencies;
        QJsonObject status = release[QStringLiteral("status")].toObject();
        status[QStringLiteral("futureStatusKey")] = 7;
        release[QStringLiteral("status")] = status;
        m[QStringLiteral("release")] = release;
    });
    Result<LoadedRelease> loaded = readProject(project);
    QVERIFY(loaded.ok());

    // Edit something through the model and save again: the unknown keys are all still there.
    ReleaseDocument document(loaded->release);
    document.setField({Field::Headline, {}}, QStringLiteral("Edited"));
    const QJsonObject saved = manifestToJson(document.release());
    QCOMPARE(saved[QStringLiteral("futureTopLevel")].toString(), QStringLiteral("kept"));
    const QJsonObject release = saved[QStringLiteral("release")].toObject();
    QCOMPARE(release[QStringLiteral("futureField")].toArray(), (QJsonArray {1, 2, 3}));
    QCOMPARE(release[QStringLiteral("agencies")][0][QStringLiteral("futureAgencyKey")]
                    [QStringLiteral("a")]
                        .toBool(),
        true);
    QCOMPARE(release[QStringLiteral("status")][QStringLiteral("futureStatusKey")].toInt(), 7);
    QCOMPARE(release[QStringLiteral("headline")].toString(), QStringLiteral("Edited"));
}

void TestProjectFormat::newerButReadableFileOpens()
{
    const QByteArray project = withManifest(bytesOf(test::sampleRelease()), [](QJsonObject &m) {
        m[QStringLiteral("formatVersion")] = format::version + 3;
        m[QStringLiteral("minReaderVersion")] = format::version;
    });
    Result<LoadedRelease> loaded = readProject(project);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->release.headline, test::sampleRelease().headline);
}

void TestProjectFormat::approvalOfChangedContentIsWithdrawn()
{
    const QByteArray project = withManifest(bytesOf(test::sampleRelease()), [](QJsonObject &m) {
        QJsonObject release = m[QStringLiteral("release")].toObject();
        release[QStringLiteral("headline")] = QStringLiteral("Changed by hand after approval");
        m[QStringLiteral("release")] = release;
    });
    Result<LoadedRelease> loaded = readProject(project);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->release.workflow.state, WorkflowState::Draft);
    QCOMPARE(loaded->warnings.size(), 1);
    QVERIFY(loaded->warnings.at(0).contains(QStringLiteral("draft again")));
}

void TestProjectFormat::anAttachedPdfsPagesAreRecorded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three pages.pdf"));
    QVERIFY(test::writePdfOfPages(path, 3));
    Result<Attachment> attachment = attachmentFromFile(path);
    QVERIFY(attachment.ok());
    QCOMPARE(attachment->pdfPages, 3);

    Release release = test::sampleRelease();
    release.attachments.append(attachment.value());
    release.workflow.approvedContentSha256 = contentSha256(release);
    const QByteArray project = bytesOf(release);
    const auto pagesOf = [](const QJsonObject &manifest) {
        return manifest[QStringLiteral("release")][QStringLiteral("attachments")][2]
                       [QStringLiteral("pages")];
    };
    withManifest(project, [&](QJsonObject &manifest) { QCOMPARE(pagesOf(manifest), 3); });
    // A photo has no pages to record.
    withManifest(project, [](QJsonObject &manifest) {
        QVERIFY(!manifest[QStringLiteral("release")][QStringLiteral("attachments")][1]
                     .toObject()
                     .contains(QStringLiteral("pages")));
    });

    // Read as recorded: laying the release out never reads the PDF, so the count is trusted.
    const auto recording = [&](const QJsonValue &pages) {
        return withManifest(project, [&](QJsonObject &manifest) {
            QJsonObject object = manifest[QStringLiteral("release")].toObject();
            QJsonArray attachments = object[QStringLiteral("attachments")].toArray();
            QJsonObject pdf = attachments[2].toObject();
            if (pages.isUndefined())
                pdf.remove(QStringLiteral("pages"));
            else
                pdf[QStringLiteral("pages")] = pages;
            attachments[2] = pdf;
            object[QStringLiteral("attachments")] = attachments;
            manifest[QStringLiteral("release")] = object;
        });
    };
    Result<LoadedRelease> loaded = readProject(recording(5));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->release.attachments.at(2).pdfPages, 5);

    // A file written before format 7 records none: the pages are counted as it is read, and the
    // approval stands, since the count is not part of what was approved.
    loaded = readProject(recording(QJsonValue::Undefined));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->release.attachments.at(2).pdfPages, 3);
    QCOMPARE(loaded->release.workflow.state, WorkflowState::Approved);
    QVERIFY(loaded->warnings.isEmpty());
    QCOMPARE(contentSha256(loaded->release), release.workflow.approvedContentSha256);
}

void TestProjectFormat::embargoKeepsWallClockAcrossDaylightSaving()
{
    // 09:00 in Auckland on a date in daylight saving time (NZDT, UTC+13); the process runs in UTC.
    Release release = test::sampleRelease();
    release.embargo.date = QDate(2027, 1, 15);
    release.embargo.time = QTime(9, 0);
    release.embargo.zone = QTimeZone("Pacific/Auckland");
    Release current = release;
    for (int save = 0; save < 5; ++save)
        current = readProject(bytesOf(current)).value().release;
    QCOMPARE(current.embargo.date, QDate(2027, 1, 15));
    QCOMPARE(current.embargo.time, QTime(9, 0));
    QCOMPARE(current.embargo.zone.id(), QByteArray("Pacific/Auckland"));
    QCOMPARE(
        current.embargo.liftsAt().toUTC(), QDateTime(QDate(2027, 1, 14), QTime(20, 0), Qt::UTC));
}

void TestProjectFormat::fixturesOfEveryFormatVersionOpen_data()
{
    QTest::addColumn<QString>("path");
    const QDir data(QStringLiteral(RELEASEDESK_TEST_DATA));
    // One folder per released format version; a version without its fixture fails here.
    for (int version = 1; version <= format::version; ++version) {
        const QString path
            = data.filePath(QStringLiteral("format-v%1/sample.releasedesk").arg(version));
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << path;
    }
}

void TestProjectFormat::fixturesOfEveryFormatVersionOpen()
{
    QFETCH(QString, path);
    // RELEASEDESK_WRITE_FIXTURE=1 writes the current version's fixture (only when the format
    // changes, with a new version number: released fixtures are never rewritten).
    if (qEnvironmentVariableIsSet("RELEASEDESK_WRITE_FIXTURE")
        && path.contains(QStringLiteral("format-v%1/").arg(format::version))) {
        QDir().mkpath(QFileInfo(path).path());
        QVERIFY(saveProject(test::sampleRelease(), path).ok());
    }
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    Result<LoadedRelease> loaded = loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    // What each version's fixture holds: the sample release as far as that format could say it.
    const int version = QFileInfo(path).dir().dirName().section(QLatin1Char('v'), -1).toInt();
    Release expected = test::sampleRelease();
    if (version < 8) {
        expected.versions.clear();
        expected.comments.clear();
    }
    if (version < 2)
        expected.issueLog.clear();
    if (version < 3) {
        expected.workflow.reviewRequestedAt = {};
        expected.workflow.history.clear();
    }
    if (version < 4) {
        for (Quote &quote : expected.quotes)
            quote.afterParagraph = 0; // set at the end
    }
    if (version < 5) {
        for (Agency &agency : expected.agencies)
            agency.houseStyle = {};
        expected.sensitivity = {};
        expected.acknowledgements.clear();
    }
    if (version < 6)
        expected.translation = {};
    if (version < format::version) {
        // what was approved and issued then
        expected.workflow.approvedContentSha256 = contentSha256(expected);
        for (IssueRecord &issue : expected.issueLog)
            issue.contentSha256 = expected.workflow.approvedContentSha256;
    }
    QVERIFY(loaded->release == expected);
    QCOMPARE(loaded->release.workflow.state, WorkflowState::Approved);
}

void TestProjectFormat::fileWrittenByAnotherProgramOpens()
{
    // tests/data/other-program/write-release.py writes a project from docs/file-format.md alone,
    // with Python's standard library, as another program would.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is installed by scripts/install-deps");
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("from-python.releasedesk"));
    QProcess process;
    process.start(
        python, {QStringLiteral(RELEASEDESK_TEST_DATA "/other-program/write-release.py"), output});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    Result<LoadedRelease> loaded = loadProject(output);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const Release &release = loaded->release;
    QCOMPARE(release.type, ReleaseType::HoldingStatement);
    QCOMPARE(release.headline, QStringLiteral("Road closed after slip near Kestrel Bay"));
    QCOMPARE(release.subheadline, QStringLiteral("Te Ara Moana closed — detour via Tāwhiri Road"));
    QCOMPARE(release.agencies.size(), 1);
    QVERIFY(!release.agencies.at(0).logo.isNull());
    QCOMPARE(release.attachments.size(), 1);
    QCOMPARE(release.attachments.at(0).fileName, QStringLiteral("map.pdf"));
    QCOMPARE(release.quotes.at(0).agencyId, release.agencies.at(0).id);
    QCOMPARE(release.body.blocks.size(), 3);
    QCOMPARE(release.body.blocks.at(1).kind, BodyBlock::Kind::BulletItem);
    QCOMPARE(release.embargo.zone.id(), QByteArray("Pacific/Auckland"));
    // The approval's hash, computed as docs/file-format.md says, matches.
    QCOMPARE(release.workflow.state, WorkflowState::Approved);
    QVERIFY(loaded->warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectFormat)
#include "tst_projectformat.moc"
