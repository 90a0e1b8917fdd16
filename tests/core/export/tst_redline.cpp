#include "export/pdfexporter.h"
#include "export/redline.h"
#include "export/reviewcopy.h"
#include "model/comment.h"
#include "model/release.h"
#include "render/pagedrelease.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QTest>

using namespace rd;

namespace {

BodyBlock paragraph(const QString &text, bool bold = false)
{
    return BodyBlock {BodyBlock::Kind::Paragraph, {TextRun {text, bold, false, {}}}};
}

const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc());

Release base()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.headline = QStringLiteral("Fuel spill closes Kestrel Bay wharf");
    release.body.blocks = {
        paragraph(QStringLiteral("Wharf 3 is closed while crews contain the spill.")),
        paragraph(QStringLiteral("Boats are asked to keep clear of the harbour mouth.")),
        paragraph(QStringLiteral("Updates will follow at noon.")),
    };
    return release;
}

// The redline's blocks that come from a field, with their marked text: "[-old-]" for what was
// deleted, "[+new+]" for what was inserted.
QStringList markedBlocks(const ComposedRelease &redline, Field field)
{
    QStringList marked;
    for (const ComposedBlock &block : redline.blocks) {
        if (!block.source || block.source->field != field)
            continue;
        QString text;
        for (const Span &span : block.spans) {
            switch (span.mark) {
            case SpanMark::None:
                text += span.text;
                break;
            case SpanMark::Inserted:
                text += QStringLiteral("[+%1+]").arg(span.text);
                break;
            case SpanMark::Deleted:
                text += QStringLiteral("[-%1-]").arg(span.text);
                break;
            }
        }
        marked.append(text);
    }
    return marked;
}

bool hasMarks(const ComposedRelease &redline)
{
    for (const ComposedBlock &block : redline.blocks) {
        for (const Span &span : block.spans) {
            if (span.mark != SpanMark::None)
                return true;
        }
    }
    return false;
}

} // namespace

class TestRedline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameReleaseHasNoMarks();
    void changedWordsAreMarkedInPlace();
    void addedAndRemovedParagraphs();
    void aRewrittenParagraphIsReplaced();
    void formattingFollowsTheLaterVersion();
    void programWordingIsComparedToo();
    void theRedlinePdfShowsBothVersionsWords();
    void theReviewCopyPrintsOpenComments();
    void commentsThatDoNotFitGoOnToTheNextPage();
};

void TestRedline::theSameReleaseHasNoMarks()
{
    const ComposedRelease redline = composeRedline(base(), base(), {now}, redlineLegend());
    QVERIFY(!hasMarks(redline));
    QCOMPARE(redline.blocks.size(), composeRelease(base(), {now}).blocks.size() + 1);
    QCOMPARE(redline.blocks.first().plainText(), redlineLegend());
}

void TestRedline::changedWordsAreMarkedInPlace()
{
    Release later = base();
    later.headline = QStringLiteral("Fuel leak closes Kestrel Bay wharf");
    const ComposedRelease redline = composeRedline(base(), later, {now}, redlineLegend());
    QCOMPARE(markedBlocks(redline, Field::Headline),
        QStringList {QStringLiteral("Fuel [-spill-] [+leak+] closes Kestrel Bay wharf")});
    // Only what changed is marked.
    QCOMPARE(markedBlocks(redline, Field::Body).first(),
        QStringLiteral("Wharf 3 is closed while crews contain the spill."));
}

void TestRedline::addedAndRemovedParagraphs()
{
    Release later = base();
    later.body.blocks.removeAt(1);
    later.body.blocks.append(paragraph(QStringLiteral("Call 0800 555 123 for help.")));
    const QStringList body
        = markedBlocks(composeRedline(base(), later, {now}, redlineLegend()), Field::Body);
    QCOMPARE(body,
        (QStringList {QStringLiteral("Wharf 3 is closed while crews contain the spill."),
            QStringLiteral("[-Boats are asked to keep clear of the harbour mouth.-]"),
            QStringLiteral("Updates will follow at noon."),
            QStringLiteral("[+Call 0800 555 123 for help.+]")}));
}

void TestRedline::aRewrittenParagraphIsReplaced()
{
    Release later = base();
    later.body.blocks[1] = paragraph(QStringLiteral("Ferries run to the usual timetable."));
    later.body.blocks[2] = paragraph(QStringLiteral("Updates will follow at two."));
    const QStringList body
        = markedBlocks(composeRedline(base(), later, {now}, redlineLegend()), Field::Body);
    // Nothing in common: the old paragraph struck through before the new one; a few words
    // changed: marked within the paragraph.
    QCOMPARE(body.mid(1),
        (QStringList {QStringLiteral("[-Boats are asked to keep clear of the harbour mouth.-]"),
            QStringLiteral("[+Ferries run to the usual timetable.+]"),
            QStringLiteral("Updates will follow at [-noon-] [+two+].")}));
}

void TestRedline::formattingFollowsTheLaterVersion()
{
    Release later = base();
    later.body.blocks[0]
        = paragraph(QStringLiteral("Wharf 3 is closed while crews contain the fuel spill."), true);
    const ComposedRelease redline = composeRedline(base(), later, {now}, redlineLegend());
    for (const ComposedBlock &block : redline.blocks) {
        if (!block.source || block.source->field != Field::Body)
            continue;
        for (const Span &span : block.spans) {
            if (span.mark != SpanMark::Deleted)
                QVERIFY2(span.bold, qPrintable(span.text));
        }
        QCOMPARE(markedBlocks(redline, Field::Body).first(),
            QStringLiteral("Wharf 3 is closed while crews contain the [+fuel +]spill."));
        return;
    }
    QFAIL("no paragraph of the statement");
}

void TestRedline::programWordingIsComparedToo()
{
    Release later = base();
    later.dateline.place = QStringLiteral("PORT NICHOLSON");
    const QStringList dateline
        = markedBlocks(composeRedline(base(), later, {now}, redlineLegend()), Field::DatelinePlace);
    QCOMPARE(dateline.size(), 1);
    QVERIFY2(dateline.first().contains(QStringLiteral("[+PORT NICHOLSON+]")),
        qPrintable(dateline.first()));
    QVERIFY2(dateline.first().contains(QStringLiteral("[-")), qPrintable(dateline.first()));
}

void TestRedline::theRedlinePdfShowsBothVersionsWords()
{
    Release later = base();
    later.headline = QStringLiteral("Fuel leak closes Kestrel Bay wharf");
    ExportOptions options;
    options.now = now;
    const Result<QByteArray> pdf = exportRedlinePdf(base(), later, options,
        redlineLegend(QStringLiteral("old.releasedesk"), QStringLiteral("new.releasedesk")));
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
    const test::PdfReader reader(*pdf);
    QVERIFY(reader.isValid());
    const QString text = reader.text().simplified();
    QVERIFY2(text.contains(QStringLiteral("Fuel spill leak closes")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Changes from old.releasedesk to new.releasedesk: ")));
    QVERIFY(reader.info(QStringLiteral("Title")).startsWith(QStringLiteral("Changes: ")));

    // The marks are drawn in their colours: some pixels of each on the first page.
    const QImage page = reader.renderPage(0, 100);
    int green = 0, red = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.green() > 70 && c.red() < 40 && c.blue() < 60)
                ++green;
            if (c.red() > 140 && c.green() < 60 && c.blue() < 60)
                ++red;
        }
    }
    QVERIFY2(green > 20 && red > 20, qPrintable(QStringLiteral("%1 %2").arg(green).arg(red)));
}

void TestRedline::theReviewCopyPrintsOpenComments()
{
    Release release = base();
    release.comments.clear();
    Comment onHeadline;
    onHeadline.id = QStringLiteral("c1");
    onHeadline.field = FieldKey {Field::Headline, {}};
    onHeadline.author = QStringLiteral("Mere Tane");
    onHeadline.at = now;
    onHeadline.text = QStringLiteral("Say which wharf in the headline.");
    onHeadline.replies = {{QStringLiteral("Sam Lee"), now, QStringLiteral("Done: Wharf 3.")}};
    Comment onParagraph;
    onParagraph.id = QStringLiteral("c2");
    onParagraph.field = FieldKey {Field::Body, {}};
    const QString body = release.body.plainText();
    onParagraph.start = body.indexOf(QStringLiteral("harbour mouth"));
    onParagraph.length = 13;
    onParagraph.quoted = QStringLiteral("harbour mouth");
    onParagraph.author = QStringLiteral("Legal");
    onParagraph.at = now;
    onParagraph.text = QStringLiteral("Name the exclusion zone.");
    Comment resolved = onParagraph;
    resolved.id = QStringLiteral("c3");
    resolved.text = QStringLiteral("An old question, answered.");
    resolved.resolved = true;
    release.comments = {onHeadline, onParagraph, resolved};

    ExportOptions options;
    options.now = now;
    const Result<QByteArray> pdf = exportReviewCopyPdf(release, options);
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
    const test::PdfReader reader(*pdf);
    const QString text = reader.text().simplified();
    QVERIFY2(text.contains(QStringLiteral("Say which wharf in the headline.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Done: Wharf 3.")));
    QVERIFY(text.contains(QStringLiteral("Name the exclusion zone.")));
    QVERIFY(text.contains(QStringLiteral("\u201charbour mouth\u201d")));
    QVERIFY(!text.contains(QStringLiteral("An old question")));
    QVERIFY(reader.info(QStringLiteral("Title")).startsWith(QStringLiteral("Review copy: ")));

    // The release's own PDF carries no comment.
    const Result<QByteArray> released = exportPdf(release, options);
    QVERIFY(released);
    const QString releasedText = test::PdfReader(*released).text();
    QVERIFY(releasedText.contains(QStringLiteral("harbour mouth")));
    QVERIFY(!releasedText.contains(QStringLiteral("Say which wharf")));
}

void TestRedline::commentsThatDoNotFitGoOnToTheNextPage()
{
    Release release = test::longRelease(60);
    for (int i = 0; i < 40; ++i) {
        Comment comment;
        comment.id = QStringLiteral("c%1").arg(i);
        comment.field = FieldKey {Field::Headline, {}};
        comment.author = QStringLiteral("Reviewer %1").arg(i);
        comment.at = now;
        comment.text = QStringLiteral("Comment number %1 on the headline, long enough to wrap "
                                      "over a few lines of the margin.")
                           .arg(i);
        release.comments.append(comment);
    }
    ExportOptions options;
    options.now = now;
    const Result<QByteArray> pdf = exportReviewCopyPdf(release, options);
    QVERIFY(pdf);
    const test::PdfReader reader(*pdf);
    QVERIFY(reader.pageCount() > 2);
    QVERIFY(reader.pageText(0).contains(QStringLiteral("Reviewer 0")));
    QVERIFY(!reader.pageText(0).contains(QStringLiteral("Reviewer 39")));
    QVERIFY(reader.text().contains(QStringLiteral("Reviewer 39")));
    // In order, page after page.
    QStringList reviewers;
    for (int i = 0; i < 40; ++i)
        reviewers.append(QStringLiteral("Reviewer %1,").arg(i));
    QString missing;
    QVERIFY2(test::inOrder(reader.text(), reviewers, &missing), qPrintable(missing));
}

QTEST_MAIN(TestRedline)
#include "tst_redline.moc"
