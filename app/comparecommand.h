#pragma once

#include <QStringList>

namespace rd {

// `releasedesk compare OLD.releasedesk NEW.releasedesk`: what changed in the content from one
// version of a release to another, one line per changed field, paragraph or item
// ("headline: changed: removed "spill"; added "leak""); with -o, also a redline PDF or the list
// as a text file. Exits 0 when the contents are the same,
// 1 when they differ and 2 when a file cannot be read, as diff does. The workflow, the issue log
// and the warnings let stand are not content, and are not compared.
int runCompareCommand(int argc, char **argv, const QStringList &arguments);

} // namespace rd
