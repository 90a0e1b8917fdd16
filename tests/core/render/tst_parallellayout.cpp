#include "model/release.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "support/busypool.h"
#include "support/samplerelease.h"

#include <QTest>
#include <QThreadPool>

using namespace rd;

Q_DECLARE_METATYPE(std::optional<rd::BilingualLayout>)

namespace {

Release withRichParagraphs(Release release)
{
    // Bold, italic and a link among the plain paragraphs, so that both threads lay out runs in
    // several fonts, and an Arabic paragraph set from the right.
    for (qsizetype i = 0; i < release.body.blocks.size(); i += 17) {
        BodyBlock &block = release.body.blocks[i];
        block.runs.append(TextRun {QStringLiteral(" Emphasised."), true, false, {}});
        block.runs.append(TextRun {QStringLiteral(" In italics."), false, true, {}});
        block.runs.append(TextRun {QStringLiteral(" The council's page"), false, false,
            QStringLiteral("https://council.example/spill")});
    }
    release.body.blocks.insert(release.body.blocks.size() / 2,
        {BodyBlock::Kind::Paragraph,
            {TextRun {QStringLiteral("أغلقت الشرطة الرصيف الثالث بعد تسرب مادة كيميائية."), false,
                false, {}}}});
    return release;
}

} // namespace

// A long release's paragraphs are laid out half on another thread: every line must break, and
// every page end, where one thread alone would put them, and the pages must look the same.
class TestParallelLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoThreadsSetEveryLineWhereOneDoes_data();
    void twoThreadsSetEveryLineWhereOneDoes();
};

void TestParallelLayout::twoThreadsSetEveryLineWhereOneDoes_data()
{
    QTest::addColumn<Release>("release");
    QTest::addColumn<std::optional<BilingualLayout>>("layout");
    QTest::newRow("one language") << withRichParagraphs(test::longRelease(260))
                                  << std::optional<BilingualLayout>();
    // Two languages side by side: each row's two columns are laid out apart, maybe on two
    // threads, and put together in order.
    Release bilingual = test::sampleRelease();
    bilingual.body = withRichParagraphs(test::longRelease(200)).body;
    QTest::newRow("two languages side by side")
        << bilingual << std::optional<BilingualLayout>(BilingualLayout::SideBySide);
}

void TestParallelLayout::twoThreadsSetEveryLineWhereOneDoes()
{
    QFETCH(Release, release);
    QFETCH(std::optional<BilingualLayout>, layout);
    LayoutOptions options;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    options.layout = layout;
    const std::shared_ptr<const PagedRelease> twoThreads = layOutRelease(release, options);
    std::shared_ptr<const PagedRelease> oneThread;
    {
        const test::BusyPool busy;
        oneThread = layOutRelease(release, options);
    }
    QVERIFY(oneThread->pageCount() > 10);
    QCOMPARE(twoThreads->pageCount(), oneThread->pageCount());
    for (int page = 0; page < oneThread->pageCount(); ++page)
        QCOMPARE(twoThreads->pageLines(page), oneThread->pageLines(page));
    for (int page : {0, oneThread->pageCount() / 2, oneThread->pageCount() - 1}) {
        QCOMPARE(renderPageImage(*twoThreads, page, 72), renderPageImage(*oneThread, page, 72));
    }
}

QTEST_MAIN(TestParallelLayout)

#include "tst_parallellayout.moc"
