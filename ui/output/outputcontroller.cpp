#include "outputcontroller.h"

#include "export/exporter.h"
#include "model/releasedocument.h"
#include "project/contenthash.h"
#include "project/projectlock.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "userprompts.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QToolBar>

namespace rd {

namespace {

const char *exportFolderKey = "files/lastExportFolder";

struct ExportChoice
{
    ExportFormat format;
    const char *filter;
    const char *extension;
};

const ExportChoice exportChoices[] = {
    {ExportFormat::Pdf, QT_TRANSLATE_NOOP("OutputController", "PDF (*.pdf)"), "pdf"},
    {ExportFormat::PdfA, QT_TRANSLATE_NOOP("OutputController", "PDF/A-1b for archives (*.pdf)"),
        "pdf"},
    {ExportFormat::Docx, QT_TRANSLATE_NOOP("OutputController", "Word document (*.docx)"), "docx"},
    {ExportFormat::Odt, QT_TRANSLATE_NOOP("OutputController", "OpenDocument text (*.odt)"), "odt"},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("OutputController", "Web page (*.html)"), "html"},
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("OutputController", "Markdown (*.md)"), "md"},
    {ExportFormat::Text, QT_TRANSLATE_NOOP("OutputController", "Plain text for e-mail (*.txt)"),
        "txt"},
    {ExportFormat::Kit, QT_TRANSLATE_NOOP("OutputController", "Media kit (*.zip)"), "zip"},
};

ExportOptions exportOptions(ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    options.paper = defaultPaper(QLocale());
    options.kitAsZip = true;
    return options;
}

} // namespace

Paper paperOf(const QPrinter &printer)
{
    return printer.pageLayout().pageSize().id() == QPageSize::Letter ? Paper::Letter : Paper::A4;
}

OutputController::OutputController(
    ReleaseDocument *document, UserPrompts *prompts, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_dialogParent(dialogParent)
{ }

bool OutputController::exportAs()
{
    QStringList filters;
    for (const ExportChoice &choice : exportChoices)
        filters.append(tr(choice.filter));
    QSettings settings;
    QString folder = settings.value(QLatin1String(exportFolderKey)).toString();
    if (folder.isEmpty())
        folder = m_documentPath.isEmpty() ? documentsFolder()
                                          : QFileInfo(m_documentPath).absolutePath();
    const QString base
        = m_documentPath.isEmpty() ? tr("release") : QFileInfo(m_documentPath).completeBaseName();
    QString chosenFilter;
    QString path = m_prompts->askSaveFileName(m_dialogParent, tr("Export release"),
        QDir(folder).filePath(base + QStringLiteral(".pdf")), filters.join(QStringLiteral(";;")),
        &chosenFilter);
    if (path.isEmpty())
        return false;
    const ExportChoice *chosen = &exportChoices[0];
    for (const ExportChoice &choice : exportChoices) {
        if (tr(choice.filter) == chosenFilter)
            chosen = &choice;
    }
    // The extension typed says the format; the filter chosen says it when there is none, and
    // tells PDF/A from PDF, whose files end alike.
    ExportFormat format = chosen->format;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(chosen->extension);
    else if (const auto typed = formatForPath(path);
             typed && !(*typed == ExportFormat::Pdf && format == ExportFormat::PdfA))
        format = *typed;
    const Status exported = exportRelease(m_document->release(), path, exportOptions(format));
    if (!exported) {
        m_prompts->showError(m_dialogParent, tr("Export release"), exported.error().message);
        return false;
    }
    settings.setValue(QLatin1String(exportFolderKey), QFileInfo(path).absolutePath());
    // An approved release exported is a release issued: the project records what went out.
    const Release &release = m_document->release();
    if (release.workflow.state == WorkflowState::Approved) {
        const QString name = settings.value(QStringLiteral("workflow/lastName")).toString();
        m_document->recordIssue(
            {QDateTime::currentDateTimeUtc(), name.isEmpty() ? currentUserName() : name,
                formatName(format), QFileInfo(path).fileName(), contentSha256(release), {}});
    }
    return true;
}

void OutputController::printTo(QPrinter *printer) const
{
    printer->setFullPage(true);
    printRelease(*layOutRelease(m_document->release(), {paperOf(*printer)}), printer);
}

void OutputController::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSizeOf(defaultPaper(QLocale())));
    QPrintPreviewDialog preview(&printer, m_dialogParent);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &OutputController::printTo);
    // Qt's preview has no way out but the window's frame; give it a Close button.
    if (auto *toolBar = preview.findChild<QToolBar *>()) {
        toolBar->addSeparator();
        QAction *close = toolBar->addAction(tr("Close"));
        close->setObjectName(QStringLiteral("closePreview"));
        close->setShortcut(QKeySequence(Qt::Key_Escape));
        connect(close, &QAction::triggered, &preview, &QDialog::reject);
    }
    preview.resize(900, 1000);
    preview.exec();
}

void OutputController::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSizeOf(defaultPaper(QLocale())));
    QPrintDialog dialog(&printer, m_dialogParent);
    dialog.setWindowTitle(tr("Print release"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

} // namespace rd
