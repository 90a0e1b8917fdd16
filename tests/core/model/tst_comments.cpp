#include "model/releasedocument.h"
#include "project/contenthash.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "support/samplerelease.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace rd;

// Reviewers' comments: anchored to a stretch of a field's text that they follow through edits,
// answered, resolved, kept in the project, and never part of the content.
class TestComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchorFollowsEdits_data();
    void anchorFollowsEdits();
    void aCommentOnAWholeFieldIsNotMoved();
    void typingMovesTheCommentsOfThatFieldOnly();
    void undoPutsTheAnchorBack();
    void addReplyResolveReopenRemove();
    void commentsAreNotContent();
    void commentsRoundTripThroughTheFile();

private:
    static Comment on(const FieldKey &key, qsizetype start, qsizetype length);
    static const QDateTime when;
};

const QDateTime TestComments::when(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

Comment TestComments::on(const FieldKey &key, qsizetype start, qsizetype length)
{
    Comment comment;
    comment.field = key;
    comment.start = start;
    comment.length = length;
    comment.author = QStringLiteral("Sam Rivera");
    comment.at = when;
    comment.text = QStringLiteral("Check this.");
    return comment;
}

void TestComments::anchorFollowsEdits_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("quoted"); // the stretch in before, marked by its first occurrence
    QTest::addColumn<QString>("expected"); // what the stretch holds after; empty when detached

    QTest::newRow("typed before") << "The spill is contained."
                                  << "Today the spill is contained."
                                  << "spill"
                                  << "spill";
    QTest::newRow("typed after") << "The spill is contained."
                                 << "The spill is now contained."
                                 << "spill"
                                 << "spill";
    QTest::newRow("typed inside") << "The chemical spill is contained."
                                  << "The chemical fluid spill is contained."
                                  << "chemical spill"
                                  << "chemical fluid spill";
    QTest::newRow("its end deleted") << "The chemical spill is contained."
                                     << "The chemical is contained."
                                     << "chemical spill"
                                     << "chemical";
    QTest::newRow("its start deleted") << "The chemical spill is contained."
                                       << "The spill is contained."
                                       << "chemical spill"
                                       << "spill";
    QTest::newRow("replaced around") << "Call 0800 000 000 now."
                                     << "Ring 0800 000 000 today."
                                     << "0800 000 000"
                                     << "0800 000 000";
    QTest::newRow("all deleted") << "The chemical spill is contained."
                                 << "The leak is contained."
                                 << "chemical spill"
                                 << "";
    QTest::newRow("Māori, with macrons") << "Kua katia te wāpu."
                                         << "Kua katia anō te wāpu."
                                         << "wāpu"
                                         << "wāpu";
}

void TestComments::anchorFollowsEdits()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, quoted);
    QFETCH(QString, expected);
    const Comment comment = on({Field::Headline, {}}, before.indexOf(quoted), quoted.size());
    const Comment moved = anchoredThrough(comment, before, after);
    if (expected.isEmpty()) {
        QVERIFY(moved.detached);
        return;
    }
    QVERIFY(!moved.detached);
    QCOMPARE(after.mid(moved.start, moved.length), expected);
}

void TestComments::aCommentOnAWholeFieldIsNotMoved()
{
    const Comment whole = on({Field::Headline, {}}, -1, 0);
    QCOMPARE(anchoredThrough(whole, QStringLiteral("a"), QString()), whole);
}

void TestComments::typingMovesTheCommentsOfThatFieldOnly()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    const QString headline = document.release().headline;
    const qsizetype at = headline.indexOf(QStringLiteral("spill"));
    const QString onHeadline = document.addComment(on({Field::Headline, {}}, at, 5));
    const QString onSubheadline = document.addComment(on({Field::Subheadline, {}}, 0, 5));
    const Comment subheadlineBefore = document.release().comments.last();
    QCOMPARE(document.release().comments.at(document.release().comments.size() - 2).quoted,
        QStringLiteral("spill"));

    document.setField({Field::Headline, {}}, QStringLiteral("Update: ") + headline);
    for (const Comment &comment : document.release().comments) {
        if (comment.id == onHeadline)
            QCOMPARE(document.release().headline.mid(comment.start, comment.length),
                QStringLiteral("spill"));
        if (comment.id == onSubheadline)
            QCOMPARE(comment, subheadlineBefore);
    }
}

void TestComments::undoPutsTheAnchorBack()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    const QString headline = document.release().headline;
    document.addComment(on({Field::Headline, {}}, headline.indexOf(QStringLiteral("spill")), 5));
    const QList<Comment> before = document.release().comments;
    // Deleting the stretch detaches the comment; undo brings it back where it was.
    QString edited = headline;
    edited.remove(QStringLiteral("spill"));
    document.setField({Field::Headline, {}}, edited);
    QVERIFY(document.release().comments.last().detached);
    QCOMPARE(document.release().comments.last().quoted, QStringLiteral("spill"));
    document.undoStack()->undo();
    QCOMPARE(document.release().comments, before);
}

void TestComments::addReplyResolveReopenRemove()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    const qsizetype open = openCommentCount(document.release());
    QSignalSpy changed(&document, &ReleaseDocument::commentsChanged);
    const QString id = document.addComment(on({Field::Body, {}}, 0, 6));
    QCOMPARE(openCommentCount(document.release()), open + 1);
    document.replyToComment(id, {QStringLiteral("Jo"), when, QStringLiteral("Done.")});
    document.resolveComment(id, QStringLiteral("Sam"), when);
    QCOMPARE(openCommentCount(document.release()), open);
    const Comment &resolved = document.release().comments.last();
    QCOMPARE(resolved.replies.size(), 1);
    QCOMPARE(resolved.resolvedBy, QStringLiteral("Sam"));
    document.reopenComment(id);
    QCOMPARE(openCommentCount(document.release()), open + 1);
    document.removeComment(id);
    QCOMPARE(openCommentCount(document.release()), open);
    QCOMPARE(changed.size(), 5);
    // Each a step of its own: undo goes back through them.
    for (int step = 0; step < 5; ++step)
        document.undoStack()->undo();
    QCOMPARE(openCommentCount(document.release()), open);
    QVERIFY(std::none_of(document.release().comments.cbegin(), document.release().comments.cend(),
        [&](const Comment &comment) { return comment.id == id; }));
}

void TestComments::commentsAreNotContent()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    document.approve(QStringLiteral("Sam"), when, contentSha256(document.release()));
    const QString approved = contentSha256(document.release());
    const QString id = document.addComment(on({Field::Headline, {}}, -1, 0));
    document.resolveComment(id, QStringLiteral("Sam"), when);
    QCOMPARE(document.release().workflow.state, WorkflowState::Approved);
    QCOMPARE(contentSha256(document.release()), approved);
    // And the approval stands in the file.
    Result<LoadedRelease> loaded = readProject(projectBytes(document.release()).value());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->release.workflow.state, WorkflowState::Approved);
}

void TestComments::commentsRoundTripThroughTheFile()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    const QString id
        = document.addComment(on({Field::QuoteText, QStringLiteral("quote-1"), true}, 0, 3));
    document.replyToComment(id, {QStringLiteral("Mele"), when, QStringLiteral("Kia ora.")});
    Result<LoadedRelease> loaded = readProject(projectBytes(document.release()).value());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->release.comments, document.release().comments);
    QVERIFY(loaded->release.comments.last().field.translated);
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
