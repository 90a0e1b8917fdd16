// Makes the PNGs in docs/screenshots from the real main window, drawn offscreen with
// QWidget::grab(): every step of the editor with the example release open, and the preview.
// Run through scripts/screenshots.
#include "editor/editorview.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "main/welcometour.h"
#include "preview/previewlayouter.h"
#include "preview/previewpane.h"
#include "render/fonts.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

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
        {rd::Step::Review, "7-review-and-export"},
    };
    for (const auto &[step, name] : steps) {
        window.editor()->showStep(step);
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
