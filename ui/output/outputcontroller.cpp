#include "outputcontroller.h"

#include "export/exporter.h"
#include "export/issuing.h"
#include "model/languages.h"
#include "model/releasedocument.h"
#include "paperpreference.h"
#include "project/projectlock.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "useridentity.h"
#include "userprompts.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QToolBar>
#include <QUrl>

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
    {ExportFormat::PdfA, QT_TRANSLATE_NOOP("OutputController", "PDF/A-3a for archives (*.pdf)"),
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
    options.paper = preferredPaper();
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

QString OutputController::exportFolder() const
{
    // Beside the project; else where the last export went; else the documents folder.
    QString folder
        = m_documentPath.isEmpty() ? QString() : QFileInfo(m_documentPath).absolutePath();
    if (folder.isEmpty())
        folder = QSettings().value(QLatin1String(exportFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = documentsFolder();
    return folder;
}

bool OutputController::exportAs()
{
    QStringList filters;
    for (const ExportChoice &choice : exportChoices)
        filters.append(tr(choice.filter));
    QSettings settings;
    const QString folder = exportFolder();
    const Release &release = m_document->release();
    QString chosenFilter;
    QString path = m_prompts->askSaveFileName(m_dialogParent, tr("Export release"),
        QDir(folder).filePath(suggestedFileName(release) + QStringLiteral(".pdf")),
        filters.join(QStringLiteral(";;")), &chosenFilter);
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

    ExportOptions options = exportOptions(format);
    if (!release.translation.language.isEmpty() && !chooseLanguages(release, options))
        return false;

    // An approved release exported is a release issued: ask who is issuing it, before anything
    // is written.
    QString issuedBy;
    if (release.workflow.state == WorkflowState::Approved) {
        const std::optional<QString> name = m_prompts->askText(m_dialogParent, tr("Issue release"),
            tr("This approved release goes out now. Who is issuing it?"), userName());
        if (!name || name->trimmed().isEmpty())
            return false;
        issuedBy = name->trimmed();
        setUserName(issuedBy);
    }
    const Status exported = exportRelease(release, path, options);
    if (!exported) {
        m_prompts->showError(m_dialogParent, tr("Export release"), exported.error().message);
        return false;
    }
    settings.setValue(QLatin1String(exportFolderKey), QFileInfo(path).absolutePath());
    // A release per language is two files, each issued.
    const QList<ExportFile> files = exportFiles(release, path, options);
    for (const ExportFile &file : files) {
        if (const auto record = issueRecordFor(release, format, QFileInfo(file.path).fileName(),
                issuedBy, QDateTime::currentDateTimeUtc()))
            m_document->recordIssue(*record);
    }
    path = files.first().path;

    QStringList written;
    for (const ExportFile &file : files)
        written.append(QDir::toNativeSeparators(file.path));
    const QString description = written.size() == 1
        ? tr("The release was exported to %1.").arg(written.first())
        : tr("The release was exported to %1 and %2.").arg(written.at(0), written.at(1));
    switch (m_prompts->askAfterExport(m_dialogParent, description)) {
    case UserPrompts::ExportedChoice::OpenFile:
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        break;
    case UserPrompts::ExportedChoice::OpenFolder:
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        break;
    case UserPrompts::ExportedChoice::Close:
        break;
    }
    return true;
}

bool OutputController::chooseLanguages(const Release &release, ExportOptions &options)
{
    enum Choice { OneAfterOther, SideBySide, EachLanguage, FirstOnly, SecondOnly };
    const QStringList choices {
        tr("Both languages, one after the other"),
        tr("Both languages, side by side in two columns"),
        tr("Each language in a file of its own"),
        tr("%1 only").arg(languageName(release.language)),
        tr("%1 only").arg(languageName(release.translation.language)),
    };
    const std::optional<int> chosen = m_prompts->askOneOf(m_dialogParent, tr("Export release"),
        tr("This release is in two languages. Export:"), choices,
        release.translation.layout == BilingualLayout::SideBySide ? SideBySide : OneAfterOther);
    if (!chosen)
        return false;
    switch (*chosen) {
    case OneAfterOther:
        options.layout = BilingualLayout::OneAfterOther;
        break;
    case SideBySide:
        options.layout = BilingualLayout::SideBySide;
        break;
    case EachLanguage:
        options.eachLanguage = true;
        break;
    case FirstOnly:
        options.language = release.language;
        break;
    case SecondOnly:
        options.language = release.translation.language;
        break;
    default:
        return false;
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
    printer.setPageSize(pageSizeOf(preferredPaper()));
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
    printer.setPageSize(pageSizeOf(preferredPaper()));
    QPrintDialog dialog(&printer, m_dialogParent);
    dialog.setWindowTitle(tr("Print release"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

} // namespace rd
