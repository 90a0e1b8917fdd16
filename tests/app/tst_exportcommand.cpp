#include "checks/approval.h"
#include "model/releasedocument.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Runs `releasedesk export` as a script would, without a display.
class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsEveryFormatSilently_data();
    void exportsEveryFormatSilently();
    void pdfAAndPaperOptions();
    void appendsAttachmentsAsPages();
    void anExportLoadsOnlyTheModulesItUses();
    void twoExportsDifferOnlyInDatesAndId();
    void badInputGivesOneLineAndNoOutput_data();
    void badInputGivesOneLineAndNoOutput();
    void help();
    void aBilingualReleaseInEachLanguageOrBoth();
    void anApprovedExportIsRecordedInTheProject();
    void aProjectOpenElsewhereIsNotIssued();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run exportWith(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QString example() const;
    QTemporaryDir m_dir;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestExportCommand::example() const
{
    return QStringLiteral(
        RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk");
}

TestExportCommand::Run TestExportCommand::exportWith(
    const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_HASH_SEED"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(extra);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral(RELEASEDESK_BINARY), QStringList {QStringLiteral("export")} + arguments);
    if (!process.waitForFinished(120000))
        qFatal("releasedesk export did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError())};
}

void TestExportCommand::exportsEveryFormatSilently_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << "release.pdf" << QByteArray("%PDF-1.7");
    QTest::newRow("docx") << "release.docx" << QByteArray("PK");
    QTest::newRow("odt") << "release.odt" << QByteArray("PK");
    QTest::newRow("html") << "release.html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << "release.md" << QByteArray("**Kestrel Bay Police");
    QTest::newRow("txt") << "release.txt" << QByteArray("Kestrel Bay Police | ");
    QTest::newRow("kit zip") << "kit.zip" << QByteArray("PK");
}

void TestExportCommand::exportsEveryFormatSilently()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    const QString out = m_dir.filePath(name);
    const Run run = exportWith({example(), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(start));

    const QString kit = m_dir.filePath(QStringLiteral("kit-") + QFileInfo(name).completeBaseName());
    if (name == QLatin1String("release.pdf")) {
        QCOMPARE(exportWith({example(), QStringLiteral("-o"), kit}).exitCode, 0);
        QVERIFY(
            QFileInfo::exists(kit + QStringLiteral("/attachments/wharf-3-joint-statement.pdf")));
        QVERIFY(QFileInfo::exists(kit + QStringLiteral("/KBP-2026-0412.txt")));
    }
}

void TestExportCommand::pdfAAndPaperOptions()
{
    const QString out = m_dir.filePath(QStringLiteral("archive.pdf"));
    const Run run = exportWith({example(), QStringLiteral("-o"), out, QStringLiteral("--format"),
        QStringLiteral("pdfa"), QStringLiteral("--paper"), QStringLiteral("letter")});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const rd::test::PdfReader pdf(file.readAll());
    QCOMPARE(pdf.pageSizePoints(0).toSize(), QSize(612, 792));
    QVERIFY(pdf.xmpMetadata().contains(QStringLiteral("<pdfaid:part>3</pdfaid:part>")));
    QCOMPARE(pdf.embeddedFileCount(), 1);
}

void TestExportCommand::appendsAttachmentsAsPages()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    const QString appended = m_dir.filePath(QStringLiteral("appended.pdf"));
    QCOMPARE(exportWith({example(), QStringLiteral("-o"), plain}).exitCode, 0);
    QCOMPARE(exportWith({example(), QStringLiteral("-o"), appended,
                            QStringLiteral("--append-attachments")})
                 .exitCode,
        0);
    QFile plainFile(plain), appendedFile(appended);
    QVERIFY(plainFile.open(QIODevice::ReadOnly) && appendedFile.open(QIODevice::ReadOnly));
    const rd::test::PdfReader before(plainFile.readAll());
    const rd::test::PdfReader after(appendedFile.readAll());
    QCOMPARE(after.pageCount(), before.pageCount() + 1); // the attached statement has one page
    QVERIFY(after.pageText(after.pageCount() - 1)
                .contains(QStringLiteral("Attachment: Full joint statement")));
    QVERIFY(before.text().contains(QStringLiteral("(PDF, 14.1 kB, 1 page)")));
}

void TestExportCommand::anExportLoadsOnlyTheModulesItUses()
{
    // glibc's loader names every library it maps when LD_DEBUG=files.
    QProcessEnvironment tracing;
    tracing.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const QString pdf = m_dir.filePath(QStringLiteral("traced.pdf"));
    const auto mapped = [](const Run &run, const QString &library) {
        return run.err.contains(QStringLiteral("file=") + library);
    };

    // The example records its attachment's page count, and an export checks no phone number and
    // opens no window.
    const Run plain = exportWith({example(), QStringLiteral("-o"), pdf}, tracing);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(mapped(plain, QStringLiteral("libQt6Gui")), "the trace names the libraries");
    QVERIFY(!mapped(plain, QStringLiteral("libQt6Pdf")));
    QVERIFY(!mapped(plain, QStringLiteral("libreleasedesk-pdfpages")));
    QVERIFY(!mapped(plain, QStringLiteral("libphonenumber")));
    QVERIFY(!mapped(plain, QStringLiteral("libreleasedesk-editor")));
    QVERIFY(!mapped(plain, QStringLiteral("libQt6Widgets")));

    // Appending the attached PDF's pages needs the PDF module, and finds it.
    const Run appended = exportWith(
        {example(), QStringLiteral("-o"), pdf, QStringLiteral("--append-attachments")}, tracing);
    QCOMPARE(appended.exitCode, 0);
    QVERIFY(mapped(appended, QStringLiteral("libQt6Pdf")));
    QVERIFY(!appended.err.contains(QStringLiteral("cannot be read")));
}

void TestExportCommand::twoExportsDifferOnlyInDatesAndId()
{
    const QString first = m_dir.filePath(QStringLiteral("first.pdf"));
    const QString second = m_dir.filePath(QStringLiteral("second.pdf"));
    QCOMPARE(exportWith({example(), QStringLiteral("-o"), first}).exitCode, 0);
    QTest::qWait(1100);
    QCOMPARE(exportWith({example(), QStringLiteral("-o"), second}).exitCode, 0);
    const auto normalized = [](const QString &path) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        static const QRegularExpression dates(
            QStringLiteral("D:\\d{14}[^)]*|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:"
                           "\\d\\d|/ID \\[<[0-9a-fA-F]+> ?<[0-9a-fA-F]+>\\]"));
        return QString::fromLatin1(file.readAll()).replace(dates, QStringLiteral("X"));
    };
    const QString a = normalized(first);
    const QString b = normalized(second);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a == b);
}

void TestExportCommand::badInputGivesOneLineAndNoOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString bad = m_dir.filePath(QStringLiteral("bad.releasedesk"));
    QFile file(bad);
    file.open(QIODevice::WriteOnly);
    file.write("not a project");
    file.close();
    const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
    QTest::newRow("damaged") << QStringList {bad, QStringLiteral("-o"), out}
                             << "releasedesk export: bad.releasedesk: not a Release Desk project";
    QTest::newRow("missing") << QStringList {m_dir.filePath(QStringLiteral("gone.releasedesk")),
        QStringLiteral("-o"), out}
                             << "releasedesk export: gone.releasedesk: the file does not exist";
    QTest::newRow("unwritable") << QStringList {example(), QStringLiteral("-o"),
        m_dir.filePath(QStringLiteral("no/such/dir/never.pdf"))}
                                << "releasedesk export: never.pdf: could not be written";
    QTest::newRow("unknown format") << QStringList {example(), QStringLiteral("-o"), out,
        QStringLiteral("--format"), QStringLiteral("rtf")}
                                    << "releasedesk export: 'rtf' is not an export format";
    QTest::newRow("unknown extension")
        << QStringList {example(), QStringLiteral("-o"),
               m_dir.filePath(QStringLiteral("never.rtf"))}
        << "releasedesk export: never.rtf: the format cannot be told";
    QTest::newRow("bad paper") << QStringList {example(), QStringLiteral("-o"), out,
        QStringLiteral("--paper"), QStringLiteral("a3")}
                               << "releasedesk export: 'a3' is not a paper size";
    QTest::newRow("no output") << QStringList {example()}
                               << "releasedesk export: say where to write";
    QTest::newRow("no input") << QStringList {QStringLiteral("-o"), out}
                              << "releasedesk export: name one .releasedesk file";
}

void TestExportCommand::badInputGivesOneLineAndNoOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QStringList before
        = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Run run = exportWith(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        before);
}

void TestExportCommand::help()
{
    const Run run = exportWith({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("--append-attachments")));
    QVERIFY(run.out.contains(QStringLiteral("Usage: releasedesk export")));
}

namespace {

// The sample, approved now, saved to path.
void saveApproved(const QString &path)
{
    rd::ReleaseDocument document(rd::test::sampleDraftToApprove());
    QVERIFY(rd::approveRelease(
        document, QStringLiteral("Sam Rivera"), QDateTime::currentDateTimeUtc()));
    QVERIFY(rd::saveProject(document.release(), path));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestExportCommand::aBilingualReleaseInEachLanguageOrBoth()
{
    // A draft, so that exporting records nothing in it.
    rd::Release bilingual = rd::test::sampleRelease();
    bilingual.workflow = rd::Workflow {};
    const QString project = m_dir.filePath(QStringLiteral("bilingual.releasedesk"));
    QVERIFY(rd::saveProject(bilingual, project).ok());

    const QString each = m_dir.filePath(QStringLiteral("each.txt"));
    Run run = exportWith({project, QStringLiteral("-o"), each, QStringLiteral("--each-language")});
    QCOMPARE(run.exitCode, 0);
    QFile english(m_dir.filePath(QStringLiteral("each.en-NZ.txt")));
    QFile maori(m_dir.filePath(QStringLiteral("each.mi-NZ.txt")));
    QVERIFY(english.open(QIODevice::ReadOnly) && maori.open(QIODevice::ReadOnly));
    QVERIFY(!QFile::exists(each));
    QVERIFY(!QString::fromUtf8(english.readAll()).contains(QStringLiteral("Kua katia")));
    QVERIFY(QString::fromUtf8(maori.readAll()).contains(QStringLiteral("Kua katia")));

    const QString both = m_dir.filePath(QStringLiteral("both.html"));
    run = exportWith({project, QStringLiteral("-o"), both, QStringLiteral("--layout"),
        QStringLiteral("side-by-side")});
    QCOMPARE(run.exitCode, 0);
    QFile html(both);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<div lang=\"mi-NZ\""));

    run = exportWith({project, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("fr.pdf")),
        QStringLiteral("--language"), QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        QStringLiteral("releasedesk export: fr.pdf: the release has no version in 'fr' (it is in "
                       "en-NZ and mi-NZ)\n"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("fr.pdf"))));
    run = exportWith({project, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf")),
        QStringLiteral("--layout"), QStringLiteral("interleaved")});
    QCOMPARE(run.err,
        QStringLiteral("releasedesk export: 'interleaved' is not a layout (one-after-the-other or "
                       "side-by-side)\n"));
}

void TestExportCommand::anApprovedExportIsRecordedInTheProject()
{
    const QString project = m_dir.filePath(QStringLiteral("approved.releasedesk"));
    saveApproved(project);
    const QString out = m_dir.filePath(QStringLiteral("KBP-2026-0412.pdf"));
    const Run run = exportWith({project, QStringLiteral("-o"), out, QStringLiteral("--issued-by"),
        QStringLiteral("Jo Tane")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(QFileInfo::exists(out));
    const rd::Release issued = rd::loadProject(project).value().release;
    QCOMPARE(issued.workflow.state, rd::WorkflowState::Approved); // recording is not an edit
    QCOMPARE(issued.issueLog.size(), 1);
    const rd::IssueRecord &record = issued.issueLog.first();
    QCOMPARE(record.issuedBy, QStringLiteral("Jo Tane"));
    QCOMPARE(record.format, QStringLiteral("pdf"));
    QCOMPARE(record.fileName, QStringLiteral("KBP-2026-0412.pdf"));
    QCOMPARE(record.contentSha256, issued.workflow.approvedContentSha256);
    QVERIFY(record.issuedAt.secsTo(QDateTime::currentDateTimeUtc()) < 120);

    // A draft goes out as a draft, and its project is left as it was.
    const QString draft = m_dir.filePath(QStringLiteral("draft.releasedesk"));
    QVERIFY(rd::saveProject(rd::test::sampleDraftToApprove(), draft));
    const QByteArray before = bytesOf(draft);
    QCOMPARE(
        exportWith({draft, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("d.txt"))}).exitCode,
        0);
    QCOMPARE(bytesOf(draft), before);
}

void TestExportCommand::aProjectOpenElsewhereIsNotIssued()
{
    const QString project = m_dir.filePath(QStringLiteral("open.releasedesk"));
    saveApproved(project);
    const QByteArray before = bytesOf(project);
    rd::ProjectLock editor(project); // as an editor that has it open
    QCOMPARE(editor.tryLock(), rd::ProjectLock::Outcome::Locked);
    const QString out = m_dir.filePath(QStringLiteral("open.pdf"));
    const Run run = exportWith({project, QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("open.releasedesk: is open in Release Desk")),
        qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(bytesOf(project), before);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
