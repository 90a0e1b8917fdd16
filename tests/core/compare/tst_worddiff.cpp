#include "compare/sequencediff.h"
#include "compare/worddiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rd;
using Kind = WordChange::Kind;

namespace {

// The two texts a comparison was made from, put back together.
QString side(const QList<WordChange> &changes, Kind left)
{
    QString text;
    for (const WordChange &change : changes) {
        if (change.kind == Kind::Same || change.kind == left)
            text += change.text;
    }
    return text;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void similarityAndSpacing();
    void shortestEditOfNumbers();
    void shortestEditGivesUpBeyondItsBound();
    void aChangedWordIsReplacedWhole();
    void neighbouringChangesReadAsOne();
    void bothTextsComeBack_data();
    void bothTextsComeBack();
    void randomEditsComeBack();
    void emptyAndEqualTexts();
};

void TestWordDiff::shortestEditOfNumbers()
{
    // ABCABBA to CBABAC, Myers' own example: five edits at the least.
    const QList<quint32> a {1, 2, 3, 1, 2, 2, 1};
    const QList<quint32> b {3, 2, 1, 2, 1, 3};
    const std::optional<QList<EditRun>> runs = shortestEdit(a, b, 100);
    QVERIFY(runs);
    qsizetype edits = 0, kept = 0;
    for (const EditRun &run : *runs) {
        if (run.kind == EditRun::Kind::Keep)
            kept += run.length;
        else
            edits += run.length;
    }
    QCOMPARE(edits, 5);
    QCOMPARE(kept, 4);
}

void TestWordDiff::shortestEditGivesUpBeyondItsBound()
{
    QList<quint32> a, b;
    for (quint32 i = 0; i < 200; ++i) {
        a.append(i);
        b.append(1000 + i);
    }
    QVERIFY(!shortestEdit(a, b, 100));
    QVERIFY(shortestEdit(a, b, 400));
}

void TestWordDiff::aChangedWordIsReplacedWhole()
{
    const QList<WordChange> changes = compareWords(
        QStringLiteral("The spill is contained."), QStringLiteral("The leak is contained."));
    const QList<WordChange> expected {{Kind::Same, QStringLiteral("The ")},
        {Kind::Deleted, QStringLiteral("spill")}, {Kind::Inserted, QStringLiteral("leak")},
        {Kind::Same, QStringLiteral(" is contained.")}};
    QCOMPARE(changes, expected);
    QCOMPARE(deletedWords(changes), QStringList {QStringLiteral("spill")});
    QCOMPARE(insertedWords(changes), QStringList {QStringLiteral("leak")});
}

void TestWordDiff::neighbouringChangesReadAsOne()
{
    const QList<WordChange> changes
        = compareWords(QStringLiteral("the red car"), QStringLiteral("a blue car"));
    QCOMPARE(deletedWords(changes), QStringList {QStringLiteral("the red")});
    QCOMPARE(insertedWords(changes), QStringList {QStringLiteral("a blue")});
}

void TestWordDiff::bothTextsComeBack_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("punctuation") << "Wharf 3 is closed."
                                 << "Wharf 3 is closed!";
    QTest::newRow("a word added") << "Ferries run to timetable."
                                  << "Ferries still run to timetable.";
    QTest::newRow("lines") << "Line one\nline two"
                           << "Line one\n\nline two, more";
    QTest::newRow("te reo Māori") << "Kua katia te wāpu."
                                  << "Kua tuwhera anō te wāpu.";
    QTest::newRow("Arabic") << "أغلقت الشرطة الرصيف"
                            << "أغلقت الشرطة والميناء الرصيف";
    QTest::newRow("Chinese") << "警方关闭了三号码头。"
                             << "警方今天关闭了三号码头。";
    QTest::newRow("emoji and surrogates") << "Stay safe 🚧 today"
                                          << "Stay safe 🚧🚓 tonight";
    QTest::newRow("all different") << "alpha beta"
                                   << "gamma delta epsilon";
    QTest::newRow("to nothing") << "Something said."
                                << "";
    QTest::newRow("from nothing") << ""
                                  << "Something new.";
}

void TestWordDiff::bothTextsComeBack()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QList<WordChange> changes = compareWords(before, after);
    QCOMPARE(side(changes, Kind::Deleted), before);
    QCOMPARE(side(changes, Kind::Inserted), after);
    // Never a few letters of a word: each deleted or inserted stretch starts and ends at a word's
    // edge in its own text.
    for (const WordChange &change : changes)
        QVERIFY(!change.text.isEmpty());
}

void TestWordDiff::randomEditsComeBack()
{
    const QStringList vocabulary = QStringLiteral(
        "the harbour police closed wharf three after a spill of hydraulic fluid , . ; and people "
        "are asked to keep away until")
                                       .split(QLatin1Char(' '));
    QRandomGenerator random(2026);
    for (int round = 0; round < 200; ++round) {
        QStringList words;
        for (int i = 0; i < 40; ++i)
            words.append(vocabulary.at(random.bounded(int(vocabulary.size()))));
        QStringList edited = words;
        for (int edit = random.bounded(8); edit > 0; --edit) {
            const int at = random.bounded(int(edited.size()));
            switch (random.bounded(3)) {
            case 0:
                edited.removeAt(at);
                break;
            case 1:
                edited.insert(at, vocabulary.at(random.bounded(int(vocabulary.size()))));
                break;
            default:
                edited[at] = vocabulary.at(random.bounded(int(vocabulary.size())));
            }
        }
        const QString before = words.join(QLatin1Char(' '));
        const QString after = edited.join(QLatin1Char(' '));
        const QList<WordChange> changes = compareWords(before, after);
        QCOMPARE(side(changes, Kind::Deleted), before);
        QCOMPARE(side(changes, Kind::Inserted), after);
    }
}

void TestWordDiff::emptyAndEqualTexts()
{
    QVERIFY(compareWords({}, {}).isEmpty());
    const QList<WordChange> same = compareWords(QStringLiteral("Same."), QStringLiteral("Same."));
    QCOMPARE(same, (QList<WordChange> {{Kind::Same, QStringLiteral("Same.")}}));
    QVERIFY(deletedWords(same).isEmpty());
}

void TestWordDiff::similarityAndSpacing()
{
    QCOMPARE(wordSimilarity(QStringLiteral("a b c d"), QStringLiteral("a b c d")), 1.0);
    QCOMPARE(wordSimilarity(QStringLiteral("a b c d"), QStringLiteral("e f g h")), 0.0);
    QCOMPARE(wordSimilarity(QStringLiteral("a b c d"), QStringLiteral("a b")), 2.0 * 2 / 6);
    QCOMPARE(wordSimilarity(QString(), QStringLiteral("a")), 0.0);
    // "spill" replaced by "leak" reads "spill leak", never "spillleak"; an existing space serves.
    QVERIFY(needsSpaceBetween(QStringLiteral("spill"), QStringLiteral("leak")));
    QVERIFY(!needsSpaceBetween(QStringLiteral("spill "), QStringLiteral("leak")));
    QVERIFY(!needsSpaceBetween(QStringLiteral("spill"), QStringLiteral(" leak")));
    QVERIFY(!needsSpaceBetween(QString(), QStringLiteral("leak")));
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
