#include "layoutrelease.h"

#include "composedrelease.h"
#include "pagedrelease.h"

namespace rd {

std::shared_ptr<const PagedRelease> layOutRelease(
    const Release &release, const LayoutOptions &options)
{
    return std::make_shared<const PagedRelease>(
        composeRelease(release, {options.now, options.versions, options.layout}),
        PageSetup {options.paper});
}

} // namespace rd
