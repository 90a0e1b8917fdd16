#include "render/paginator.h"

#include <QTest>

using namespace rd;

namespace {

// A block of `lines` lines, each 10 points high.
class FakeBlock : public LayoutBlock
{
public:
    explicit FakeBlock(int lines, bool keepWithNext = false, bool neverSplit = false)
    {
        for (int i = 1; i <= lines; ++i)
            m_lineTops.append(i * 10.0);
        this->keepWithNext = keepWithNext;
        this->neverSplit = neverSplit;
    }
    void paint(PageCanvas *, int, int, QPointF) const override { }
    QString lineText(int) const override { return {}; }
};

struct Blocks
{
    std::vector<std::unique_ptr<LayoutBlock>> list;
    Blocks &add(int lines, bool keepWithNext = false, bool neverSplit = false)
    {
        list.push_back(std::make_unique<FakeBlock>(lines, keepWithNext, neverSplit));
        return *this;
    }
};

// "block:first+count" for each fragment of each page, to compare whole paginations at a glance.
QStringList describe(const QList<PageFragments> &pages)
{
    QStringList out;
    for (const PageFragments &page : pages) {
        QStringList fragments;
        for (const Fragment &f : page)
            fragments.append(
                QStringLiteral("%1:%2+%3").arg(f.block).arg(f.firstLine).arg(f.lineCount));
        out.append(fragments.join(QLatin1Char(' ')));
    }
    return out;
}

} // namespace

class TestPaginator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingOnOnePage();
    void shortParagraphIsNeverSplit();
    void longParagraphKeepsTwoLinesEachSide();
    void widowIsAvoided();
    void keepWithNextMovesHeadline();
    void keepChainCarriesLinesOfSplittableBlock();
    void endMarkerNeverAloneAtTop();
    void blockTallerThanPageIsDivided();
    void firstPageMayBeShorter();
    void everyLinePlacedOnce();
};

void TestPaginator::everythingOnOnePage()
{
    Blocks blocks;
    blocks.add(3).add(2);
    QCOMPARE(
        describe(paginate(blocks.list, 100, 100)), QStringList {QStringLiteral("0:0+3 1:0+2")});
}

void TestPaginator::shortParagraphIsNeverSplit()
{
    Blocks blocks;
    blocks.add(7).add(4); // 4 lines, only 3 fit after the first block
    QCOMPARE(describe(paginate(blocks.list, 100, 100)),
        (QStringList {QStringLiteral("0:0+7"), QStringLiteral("1:0+4")}));
}

void TestPaginator::longParagraphKeepsTwoLinesEachSide()
{
    Blocks blocks;
    blocks.add(7).add(6); // 3 of 6 fit: split 3 / 3
    QCOMPARE(describe(paginate(blocks.list, 100, 100)),
        (QStringList {QStringLiteral("0:0+7 1:0+3"), QStringLiteral("1:3+3")}));
}

void TestPaginator::widowIsAvoided()
{
    Blocks blocks;
    blocks.add(5).add(6); // 5 of 6 fit, which would leave one line: 4 here, 2 over
    QCOMPARE(describe(paginate(blocks.list, 100, 100)),
        (QStringList {QStringLiteral("0:0+5 1:0+4"), QStringLiteral("1:4+2")}));

    Blocks orphan;
    orphan.add(9).add(6); // only 1 fits: the whole block moves
    QCOMPARE(describe(paginate(orphan.list, 100, 100)),
        (QStringList {QStringLiteral("0:0+9"), QStringLiteral("1:0+6")}));
}

void TestPaginator::keepWithNextMovesHeadline()
{
    Blocks blocks;
    blocks.add(8).add(2, true).add(3); // the headline fits, the paragraph after it does not
    QCOMPARE(describe(paginate(blocks.list, 100, 100)),
        (QStringList {QStringLiteral("0:0+8"), QStringLiteral("1:0+2 2:0+3")}));
}

void TestPaginator::keepChainCarriesLinesOfSplittableBlock()
{
    Blocks blocks;
    blocks.add(8, true).add(3); // an 8-line paragraph kept with a 3-line one that cannot follow
    QCOMPARE(describe(paginate(blocks.list, 100, 100)),
        (QStringList {QStringLiteral("0:0+6"), QStringLiteral("0:6+2 1:0+3")}));
}

void TestPaginator::endMarkerNeverAloneAtTop()
{
    // A 3-line paragraph (kept with the end marker, as the layout does), then the end marker.
    Blocks blocks;
    blocks.add(7).add(3, true).add(1, false, true);
    QCOMPARE(describe(paginate(blocks.list, 100, 100)),
        (QStringList {QStringLiteral("0:0+7"), QStringLiteral("1:0+3 2:0+1")}));
}

void TestPaginator::blockTallerThanPageIsDivided()
{
    Blocks blocks;
    blocks.add(25, false, true);
    QCOMPARE(describe(paginate(blocks.list, 100, 100)),
        (QStringList {
            QStringLiteral("0:0+10"), QStringLiteral("0:10+10"), QStringLiteral("0:20+5")}));
}

void TestPaginator::firstPageMayBeShorter()
{
    Blocks blocks;
    blocks.add(4).add(4).add(4);
    QCOMPARE(describe(paginate(blocks.list, 50, 120)),
        (QStringList {QStringLiteral("0:0+4"), QStringLiteral("1:0+4 2:0+4")}));
}

void TestPaginator::everyLinePlacedOnce()
{
    Blocks blocks;
    int total = 0;
    for (int i = 0; i < 200; ++i) {
        const int lines = 1 + (i * 37) % 11;
        blocks.add(lines, i % 7 == 0, i % 13 == 0);
        total += lines;
    }
    const QList<PageFragments> pages = paginate(blocks.list, 430, 400);
    int placed = 0;
    int expectedBlock = 0;
    int expectedLine = 0;
    for (const PageFragments &page : pages) {
        QVERIFY(!page.isEmpty());
        for (const Fragment &fragment : page) {
            QCOMPARE(fragment.block, expectedBlock);
            QCOMPARE(fragment.firstLine, expectedLine);
            placed += fragment.lineCount;
            expectedLine += fragment.lineCount;
            if (expectedLine == blocks.list.at(size_t(expectedBlock))->lineCount()) {
                ++expectedBlock;
                expectedLine = 0;
            }
            QVERIFY(fragment.y + fragment.lineCount * 10 <= 430 + 0.01);
        }
    }
    QCOMPARE(placed, total);
}

QTEST_GUILESS_MAIN(TestPaginator)
#include "tst_paginator.moc"
