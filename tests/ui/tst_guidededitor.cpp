#include "checks/approval.h"
#include "editor/checklist.h"
#include "editor/editorview.h"
#include "editor/findcontroller.h"
#include "editor/reviewpage.h"
#include "editor/stepnavigator.h"
#include "form/collectioneditor.h"
#include "form/sections.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "main/recentfiles.h"
#include "model/releasedocument.h"
#include "preview/previewlayouter.h"
#include "preview/previewpane.h"
#include "preview/previewwidget.h"
#include "project/agencyprofiles.h"
#include "project/projectfile.h"
#include "render/fonts.h"
#include "render/pagedrelease.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace rd;

using Window = test::TestWindow;

class TestGuidedEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stepMarksFollowTheRelease();
    void anyStepCanBeOpened();
    void previewFollowsTypingOffTheKeyPath();
    void clickOnThePreviewGoesToTheField();
    void checklistGoesToTheField();
    void countersFollowTheText();
    void findSelectsTheTextInItsField();
    void droppedFilesAreAttachedOrOpened();
    void aThousandDroppedFilesAreRefusedAtOnce();
    void recentFilesRemembersOpenedProjects();
    void attachmentsShowThumbnails();
    void agencyProfilesAreSavedAndPicked();
    void anAgencyCarriesItsHouseStyle();
    void everyFieldHasAnAccessibleName();
    void stepsFromTheKeyboard();
    void followsADarkPalette();
    void fieldsRunInTheirTextsDirection();
};

void TestGuidedEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    loadBundledFonts();
}

void TestGuidedEditor::stepMarksFollowTheRelease()
{
    Window w;
    StepNavigator *navigator = w.editor()->navigator();
    QCOMPARE(navigator->state(Step::Headline), StepState::Incomplete);
    // No quotes or attachments: nothing missing, and nothing done either.
    QCOMPARE(navigator->state(Step::Quotes), StepState::Optional);
    QCOMPARE(navigator->state(Step::Attachments), StepState::Optional);
    QCOMPARE(navigator->item(int(Step::Quotes))->text(), QStringLiteral("Quotes (optional)"));

    Window sample(test::sampleDraftToApprove());
    QCOMPARE(sample.editor()->navigator()->state(Step::Agencies), StepState::Complete);
    QCOMPARE(sample.editor()->navigator()->state(Step::Headline), StepState::Complete);
    QCOMPARE(sample.editor()->navigator()->state(Step::Review), StepState::Incomplete);
    QVERIFY(approveRelease(
        *sample.document(), QStringLiteral("Sam Rivera"), QDateTime::currentDateTimeUtc()));
    QTRY_COMPARE(sample.editor()->navigator()->state(Step::Review), StepState::Complete);

    // An anonymous quote is an error; the mark shows it once typing pauses.
    sample.document()->setField({Field::QuoteSpeaker, QStringLiteral("quote-1")}, QString());
    QTRY_COMPARE(sample.editor()->navigator()->state(Step::Quotes), StepState::Incomplete);
    QCOMPARE(sample.editor()->navigator()->state(Step::Review), StepState::Incomplete);
}

void TestGuidedEditor::anyStepCanBeOpened()
{
    Window w(test::sampleReleaseInOneLanguage());
    for (Step step : {Step::Review, Step::Agencies, Step::Contacts, Step::Statement}) {
        w.editor()->navigator()->setCurrentStep(step);
        QCOMPARE(w.editor()->currentStep(), step);
    }
}

void TestGuidedEditor::previewFollowsTypingOffTheKeyPath()
{
    Window w(test::sampleReleaseInOneLanguage());
    PreviewLayouter *layouter = w.window->previewPane()->layouter();
    QSignalSpy laidOut(layouter, &PreviewLayouter::laidOut);
    w.editor()->focusField({Field::Headline, {}});
    auto *headline = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Harbour reopens"));
    // Typing does not lay out on the keystroke: one layout follows the burst.
    QCOMPARE(laidOut.count(), 0);
    QVERIFY(layouter->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(laidOut.count() >= 1 && !layouter->isBusy(), 5000);
    QCOMPARE(w.window->previewPane()->preview()->release()->composed().title,
        QStringLiteral("Harbour reopens"));
}

void TestGuidedEditor::clickOnThePreviewGoesToTheField()
{
    Window w(test::sampleReleaseInOneLanguage());
    PreviewWidget *preview = w.window->previewPane()->preview();
    // Find the headline on page 1 and click it.
    const std::shared_ptr<const PagedRelease> paged = preview->release();
    std::optional<QPoint> headlineAt;
    for (int y = 0; y < preview->viewport()->height() && !headlineAt; y += 3) {
        const QPoint point(preview->pageRect(0).center().x(), y);
        if (const auto hit = preview->pageAt(point)) {
            const auto field = paged->fieldAt(hit->first, hit->second);
            if (field && field->field == Field::Headline)
                headlineAt = point;
        }
    }
    QVERIFY(headlineAt);
    w.editor()->showStep(Step::Review);
    QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, *headlineAt);
    QCOMPARE(w.editor()->currentStep(), Step::Headline);
    QCOMPARE(
        QApplication::focusWidget(), w.window->findChild<QLineEdit *>(fieldId(Field::Headline)));
}

void TestGuidedEditor::checklistGoesToTheField()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.contacts[0].phone.clear();
    release.contacts[0].email.clear();
    Window w(release);
    QListWidget *checklist = w.editor()->reviewPage()->checklist()->list();
    QListWidgetItem *problem = nullptr;
    for (int row = 0; row < checklist->count(); ++row) {
        if (checklist->item(row)->text().contains(
                QStringLiteral("a phone number or an e-mail address")))
            problem = checklist->item(row);
    }
    QVERIFY(problem);
    Q_EMIT checklist->itemActivated(problem);
    QCOMPARE(w.editor()->currentStep(), Step::Contacts);
    QCOMPARE(QApplication::focusWidget(),
        w.window->findChild<QLineEdit *>(fieldId(Field::ContactPhone)));
}

void TestGuidedEditor::countersFollowTheText()
{
    Window w;
    w.document()->setField({Field::Headline, {}}, QStringLiteral("Road closed after slip"));
    QCOMPARE(w.window->findChild<QLabel *>(QStringLiteral("headlineCounter"))->text(),
        QStringLiteral("4 words, 22 characters"));
    w.document()->setField({Field::Body, {}},
        QVariant::fromValue(Body::fromPlainText(
            QString(450, QLatin1Char('x')).replace(QLatin1Char('x'), QStringLiteral("w ")))));
    QTRY_VERIFY(w.window->findChild<QLabel *>(QStringLiteral("bodyCounter"))
                    ->text()
                    .startsWith(QStringLiteral("450 words, about 3 min")));
}

void TestGuidedEditor::findSelectsTheTextInItsField()
{
    Window w(test::sampleReleaseInOneLanguage());
    w.window->findController()->setNeedle(QStringLiteral("waterfront"));
    QVERIFY(w.window->findController()->findNext());
    QCOMPARE(w.editor()->currentStep(), Step::Statement);
    auto *body = qobject_cast<QTextEdit *>(QApplication::focusWidget());
    QVERIFY(body);
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("waterfront"));

    w.window->findController()->setNeedle(QStringLiteral("Whitlock"));
    QVERIFY(w.window->findController()->findNext());
    QCOMPARE(w.editor()->currentStep(), Step::Quotes);
    auto *speaker = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(speaker);
    QCOMPARE(speaker->selectedText(), QStringLiteral("Whitlock"));

    w.window->findController()->setNeedle(QStringLiteral("nowhere to be found"));
    QVERIFY(!w.window->findController()->findNext());
    QCOMPARE(w.prompts->warnings.size(), 1);
}

void TestGuidedEditor::droppedFilesAreAttachedOrOpened()
{
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("wharf.png"));
    QFile file(photo);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::samplePng());
    file.close();

    Window w;
    w.window->dropFiles({photo});
    QCOMPARE(w.document()->release().attachments.size(), 1);
    QCOMPARE(w.document()->release().attachments.at(0).mediaType, QStringLiteral("image/png"));
    QCOMPARE(w.editor()->currentStep(), Step::Attachments);

    const QString project = dir.filePath(QStringLiteral("dropped.releasedesk"));
    QVERIFY(saveProject(test::sampleReleaseInOneLanguage(), project).ok());
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
    w.window->dropFiles({project});
    QCOMPARE(w.window->controller()->filePath(), project);
    QCOMPARE(w.document()->release().headline, test::sampleReleaseInOneLanguage().headline);
}

void TestGuidedEditor::aThousandDroppedFilesAreRefusedAtOnce()
{
    // A folder's contents dropped by mistake: refused with a message, in less time than a person
    // notices, and nothing attached.
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 1000; ++i) {
        const QString path
            = dir.filePath(QStringLiteral("scan-%1.png").arg(i, 4, 10, QLatin1Char('0')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::samplePng());
        paths.append(path);
    }
    Window w;
    QElapsedTimer dropping;
    dropping.start();
    w.window->dropFiles(paths);
    const qint64 took = dropping.elapsed();
    QVERIFY2(took < 250, qPrintable(QStringLiteral("the drop took %1 ms").arg(took)));
    QVERIFY(w.document()->release().attachments.isEmpty());
    QCOMPARE(w.prompts->warnings.size(), 1);
    QVERIFY2(w.prompts->warnings.first().contains(QStringLiteral("1,000 files")),
        qPrintable(w.prompts->warnings.first()));

    // As many as a release takes are attached.
    w.window->dropFiles(paths.mid(0, DocumentController::maxFilesAttachedAtOnce));
    QCOMPARE(
        w.document()->release().attachments.size(), DocumentController::maxFilesAttachedAtOnce);
}

void TestGuidedEditor::recentFilesRemembersOpenedProjects()
{
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        paths.append(dir.filePath(QStringLiteral("recent-%1.releasedesk").arg(i)));
        QVERIFY(saveProject(test::sampleReleaseInOneLanguage(), paths.last()).ok());
    }
    Window w;
    for (const QString &path : paths) {
        w.window->controller()->close();
        QVERIFY(w.window->controller()->openFile(path));
    }
    RecentFiles *recent = w.window->findChild<RecentFiles *>();
    QVERIFY(recent);
    QCOMPARE(recent->files().mid(0, 3), (QStringList {paths.at(2), paths.at(1), paths.at(0)}));
    QFile::remove(paths.at(1));
    QVERIFY(!recent->files().contains(paths.at(1)));
}

void TestGuidedEditor::attachmentsShowThumbnails()
{
    Window w(test::sampleReleaseInOneLanguage());
    w.editor()->showStep(Step::Attachments);
    CollectionEditor *attachments = nullptr;
    for (CollectionEditor *editor : w.window->findChildren<CollectionEditor *>()) {
        if (editor->collection() == Collection::Attachments)
            attachments = editor;
    }
    QVERIFY(attachments);
    auto *list = attachments->findChild<QListWidget *>();
    QCOMPARE(list->count(), 2);
    QVERIFY(!list->item(1)->icon().isNull()); // the PNG
}

void TestGuidedEditor::agencyProfilesAreSavedAndPicked()
{
    AgencyProfiles profiles;
    QDir(profiles.folder()).removeRecursively();
    const Release sample = test::sampleReleaseInOneLanguage();
    for (const Agency &agency : sample.agencies)
        QVERIFY(profiles.save(agency, sample.contacts).ok());
    const QList<AgencyProfiles::Entry> entries = profiles.list();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).name, QStringLiteral("Kestrel Bay Harbour Authority"));

    Window w;
    const int before = int(w.document()->release().agencies.size());
    w.prompts->choices.enqueue({0, 1});
    addAgenciesFromProfiles(w.document(), w.prompts, w.window.get());
    const Release &release = w.document()->release();
    QCOMPARE(release.agencies.size(), before + 2);
    const Agency &police = release.agencies.last();
    QCOMPARE(police.name, QStringLiteral("Kestrel Bay Police"));
    QCOMPARE(police.logo.file.data(), test::samplePng());
    QCOMPARE(release.contacts.size(), 1); // the police's media contact came along
    QCOMPARE(release.contacts.at(0).agencyId, police.id);
    QVERIFY(police.id != sample.agencies.at(0).id); // new ids: profiles can be added twice
    w.document()->undoStack()->undo(); // one step
    QCOMPARE(w.document()->release().agencies.size(), before);
}

void TestGuidedEditor::anAgencyCarriesItsHouseStyle()
{
    QTemporaryDir dir;
    const QString stylePath = dir.filePath(QStringLiteral("kbp-style.json"));
    const QString badPath = dir.filePath(QStringLiteral("typo.json"));
    {
        QFile style(stylePath);
        QVERIFY(style.open(QIODevice::WriteOnly));
        style.write(R"({"name": "KBP house style", "headline": {"maxWords": 4}})");
        QFile bad(badPath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"headline": {"maxWordz": 4}})");
    }
    Release release = test::sampleReleaseInOneLanguage();
    release.workflow = {};
    release.agencies[0].houseStyle = {};
    Window w(release);
    w.editor()->focusField({Field::AgencyName, release.agencies[0].id});
    QPushButton *choose = w.button(QStringLiteral("Choose Style File…"));

    // A style file with a mistake is refused with a message naming the key.
    w.prompts->fileNames.enqueue(badPath);
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(w.prompts->errors.size(), 1);
    QVERIFY2(w.prompts->errors.last().contains(QStringLiteral("maxWordz")),
        qPrintable(w.prompts->errors.last()));
    QVERIFY(w.document()->release().agencies[0].houseStyle.isEmpty());

    w.prompts->fileNames.enqueue(stylePath);
    QTest::mouseClick(choose, Qt::LeftButton);
    const QJsonObject carried = w.document()->release().agencies[0].houseStyle;
    QCOMPARE(carried.value(QStringLiteral("name")).toString(), QStringLiteral("KBP house style"));
    QVERIFY(w.window->findChild<QWidget *>(fieldId(Field::AgencyHouseStyle))
                ->findChild<QLabel *>()
                ->text()
                .contains(QStringLiteral("KBP house style")));
    // The checks hold the release to it at once: its headline is over four words.
    QTRY_VERIFY(!w.window->findChild<QLineEdit *>(fieldId(Field::Headline))->actions().isEmpty());

    // It travels with the agency's profile.
    AgencyProfiles profiles;
    QDir(profiles.folder()).removeRecursively();
    QVERIFY(profiles.save(w.document()->release().agencies[0], {}).ok());
    QCOMPARE(profiles.load(profiles.list().first().path)->agency.houseStyle, carried);

    QTest::mouseClick(w.button(QStringLiteral("Use Default")), Qt::LeftButton);
    QVERIFY(w.document()->release().agencies[0].houseStyle.isEmpty());
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->release().agencies[0].houseStyle, carried);
}

void TestGuidedEditor::everyFieldHasAnAccessibleName()
{
    Window w(test::sampleReleaseInOneLanguage());
    QStringList unnamed;
    for (QWidget *widget : w.editor()->findChildren<QWidget *>()) {
        const bool isField = qobject_cast<QLineEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QListWidget *>(widget);
        const bool partOfAnother = qobject_cast<QAbstractSpinBox *>(widget->parent())
            || qobject_cast<QComboBox *>(widget->parent());
        if (isField && !partOfAnother && widget->accessibleName().isEmpty())
            unnamed.append(widget->objectName() + QLatin1Char(' ')
                + QLatin1String(widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestGuidedEditor::stepsFromTheKeyboard()
{
    Window w;
    QTest::keyClick(w.window.get(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(w.editor()->currentStep(), Step::Statement);
    QTest::keyClick(w.window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(w.editor()->currentStep(), Step::Quotes);
    QTest::keyClick(w.window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(w.window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(w.editor()->currentStep(), Step::Headline);
}

void TestGuidedEditor::followsADarkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    {
        Window w(test::sampleReleaseInOneLanguage());
        w.editor()->showStep(Step::Headline);
        auto *headline = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));
        // Nothing in the editor paints light colours of its own over the desktop's.
        const QImage field = headline->grab().toImage();
        QVERIFY(QColor(field.pixel(field.width() - 6, field.height() / 2)).lightness() < 80);
        const QImage steps = w.editor()->navigator()->grab().toImage();
        QVERIFY(QColor(steps.pixel(steps.width() / 2, steps.height() - 4)).lightness() < 80);
    }
    QApplication::setPalette(light);
}

// A field whose text starts with an Arabic or Hebrew letter runs from the right, as it prints;
// the next field, in English, still runs from the left.
void TestGuidedEditor::fieldsRunInTheirTextsDirection()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.headline = QStringLiteral("شرطة أبوظبي تفكك شبكة احتيال دولية");
    release.quotes.first().text
        = QStringLiteral("משטרת ישראל עצרה 14 חשודים.\nThe second paragraph.");
    Window w(release);
    w.window->resize(1300, 850);
    w.window->show();

    w.editor()->focusField({Field::Headline, {}});
    auto *headline = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));
    QVERIFY(headline);
    const auto cursorX = [](QLineEdit *edit) {
        edit->home(false); // the logical start of the text
        edit->repaint(); // where a line edit sets its text is worked out as it paints
        return edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    };
    QVERIFY2(cursorX(headline) > headline->width() * 3 / 4,
        qPrintable(QString::number(cursorX(headline))));
    auto *subheadline = w.window->findChild<QLineEdit *>(fieldId(Field::Subheadline));
    QVERIFY(cursorX(subheadline) < subheadline->width() / 4);

    w.editor()->focusField({Field::QuoteText, QStringLiteral("quote-1")});
    QPlainTextEdit *quote = nullptr;
    for (auto *edit : w.window->findChildren<QPlainTextEdit *>()) {
        if (edit->toPlainText().startsWith(QStringLiteral("משטרת")))
            quote = edit;
    }
    QVERIFY(quote);
    QTextCursor cursor(quote->document());
    quote->repaint();
    QVERIFY(quote->cursorRect(cursor).center().x() > quote->viewport()->width() * 3 / 4);
    // The English paragraph after it still reads left to right: its first letter left of its last.
    cursor.movePosition(QTextCursor::NextBlock);
    const int start = quote->cursorRect(cursor).center().x();
    cursor.movePosition(QTextCursor::EndOfBlock);
    QVERIFY(start < quote->cursorRect(cursor).center().x());
}

QTEST_MAIN(TestGuidedEditor)
#include "tst_guidededitor.moc"
