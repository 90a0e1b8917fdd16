#include "composedrelease.h"
#include "composer.h"

#include <QHash>

#include <vector>

namespace rd {

namespace {

// What a block stands for, the same in either language: the field its text comes from (every
// paragraph of the statement the statement, whatever its list style), or for the program's own
// words their role; and which of the blocks with that anchor it is.
struct Anchor
{
    int field = -1;
    QString itemId;
    int role = -1;
    int occurrence = 0;

    bool operator==(const Anchor &) const = default;
};

QList<Anchor> anchorsOf(const QList<ComposedBlock> &blocks)
{
    QList<Anchor> anchors;
    anchors.reserve(blocks.size());
    QHash<QString, int> seen;
    for (const ComposedBlock &block : blocks) {
        Anchor anchor;
        if (block.source) {
            anchor.field = int(block.source->field);
            anchor.itemId = block.source->itemId;
        } else {
            anchor.role = int(block.role);
        }
        const QString name
            = QStringLiteral("%1/%2/%3").arg(anchor.field).arg(anchor.itemId).arg(anchor.role);
        anchor.occurrence = seen[name]++;
        anchors.append(anchor);
    }
    return anchors;
}

} // namespace

ComposedRelease composeRelease(const Release &release, const ComposeOptions &options)
{
    if (release.translation.language.isEmpty() || options.versions == LanguageVersions::First)
        return composeOneLanguage(release, options);
    if (options.versions == LanguageVersions::Second)
        return composeOneLanguage(translatedVersion(release), options);
    ComposedRelease composed = composeOneLanguage(release, options);
    composed.secondLanguage = std::make_shared<const ComposedRelease>(
        composeOneLanguage(translatedVersion(release), options));
    composed.layout = options.layout.value_or(release.translation.layout);
    return composed;
}

QList<BlockPair> sideBySideRows(const ComposedRelease &composed)
{
    if (!composed.secondLanguage)
        return {};
    const QList<ComposedBlock> &first = composed.blocks;
    const QList<ComposedBlock> &second = composed.secondLanguage->blocks;
    const QList<Anchor> a = anchorsOf(first);
    const QList<Anchor> b = anchorsOf(second);

    // The longest common run of anchors (the two are composed alike, so nearly all match), from
    // the end, so that walking it from the start pairs each block with its match.
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            common[i][j] = a.at(qsizetype(i)) == b.at(qsizetype(j))
                ? common[i + 1][j + 1] + 1
                : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QList<BlockPair> rows;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(qsizetype(i)) == b.at(qsizetype(j))) {
            rows.append(BlockPair {&first.at(qsizetype(i++)), &second.at(qsizetype(j++))});
        } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
            rows.append(BlockPair {&first.at(qsizetype(i++)), nullptr});
        } else {
            rows.append(BlockPair {nullptr, &second.at(qsizetype(j++))});
        }
    }
    return rows;
}

} // namespace rd
