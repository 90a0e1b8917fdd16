#pragma once

#include "model/field.h"

#include <QString>
#include <QVariant>

namespace rd {

struct Release;

// A field's value as a comparison shows it: text as it is, a date in ISO 8601, a choice by the
// name the project file gives it, a logo or style file by what identifies it, an agency by its
// name in the release it belongs to.
QString valueText(const Release &release, Field field, const QVariant &value);

} // namespace rd
