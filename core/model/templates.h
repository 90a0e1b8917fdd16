#pragma once

#include "release.h"

#include <QLocale>

#include <optional>
#include <utility>

namespace rd {

// The kinds of release a new one can start from, each with its structure laid out.
enum class ReleaseTemplate { MediaRelease, JointStatement, AppealForInformation, MediaAdvisory };

// Every template, in the order the editor offers them, with its name there ("Media Release").
QList<ReleaseTemplate> releaseTemplates();
QString templateName(ReleaseTemplate kind);

// A new release from a template: the agencies, quotes and contacts it needs, linked to one
// another, dated today, in the locale's language, and the structure of its kind of release: the
// statement's lede and supporting paragraphs, a quote with its attribution, an appeal's request
// for information with the numbers to call, a media advisory's What / When / Where / Who. The parts
// to fill in are prompts in [square brackets], which the checks flag until they are replaced.
Release releaseFromTemplate(ReleaseTemplate kind, const QLocale &locale, const QDate &today);

// The update that follows a release (a holding statement, typically): the same reference number,
// which it says it updates, the same agencies, contacts and dateline place, and an empty
// statement.
Release followUpUpdate(const Release &earlier, const QDate &today);

// Where text still holds one of the templates' "[...]" prompts, as position and length, or a
// line that is nothing but several words in brackets (a prompt partly edited). Other words in
// square brackets, such as an editor's insertion in a quote ("he said [the driver] stopped"),
// are the release's own.
std::optional<std::pair<qsizetype, qsizetype>> findTemplatePrompt(const QString &text);
bool hasTemplatePlaceholder(const QString &text);

} // namespace rd
