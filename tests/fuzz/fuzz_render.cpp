// Arbitrary release content composed, laid out into pages and written as PDF, Word, OpenDocument,
// HTML and plain text: the renderer, the page layout, the PDF writer and the exporters.
#include "export/exporter.h"
#include "fuzzinput.h"
#include "render/fonts.h"

#include <QGuiApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never destroyed: libFuzzer ends the process with exit(), when tearing the application down
    // would race the layout's worker threads.
    static int arguments = *argc;
    static QGuiApplication *application = new QGuiApplication(arguments, *argv);
    Q_UNUSED(application);
    rd::loadBundledFonts();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<rd::Release> release
        = rd::fuzz::releaseFromJson(rd::fuzz::bytesOf(data, size));
    if (!release)
        return 0;
    for (const rd::ExportFormat format : {rd::ExportFormat::Pdf, rd::ExportFormat::Docx,
             rd::ExportFormat::Odt, rd::ExportFormat::Html, rd::ExportFormat::Text}) {
        rd::ExportOptions options;
        options.format = format;
        const rd::Result<QByteArray> exported = rd::exportToBytes(*release, options);
        if (exported && exported->isEmpty()) {
            std::fprintf(stderr, "an export succeeded with nothing in it\n");
            std::abort();
        }
    }
    return 0;
}
