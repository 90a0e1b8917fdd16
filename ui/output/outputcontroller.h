#pragma once

#include "export/exportoptions.h"
#include "render/pagesetup.h"

#include <QObject>

class QPrinter;
class QWidget;

namespace rd {

class ReleaseDocument;
class UserPrompts;
struct Release;

// Export, Print Preview and Print for the window's release. Every one of them draws through the
// renderer of core (PagedRelease), so the preview is exactly what prints and what the PDF holds.
class OutputController : public QObject
{
    Q_OBJECT

public:
    OutputController(ReleaseDocument *document, UserPrompts *prompts, QWidget *dialogParent,
        QObject *parent = nullptr);

    // The base name of the release's file (for suggested export names), empty when unsaved.
    void setDocumentPath(const QString &path) { m_documentPath = path; }
    // Where an export's file dialog starts: beside the project, else where the last export went,
    // else the documents folder.
    QString exportFolder() const;

    bool exportAs();
    void printPreview();
    void print();
    // Draws the release on printer, at the printer's paper: what Print and Print Preview do.
    void printTo(QPrinter *printer) const;

private:
    // Of a bilingual release: both languages as one release (one after the other or side by
    // side), one release per language, or one language alone. False when cancelled.
    bool chooseLanguages(const Release &release, ExportOptions &options);

    ReleaseDocument *m_document;
    UserPrompts *m_prompts;
    QWidget *m_dialogParent;
    QString m_documentPath;
};

// The paper a printer is set to, as one of the renderer's papers.
Paper paperOf(const QPrinter &printer);

} // namespace rd
