#pragma once

#include "release.h"

#include <QLocale>

namespace rd {

// The kinds of release a new one can start from, each with its structure laid out.
enum class ReleaseTemplate { MediaRelease, JointStatement, AppealForInformation };

// A new release from a template: the agencies, quotes and contacts it needs, linked to one
// another, dated today, in the locale's language. An appeal's statement starts with its usual
// paragraphs, their parts to fill in shown in [square brackets], which the checks flag until they
// are replaced.
Release releaseFromTemplate(ReleaseTemplate kind, const QLocale &locale, const QDate &today);

// The update that follows a release (a holding statement, typically): the same reference number,
// which it says it updates, the same agencies, contacts and dateline place, and an empty
// statement.
Release followUpUpdate(const Release &earlier, const QDate &today);

// Whether text still holds a template's "[...]" part to fill in.
bool hasTemplatePlaceholder(const QString &text);

} // namespace rd
