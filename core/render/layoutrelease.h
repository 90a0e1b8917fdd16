#pragma once

#include "composedrelease.h"
#include "pagesetup.h"

#include <QDateTime>

#include <memory>

namespace rd {

class PagedRelease;
struct Release;

struct LayoutOptions
{
    Paper paper = Paper::A4;
    QDateTime now = QDateTime::currentDateTimeUtc(); // decides whether an embargo still applies
    // Of a bilingual release: both languages, or one alone (composedrelease.h).
    LanguageVersions versions = LanguageVersions::Both;
    std::optional<BilingualLayout> layout = std::nullopt;
};

// The one way a release is laid out on pages, for every surface: the preview, the printer and the
// PDF all start here, so that each is composed with the same wording (an attached PDF's page
// count included) and breaks its lines and pages in the same places.
std::shared_ptr<const PagedRelease> layOutRelease(
    const Release &release, const LayoutOptions &options = {});

} // namespace rd
