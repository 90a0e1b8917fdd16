#include "textblocks.h"

#include "blockstyle.h"
#include "util/sidebyside.h"

namespace rd {

namespace {

// Above this many characters a release's paragraphs are laid out on two threads.
constexpr qsizetype charactersWorthASecondThread = 16000;

qsizetype charactersOf(const ComposedBlock &block)
{
    qsizetype characters = 0;
    for (const Span &span : block.spans)
        characters += span.text.size();
    return characters;
}

} // namespace

std::vector<std::unique_ptr<TextBlock>> layOutTextBlocks(const QList<TextBlockRequest> &requests)
{
    std::vector<std::unique_ptr<TextBlock>> blocks(size_t(requests.size()));
    const auto layOut = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const ComposedBlock &block = *requests.at(i).block;
            // The style's fonts are made on the thread that lays out with them, as Qt's font
            // engines belong to a thread.
            blocks[size_t(i)]
                = std::make_unique<TextBlock>(block, blockStyle(block.role), requests.at(i).width);
        }
    };
    qsizetype characters = 0;
    for (const TextBlockRequest &request : requests)
        characters += charactersOf(*request.block);
    if (characters < charactersWorthASecondThread) {
        layOut(0, requests.size());
        return blocks;
    }
    qsizetype split = 0;
    for (qsizetype half = 0; split < requests.size() && half < characters / 2; ++split)
        half += charactersOf(*requests.at(split).block);
    runSideBySide([&] { layOut(0, split); }, [&] { layOut(split, requests.size()); });
    return blocks;
}

} // namespace rd
