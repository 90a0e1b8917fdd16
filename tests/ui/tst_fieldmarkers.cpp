#include "editor/checklist.h"
#include "editor/reviewpage.h"
#include "editor/stepnavigator.h"
#include "form/collectioneditor.h"
#include "support/checking.h"
#include "testwindow.h"
#include "useridentity.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextEdit>
#include <QUndoStack>

using namespace rd;

namespace {

// The sign a line edit shows at its end, if any.
QAction *markOf(QLineEdit *edit)
{
    const QList<QAction *> actions = edit->actions();
    return actions.isEmpty() ? nullptr : actions.last();
}

} // namespace

// Each field shows what the checks found in it, a moment after typing stops.
class TestFieldMarkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void aFieldIsMarkedAsTheUserTypes();
    void aListsFieldsShowTheirItemsMarks();
    void aWarningLetStandIsNoLongerMarked();
};

void TestFieldMarkers::aFieldIsMarkedAsTheUserTypes()
{
    test::TestWindow w(test::releaseSaying(
        QStringLiteral("Kestrel Bay Police have reopened Harbour Road after a slip closed it on "
                       "Wednesday 25 November.\n\nContractors cleared the road overnight.")));
    w.editor()->showStep(Step::Headline);
    auto *headline = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));
    QVERIFY(!markOf(headline));
    QTest::keyClick(headline, Qt::Key_End);
    QTest::keyClicks(headline, QStringLiteral("."));
    QTRY_VERIFY(markOf(headline));
    QVERIFY2(markOf(headline)->toolTip().contains(QStringLiteral("full stop")),
        qPrintable(markOf(headline)->toolTip()));
    QVERIFY(headline->accessibleDescription().contains(QStringLiteral("full stop")));
    QTest::keyClick(headline, Qt::Key_Backspace);
    QTRY_VERIFY(!markOf(headline));
    QVERIFY(headline->accessibleDescription().isEmpty());

    // A field that is not a line edit carries a badge in its corner.
    w.editor()->showStep(Step::Statement);
    auto *body = w.window->findChild<QTextEdit *>(fieldId(Field::Body));
    QVERIFY(body);
    QVERIFY(!body->findChild<QLabel *>(QStringLiteral("fieldMarker")));
    w.document()->setField({Field::Body, {}}, QVariant::fromValue(Body {}));
    QTRY_VERIFY(body->findChild<QLabel *>(QStringLiteral("fieldMarker")));
    auto *badge = body->findChild<QLabel *>(QStringLiteral("fieldMarker"));
    QVERIFY(badge->isVisible());
    QVERIFY(badge->toolTip().contains(QStringLiteral("statement")));
    QVERIFY(badge->geometry().right() < body->width());
    w.document()->undoStack()->undo();
    QTRY_VERIFY(!body->findChild<QLabel *>(QStringLiteral("fieldMarker")));
}

void TestFieldMarkers::aListsFieldsShowTheirItemsMarks()
{
    Release release = test::releaseSaying(QStringLiteral("Harbour Road has reopened."));
    MediaContact second = release.contacts.first();
    second.id = QStringLiteral("c2");
    second.name = QStringLiteral("Duty Inspector");
    second.phone = QStringLiteral("12");
    release.contacts.append(second);
    test::TestWindow w(release);
    w.editor()->showStep(Step::Contacts);
    auto *phone = w.window->findChild<QLineEdit *>(fieldId(Field::ContactPhone));
    CollectionEditor *contacts = nullptr;
    for (CollectionEditor *editor : w.window->findChildren<CollectionEditor *>()) {
        if (editor->collection() == Collection::Contacts)
            contacts = editor;
    }
    QVERIFY(contacts);
    contacts->selectItem(QStringLiteral("c"));
    QTRY_VERIFY(!markOf(phone));
    contacts->selectItem(QStringLiteral("c2"));
    QVERIFY(markOf(phone)); // at once: nothing was typed
    contacts->selectItem(QStringLiteral("c"));
    QVERIFY(!markOf(phone));
}

void TestFieldMarkers::aWarningLetStandIsNoLongerMarked()
{
    setUserName(QStringLiteral("Jo Tane"));
    Release release = test::releaseSaying(QStringLiteral("Harbour Road has reopened."));
    release.headline = QStringLiteral("Harbour Road reopens.");
    // Dated today, whatever day the test runs, so that the full stop is the step's one warning.
    release.dateline.date = QDate::currentDate();
    test::TestWindow w(release);
    auto *headline = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));
    QTRY_VERIFY(markOf(headline));
    QListWidget *list = w.editor()->reviewPage()->checklist()->list();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(QStringLiteral("full stop")))
            list->setCurrentRow(row);
    }
    w.prompts->texts.enqueue(QStringLiteral("The minister's headline"));
    QCOMPARE(w.editor()->navigator()->state(Step::Headline), StepState::Problem);
    QTest::mouseClick(w.button(QStringLiteral("Let Stand…")), Qt::LeftButton);
    QVERIFY(!markOf(headline));
    // Nor is its step: the warning was decided on.
    QCOMPARE(w.editor()->navigator()->state(Step::Headline), StepState::Complete);
}

QTEST_MAIN(TestFieldMarkers)
#include "tst_fieldmarkers.moc"
