#include "compare/changesummary.h"
#include "compare/releasecomparison.h"
#include "model/release.h"
#include "support/samplerelease.h"

#include <QElapsedTimer>
#include <QTest>

using namespace rd;
using Kind = Difference::Kind;

namespace {

BodyBlock paragraph(const QString &text)
{
    return BodyBlock {BodyBlock::Kind::Paragraph, {TextRun {text, false, false, {}}}};
}

QStringList linesOf(const QList<Difference> &differences)
{
    return changeSummary(differences).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestReleaseComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameContentHasNoDifferences();
    void whatIsNotContentIsNotCompared();
    void aChangedFieldNamesTheWords();
    void aChoiceShowsBothValues();
    void statementParagraphs();
    void aParagraphRewrittenInPlaceIsChanged();
    void aRemovedParagraphReadsAfterTheOneChangedBeforeIt();
    void formattingAlone();
    void listItemsAddedRemovedAndReordered();
    void anItemsFieldsAreNamedByIndex();
    void attachmentsAreComparedByTheirFiles();
    void theSecondLanguageIsNamedByItsLanguage();
    void aLongStatementIsComparedQuickly();
};

void TestReleaseComparison::theSameContentHasNoDifferences()
{
    QVERIFY(compareReleases(test::sampleRelease(), test::sampleRelease()).isEmpty());
    QVERIFY(compareReleases(Release(), Release()).isEmpty());
}

void TestReleaseComparison::whatIsNotContentIsNotCompared()
{
    Release later = test::sampleRelease();
    later.workflow = {};
    later.issueLog.clear();
    later.acknowledgements.clear();
    QVERIFY(compareReleases(test::sampleRelease(), later).isEmpty());
}

void TestReleaseComparison::aChangedFieldNamesTheWords()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    later.headline.replace(QStringLiteral("spill"), QStringLiteral("leak"));
    const QList<Difference> differences = compareReleases(earlier, later);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().kind, Kind::Changed);
    QCOMPARE(differences.first().path, QStringLiteral("headline"));
    QCOMPARE(differences.first().key, (FieldKey {Field::Headline, {}}));
    QCOMPARE(linesOf(differences),
        QStringList {QStringLiteral("headline: changed: removed \"spill\"; added \"leak\"")});
}

void TestReleaseComparison::aChoiceShowsBothValues()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    later.type = ReleaseType::MediaAdvisory;
    later.dateline.date = earlier.dateline.date.addDays(1);
    const QStringList lines = linesOf(compareReleases(earlier, later));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
        QStringLiteral("type: changed: was \"joint-statement\"; now \"media-advisory\""));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("dateline.date: changed: was \"")),
        qPrintable(lines.at(1)));
}

void TestReleaseComparison::statementParagraphs()
{
    Release earlier;
    earlier.body.blocks = {paragraph(QStringLiteral("First paragraph about the wharf.")),
        paragraph(QStringLiteral("Second paragraph about the ferries.")),
        paragraph(QStringLiteral("Third paragraph about the detour.")),
        paragraph(QStringLiteral("Fourth paragraph about the water tests."))};
    Release later = earlier;
    // The third paragraph moved to the top, the second removed, one added at the end.
    later.body.blocks = {earlier.body.blocks.at(2), earlier.body.blocks.at(0),
        earlier.body.blocks.at(3), paragraph(QStringLiteral("A new last paragraph."))};
    const QList<Difference> differences = compareReleases(earlier, later);
    const QStringList lines = linesOf(differences);
    // Swapping two paragraphs is one move; which of the two moved is the shorter account either
    // way.
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.contains(QStringLiteral("body[0]: moved from body[2]"))
            || lines.contains(QStringLiteral("body[1]: moved from body[0]")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(
        QStringLiteral("body[1]: removed: \"Second paragraph about the ferries.\"")));
    QVERIFY(lines.contains(QStringLiteral("body[3]: added: \"A new last paragraph.\"")));
    for (const Difference &difference : differences)
        QCOMPARE(difference.key.field, Field::Body);
}

void TestReleaseComparison::aParagraphRewrittenInPlaceIsChanged()
{
    Release earlier;
    earlier.body.blocks = {paragraph(QStringLiteral("Kept.")),
        paragraph(QStringLiteral("Ferry sailings are running to timetable today.")),
        paragraph(QStringLiteral("Also kept."))};
    Release later = earlier;
    later.body.blocks[1] = paragraph(QStringLiteral("Ferry sailings are cancelled today."));
    const QList<Difference> differences = compareReleases(earlier, later);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().paragraph, 1);
    QCOMPARE(linesOf(differences),
        QStringList {QStringLiteral(
            "body[1]: changed: removed \"running to timetable\"; added \"cancelled\"")});
}

void TestReleaseComparison::aRemovedParagraphReadsAfterTheOneChangedBeforeIt()
{
    Release earlier;
    earlier.body.blocks = {paragraph(QStringLiteral("Police closed the wharf on Thursday.")),
        paragraph(QStringLiteral("Keep clear of the waterfront.")),
        paragraph(QStringLiteral("Follow updates online."))};
    Release later;
    later.body.blocks = {paragraph(QStringLiteral("Police closed the wharf on Friday."))};
    QCOMPARE(linesOf(compareReleases(earlier, later)),
        (QStringList {
            QStringLiteral("body[0]: changed: removed \"Thursday\"; added \"Friday\""),
            QStringLiteral("body[1]: removed: \"Keep clear of the waterfront.\""),
            QStringLiteral("body[2]: removed: \"Follow updates online.\""),
        }));
}

void TestReleaseComparison::formattingAlone()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    later.body.blocks[0].runs[1].bold = false; // "closed Wharf 3" no longer bold
    later.body.blocks[1].kind = BodyBlock::Kind::NumberedItem;
    const QList<Difference> differences = compareReleases(earlier, later);
    QCOMPARE(differences.size(), 2);
    for (const Difference &difference : differences) {
        QVERIFY(difference.formattingChanged);
        QVERIFY(difference.words.size() == 1); // the same words
    }
    QCOMPARE(linesOf(differences).first(), QStringLiteral("body[0]: changed: formatting changed"));
}

void TestReleaseComparison::listItemsAddedRemovedAndReordered()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    std::swap(later.agencies[0], later.agencies[1]);
    later.quotes.clear();
    MediaContact contact;
    contact.id = QStringLiteral("contact-new");
    contact.name = QStringLiteral("Mele Taufa");
    later.contacts.append(contact);
    const QStringList lines = linesOf(compareReleases(earlier, later));
    QVERIFY2(lines.contains(QStringLiteral("agencies[0]: moved from agencies[1]"))
            || lines.contains(QStringLiteral("agencies[1]: moved from agencies[0]")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral(
        "quotes[0]: removed: \"Anna Whitlock: Our first concern is everyone's safety.\"")));
    QVERIFY(lines.contains(QStringLiteral("contacts[1]: added: \"Mele Taufa\"")));
    // Moving one of two agencies is one move, not two.
    QCOMPARE(lines.filter(QStringLiteral(": moved from")).size(), 1);
}

void TestReleaseComparison::anItemsFieldsAreNamedByIndex()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    later.contacts[0].phone = QStringLiteral("+64 4 111 1111");
    later.quotes[0].agencyId = QStringLiteral("agency-harbour");
    const QStringList lines = linesOf(compareReleases(earlier, later));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
        QStringLiteral("quotes[0].agency: changed: was \"Kestrel Bay Police\"; now \"%1\"")
            .arg(earlier.agency(QStringLiteral("agency-harbour"))->name));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("contacts[0].phone: changed: ")),
        qPrintable(lines.at(1)));
}

void TestReleaseComparison::attachmentsAreComparedByTheirFiles()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    // The same file attached again has a new id: still the same attachment.
    later.attachments[0].id = QStringLiteral("attachment-again");
    QVERIFY(compareReleases(earlier, later).isEmpty());
    // Other bytes under the same name are a changed file.
    later.attachments[1].file = EmbeddedFile::fromData("other bytes");
    const QList<Difference> differences = compareReleases(earlier, later);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().path, QStringLiteral("attachments[1].file"));
    QVERIFY(differences.first().after.contains(later.attachments[1].file.sha256()));
}

void TestReleaseComparison::theSecondLanguageIsNamedByItsLanguage()
{
    const Release earlier = test::sampleRelease();
    Release later = earlier;
    QVERIFY(setFieldValue(
        later, FieldKey {Field::Headline, {}, true}, QStringLiteral("Kua katia te whanga")));
    const QList<Difference> differences = compareReleases(earlier, later);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().path, QStringLiteral("mi-NZ:headline"));
    QVERIFY(differences.first().key.translated);

    // A release that gains its second language says so once, not field by field.
    const Release oneLanguage = test::sampleReleaseInOneLanguage();
    const QStringList lines = linesOf(compareReleases(oneLanguage, earlier));
    QCOMPARE(lines.filter(QStringLiteral("translations.language: changed: was \"\"; now \"mi-NZ\""))
                 .size(),
        1);
    QVERIFY(lines.filter(QStringLiteral("mi-NZ:")).isEmpty());
}

void TestReleaseComparison::aLongStatementIsComparedQuickly()
{
    // A correctness check on a long statement with edits spread through it; the timing itself
    // is measured by bench/run-compare-benchmark.
    const Release earlier = test::longRelease(400);
    Release later = earlier;
    for (qsizetype i = 5; i < later.body.blocks.size(); i += 40)
        later.body.blocks[i].runs.first().text.prepend(QStringLiteral("Updated: "));
    later.body.blocks.removeAt(100);
    later.body.blocks.insert(300, paragraph(QStringLiteral("A paragraph added late.")));
    const QList<Difference> differences = compareReleases(earlier, later);
    const auto count = [&](Kind kind) {
        return std::count_if(differences.cbegin(), differences.cend(),
            [kind](const Difference &difference) { return difference.kind == kind; });
    };
    QCOMPARE(count(Kind::Changed), 10);
    QCOMPARE(count(Kind::Added), 1);
    QCOMPARE(count(Kind::Removed), 1);
}

QTEST_GUILESS_MAIN(TestReleaseComparison)
#include "tst_releasecomparison.moc"
