// releasedesk-editor-bench startup RELEASE
//     prints the milliseconds from BENCH_START (the shell's $EPOCHREALTIME just before it started
//     this process) to the main window with RELEASE open being shown and painted
// releasedesk-editor-bench typing RELEASE KEYSTROKES
//     types KEYSTROKES characters at the end of the statement of RELEASE, one at a time, and
//     prints the time each keystroke took to reach the editor and the model (median and 99th
//     percentile), then the time from the last keystroke of each burst of ten to the preview laid
//     out anew and to the checks' findings shown in the steps, the checklist and the fields
#include "editor/editorview.h"
#include "editor/releasechecker.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "preview/previewlayouter.h"
#include "preview/previewpane.h"
#include "render/fonts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
        ? 0
        : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(fraction * values.size())));
}

int startup(const QString &release)
{
    const double start = qEnvironmentVariable("BENCH_START").toDouble();
    rd::loadBundledFonts();
    rd::MainWindow window;
    window.controller()->openFile(release);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.repaint();
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    std::printf("%.1f\n", (now - start) * 1000.0);
    return 0;
}

int typing(const QString &release, int keystrokes)
{
    rd::loadBundledFonts();
    rd::MainWindow window;
    window.resize(1400, 900);
    window.controller()->openFile(release);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.activateWindow();
    (void)QTest::qWaitForWindowActive(&window);
    window.editor()->focusField({rd::Field::Body, {}});
    auto *body = window.findChild<QTextEdit *>(rd::fieldId(rd::Field::Body));
    body->moveCursor(QTextCursor::End);
    rd::PreviewLayouter *layouter = window.previewPane()->layouter();
    layouter->layoutNow();

    rd::ReleaseChecker *checker = window.editor()->findChild<rd::ReleaseChecker *>();

    QList<double> keyTimes;
    QList<double> previewTimes;
    QList<double> checkTimes;
    QElapsedTimer timer;
    const QString letters = QStringLiteral("the harbour is open again ");
    for (int i = 0; i < keystrokes; ++i) {
        const QChar letter = letters.at(i % letters.size());
        QKeyEvent press(QEvent::KeyPress, letter == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_A,
            Qt::NoModifier, QString(letter));
        QKeyEvent release(QEvent::KeyRelease, press.key(), Qt::NoModifier, QString(letter));
        timer.start();
        QApplication::sendEvent(body, &press);
        QApplication::sendEvent(body, &release);
        keyTimes.append(timer.nsecsElapsed() / 1e6);
        // About 8 keys a second, as a fast typist; every tenth key ends a burst and the pause
        // that follows is long enough for the preview to catch up.
        if (i % 10 == 9) {
            QElapsedTimer pause;
            pause.start();
            std::optional<double> laidOut;
            std::optional<double> checked;
            const auto connection = QObject::connect(layouter, &rd::PreviewLayouter::laidOut,
                [&] { laidOut = pause.nsecsElapsed() / 1e6; });
            const auto checkConnection = QObject::connect(checker, &rd::ReleaseChecker::checked,
                [&] { checked = pause.nsecsElapsed() / 1e6; });
            while ((!laidOut || !checked) && pause.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            QObject::disconnect(connection);
            QObject::disconnect(checkConnection);
            previewTimes.append(laidOut.value_or(5000));
            checkTimes.append(checked.value_or(5000));
        } else {
            QTest::qWait(1);
        }
    }
    std::printf("keystroke to editor: median %.2f ms, 99th percentile %.2f ms (%lld keystrokes)\n",
        percentile(keyTimes, 0.5), percentile(keyTimes, 0.99), qlonglong(keyTimes.size()));
    std::printf("last keystroke to preview laid out: median %.0f ms, 99th percentile %.0f ms (%lld "
                "bursts)\n",
        percentile(previewTimes, 0.5), percentile(previewTimes, 0.99),
        qlonglong(previewTimes.size()));
    std::printf("last keystroke to checks shown in the fields: median %.0f ms, 99th percentile "
                "%.0f ms (%lld bursts)\n",
        percentile(checkTimes, 0.5), percentile(checkTimes, 0.99), qlonglong(checkTimes.size()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("startup"))
        return startup(arguments.at(2));
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("typing"))
        return typing(arguments.at(2), arguments.at(3).toInt());
    std::fprintf(
        stderr, "usage: releasedesk-editor-bench startup RELEASE | typing RELEASE KEYSTROKES\n");
    return 2;
}
