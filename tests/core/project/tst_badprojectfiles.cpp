#include "project/formatversion.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "support/samplerelease.h"
#include "util/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

using Compression = ZipArchiveWriter::Compression;

QByteArray sampleBytes()
{
    return projectBytes(test::sampleRelease()).value();
}

QJsonObject sampleManifest()
{
    ZipArchiveReader reader;
    reader.open(sampleBytes());
    return QJsonDocument::fromJson(reader.read(format::manifestEntry, 1 << 24).value()).object();
}

struct Entry
{
    QString name;
    QByteArray data;
    Compression compression = Compression::Deflate;
};

QByteArray zipOf(const QList<Entry> &entries)
{
    ZipArchiveWriter writer;
    for (const Entry &entry : entries) {
        if (!writer.add(entry.name, entry.data, entry.compression))
            qFatal("could not add %s", qPrintable(entry.name));
    }
    return writer.finish().value();
}

// A project made of the sample's embedded files and the given manifest.
QByteArray projectWith(const QJsonObject &manifest, QList<Entry> extra = {})
{
    QList<Entry> entries {
        {QStringLiteral("mimetype"), QByteArray(format::mimeType.data()), Compression::Store},
        {QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson()}};
    ZipArchiveReader sample;
    sample.open(sampleBytes());
    for (const auto &entry : sample.entries()) {
        if (entry.name.startsWith(format::filesFolder))
            entries.append({entry.name, sample.read(entry.name, 1 << 24).value()});
    }
    return zipOf(entries + extra);
}

// The sample manifest with one value of its "release" object replaced (or removed when undefined).
QJsonObject editedRelease(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject manifest = sampleManifest();
    QJsonObject release = manifest[QStringLiteral("release")].toObject();
    edit(release);
    manifest[QStringLiteral("release")] = release;
    return manifest;
}

QJsonObject withReleaseKey(const QString &key, const QJsonValue &value)
{
    return editedRelease([&](QJsonObject &release) {
        if (value.isUndefined())
            release.remove(key);
        else
            release[key] = value;
    });
}

QJsonObject withAttachmentKey(const QString &key, const QJsonValue &value)
{
    return editedRelease([&](QJsonObject &release) {
        QJsonArray attachments = release[QStringLiteral("attachments")].toArray();
        QJsonObject first = attachments[0].toObject();
        first[key] = value;
        attachments[0] = first;
        release[QStringLiteral("attachments")] = attachments;
    });
}

} // namespace

class TestBadProjectFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedWithClearError_data();
    void refusedWithClearError();
    void missingFile();
    void folderInsteadOfFile();
    void zipBombIsRefusedWithDefaultLimits();
    void embeddedFileBeyondLimitIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestBadProjectFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestBadProjectFiles::refusedWithClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError");

    const QByteArray valid = sampleBytes();
    const QString pdfSha = test::sampleRelease().attachments.at(0).file.sha256();
    const QByteArray mime(format::mimeType.data());

    QTest::newRow("empty file") << QByteArray() << "not a Release Desk project (the file is empty)";
    QTest::newRow("not a zip") << QByteArray("Dear editor,\nplease find attached...\n")
                               << "not a Release Desk project (it is not a ZIP container)";
    QTest::newRow("truncated zip") << valid.left(valid.size() / 2) << "damaged";
    QTest::newRow("truncated end of zip") << valid.left(valid.size() - 10) << "damaged";
    QTest::newRow("zip of another kind")
        << zipOf({{QStringLiteral("word/document.xml"), "<w:document/>"}})
        << "not a Release Desk project (it is a ZIP file of another kind)";
    QTest::newRow("wrong mimetype")
        << zipOf({{QStringLiteral("mimetype"), "application/epub+zip", Compression::Store}})
        << "it is a ZIP file of type 'application/epub+zip'";
    QTest::newRow("no manifest") << zipOf({{QStringLiteral("mimetype"), mime, Compression::Store}})
                                 << "the entry 'manifest.json' is missing";
    QTest::newRow("manifest not json")
        << zipOf({{QStringLiteral("mimetype"), mime, Compression::Store},
               {QStringLiteral("manifest.json"), "{ \"formatVersion\": 1, oops"}})
        << "manifest.json is not valid JSON";
    QTest::newRow("manifest is an array")
        << zipOf({{QStringLiteral("mimetype"), mime, Compression::Store},
               {QStringLiteral("manifest.json"), "[1, 2]"}})
        << "manifest.json is not a JSON object";
    QTest::newRow("headline of wrong type")
        << projectWith(withReleaseKey(QStringLiteral("headline"), 42))
        << "in manifest.json, release.headline must be a string";
    QTest::newRow("agencies of wrong type")
        << projectWith(withReleaseKey(QStringLiteral("agencies"), QStringLiteral("Police")))
        << "in manifest.json, release.agencies must be a list";
    QTest::newRow("missing headline")
        << projectWith(withReleaseKey(QStringLiteral("headline"), QJsonValue::Undefined))
        << "in manifest.json, release.headline is missing";
    QTest::newRow("missing release") << projectWith(
        QJsonObject {{QStringLiteral("formatVersion"), 1}, {QStringLiteral("minReaderVersion"), 1}})
                                     << "in manifest.json, release is missing";
    QTest::newRow("missing format version")
        << projectWith(QJsonObject {{QStringLiteral("release"), QJsonObject()}})
        << "in manifest.json, formatVersion is missing";
    QTest::newRow("unknown release type")
        << projectWith(withReleaseKey(QStringLiteral("type"), QStringLiteral("press-thing")))
        << "release.type 'press-thing' is not a release type";
    const auto sensitivity = [](const QJsonArray &concerns, const QJsonArray &confirmations) {
        return withReleaseKey(QStringLiteral("sensitivity"),
            QJsonObject {{QStringLiteral("concerns"), concerns},
                {QStringLiteral("confirmations"), confirmations}});
    };
    // A matter this version does not know is refused, not dropped: approving without its
    // safeguards would be worse than not opening the file.
    QTest::newRow("unknown sensitive matter")
        << projectWith(sensitivity({QStringLiteral("death"), QStringLiteral("extradition")}, {}))
        << "release.sensitivity.concerns[1] 'extradition' is not a sensitive matter";
    QTest::newRow("confirmation by nobody")
        << projectWith(sensitivity({QStringLiteral("death")},
               {QJsonObject {{QStringLiteral("safeguard"), QStringLiteral("next-of-kin-told")},
                   {QStringLiteral("by"), QStringLiteral(" ")},
                   {QStringLiteral("at"), QStringLiteral("2026-11-26T02:00:00Z")}}}))
        << "release.sensitivity.confirmations[0].by must name who confirmed it";
    QTest::newRow("confirmation in local time")
        << projectWith(sensitivity({QStringLiteral("arrest")},
               {QJsonObject {{QStringLiteral("safeguard"), QStringLiteral("no-suppression-order")},
                   {QStringLiteral("by"), QStringLiteral("Jo Tane")},
                   {QStringLiteral("at"), QStringLiteral("2026-11-26T15:00:00")}}}))
        << "release.sensitivity.confirmations[0].at must be a UTC time";
    QTest::newRow("acknowledgement of no field")
        << projectWith(withReleaseKey(QStringLiteral("acknowledgements"),
               QJsonArray {QJsonObject {{QStringLiteral("rule"), QStringLiteral("style.banned")},
                   {QStringLiteral("field"), QStringLiteral("footer")},
                   {QStringLiteral("reason"), QStringLiteral("quoted")},
                   {QStringLiteral("by"), QStringLiteral("Jo Tane")},
                   {QStringLiteral("at"), QStringLiteral("2026-11-26T02:00:00Z")}}}))
        << "release.acknowledgements[0].field 'footer' is not a field";
    QJsonObject newer = sampleManifest();
    newer[QStringLiteral("formatVersion")] = format::version + 1;
    newer[QStringLiteral("minReaderVersion")] = format::version + 1;
    QTest::newRow("newer format")
        << projectWith(newer)
        << QStringLiteral("made by a newer Release Desk (file format %1)").arg(format::version + 1);
    // The PDF's entry holds other bytes than its name and the manifest promise.
    {
        QList<Entry> entries {{QStringLiteral("mimetype"), mime, Compression::Store},
            {QStringLiteral("manifest.json"), QJsonDocument(sampleManifest()).toJson()},
            {format::filesFolder + pdfSha, "%PDF-1.4 tampered"},
            {format::filesFolder + test::sampleRelease().agencies.at(0).logo.file.sha256(),
                test::samplePng()}};
        QTest::newRow("attachment hash mismatch")
            << zipOf(entries) << "attachment 'statement.pdf' is damaged (checksum mismatch)";
        entries.removeAt(2);
        QTest::newRow("attachment entry missing")
            << zipOf(entries) << "attachment 'statement.pdf' is missing from the project";
    }
    QTest::newRow("attachment size mismatch")
        << projectWith(withAttachmentKey(QStringLiteral("size"), 5))
        << "attachment 'statement.pdf' is damaged (it has";
    QTest::newRow("attachment file name with folder")
        << projectWith(withAttachmentKey(QStringLiteral("fileName"), QStringLiteral("../x.pdf")))
        << "fileName must be a file name without any folder";
    QTest::newRow("attachment sha256 not hex")
        << projectWith(withAttachmentKey(QStringLiteral("sha256"), QStringLiteral("../../etc")))
        << "sha256 must be 64 lower-case hexadecimal digits";
    QTest::newRow("entry with dot-dot")
        << zipOf({{QStringLiteral("mimetype"), mime, Compression::Store},
               {QStringLiteral("files/../../evil.sh"), "rm -rf"}})
        << "entry named 'files/../../evil.sh', which points outside the project";
    QTest::newRow("entry with absolute path")
        << zipOf({{QStringLiteral("mimetype"), mime, Compression::Store},
               {QStringLiteral("/etc/cron.d/evil"), "* * * * *"}})
        << "entry named '/etc/cron.d/evil', which points outside the project";
    QTest::newRow("entry with drive")
        << zipOf({{QStringLiteral("mimetype"), mime, Compression::Store},
               {QStringLiteral("C:/Windows/evil.dll"), "MZ"}})
        << "which points outside the project";
    QTest::newRow("quote names unknown agency") << projectWith(
        editedRelease([](QJsonObject &release) {
            QJsonArray quotes = release[QStringLiteral("quotes")].toArray();
            QJsonObject quote = quotes[0].toObject();
            quote[QStringLiteral("agency")] = QStringLiteral("agency-missing");
            quotes[0] = quote;
            release[QStringLiteral("quotes")] = quotes;
        })) << "release.quotes[0].agency names agency 'agency-missing', which is not among";
    const auto withQuotePlacement = [&](const QJsonValue &value) {
        return projectWith(editedRelease([value](QJsonObject &release) {
            QJsonArray quotes = release[QStringLiteral("quotes")].toArray();
            QJsonObject quote = quotes[0].toObject();
            quote[QStringLiteral("afterParagraph")] = value;
            quotes[0] = quote;
            release[QStringLiteral("quotes")] = quotes;
        }));
    };
    QTest::newRow("quote placed after paragraph 'two'") << withQuotePlacement(
        QStringLiteral("two")) << "release.quotes[0].afterParagraph must be a whole number";
    QTest::newRow("quote placed after a negative paragraph")
        << withQuotePlacement(-2) << "release.quotes[0].afterParagraph must be a whole number";
    QTest::newRow("quote placed after paragraph 2.5")
        << withQuotePlacement(2.5) << "release.quotes[0].afterParagraph must be a whole number";
    QTest::newRow("quote placed after paragraph 10^12")
        << withQuotePlacement(1e12)
        << "release.quotes[0].afterParagraph must be the number of a paragraph of the statement";
    QTest::newRow("duplicate ids") << projectWith(editedRelease([](QJsonObject &release) {
        QJsonArray contacts = release[QStringLiteral("contacts")].toArray();
        contacts.append(contacts[0]);
        release[QStringLiteral("contacts")] = contacts;
    })) << "'contact-1' is used twice in contacts";
    QTest::newRow("file link in body") << projectWith(editedRelease([](QJsonObject &release) {
        release[QStringLiteral("body")]
            = QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("paragraph")},
                {QStringLiteral("runs"),
                    QJsonArray {QJsonObject {{QStringLiteral("text"), QStringLiteral("x")},
                        {QStringLiteral("link"), QStringLiteral("file:///etc/passwd")}}}}}};
    })) << "'file:///etc/passwd' is not a web, e-mail or telephone link";
    QTest::newRow("embargo without zone") << projectWith(withReleaseKey(QStringLiteral("status"),
        QJsonObject {{QStringLiteral("embargoed"), true},
            {QStringLiteral("until"), QStringLiteral("2027-01-15T09:00:00")}}))
                                          << "release.status.timeZone is missing";
    QTest::newRow("embargo with unknown zone")
        << projectWith(withReleaseKey(QStringLiteral("status"),
               QJsonObject {{QStringLiteral("embargoed"), true},
                   {QStringLiteral("until"), QStringLiteral("2027-01-15T09:00:00")},
                   {QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus_Mons")}}))
        << "'Mars/Olympus_Mons' is not a known time zone";
    QTest::newRow("embargo with offset") << projectWith(withReleaseKey(QStringLiteral("status"),
        QJsonObject {{QStringLiteral("embargoed"), true},
            {QStringLiteral("until"), QStringLiteral("2027-01-15T09:00:00+13:00")},
            {QStringLiteral("timeZone"), QStringLiteral("Pacific/Auckland")}}))
                                         << "without a time zone offset";
    QTest::newRow("negative size") << projectWith(withAttachmentKey(QStringLiteral("size"), -4))
                                   << "size must be a whole number";
    QTest::newRow("negative page count")
        << projectWith(withAttachmentKey(QStringLiteral("pages"), -1))
        << "release.attachments[0].pages must be a whole number";
    QTest::newRow("page count as text")
        << projectWith(withAttachmentKey(QStringLiteral("pages"), QStringLiteral("2")))
        << "release.attachments[0].pages must be a whole number";
    QTest::newRow("impossible page count")
        << projectWith(withAttachmentKey(QStringLiteral("pages"), 1e12))
        << "release.attachments[0].pages must be the number of pages of the attached PDF, not "
           "1000000000000";
}

void TestBadProjectFiles::refusedWithClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);
    const QString path = m_dir.filePath(QStringLiteral("bad.releasedesk"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const QStringList before
        = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    Result<LoadedRelease> loaded = loadProject(path);
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("bad.releasedesk: ")), qPrintable(message));
    QVERIFY2(message.contains(expectedError), qPrintable(message));
    // One line, for a message box or stderr.
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    // Opening never writes anything.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestBadProjectFiles::missingFile()
{
    Result<LoadedRelease> loaded = loadProject(m_dir.filePath(QStringLiteral("gone.releasedesk")));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().message, QStringLiteral("gone.releasedesk: the file does not exist"));
}

void TestBadProjectFiles::folderInsteadOfFile()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("folder.releasedesk"));
    Result<LoadedRelease> loaded
        = loadProject(m_dir.filePath(QStringLiteral("folder.releasedesk")));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QStringLiteral("a folder")));
}

void TestBadProjectFiles::zipBombIsRefusedWithDefaultLimits()
{
    // 40 MiB of spaces deflate to a few tens of KiB; the manifest limit is 16 MiB.
    const QByteArray bomb(40 * 1024 * 1024, ' ');
    const QByteArray bytes = zipOf(
        {{QStringLiteral("mimetype"), QByteArray(format::mimeType.data()), Compression::Store},
            {QStringLiteral("manifest.json"), bomb}});
    QVERIFY(bytes.size() < 1024 * 1024);
    Result<LoadedRelease> loaded = readProject(bytes);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral(
                 "refused: the entry 'manifest.json' expands to more than 16.0 MiB")),
        qPrintable(loaded.error().message));
}

void TestBadProjectFiles::embeddedFileBeyondLimitIsRefused()
{
    ReadLimits limits;
    limits.maxEmbeddedFileSize = 64;
    Result<LoadedRelease> loaded = readProject(sampleBytes(), limits);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral("expands to more than")),
        qPrintable(loaded.error().message));
}

QTEST_GUILESS_MAIN(TestBadProjectFiles)
#include "tst_badprojectfiles.moc"
