#pragma once

#include "exportoptions.h"
#include "util/error.h"

#include <QByteArray>

namespace rd {

struct Release;

// The review copy: the release as it prints, its text set narrower to leave a wide outer margin,
// and in that margin each open comment beside the text it is about (numbered, with its author,
// the words it quotes and its replies), for a reviewer who reads on paper. Resolved comments are
// left out; a comment on a field that does not print stands beside the top of the last page. The
// comments are page furniture, not the release's content, and no other export carries them.
Result<QByteArray> exportReviewCopyPdf(const Release &release, const ExportOptions &options);

} // namespace rd
