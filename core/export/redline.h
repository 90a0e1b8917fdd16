#pragma once

#include "exportoptions.h"
#include "render/composedrelease.h"
#include "render/layoutrelease.h"
#include "util/error.h"

#include <memory>

namespace rd {

class PagedRelease;
struct Release;

// A redline: the later version of a release composed as it prints, with what changed since the
// earlier version marked in its text: inserted words underlined, deleted words struck through,
// a paragraph or a part that was added all underlined, one that was removed all struck through
// where it stood. The two versions are composed the same way and compared block by block, so
// that everything the release prints is compared, the wording the program adds included (an
// embargo line that changed with the embargo). A legend above the release says what the marks
// mean, and `legend` is that text.
ComposedRelease composeRedline(const Release &before, const Release &after,
    const ComposeOptions &options, const QString &legend);

// The redline laid out on pages, as the release itself is (layOutRelease()).
std::shared_ptr<const PagedRelease> layOutRedline(const Release &before, const Release &after,
    const LayoutOptions &options, const QString &legend);

// The redline as a tagged PDF, on the paper the options give; its title says it is a comparison.
Result<QByteArray> exportRedlinePdf(const Release &before, const Release &after,
    const ExportOptions &options, const QString &legend);

// The legend of a redline in the interface's language, naming the versions compared when labels
// are given ("Changes since the approval by M. Tane: ...", "Changes from old.releasedesk to
// new.releasedesk: ...").
QString redlineLegend(const QString &earlierLabel = {}, const QString &laterLabel = {});

} // namespace rd
