// releasedesk-bench-tools make-long OUT.releasedesk PARAGRAPHS
//     the example release with its body repeated to PARAGRAPHS paragraphs (about 40 pages at 640)
// releasedesk-bench-tools check-timing IN.releasedesk RUNS
//     the time every check of the release takes, in the process, as the editor runs them: the
//     median and the slowest of RUNS runs, with the statement's word count
// releasedesk-bench-tools make-edited IN.releasedesk OUT.releasedesk
//     IN edited as a reviewer would: a word changed in every tenth paragraph, every fiftieth
//     removed, five moved, five added, the headline reworded
// releasedesk-bench-tools compare-timing OLD.releasedesk NEW.releasedesk RUNS
//     the time compareReleases() takes, in the process: the median and the slowest of RUNS runs
// releasedesk-bench-tools bare-print IN.txt OUT.pdf
//     the baseline: a bare Qt program that lays out plain text with QTextDocument and prints it to
//     a PDF with QPdfWriter, and nothing else
#include "checks/checks.h"
#include "compare/releasecomparison.h"
#include "examplerelease.h"
#include "project/projectfile.h"

#include <QElapsedTimer>

#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <cstdio>

namespace {

int makeLong(const QString &path, int paragraphs)
{
    rd::Release release = rd::example::exampleRelease();
    // Its statement repeated: 640 paragraphs make about 40 pages; 350 about 20,000 words.
    const QList<rd::BodyBlock> original = release.body.blocks;
    release.body.blocks.clear();
    for (int i = 0; i < paragraphs; ++i)
        release.body.blocks.append(original.at(i % original.size()));
    const rd::Status saved = rd::saveProject(release, path);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 1;
    }
    return 0;
}

int checkTiming(const QString &path, int runs)
{
    const rd::Result<rd::LoadedRelease> loaded = rd::loadProject(path);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 1;
    }
    const rd::Release &release = loaded->release;
    const rd::HouseStyle style = rd::houseStyleOf(release);
    QList<double> times;
    qsizetype findings = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        findings = rd::checkRelease(release, style, QDateTime::currentDateTimeUtc()).size();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("%d words, %lld findings: median %.1f ms, slowest %.1f ms over %d runs\n",
        release.body.wordCount(), static_cast<long long>(findings), times.at(times.size() / 2),
        times.last(), runs);
    return 0;
}

int makeEdited(const QString &input, const QString &output)
{
    const rd::Result<rd::LoadedRelease> loaded = rd::loadProject(input);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 1;
    }
    rd::Release release = loaded->release;
    QList<rd::BodyBlock> &blocks = release.body.blocks;
    // The moves below reach paragraph 394.
    if (blocks.size() < 400) {
        std::fprintf(stderr, "make-edited needs a statement of 400 paragraphs or more\n");
        return 1;
    }
    for (qsizetype i = 3; i < blocks.size(); i += 10) {
        QString &text = blocks[i].runs.last().text;
        text.replace(QStringLiteral(" the "), QStringLiteral(" this "));
    }
    for (qsizetype i = blocks.size() - 1; i > 0; i -= 50)
        blocks.removeAt(i);
    for (int move = 0; move < 5; ++move)
        blocks.move(20 + move * 37, 150 + move * 61);
    for (int add = 0; add < 5; ++add)
        blocks.insert(add * 83,
            rd::BodyBlock {rd::BodyBlock::Kind::Paragraph,
                {rd::TextRun {QStringLiteral("A paragraph the reviewer added, number %1.").arg(add),
                    false, false, {}}}});
    release.headline += QStringLiteral(" (updated)");
    const rd::Status saved = rd::saveProject(release, output);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 1;
    }
    return 0;
}

int compareTiming(const QString &earlierPath, const QString &laterPath, int runs)
{
    const rd::Result<rd::LoadedRelease> earlier = rd::loadProject(earlierPath);
    const rd::Result<rd::LoadedRelease> later = rd::loadProject(laterPath);
    if (!earlier || !later) {
        std::fprintf(
            stderr, "%s\n", qPrintable(earlier ? later.error().message : earlier.error().message));
        return 1;
    }
    QList<double> times;
    qsizetype differences = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        differences = rd::compareReleases(earlier->release, later->release).size();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("%d words, %lld differences: median %.1f ms, slowest %.1f ms over %d runs\n",
        earlier->release.body.wordCount(), static_cast<long long>(differences),
        times.at(times.size() / 2), times.last(), runs);
    return 0;
}

int barePrint(const QString &input, const QString &output)
{
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QString text = QString::fromUtf8(file.readAll());
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Noto Sans"), 10));
    QTextCursor cursor(&document);
    cursor.insertText(text);
    QPdfWriter writer(output);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(1200);
    document.print(&writer);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("make-long"))
        return makeLong(arguments.at(2), arguments.at(3).toInt());
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("check-timing"))
        return checkTiming(arguments.at(2), arguments.at(3).toInt());
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("make-edited"))
        return makeEdited(arguments.at(2), arguments.at(3));
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("compare-timing"))
        return compareTiming(arguments.at(2), arguments.at(3), arguments.at(4).toInt());
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("bare-print"))
        return barePrint(arguments.at(2), arguments.at(3));
    std::fprintf(stderr,
        "usage: releasedesk-bench-tools make-long OUT PARAGRAPHS | check-timing IN RUNS | "
        "make-edited IN OUT | compare-timing OLD NEW RUNS | bare-print IN.txt OUT.pdf\n");
    return 2;
}
