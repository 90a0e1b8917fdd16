// Two releases compared, as `releasedesk compare` and the review panel do, then every difference
// taken from the second into the first, as Take All Theirs does: after which the two must compare
// the same. The input is two JSON releases separated by a NUL byte.
#include "compare/changesummary.h"
#include "compare/merge.h"
#include "compare/releasecomparison.h"
#include "fuzzinput.h"
#include "model/releasedocument.h"

#include <QUndoStack>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = rd::fuzz::bytesOf(data, size);
    const qsizetype split = bytes.indexOf('\0');
    if (split < 0)
        return 0;
    const std::optional<rd::Release> mine = rd::fuzz::releaseFromJson(bytes.left(split));
    const std::optional<rd::Release> theirs = rd::fuzz::releaseFromJson(bytes.mid(split + 1));
    if (!mine || !theirs)
        return 0;
    (void)rd::changeSummary(rd::compareReleases(*mine, *theirs));

    rd::ReleaseDocument document(*mine);
    // Each merge shifts what comes after it, so the two are compared again after each.
    for (int taken = 0; taken < 500; ++taken) {
        const QList<rd::Difference> left = rd::compareReleases(document.release(), *theirs);
        if (left.isEmpty())
            break;
        bool merged = false;
        for (const rd::Difference &difference : left) {
            if (rd::takeTheirs(document, *theirs, difference)) {
                merged = true;
                break;
            }
        }
        if (!merged) {
            std::fprintf(stderr, "no difference can be taken, %d left: %s\n", int(left.size()),
                qPrintable(rd::changeSummary(left)));
            std::abort();
        }
    }
    // Undone, it is mine again.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    if (!rd::compareReleases(document.release(), *mine).isEmpty()) {
        std::fprintf(stderr, "undoing every merge does not give mine back\n");
        std::abort();
    }
    return 0;
}
