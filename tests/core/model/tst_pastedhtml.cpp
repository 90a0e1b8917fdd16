#include "model/pastedhtml.h"

#include <QTest>

using namespace rd;

class TestPastedHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsParagraphsBoldItalicAndLinks();
    void keepsListsFromWordAndBrowsers();
    void wordStyleSpans();
    void dropsEverythingElse();
    void neverLoadsAnything();
    void entitiesAndWhitespace();
};

void TestPastedHtml::keepsParagraphsBoldItalicAndLinks()
{
    const Body body = bodyFromPastedHtml(
        QStringLiteral("<html><body><p>Police <b>closed</b> the <em>wharf</em>.</p>"
                       "<p>See <a href=\"https://example.org/x\">the map</a>.</p></body></html>"));
    QCOMPARE(body.blocks.size(), 2);
    QCOMPARE(body.blocks.at(0).runs.size(), 5);
    QCOMPARE(body.blocks.at(0).runs.at(1), (TextRun {QStringLiteral("closed"), true, false, {}}));
    QCOMPARE(body.blocks.at(0).runs.at(3), (TextRun {QStringLiteral("wharf"), false, true, {}}));
    QCOMPARE(body.blocks.at(1).runs.at(1).link, QStringLiteral("https://example.org/x"));
    QCOMPARE(body.plainText(), QStringLiteral("Police closed the wharf.\n\nSee the map."));
}

void TestPastedHtml::keepsListsFromWordAndBrowsers()
{
    const Body body = bodyFromPastedHtml(
        QStringLiteral("<ul><li>one</li><li><p>two</p></li></ul><ol><li>first</li><li>second</li></"
                       "ol><p>after</p>"));
    QCOMPARE(body.blocks.size(), 5);
    QCOMPARE(body.blocks.at(0).kind, BodyBlock::Kind::BulletItem);
    QCOMPARE(body.blocks.at(1).kind, BodyBlock::Kind::BulletItem);
    QCOMPARE(body.blocks.at(1).plainText(), QStringLiteral("two"));
    QCOMPARE(body.blocks.at(2).kind, BodyBlock::Kind::NumberedItem);
    QCOMPARE(body.blocks.at(4).kind, BodyBlock::Kind::Paragraph);
}

void TestPastedHtml::wordStyleSpans()
{
    const Body body = bodyFromPastedHtml(
        QStringLiteral("<p class=MsoNormal><span style='font-weight:700'>Bold</span> and "
                       "<span style=\"font-style: italic\">italic</span> <span "
                       "style='color:red;font-size:30pt'>big</span></p>"));
    QCOMPARE(body.blocks.size(), 1);
    QCOMPARE(body.blocks.at(0).runs.at(0), (TextRun {QStringLiteral("Bold"), true, false, {}}));
    QCOMPARE(body.blocks.at(0).runs.at(2), (TextRun {QStringLiteral("italic"), false, true, {}}));
    QCOMPARE(body.blocks.at(0).runs.at(3).text, QStringLiteral(" big"));
    QVERIFY(!body.blocks.at(0).runs.at(3).bold);
}

void TestPastedHtml::dropsEverythingElse()
{
    const Body body = bodyFromPastedHtml(QStringLiteral(
        "<head><title>T</title><style>p{color:red}</style></head><script>alert(1)</script>"
        "<!-- comment --><p>Text<img src=\"/etc/passwd\"> <a href=\"file:///etc/passwd\">local</a>"
        " <a href=\"javascript:alert(1)\">js</a></p><table><tr><td>cell</td></tr></table>"));
    QCOMPARE(body.plainText(), QStringLiteral("Text local js\n\ncell"));
    for (const BodyBlock &block : body.blocks) {
        for (const TextRun &run : block.runs)
            QVERIFY(run.link.isEmpty());
    }
}

void TestPastedHtml::neverLoadsAnything()
{
    // Only text comes out: image sources, style sheets and backgrounds are dropped unread.
    const Body body = bodyFromPastedHtml(
        QStringLiteral("<link rel=stylesheet href=\"http://example.invalid/x.css\"><p "
                       "style=\"background:url(/dev/zero)\">"
                       "ok<img src=\"/dev/zero\"></p>"));
    QCOMPARE(body.plainText(), QStringLiteral("ok"));
}

void TestPastedHtml::entitiesAndWhitespace()
{
    const Body body = bodyFromPastedHtml(QStringLiteral(
        "<p>  Caf&eacute;? no: Caf&#233; &amp; &#x2014; &lt;b&gt;\n   two&nbsp;words  </p>"));
    QCOMPARE(body.plainText(), QStringLiteral("Caf&eacute;? no: Café & — <b> two words"));
}

QTEST_GUILESS_MAIN(TestPastedHtml)
#include "tst_pastedhtml.moc"
