#include "form/quoteplacementcombobox.h"
#include "main/approvalbanner.h"
#include "support/pdftext.h"
#include "testwindow.h"
#include "useridentity.h"

#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace rd;

namespace {

constexpr auto headline = "Man charged after burglaries in Kestrel Bay";
const QStringList paragraphs {
    QStringLiteral("Kestrel Bay Police have charged a 34-year-old man with six burglaries of "
                   "homes in Tern Valley between August and October."),
    QStringLiteral("He will appear in the Kestrel Bay District Court on Monday 30 November."),
    QStringLiteral("Police recovered jewellery, two laptops and a bicycle, and are working to "
                   "return them to their owners."),
    QStringLiteral("Anyone with information is asked to call 105 and quote file "
                   "KBP-2026-0587."),
};
constexpr auto quoteText
    = "We are grateful to the residents whose calls led us to this arrest. Please keep your "
      "doors and windows locked.";

// Goes to a step as a newcomer would, with Alt and the step's number.
void goToStep(const test::TestWindow &w, int number)
{
    QTest::keyClick(w.window.get(), Qt::Key(Qt::Key_0 + number), Qt::AltModifier);
}

// Replaces what a field shows (a template's prompt) with text typed on the keyboard.
template<typename Edit>
void typeOver(const test::TestWindow &w, Field field, const QString &text)
{
    auto *edit = w.window->findChild<Edit *>(fieldId(field));
    QVERIFY2(edit && edit->isVisible(), qPrintable(fieldId(field)));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

} // namespace

// A newcomer's first release, driven as they would drive the window: from a template, by typing,
// to an approved PDF, with a quote where releases set one and an edit after approval on the way.
class TestNewcomer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareWidgetTests();
        setUserName(QString()); // a first day: nobody has given a name yet
    }
    void draftsApprovesEditsReapprovesAndExports();
};

void TestNewcomer::draftsApprovesEditsReapprovesAndExports()
{
    test::TestWindow w;
    QMenu *templates = w.templatesMenu();
    QCOMPARE(templates->actions().first()->text(), QStringLiteral("Media Release"));
    templates->actions().first()->trigger();

    goToStep(w, 1);
    typeOver<QLineEdit>(w, Field::AgencyName, QStringLiteral("Kestrel Bay Police"));
    typeOver<QLineEdit>(w, Field::AgencyShortName, QStringLiteral("KBP"));

    goToStep(w, 2);
    typeOver<QLineEdit>(w, Field::Headline, QString::fromUtf8(headline));
    typeOver<QLineEdit>(w, Field::DatelinePlace, QStringLiteral("KESTREL BAY"));

    // The statement: the template's prompts typed over, a paragraph at a time.
    goToStep(w, 3);
    auto *statement = w.window->findChild<QTextEdit *>(fieldId(Field::Body));
    QVERIFY(statement->hasFocus());
    QVERIFY(statement->toPlainText().startsWith(QStringLiteral("[Lede")));
    QTest::keyClick(statement, Qt::Key_A, Qt::ControlModifier);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            QTest::keyClick(statement, Qt::Key_Return);
        QTest::keyClicks(statement, paragraphs.at(i));
    }
    QCOMPARE(w.document()->release().body.plainText(), paragraphs.join(QStringLiteral("\n\n")));

    // The quote, set after the second paragraph as releases set one.
    goToStep(w, 4);
    typeOver<QPlainTextEdit>(w, Field::QuoteText, QString::fromUtf8(quoteText));
    typeOver<QLineEdit>(w, Field::QuoteSpeaker, QStringLiteral("Anna Whitlock"));
    typeOver<QLineEdit>(w, Field::QuoteTitle, QStringLiteral("Detective Inspector"));
    auto *placement = w.window->findChild<QuotePlacementComboBox *>(fieldId(Field::QuotePlacement));
    QCOMPARE(placement->currentText(), QStringLiteral("At the end of the statement"));
    placement->setFocus();
    QTest::keyClick(placement, Qt::Key_Down);
    QTest::keyClick(placement, Qt::Key_Down);
    QVERIFY2(placement->currentText().startsWith(QStringLiteral("After paragraph 2: “He will")),
        qPrintable(placement->currentText()));
    QCOMPARE(w.document()->release().quotes.first().afterParagraph, 2);

    goToStep(w, 6);
    typeOver<QLineEdit>(w, Field::ContactName, QStringLiteral("Media Centre"));
    typeOver<QLineEdit>(w, Field::ContactRole, QStringLiteral("Duty media officer"));
    typeOver<QLineEdit>(w, Field::ContactPhone, QStringLiteral("+64 4 000 0000"));
    typeOver<QLineEdit>(w, Field::ContactEmail, QStringLiteral("media@police.kestrelbay.example"));

    // Review: a colleague is asked, and a manager approves.
    goToStep(w, 7);
    w.prompts->texts.enqueue(QStringLiteral("Jo Tane"));
    w.button(QStringLiteral("Request review…"))->click();
    w.prompts->texts.enqueue(QStringLiteral("Sam Rivera"));
    w.button(QStringLiteral("Approve…"))->click();
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);

    // An edit after approval: asked once, accepted, and the release is a draft again.
    goToStep(w, 2);
    auto *headlineEdit = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));
    headlineEdit->setFocus();
    headlineEdit->end(false);
    QTest::keyClicks(headlineEdit, QStringLiteral(" Valley"));
    QCOMPARE(w.prompts->withdrawalQuestions.size(), 1);
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Draft);
    QVERIFY(w.window->findChild<ApprovalBanner *>()->isVisible());
    QCOMPARE(
        w.document()->release().headline, QString::fromUtf8(headline) + QStringLiteral(" Valley"));

    goToStep(w, 7);
    w.prompts->texts.enqueue(QStringLiteral("Sam Rivera"));
    w.button(QStringLiteral("Approve…"))->click();
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);
    QList<WorkflowEvent::Kind> steps;
    for (const WorkflowEvent &event : w.document()->release().workflow.history)
        steps.append(event.kind);
    QCOMPARE(steps,
        (QList {WorkflowEvent::Kind::ReviewRequested, WorkflowEvent::Kind::Approved,
            WorkflowEvent::Kind::WithdrawnByEdit, WorkflowEvent::Kind::Approved}));

    // Export, with the keyboard: the approved release goes out, and says so.
    QTemporaryDir folder;
    const QString pdfPath = folder.filePath(QStringLiteral("release.pdf"));
    w.prompts->fileNames.enqueue(pdfPath);
    w.prompts->texts.enqueue(QStringLiteral("Jo Tane"));
    QTest::keyClick(w.window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.prompts->exportedMessages.size(), 1);
    QCOMPARE(w.document()->release().issueLog.size(), 1);
    QCOMPARE(w.document()->release().issueLog.first().issuedBy, QStringLiteral("Jo Tane"));
    QVERIFY2(w.prompts->unexpected.isEmpty(),
        qPrintable(w.prompts->unexpected.join(QStringLiteral(", "))));
    QVERIFY2(w.prompts->errors.isEmpty(), qPrintable(w.prompts->errors.join(QStringLiteral(", "))));

    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const test::PdfReader pdf(file.readAll());
    QVERIFY(pdf.isValid());
    const QString text = pdf.text().simplified();
    QString missing;
    QVERIFY2(
        test::inOrder(text,
            {QStringLiteral("Kestrel Bay Police"), QStringLiteral("FOR IMMEDIATE RELEASE"),
                QStringLiteral("KESTREL BAY"),
                QStringLiteral("Man charged after burglaries in Kestrel Bay Valley"),
                QStringLiteral("charged a 34-year-old man"),
                QStringLiteral("District Court on Monday 30 November"),
                QStringLiteral("We are grateful to the residents"), QStringLiteral("Anna Whitlock"),
                QStringLiteral("Detective Inspector"), QStringLiteral("Police recovered jewellery"),
                QStringLiteral("call 105 and quote file"), QStringLiteral("ENDS"),
                QStringLiteral("Media contacts"), QStringLiteral("Media Centre"),
                QStringLiteral("media@police.kestrelbay.example")},
            &missing),
        qPrintable(missing + QStringLiteral("\n") + text));
    QVERIFY2(!text.contains(QStringLiteral("DRAFT")), "approved: no draft notice");
    QVERIFY2(!text.contains(QLatin1Char('[')), "every prompt of the template was replaced");
    QCOMPARE(pdf.info(QStringLiteral("Title")),
        QStringLiteral("Man charged after burglaries in Kestrel Bay Valley"));
}

QTEST_MAIN(TestNewcomer)
#include "tst_newcomer.moc"
