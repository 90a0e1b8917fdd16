// Makes the PNGs in docs/screenshots from the real main window, drawn offscreen with
// QWidget::grab(): every step of the editor with the example release open, and the preview.
// Run through scripts/screenshots.
#include "editor/editorview.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "main/welcometour.h"
#include "model/releasedocument.h"
#include "preview/previewlayouter.h"
#include "preview/previewpane.h"
#include "render/fonts.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

// The example in English begun in te reo Māori, as an officer starts a bilingual release: the
// headline and the dateline's place translated, the rest still to do. One undoable step.
static void beginTranslation(rd::ReleaseDocument *document)
{
    document->undoStack()->beginMacro(QStringLiteral("Begin translation"));
    document->setField({rd::Field::TranslationLanguage, {}}, QStringLiteral("mi-NZ"));
    document->setField({rd::Field::Headline, {}, true},
        QStringLiteral("Kua katia te Wāpu 3 i muri i te maringi matū; kia noho tawhiti te iwi"));
    document->setField({rd::Field::DatelinePlace, {}, true}, QStringLiteral("KESTREL BAY"));
    document->undoStack()->endMacro();
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's own settings stay untouched
    if (argc != 3) {
        std::fprintf(stderr, "usage: releasedesk-screenshots RELEASE OUTPUT_FOLDER\n");
        return 2;
    }
    rd::loadBundledFonts();
    // Settings of their own, so that no recent file of the person running it shows.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    rd::MainWindow window;
    window.resize(1500, 950);
    window.show();
    if (!window.controller()->openFile(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.previewPane()->layouter()->layoutNow();
    const QDir output(QString::fromLocal8Bit(argv[2]));
    const std::pair<rd::Step, const char *> steps[] = {
        {rd::Step::Agencies, "1-agencies"},
        {rd::Step::Headline, "2-headline"},
        {rd::Step::Statement, "3-statement"},
        {rd::Step::Quotes, "4-quotes"},
        {rd::Step::Attachments, "5-attachments"},
        {rd::Step::Contacts, "6-contacts"},
        {rd::Step::Translation, "7-translation"},
        {rd::Step::Review, "8-review-and-export"},
    };
    for (const auto &[step, name] : steps) {
        if (step == rd::Step::Translation)
            beginTranslation(window.controller()->document());
        else if (step == rd::Step::Review)
            window.controller()->document()->undoStack()->undo(); // the release as it was
        window.editor()->showStep(step);
        // The checks run, and the preview lays out, once editing pauses.
        QEventLoop settle;
        QTimer::singleShot(800, &settle, &QEventLoop::quit);
        settle.exec();
        window.previewPane()->layouter()->layoutNow();
        QApplication::processEvents();
        const QString path = output.filePath(QLatin1String(name) + QStringLiteral(".png"));
        if (!window.grab().save(path))
            return 1;
        std::printf("%s\n", qPrintable(path));
    }
    const QString preview = output.filePath(QStringLiteral("preview.png"));
    window.previewPane()->grab().save(preview);
    std::printf("%s\n", qPrintable(preview));
    // File ▸ Close: the start page, with the example among the recent releases.
    if (!window.closeRelease())
        return 1;
    QApplication::processEvents();
    const QString start = output.filePath(QStringLiteral("start-window.png"));
    if (!window.grab().save(start))
        return 1;
    std::printf("%s\n", qPrintable(start));
    // The tour of the first start, on its first panel.
    rd::WelcomeTour tour(&window);
    tour.show();
    QApplication::processEvents();
    const QString tourPath = output.filePath(QStringLiteral("first-run-tour.png"));
    if (!tour.grab().save(tourPath))
        return 1;
    std::printf("%s\n", qPrintable(tourPath));
    return 0;
}
