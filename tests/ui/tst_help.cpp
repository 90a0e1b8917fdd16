#include "help/aboutdialog.h"
#include "help/userguide.h"
#include "releasedesk_version.h"
#include "testwindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace rd;

// The Help menu: the user guide read offline from its installed files, and About.
class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theGuideOpensWithItsPicturesFitted();
    void linksOutOfTheGuideAreNotFollowed();
    void aMissingGuideIsExplained();
    void aboutGivesTheVersionAndBothLicences();

private:
    QAction *helpAction(const test::TestWindow &w, const QString &objectName) const;
    UserGuideWindow *openGuide(const test::TestWindow &w) const;
};

void TestHelp::initTestCase()
{
    test::prepareWidgetTests();
    // The test runs from the build tree's tests/ folder: it finds the guide the build copied to
    // share/ the way a program installed elsewhere finds it, through the data folders.
    qputenv("XDG_DATA_DIRS", RELEASEDESK_BINARY_DIR "/share");
}

void TestHelp::cleanup()
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (qobject_cast<UserGuideWindow *>(window) || qobject_cast<AboutDialog *>(window))
            window->close();
    }
    QTest::qWait(0);
    qputenv("XDG_DATA_DIRS", RELEASEDESK_BINARY_DIR "/share");
}

QAction *TestHelp::helpAction(const test::TestWindow &w, const QString &objectName) const
{
    return w.window->findChild<QAction *>(objectName);
}

UserGuideWindow *TestHelp::openGuide(const test::TestWindow &w) const
{
    QAction *guide = helpAction(w, QStringLiteral("userGuideAction"));
    if (!guide)
        return nullptr;
    guide->trigger();
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<UserGuideWindow *>(window))
            return found;
    }
    return nullptr;
}

void TestHelp::theGuideOpensWithItsPicturesFitted()
{
    test::TestWindow w;
    QVERIFY(!userGuidePath().isEmpty());
    UserGuideWindow *guide = openGuide(w);
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QCOMPARE(guide->windowTitle(), QStringLiteral("Release Desk User Guide"));
    const QTextDocument *document = guide->browser()->document();
    // The Markdown is read as Markdown: a heading, a table, and no '#' or '|' left as text.
    QCOMPARE(document->firstBlock().text(), QStringLiteral("Release Desk user guide"));
    QVERIFY(document->firstBlock().blockFormat().headingLevel() == 1);
    QVERIFY(!document->toPlainText().contains(QLatin1String("## ")));
    QVERIFY(document->toPlainText().contains(QLatin1String("Keyboard shortcuts")));

    // Every screenshot is loaded from the installed files, and none is wider than the window.
    const int available = guide->browser()->viewport()->width();
    int pictures = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            const QTextImageFormat picture = it.fragment().charFormat().toImageFormat();
            ++pictures;
            QVERIFY2(
                picture.width() > 100 && picture.width() <= available, qPrintable(picture.name()));
            QVERIFY(picture.height() > 50);
        }
    }
    QVERIFY(pictures >= 8);

    // Asked for again, the guide that is open comes forward; no second one opens.
    QCOMPARE(openGuide(w), guide);
    int guides = 0;
    for (QWidget *window : QApplication::topLevelWidgets())
        guides += qobject_cast<UserGuideWindow *>(window) && window->isVisible() ? 1 : 0;
    QCOMPARE(guides, 1);

    // A narrower window fits them again.
    guide->resize(500, 600);
    QTest::qWait(0);
    const int narrower = guide->browser()->viewport()->width();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                QVERIFY(it.fragment().charFormat().toImageFormat().width() <= narrower);
        }
    }
}

void TestHelp::linksOutOfTheGuideAreNotFollowed()
{
    test::TestWindow w;
    UserGuideWindow *guide = openGuide(w);
    QVERIFY(guide);
    const QUrl source = guide->browser()->source();
    Q_EMIT guide->browser()->anchorClicked(QUrl(QStringLiteral("http://127.0.0.1:9/tracker.png")));
    Q_EMIT guide->browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(guide->browser()->source(), source);
    QVERIFY(guide->browser()->document()->toPlainText().startsWith(
        QLatin1String("Release Desk user guide")));
}

void TestHelp::aMissingGuideIsExplained()
{
    QTemporaryDir empty;
    qputenv("XDG_DATA_DIRS", QFile::encodeName(empty.path()));
    test::TestWindow w;
    QVERIFY(userGuidePath().isEmpty());
    QVERIFY(!openGuide(w));
    QCOMPARE(w.prompts->errors.size(), 1);
    QVERIFY(w.prompts->errors.first().contains(QLatin1String("not installed")));
    QVERIFY(
        w.prompts->errors.first().contains(empty.path() + QStringLiteral("/releasedesk/guide")));
}

void TestHelp::aboutGivesTheVersionAndBothLicences()
{
    test::TestWindow w;
    QAction *about = helpAction(w, QStringLiteral("aboutAction"));
    QVERIFY(about);
    QCOMPARE(about->menuRole(), QAction::AboutRole);
    about->trigger();
    AboutDialog *dialog = w.window->findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("version"))
                ->text()
                .startsWith(QStringLiteral("Version " RELEASEDESK_VERSION ", ")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("licence"))
                ->text()
                .contains(QLatin1String("GNU General Public License")));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("programLicence"))
                ->toPlainText()
                .contains(
                    QLatin1String("GNU GENERAL PUBLIC LICENSE\n                       Version 3")));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("fontLicence"))
                ->toPlainText()
                .contains(QLatin1String("SIL OPEN FONT LICENSE Version 1.1")));
    dialog->close();
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
