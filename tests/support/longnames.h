#pragma once

#include <QStringList>

namespace rd::test {

// Twenty-four official agency names as they are published: long, bilingual, in several scripts,
// the kind that co-sign an international taskforce's statement.
QStringList longAgencyNames();

} // namespace rd::test
