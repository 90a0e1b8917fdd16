#include "editor/editorview.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "scriptedprompts.h"
#include "spell/spellchecker.h"
#include "spell/spellhighlighter.h"
#include "testwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace rd;

namespace {

// The red pixels of the wavy underlines of misspelt words.
int redPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 150 && c.red() - c.green() > 50 && c.red() - c.blue() > 50)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dictionaryFollowsTheLanguage();
    void suggestionsAndPersonalWords();
    void misspeltWordsAreUnderlinedAsTyped();
    void wordsOfAText();
    void lineFieldsAreUnderlinedToo();
    void onlyProseIsSpelt();
};

void TestSpelling::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
}

void TestSpelling::dictionaryFollowsTheLanguage()
{
    SpellChecker checker;
    QVERIFY(checker.setLanguage(QStringLiteral("en-NZ")));
    QCOMPARE(checker.dictionaryName(), QStringLiteral("en_AU")); // no en_NZ: the nearest
    QVERIFY(checker.isCorrect(QStringLiteral("harbour")));
    QVERIFY(!checker.isCorrect(QStringLiteral("harbr")));
    QVERIFY(checker.setLanguage(QStringLiteral("en-US")));
    QCOMPARE(checker.dictionaryName(), QStringLiteral("en_US"));
    QVERIFY(checker.isCorrect(QStringLiteral("harbor")));
    QVERIFY(checker.setLanguage(QStringLiteral("en-GB")));
    QVERIFY(checker.isCorrect(QStringLiteral("organise")));
    QVERIFY(checker.setLanguage(QStringLiteral("en-CA")));
    QCOMPARE(checker.dictionaryName(), QStringLiteral("en_CA"));

    // The other document languages whose dictionaries Debian ships.
    QVERIFY(checker.setLanguage(QStringLiteral("fr-FR")));
    QVERIFY(checker.isCorrect(QStringLiteral("gendarmerie")));
    QVERIFY(checker.isCorrect(QStringLiteral("enquêteurs")));
    QVERIFY(!checker.isCorrect(QStringLiteral("enqueteurs")));
    QVERIFY(checker.setLanguage(QStringLiteral("fr-CA")));
    QCOMPARE(checker.dictionaryName(), QStringLiteral("fr_CA"));
    QVERIFY(checker.setLanguage(QStringLiteral("es-419"))); // Latin America: a neighbour's
    QVERIFY(checker.isCorrect(QStringLiteral("detenidos")));
    QVERIFY(checker.setLanguage(QStringLiteral("de-AT")));
    QCOMPARE(checker.dictionaryName(), QStringLiteral("de_DE"));
    QVERIFY(checker.isCorrect(QStringLiteral("Pressemitteilung")));
    QVERIFY(!checker.isCorrect(QStringLiteral("Presemitteilung")));
    // Debian ships no te reo Māori dictionary: nothing is marked rather than everything.
    QVERIFY(!checker.setLanguage(QStringLiteral("mi-NZ")));
    QVERIFY(checker.isCorrect(QStringLiteral("whakapā")));

    QVERIFY(!checker.setLanguage(QStringLiteral("tlh"))); // no Klingon: everything passes
    QVERIFY(checker.isCorrect(QStringLiteral("harbr")));
    // Numbers, codes and addresses are not spelt.
    QVERIFY(checker.setLanguage(QStringLiteral("en-GB")));
    QVERIFY(checker.isCorrect(QStringLiteral("KBP2026")));
}

void TestSpelling::suggestionsAndPersonalWords()
{
    SpellChecker checker;
    QVERIFY(checker.setLanguage(QStringLiteral("en-GB")));
    QVERIFY(checker.suggestions(QStringLiteral("harbr")).contains(QStringLiteral("harbour")));
    QVERIFY(!checker.isCorrect(QStringLiteral("Whitlockk")));
    checker.addToDictionary(QStringLiteral("Whitlockk"));
    QVERIFY(checker.isCorrect(QStringLiteral("Whitlockk")));
    SpellChecker later;
    QVERIFY(later.setLanguage(QStringLiteral("en-GB")));
    QVERIFY(later.isCorrect(QStringLiteral("Whitlockk")));
}

void TestSpelling::misspeltWordsAreUnderlinedAsTyped()
{
    MainWindow window(std::make_unique<test::ScriptedPrompts>());
    Release release;
    release.language = QStringLiteral("en-GB");
    window.controller()->document()->reset(release);
    QTRY_COMPARE(window.spellChecker()->dictionaryName(), QStringLiteral("en_GB"));
    window.editor()->showStep(Step::Statement);
    auto *body = window.findChild<QTextEdit *>(fieldId(Field::Body));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("The harbr is closed"));
    const QList<QTextLayout::FormatRange> formats
        = body->document()->firstBlock().layout()->formats();
    QCOMPARE(formats.size(), 1);
    QCOMPARE(formats.at(0).start, 4);
    QCOMPARE(formats.at(0).length, 5);
    QCOMPARE(formats.at(0).format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    // The underline is the editor's, not the statement's.
    QCOMPARE(window.controller()->document()->release().body.blocks.at(0).runs.size(), 1);
    QVERIFY(window.spellChecker()->isActive());
}

void TestSpelling::wordsOfAText()
{
    const QString text = QStringLiteral(
        "Don't stop, 2026 harbour-side. https://kestrelbay.example/x media@kestrelbay.example "
        "KBP-2026-0412 A1 3rd statement.pdf, wharf-3.png.");
    QStringList words;
    for (const WordSpan &word : wordsIn(text))
        words.append(text.mid(word.start, word.length));
    QVERIFY2(words
            == (QStringList {QStringLiteral("Don't"), QStringLiteral("stop"),
                QStringLiteral("harbour"), QStringLiteral("side")}),
        qPrintable(words.join(u'|')));
}

void TestSpelling::lineFieldsAreUnderlinedToo()
{
    MainWindow window(std::make_unique<test::ScriptedPrompts>());
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Release release;
    release.language = QStringLiteral("en-GB");
    release.headline = QStringLiteral("Harbour clsoed after spill");
    window.controller()->document()->reset(release);
    QTRY_COMPARE(window.spellChecker()->dictionaryName(), QStringLiteral("en_GB"));
    window.editor()->showStep(Step::Headline);
    auto *headline = window.findChild<QLineEdit *>(fieldId(Field::Headline));
    const QImage withError = headline->grab().toImage();
    // Red pixels under "clsoed", none once it is spelt right.
    QVERIFY(redPixels(withError) > 5);
    window.controller()->document()->setField(
        {Field::Headline, {}}, QStringLiteral("Harbour closed after spill"));
    QTRY_COMPARE(redPixels(headline->grab().toImage()), 0);
}

// A reference number, a language code, a short name, an address, a phone number or a file name is
// not prose, and nothing in it is underlined; the headline beside it still is.
void TestSpelling::onlyProseIsSpelt()
{
    Release release;
    release.language = QStringLiteral("en-GB");
    release.headline = QStringLiteral("Harbour clsoed after spill");
    release.reference = QStringLiteral("KBPX-ZZQ-0412 kbpq");
    release.relatesTo = QStringLiteral("Qwrtzq-77");
    test::TestWindow shown(release);
    MainWindow &window = *shown.window;
    QTRY_COMPARE(window.spellChecker()->dictionaryName(), QStringLiteral("en_GB"));
    window.editor()->showStep(Step::Headline);
    QTRY_VERIFY(
        redPixels(window.findChild<QLineEdit *>(fieldId(Field::Headline))->grab().toImage()) > 5);
    for (Field field : {Field::Reference, Field::RelatesTo}) {
        auto *edit = window.findChild<QLineEdit *>(fieldId(field));
        QVERIFY(edit);
        QCOMPARE(redPixels(edit->grab().toImage()), 0);
    }
}

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
