#include "export/pdfexporter.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "output/outputcontroller.h"
#include "preview/previewlayouter.h"
#include "preview/previewpane.h"
#include "render/fonts.h"
#include "render/pagedrelease.h"
#include "scriptedprompts.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

// What the window's Print sends to an A4 printer, caught as the PDF a print-to-file makes.
QByteArray printedOnA4(MainWindow &window)
{
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::A4));
    window.output()->printTo(&printer);
    QFile printed(printer.outputFileName());
    return printed.open(QIODevice::ReadOnly) ? printed.readAll() : QByteArray();
}

} // namespace

// Printing goes through QPrinter (ui/) and export through QPdfWriter (core/); both must come
// from the same renderer.
class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadBundledFonts(); }
    void printerGetsTheSamePagesAsThePdf();
    void previewPrinterAndPdfAreOneLayout();
    void exportFromTheWindow();
};

void TestPrinting::printerGetsTheSamePagesAsThePdf()
{
    auto prompts = std::make_unique<test::ScriptedPrompts>();
    MainWindow window(std::move(prompts));
    window.controller()->document()->reset(test::longRelease(20));

    const test::PdfReader printed(printedOnA4(window));
    ExportOptions options;
    const test::PdfReader exported(
        exportPdf(window.controller()->document()->release(), options).value());
    QCOMPARE(printed.pageCount(), exported.pageCount());
    for (int page = 0; page < printed.pageCount(); ++page)
        QCOMPARE(printed.pageText(page), exported.pageText(page));
    QCOMPARE(printed.pageSizePoints(0).toSize(), QSize(595, 842));
}

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.simplified().isEmpty())
            lines.append(line.simplified());
    }
    return lines;
}

} // namespace

void TestPrinting::previewPrinterAndPdfAreOneLayout()
{
    // The example attaches a PDF, whose page count the release prints ("PDF, 14.1 kB, 1 page"):
    // every surface must be composed with it, and break every line in the same place.
    const QString example = QStringLiteral(
        RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk");
    MainWindow window(std::make_unique<test::ScriptedPrompts>());
    QVERIFY(window.controller()->openAsNew(example));
    window.previewPane()->layouter()->setPaper(Paper::A4);
    window.previewPane()->layouter()->layoutNow();
    const std::shared_ptr<const PagedRelease> preview = window.previewPane()->layouter()->current();
    QVERIFY(preview);

    const test::PdfReader printed(printedOnA4(window));
    ExportOptions options;
    options.paper = Paper::A4;
    const test::PdfReader exported(
        exportPdf(window.controller()->document()->release(), options).value());

    QCOMPARE(printed.pageCount(), preview->pageCount());
    QCOMPARE(exported.pageCount(), preview->pageCount());
    bool attachedLineSeen = false;
    for (int page = 0; page < preview->pageCount(); ++page) {
        QStringList previewLines;
        for (const QString &line : preview->pageLines(page))
            previewLines.append(nonEmptyLines(line));
        const QStringList printedLines = nonEmptyLines(printed.pageText(page));
        const QStringList exportedLines = nonEmptyLines(exported.pageText(page));
        QCOMPARE(printedLines, exportedLines);
        // Line for line as the preview breaks them, page furniture (header, "- more -", page
        // number) aside.
        QString missing;
        QVERIFY2(test::inOrder(exportedLines.join(QLatin1Char('\n')), previewLines, &missing),
            qPrintable(missing));
        // Each of the preview's lines is within one line of the PDF (the letterhead's names,
        // side by side, copy out as one): a line broken elsewhere would span two.
        for (const QString &line : previewLines) {
            QVERIFY2(std::any_of(exportedLines.cbegin(), exportedLines.cend(),
                         [&](const QString &pdfLine) { return pdfLine.contains(line); }),
                qPrintable(line));
        }
        for (const QString &line : previewLines)
            attachedLineSeen |= line.contains(QStringLiteral("1 page)"));
    }
    QVERIFY(attachedLineSeen);
}

void TestPrinting::exportFromTheWindow()
{
    QTemporaryDir dir;
    auto owned = std::make_unique<test::ScriptedPrompts>();
    test::ScriptedPrompts *prompts = owned.get();
    MainWindow window(std::move(owned));
    window.controller()->document()->reset(test::sampleRelease());
    const QString path = dir.filePath(QStringLiteral("release.docx"));
    prompts->fileNames.enqueue(path);
    prompts->texts.enqueue(QStringLiteral("Alex Officer")); // who is issuing it
    QVERIFY(window.output()->exportAs());
    // The dialog offered a name made of the reference and the headline, and the export said so.
    QVERIFY2(QFileInfo(prompts->suggestedPaths.first())
                 .fileName()
                 .startsWith(QStringLiteral(
                     "KBP-2026-0412 Harbour closed after chemical spill; b residents b asked")),
        qPrintable(prompts->suggestedPaths.first()));
    QCOMPARE(prompts->exportedMessages.size(), 1);
    QVERIFY(prompts->exportedMessages.first().contains(QStringLiteral("release.docx")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("PK"));

    // The approved release went out: the project records it, and the approval stands.
    const Release &release = window.controller()->document()->release();
    QCOMPARE(release.issueLog.size(), test::sampleRelease().issueLog.size() + 1);
    const IssueRecord &issue = release.issueLog.last();
    QCOMPARE(issue.format, QStringLiteral("docx"));
    QCOMPARE(issue.fileName, QStringLiteral("release.docx"));
    QCOMPARE(issue.issuedBy, QStringLiteral("Alex Officer")); // not the approver
    QCOMPARE(issue.contentSha256, release.workflow.approvedContentSha256);
    QVERIFY(qAbs(issue.issuedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(release.workflow.state, WorkflowState::Approved);
    QVERIFY(window.controller()->document()->isModified());

    // The PDF/A entry of the dialog makes PDF/A, though its files end in .pdf like any PDF's.
    prompts->selectedFilters.enqueue(QStringLiteral("PDF/A-3a for archives (*.pdf)"));
    prompts->fileNames.enqueue(dir.filePath(QStringLiteral("archive")));
    prompts->texts.enqueue(QStringLiteral("Alex Officer"));
    QVERIFY(window.output()->exportAs());
    // Cancelling the question of who issues it cancels the export: nothing is written.
    prompts->fileNames.enqueue(dir.filePath(QStringLiteral("cancelled.pdf")));
    prompts->texts.enqueue(std::nullopt);
    QVERIFY(!window.output()->exportAs());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("cancelled.pdf"))));
    QFile archive(dir.filePath(QStringLiteral("archive.pdf")));
    QVERIFY(archive.open(QIODevice::ReadOnly));
    QVERIFY(
        test::PdfReader(archive.readAll()).xmpMetadata().contains(QStringLiteral("pdfaid:part")));
    QCOMPARE(
        window.controller()->document()->release().issueLog.last().format, QStringLiteral("pdfa"));

    // A draft exported is not an issue.
    window.controller()->document()->returnToDraft(
        QStringLiteral("Sam"), QDateTime::currentDateTimeUtc());
    prompts->fileNames.enqueue(dir.filePath(QStringLiteral("draft.pdf")));
    QVERIFY(window.output()->exportAs());
    QCOMPARE(window.controller()->document()->release().issueLog.size(),
        test::sampleRelease().issueLog.size() + 2);

    prompts->fileNames.enqueue(dir.filePath(QStringLiteral("no/such/folder/release.pdf")));
    QVERIFY(!window.output()->exportAs());
    QCOMPARE(prompts->errors.size(), 1);
    QVERIFY(prompts->errors.at(0).startsWith(QStringLiteral("release.pdf: could not be written")));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
