#include "main/preferencesdialog.h"
#include "output/outputcontroller.h"
#include "paperpreference.h"
#include "render/pagedrelease.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace rd;

// The officer's own settings, from File > Preferences, as the window then uses them.
class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void thePaperChosenIsThePreviewsAndTheExports();
};

void TestPreferences::thePaperChosenIsThePreviewsAndTheExports()
{
    test::TestWindow w(test::sampleDraftToApprove());
    QVERIFY(!chosenPaper());
    QCOMPARE(preferredPaper(), defaultPaper(QLocale()));

    const auto choose = [](const QString &data) {
        PreferencesDialog preferences;
        auto *paper = preferences.findChild<QComboBox *>(QStringLiteral("paper"));
        paper->setCurrentIndex(paper->findData(data));
        preferences.accept();
    };
    choose(QStringLiteral("letter"));
    QCOMPARE(chosenPaper(), Paper::Letter);
    // What the window's File > Preferences does after the dialog: the preview follows.
    w.window->previewPane()->layouter()->setPaper(preferredPaper());
    w.window->previewPane()->layouter()->layoutNow();
    QCOMPARE(w.window->previewPane()->layouter()->current()->pageSize().toSize(), QSize(612, 792));

    // An export from the window is on it too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release.pdf"));
    w.prompts->fileNames.enqueue(path);
    QVERIFY(w.window->output()->exportAs());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(test::PdfReader(file.readAll()).pageSizePoints(0).toSize(), QSize(612, 792));

    // Back to the locale's: nothing chosen, and the dialog offers it first.
    choose(QString());
    QVERIFY(!chosenPaper());
    PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("paper"))->currentIndex(), 0);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
