#pragma once

#include <QList>
#include <QString>

namespace rd {

// A document language a release can be written in: its BCP 47 tag and its name as the editor
// lists it ("English (New Zealand)").
struct DocumentLanguage
{
    QString tag;
    QString name;
};

// The languages and regions the editor offers, regions of English first: a release's dates,
// quotation marks and spelling dictionary follow its choice.
QList<DocumentLanguage> documentLanguages();

// Whether a tag names a region too ("en-NZ"). A language alone ("en") leaves dates to a default
// that is usually American.
bool namesRegion(const QString &tag);

// The name of any tag, listed or not: the list's name, or the tag with Qt's name for it.
QString languageName(const QString &tag);

// The name of a tag's language alone, without its region: "te reo Māori" for "mi-NZ", as a
// sentence names the second language of a bilingual release.
QString languageOnlyName(const QString &tag);

} // namespace rd
