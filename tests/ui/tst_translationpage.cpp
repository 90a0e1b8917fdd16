// The translation step: a bilingual release edited side by side, field by field, with a mark on
// each field whose translation is missing or older than its source; the checklist goes to a
// translated field; a right-to-left second language is edited from the right.
#include "editor/checklist.h"
#include "editor/editorview.h"
#include "editor/pages.h"
#include "editor/reviewpage.h"
#include "editor/stepnavigator.h"
#include "model/releasedocument.h"
#include "model/translation.h"
#include "output/outputcontroller.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace rd;
using Window = test::TestWindow;

namespace {

const FieldKey headline {Field::Headline, {}};
const FieldKey translatedHeadline {Field::Headline, {}, true};

Release draft(Release release)
{
    release.workflow = Workflow {};
    return release;
}

QLabel *stateOf(const Window &w, const FieldKey &translated)
{
    return w.window->findChild<QLabel *>(
        QStringLiteral("translationState.") + editorName(translated));
}

} // namespace

class TestTranslationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void eachFieldStandsBesideItsTranslation();
    void typingATranslationIsAnUndoableEdit();
    void editingTheSourceMarksTheTranslationOutOfDate();
    void choosingASecondLanguageMakesTheReleaseBilingual();
    void theChecklistGoesToTheTranslatedField();
    void aRightToLeftLanguageIsEditedFromTheRight();
    void aRightToLeftDocumentIsEditedFromTheRight();
    void exportAsksWhichLanguages();
};

void TestTranslationPage::eachFieldStandsBesideItsTranslation()
{
    Window w(draft(test::sampleRelease()));
    w.editor()->showStep(Step::Translation);
    const Release &release = w.document()->release();
    for (const FieldKey &source : translatableKeys(release)) {
        FieldKey translated = source;
        translated.translated = true;
        QVERIFY2(w.window->findChild<QWidget *>(editorName(translated)),
            qPrintable(editorName(translated)));
        QVERIFY(stateOf(w, translated));
    }
    QCOMPARE(w.window->findChild<QLineEdit *>(editorName(translatedHeadline))->text(),
        fieldValue(release, translatedHeadline).toString());
    QCOMPARE(w.window->findChild<QLabel *>(QStringLiteral("translationLanguageHeader"))->text(),
        QStringLiteral("te reo Māori (Aotearoa New Zealand)"));
    // The sample's marks: the headline translated, the subheadline from an older source, the
    // dateline's place not yet.
    QCOMPARE(stateOf(w, translatedHeadline)->text(), QStringLiteral("✓ Up to date"));
    QCOMPARE(stateOf(w, {Field::Subheadline, {}, true})->text(),
        QStringLiteral("▲ Source changed since it was translated"));
    QCOMPARE(stateOf(w, {Field::DatelinePlace, {}, true})->text(),
        QStringLiteral("● Not translated yet"));
    // The step is marked as missing something.
    QTRY_COMPARE(w.editor()->navigator()->state(Step::Translation), StepState::Incomplete);
}

void TestTranslationPage::typingATranslationIsAnUndoableEdit()
{
    Window w(draft(test::sampleRelease()));
    w.editor()->showStep(Step::Translation);
    const FieldKey place {Field::DatelinePlace, {}, true};
    auto *edit = w.window->findChild<QLineEdit *>(editorName(place));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("TE WHANGA O KESTREL"));
    QCOMPARE(fieldValue(w.document()->release(), place).toString(),
        QStringLiteral("TE WHANGA O KESTREL"));
    QCOMPARE(w.document()->release().dateline.place, QStringLiteral("KESTREL BAY"));
    QCOMPARE(stateOf(w, place)->text(), QStringLiteral("✓ Up to date"));
    // An agency's name in te reo Māori: the rows stay as they are while it is typed.
    const FieldKey agency {Field::AgencyName, w.document()->release().agencies.first().id, true};
    auto *agencyName = w.window->findChild<QLineEdit *>(editorName(agency));
    agencyName->setFocus();
    QTest::keyClicks(agencyName, QStringLiteral("Nga Pirihimana"));
    QCOMPARE(
        fieldValue(w.document()->release(), agency).toString(), QStringLiteral("Nga Pirihimana"));
    QCOMPARE(w.window->findChild<QLineEdit *>(editorName(agency)), agencyName);
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QCOMPARE(edit->text(), QString());
    QCOMPARE(stateOf(w, place)->text(), QStringLiteral("● Not translated yet"));
}

void TestTranslationPage::editingTheSourceMarksTheTranslationOutOfDate()
{
    Window w(draft(test::sampleRelease()));
    w.editor()->showStep(Step::Translation);
    w.document()->setField(headline, QStringLiteral("Harbour closed after fuel spill"));
    QCOMPARE(stateOf(w, translatedHeadline)->text(),
        QStringLiteral("▲ Source changed since it was translated"));
    QCOMPARE(w.window
                 ->findChild<QLabel *>(
                     QStringLiteral("translationSource.") + editorName(translatedHeadline))
                 ->text(),
        QStringLiteral("Harbour closed after fuel spill"));
    // Translating it again brings it up to date.
    auto *edit = w.window->findChild<QLineEdit *>(editorName(translatedHeadline));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Kua katia te whanga"));
    QCOMPARE(stateOf(w, translatedHeadline)->text(), QStringLiteral("✓ Up to date"));
}

void TestTranslationPage::choosingASecondLanguageMakesTheReleaseBilingual()
{
    Window w(draft(test::sampleReleaseInOneLanguage()));
    w.editor()->showStep(Step::Translation);
    QCOMPARE(w.editor()->navigator()->state(Step::Translation), StepState::Optional);
    QVERIFY(!w.window->findChild<QWidget *>(editorName(translatedHeadline)));
    auto *language = w.window->findChild<QComboBox *>(fieldId(Field::TranslationLanguage));
    QVERIFY(language);
    const int french = language->findData(QStringLiteral("fr-CA"));
    QVERIFY(french > 0);
    QVERIFY(language->findData(QStringLiteral("en-NZ")) < 0); // not the document's own
    language->setCurrentIndex(french);
    Q_EMIT language->activated(french);
    QCOMPARE(w.document()->release().translation.language, QStringLiteral("fr-CA"));
    QVERIFY(w.window->findChild<QLineEdit *>(editorName(translatedHeadline)));
    auto *layout = w.window->findChild<QComboBox *>(fieldId(Field::TranslationLayout));
    QVERIFY(layout->isEnabled());
    layout->setCurrentIndex(1);
    Q_EMIT layout->activated(1);
    QCOMPARE(w.document()->release().translation.layout, BilingualLayout::SideBySide);
    // Both undo, one step each.
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->release().translation.language.isEmpty());
    QVERIFY(!w.window->findChild<QWidget *>(editorName(translatedHeadline)));
}

void TestTranslationPage::theChecklistGoesToTheTranslatedField()
{
    Window w(draft(test::sampleRelease()));
    QListWidget *checklist = w.editor()->reviewPage()->checklist()->list();
    QListWidgetItem *missing = nullptr;
    for (int row = 0; row < checklist->count(); ++row) {
        if (checklist->item(row)->text().contains(QStringLiteral("dateline place has no")))
            missing = checklist->item(row);
    }
    QVERIFY(missing);
    Q_EMIT checklist->itemActivated(missing);
    QCOMPARE(w.editor()->currentStep(), Step::Translation);
    QCOMPARE(QApplication::focusWidget(),
        w.window->findChild<QLineEdit *>(editorName({Field::DatelinePlace, {}, true})));
}

void TestTranslationPage::aRightToLeftLanguageIsEditedFromTheRight()
{
    Release release = draft(test::sampleReleaseInOneLanguage());
    release.translation.language = QStringLiteral("ar-AE");
    Window w(release);
    w.editor()->showStep(Step::Translation);
    auto *edit = w.window->findChild<QLineEdit *>(editorName(translatedHeadline));
    QVERIFY(edit);
    QCOMPARE(edit->layoutDirection(), Qt::RightToLeft);
    auto *body = w.window->findChild<QTextEdit *>(editorName({Field::Body, {}, true}));
    QVERIFY(body);
    QCOMPARE(body->layoutDirection(), Qt::RightToLeft);
    // The English beside it stays left to right.
    QCOMPARE(w.window
                 ->findChild<QLabel *>(
                     QStringLiteral("translationSource.") + editorName(translatedHeadline))
                 ->layoutDirection(),
        Qt::LeftToRight);

    // Typed Arabic reads from the right, and the cursor moves through it in logical order.
    edit->setFocus();
    const QString arabic = QStringLiteral("إغلاق الميناء");
    // QTest types ASCII only: the letters arrive as a keyboard with an Arabic layout sends them.
    for (const QChar letter : arabic) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(letter));
        QApplication::sendEvent(edit, &press);
    }
    QCOMPARE(fieldValue(w.document()->release(), translatedHeadline).toString(), arabic);
    QCOMPARE(edit->cursorPosition(), int(arabic.size()));
    QTest::keyClick(edit, Qt::Key_Home);
    QCOMPARE(edit->cursorPosition(), 0);
    // In a right-to-left field the Left arrow moves on through the text.
    QTest::keyClick(edit, Qt::Key_Left);
    QCOMPARE(edit->cursorPosition(), 1);
    QTest::keyClick(edit, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(edit->selectedText(), arabic.mid(1, 1));
}

void TestTranslationPage::aRightToLeftDocumentIsEditedFromTheRight()
{
    Release release = draft(test::sampleReleaseInOneLanguage());
    Window w(release);
    const auto editor = [&](Field field) { return w.window->findChild<QWidget *>(fieldId(field)); };
    QCOMPARE(editor(Field::Headline)->layoutDirection(), Qt::LeftToRight);
    w.document()->setField({Field::Language, {}}, QStringLiteral("ar-AE"));
    // Words from the right; a phone number, an address, a reference as they are written.
    for (Field field : {Field::Headline, Field::Subheadline, Field::Body, Field::QuoteText,
             Field::ContactName, Field::NotesToEditors, Field::AgencyAbout})
        QCOMPARE(editor(field)->layoutDirection(), Qt::RightToLeft);
    for (Field field : {Field::ContactPhone, Field::ContactEmail, Field::Reference})
        QCOMPARE(editor(field)->layoutDirection(), Qt::LeftToRight);
    // The translation's editors follow the second language, not the document's.
    w.document()->setField({Field::TranslationLanguage, {}}, QStringLiteral("en-GB"));
    QCOMPARE(w.window->findChild<QWidget *>(editorName(translatedHeadline))->layoutDirection(),
        Qt::LeftToRight);
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QCOMPARE(editor(Field::Headline)->layoutDirection(), Qt::LeftToRight);
}

void TestTranslationPage::exportAsksWhichLanguages()
{
    QTemporaryDir folder;
    Window w(draft(test::sampleRelease()));
    // One release per language.
    w.prompts->fileNames.enqueue(folder.filePath(QStringLiteral("wharf.txt")));
    w.prompts->oneOfChoices.enqueue(2);
    QVERIFY(w.window->output()->exportAs());
    QCOMPARE(w.prompts->oneOfOptions.size(), 5);
    QCOMPARE(
        w.prompts->oneOfOptions.at(4), QStringLiteral("te reo Māori (Aotearoa New Zealand) only"));
    QFile maori(folder.filePath(QStringLiteral("wharf.mi-NZ.txt")));
    QVERIFY(maori.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(maori.readAll()).contains(QStringLiteral("Kua katia")));
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("wharf.en-NZ.txt"))));
    // Both side by side, though the release is set one after the other.
    w.prompts->fileNames.enqueue(folder.filePath(QStringLiteral("wharf.html")));
    w.prompts->oneOfChoices.enqueue(1);
    QVERIFY(w.window->output()->exportAs());
    QFile html(folder.filePath(QStringLiteral("wharf.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<div lang=\"mi-NZ\""));
    // Cancelled: nothing is written.
    w.prompts->fileNames.enqueue(folder.filePath(QStringLiteral("none.pdf")));
    w.prompts->oneOfChoices.enqueue(std::nullopt);
    QVERIFY(!w.window->output()->exportAs());
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("none.pdf"))));
    QVERIFY(w.prompts->unexpected.isEmpty());
}

QTEST_MAIN(TestTranslationPage)
#include "tst_translationpage.moc"
