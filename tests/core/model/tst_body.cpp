#include "model/bodytextdocument.h"
#include "support/samplerelease.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace rd;

class TestBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughTextDocument();
    void markupIsInsertedLiterally();
    void onlyAllowedLinksSurvive_data();
    void onlyAllowedLinksSurvive();
    void otherFormattingIsDropped();
    void plainTextHelpers();
};

void TestBody::roundTripThroughTextDocument()
{
    const Body body = test::sampleRelease().body;
    QTextDocument document;
    QTextCursor cursor(&document);
    insertBody(cursor, body);
    QCOMPARE(bodyFromTextDocument(document), body);
    QCOMPARE(document.blockCount(), body.blocks.size());
}

void TestBody::markupIsInsertedLiterally()
{
    const QString markup = QStringLiteral("<img src=\"/etc/passwd\"> <b>bold?</b> **no** &amp;");
    Body body;
    body.blocks.append({BodyBlock::Kind::Paragraph, {TextRun {markup, false, false, {}}}});
    QTextDocument document;
    QTextCursor cursor(&document);
    insertBody(cursor, body);
    QCOMPARE(document.toPlainText(), markup);
    QCOMPARE(bodyFromTextDocument(document), body);
}

void TestBody::onlyAllowedLinksSurvive_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://example.org/a?b=c" << true;
    QTest::newRow("http") << "http://example.org" << true;
    QTest::newRow("mailto") << "mailto:media@example.org" << true;
    QTest::newRow("tel") << "tel:+6440000000" << true;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("relative") << "../secret.txt" << false;
    QTest::newRow("data") << "data:text/html,hi" << false;
    QTest::newRow("http without host") << "http:///etc/passwd" << false;
}

void TestBody::onlyAllowedLinksSurvive()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedLink(url), allowed);

    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url);
    cursor.insertText(QStringLiteral("link"), format);
    const Body body = bodyFromTextDocument(document);
    QCOMPARE(body.blocks.size(), 1);
    QCOMPARE(body.blocks.at(0).runs.at(0).link, allowed ? url : QString());
}

void TestBody::otherFormattingIsDropped()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat fancy;
    fancy.setFontPointSize(40);
    fancy.setForeground(Qt::red);
    fancy.setFontUnderline(true);
    fancy.setFontWeight(QFont::Bold);
    cursor.insertText(QStringLiteral("Loud"), fancy);
    cursor.insertText(QStringLiteral(" quiet"), QTextCharFormat());
    cursor.insertBlock();
    cursor.insertBlock(); // an empty paragraph is not kept
    cursor.insertText(QStringLiteral("Next"));

    const Body body = bodyFromTextDocument(document);
    QCOMPARE(body.blocks.size(), 2);
    QCOMPARE(body.blocks.at(0).runs.size(), 2);
    QCOMPARE(body.blocks.at(0).runs.at(0), (TextRun {QStringLiteral("Loud"), true, false, {}}));
    QCOMPARE(body.blocks.at(1).plainText(), QStringLiteral("Next"));
}

void TestBody::plainTextHelpers()
{
    const Body body = Body::fromPlainText(QStringLiteral("One two three.\n\n  Four five.  \n\n\n"));
    QCOMPARE(body.blocks.size(), 2);
    QCOMPARE(body.wordCount(), 5);
    QCOMPARE(body.plainText(), QStringLiteral("One two three.\n\nFour five."));
    QVERIFY(!body.isEmpty());
    QVERIFY(Body().isEmpty());
}

QTEST_MAIN(TestBody)
#include "tst_body.moc"
