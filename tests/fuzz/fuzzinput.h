#pragma once

#include "model/release.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace rd::fuzz {

// The fuzzer's bytes, as Qt holds them (a copy, so that a reader can never write to them).
QByteArray bytesOf(const uint8_t *data, size_t size);

// A release from JSON: a whole manifest, or a release object alone (as tests/data/corpus holds
// them), read by the project file's own manifest reader. Every embedded file the manifest names
// is a small PNG, so that logos decode and attachments have bytes. Empty when it does not read.
std::optional<Release> releaseFromJson(const QByteArray &json);

} // namespace rd::fuzz
