#include "compare/merge.h"
#include "compare/releasecomparison.h"
#include "model/item.h"
#include "model/releasedocument.h"
#include "model/version.h"
#include "support/samplerelease.h"

#include <QTest>
#include <QUndoStack>

using namespace rd;
using Kind = Difference::Kind;

namespace {

BodyBlock paragraph(const QString &text)
{
    return BodyBlock {BodyBlock::Kind::Paragraph, {TextRun {text, false, false, {}}}};
}

Release mine()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.workflow = {};
    release.body.blocks = {
        paragraph(QStringLiteral("Wharf 3 is closed while crews contain the spill.")),
        paragraph(QStringLiteral("Boats are asked to keep clear of the harbour mouth.")),
        paragraph(QStringLiteral("Updates will follow at noon.")),
    };
    return release;
}

// A colleague's copy: a few of everything changed.
Release theirs()
{
    Release release = mine();
    release.headline = QStringLiteral("Fuel leak closes Kestrel Bay wharf");
    release.body.blocks[2] = paragraph(QStringLiteral("Updates will follow at two."));
    release.body.blocks.move(0, 1);
    release.body.blocks.append(paragraph(QStringLiteral("Call 0800 555 123 for help.")));
    release.quotes.first().speaker = QStringLiteral("Aroha Ngata");
    release.agencies.move(0, 1);
    MediaContact extra;
    extra.id = QStringLiteral("their-contact");
    extra.name = QStringLiteral("Duty officer");
    extra.phone = QStringLiteral("+64 4 555 0100");
    release.contacts.append(extra);
    release.attachments.removeFirst();
    return release;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takingEveryDifferenceGivesTheirContent();
    void takingAFieldIsOneUndoableEdit();
    void aParagraphTakesItsPlace();
    void itemsAreAddedRemovedAndMoved();
    void aDifferenceThatNoLongerAppliesIsRefused();
};

void TestMerge::takingEveryDifferenceGivesTheirContent()
{
    ReleaseDocument document(mine());
    const Release their = theirs();
    QList<Difference> differences = compareReleases(document.release(), their);
    QVERIFY(differences.size() >= 7);
    // One at a time, comparing again after each, as the window does.
    for (int round = 0; round < 50 && !differences.isEmpty(); ++round) {
        QVERIFY2(
            takeTheirs(document, their, differences.first()), qPrintable(differences.first().path));
        differences = compareReleases(document.release(), their);
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.value(0).path));
    QCOMPARE(contentOf(document.release()), contentOf(their));

    // Every merge undoes.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY(compareReleases(mine(), document.release()).isEmpty());
}

void TestMerge::takingAFieldIsOneUndoableEdit()
{
    ReleaseDocument document(mine());
    const Release their = theirs();
    const QList<Difference> differences = compareReleases(document.release(), their);
    const auto headline = std::find_if(differences.cbegin(), differences.cend(),
        [](const Difference &d) { return d.key.field == Field::Headline; });
    QVERIFY(headline != differences.cend());
    QVERIFY(takeTheirs(document, their, *headline));
    QCOMPARE(document.release().headline, their.headline);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.release().headline, mine().headline);
}

void TestMerge::aParagraphTakesItsPlace()
{
    ReleaseDocument document(mine());
    Release their = mine();
    their.body.blocks.insert(1, paragraph(QStringLiteral("Divers are searching the wreck.")));
    const QList<Difference> differences = compareReleases(document.release(), their);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().kind, Kind::Added);
    QVERIFY(takeTheirs(document, their, differences.first()));
    QCOMPARE(document.release().body.blocks.at(1).plainText(),
        QStringLiteral("Divers are searching the wreck."));
    QCOMPARE(document.release().body.blocks.size(), 4);

    // A changed paragraph replaces mine where it stands.
    their.body.blocks[3] = paragraph(QStringLiteral("Updates will follow at one."));
    const QList<Difference> changed = compareReleases(document.release(), their);
    QCOMPARE(changed.size(), 1);
    QVERIFY(takeTheirs(document, their, changed.first()));
    QCOMPARE(document.release().body.blocks.at(3).plainText(),
        QStringLiteral("Updates will follow at one."));
}

void TestMerge::itemsAreAddedRemovedAndMoved()
{
    ReleaseDocument document(mine());
    const Release their = theirs();
    const QList<Difference> differences = compareReleases(document.release(), their);
    int taken = 0;
    for (const Difference &difference : differences) {
        if (!collectionOf(difference.key.field) || difference.kind == Kind::Changed)
            continue;
        // Taken one kind at a time against a fresh comparison, as indexes shift.
        const QList<Difference> now = compareReleases(document.release(), their);
        for (const Difference &current : now) {
            if (current.kind == difference.kind && current.key == difference.key) {
                QVERIFY(takeTheirs(document, their, current));
                ++taken;
                break;
            }
        }
    }
    QVERIFY(taken >= 3);
    QCOMPARE(document.release().attachments.size(), their.attachments.size());
    QCOMPARE(document.release().contacts.last().name, QStringLiteral("Duty officer"));
    QStringList mineOrder, theirOrder;
    for (const Agency &agency : document.release().agencies)
        mineOrder.append(agency.id);
    for (const Agency &agency : their.agencies)
        theirOrder.append(agency.id);
    QCOMPARE(mineOrder, theirOrder);
}

void TestMerge::aDifferenceThatNoLongerAppliesIsRefused()
{
    ReleaseDocument document(mine());
    const Release their = theirs();
    Difference gone;
    gone.kind = Kind::Removed;
    gone.key = FieldKey {Field::ContactName, QStringLiteral("no-such-contact")};
    gone.earlierItemId = QStringLiteral("no-such-contact");
    QVERIFY(!takeTheirs(document, their, gone));
    Difference paragraphGone;
    paragraphGone.kind = Kind::Changed;
    paragraphGone.key = FieldKey {Field::Body, {}};
    paragraphGone.paragraph = 40;
    paragraphGone.earlierParagraph = 40;
    QVERIFY(!takeTheirs(document, their, paragraphGone));
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_MAIN(TestMerge)
#include "tst_merge.moc"
