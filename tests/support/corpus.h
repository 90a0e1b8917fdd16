#pragma once

#include "model/release.h"

#include <QStringList>

namespace rd::test {

// The releases of tests/data/corpus: each a JSON file holding a project's "release" object
// (docs/file-format.md), written to be as varied and awkward as published releases are.
QStringList corpusNames();
// Reads one; a release that does not read is a test failure (qFatal), not a skipped case.
Release corpusRelease(const QString &name);

} // namespace rd::test
