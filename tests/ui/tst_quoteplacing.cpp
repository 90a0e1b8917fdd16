#include "form/quoteplacementcombobox.h"
#include "preview/previewwidget.h"
#include "render/pagedrelease.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QListWidget>
#include <QTextEdit>
#include <QUndoStack>

using namespace rd;

namespace {

// Four paragraphs and two quotes, both at the end: a release as an officer first drafts it.
Release draftedRelease()
{
    Release release = test::sampleRelease();
    release.workflow = Workflow {};
    release.body = Body::fromPlainText(QStringLiteral(
        "Police arrested a man in Kestrel Bay on Thursday after a series of burglaries.\n\n"
        "He will appear in the Kestrel Bay District Court on Monday.\n\n"
        "Police thank the residents who came forward with information.\n\n"
        "Anyone with more information should call 105."));
    Quote second = release.quotes.first();
    second.id = QStringLiteral("quote-2");
    second.text = QStringLiteral("The community helped us close this case.");
    second.speaker = QStringLiteral("Rawiri Henare");
    release.quotes.first().afterParagraph = 0;
    second.afterParagraph = 0;
    release.quotes.append(second);
    return release;
}

QStringList itemTexts(QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

// Where a point of the laid-out release (page, points) is in the preview's viewport.
QPoint onScreen(PreviewWidget *preview, int page, QPointF point)
{
    const QRect rect = preview->pageRect(page);
    const qreal scale = rect.width() / preview->release()->pageSize().width();
    return rect.topLeft() + (point * scale).toPoint();
}

QPoint quoteOnScreen(PreviewWidget *preview, const QString &quoteId)
{
    const auto place = preview->release()->placeOf({Field::QuoteText, quoteId});
    return onScreen(preview, place->first, place->second.center());
}

QPoint gapOnScreen(PreviewWidget *preview, int placement)
{
    for (const PagedRelease::QuoteGap &gap : preview->release()->quoteGaps()) {
        if (gap.placement == placement)
            return onScreen(preview, gap.page, QPointF(200, gap.y));
    }
    qFatal("no gap for placement %d", placement);
}

void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    // In steps, as a hand moves, so that the drag starts before it arrives.
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

QStringList composedTexts(const test::TestWindow &w)
{
    w.window->previewPane()->layouter()->layoutNow();
    QStringList texts;
    for (const ComposedBlock &block :
        w.window->previewPane()->preview()->release()->composed().blocks)
        texts.append(block.plainText());
    return texts;
}

} // namespace

// A quote set after a chosen paragraph: from the Quotes step, and by dragging it in the preview.
class TestQuotePlacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void theQuotesStepPlacesAQuote();
    void theChoicesFollowTheStatement();
    void aQuoteDraggedInThePreviewGoesThere();
    void escapeLeavesTheQuoteWhereItWas();
};

void TestQuotePlacing::theQuotesStepPlacesAQuote()
{
    test::TestWindow w(draftedRelease());
    w.editor()->showStep(Step::Quotes);
    auto *placement = w.window->findChild<QuotePlacementComboBox *>(fieldId(Field::QuotePlacement));
    QVERIFY(placement && placement->isVisible());
    QCOMPARE(itemTexts(placement),
        (QStringList {QStringLiteral("At the end of the statement"),
            QStringLiteral("After paragraph 1: “Police arrested a man in Kestrel Bay on "
                           "Thursday…”"),
            QStringLiteral("After paragraph 2: “He will appear in the Kestrel Bay District "
                           "Court…”"),
            QStringLiteral("After paragraph 3: “Police thank the residents who came forward "
                           "with…”")}));
    QCOMPARE(placement->currentIndex(), 0);

    // The keyboard chooses, as with any list: two down is after the second paragraph.
    placement->setFocus();
    QTest::keyClick(placement, Qt::Key_Down);
    QTest::keyClick(placement, Qt::Key_Down);
    QCOMPARE(w.document()->release().quotes.at(0).afterParagraph, 2);
    QCOMPARE(w.document()->undoStack()->count(), 2); // each choice is a step
    const QStringList texts = composedTexts(w);
    const qsizetype second = texts.indexOf(
        QStringLiteral("He will appear in the Kestrel Bay District Court on Monday."));
    QCOMPARE(texts.at(second + 1), QStringLiteral("“Our first concern is everyone's safety.”"));

    // The other quote shows its own place.
    QListWidget *list = nullptr;
    for (QListWidget *candidate : w.window->findChildren<QListWidget *>()) {
        if (candidate->accessibleName() == QStringLiteral("List of quote items"))
            list = candidate;
    }
    QVERIFY(list);
    list->setCurrentRow(1);
    QCOMPARE(placement->currentIndex(), 0);
    list->setCurrentRow(0);
    QCOMPARE(placement->currentIndex(), 2);

    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->release().quotes.at(0).afterParagraph, 1);
    QCOMPARE(placement->currentIndex(), 1);
}

void TestQuotePlacing::theChoicesFollowTheStatement()
{
    test::TestWindow w(draftedRelease());
    w.document()->setField({Field::QuotePlacement, QStringLiteral("quote-1")}, 2);

    // A new first paragraph, typed in the statement: the quote stays after "He will appear".
    w.editor()->showStep(Step::Statement);
    auto *statement = w.window->findChild<QTextEdit *>(fieldId(Field::Body));
    statement->setFocus();
    statement->moveCursor(QTextCursor::Start);
    QTest::keyClicks(statement, QStringLiteral("Summary first."));
    QTest::keyClick(statement, Qt::Key_Return);
    QCOMPARE(w.document()->release().quotes.at(0).afterParagraph, 3);

    w.editor()->showStep(Step::Quotes);
    auto *placement = w.window->findChild<QuotePlacementComboBox *>(fieldId(Field::QuotePlacement));
    QCOMPARE(placement->count(), 5);
    QCOMPARE(placement->itemText(1), QStringLiteral("After paragraph 1: “Summary first.”"));
    QCOMPARE(placement->currentData().toInt(), 3);
    QVERIFY(placement->currentText().contains(QStringLiteral("He will appear")));
}

void TestQuotePlacing::aQuoteDraggedInThePreviewGoesThere()
{
    test::TestWindow w(draftedRelease());
    PreviewWidget *preview = w.window->previewPane()->preview();
    QWidget *viewport = preview->viewport();

    drag(viewport, quoteOnScreen(preview, QStringLiteral("quote-2")), gapOnScreen(preview, 1));
    QCOMPARE(w.document()->release().quotes.at(1).afterParagraph, 1);
    QCOMPARE(w.document()->release().quotes.at(0).afterParagraph, 0);
    // Pressing on the quote also showed it in the editor, to be read or changed.
    QCOMPARE(w.editor()->currentStep(), Step::Quotes);

    QStringList texts = composedTexts(w);
    qsizetype lede = texts.indexOf(QStringLiteral(
        "Police arrested a man in Kestrel Bay on Thursday after a series of burglaries."));
    QCOMPARE(texts.at(lede + 1), QStringLiteral("“The community helped us close this case.”"));

    // And on to after the third paragraph, and back to the end.
    drag(viewport, quoteOnScreen(preview, QStringLiteral("quote-2")), gapOnScreen(preview, 3));
    QCOMPARE(w.document()->release().quotes.at(1).afterParagraph, 3);
    drag(viewport, quoteOnScreen(preview, QStringLiteral("quote-2")), gapOnScreen(preview, 0));
    QCOMPARE(w.document()->release().quotes.at(1).afterParagraph, 0);
    QCOMPARE(w.document()->undoStack()->count(), 3);
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->release().quotes.at(1).afterParagraph, 3);
}

void TestQuotePlacing::escapeLeavesTheQuoteWhereItWas()
{
    test::TestWindow w(draftedRelease());
    PreviewWidget *preview = w.window->previewPane()->preview();
    QWidget *viewport = preview->viewport();
    const QPoint from = quoteOnScreen(preview, QStringLiteral("quote-1"));
    const QPoint to = gapOnScreen(preview, 2);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 4);
    QCOMPARE(viewport->cursor().shape(), Qt::ClosedHandCursor);
    QTest::keyClick(preview, Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(w.document()->release().quotes.at(0).afterParagraph, 0);
    QCOMPARE(w.document()->undoStack()->count(), 0);

    // A click that does not move is a click: it goes to the quote, and moves nothing.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, from);
    QCOMPARE(w.editor()->currentStep(), Step::Quotes);
    QCOMPARE(w.document()->undoStack()->count(), 0);
}

QTEST_MAIN(TestQuotePlacing)
#include "tst_quoteplacing.moc"
