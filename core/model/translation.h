#pragma once

#include "field.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace rd {

struct Release;

// One field's text in the release's second language, with the fingerprint of the source text it
// was translated from: when the source changes afterwards, the translation is out of date.
struct TranslatedText
{
    QVariant value; // QString, or Body for the statement
    QString sourceFingerprint;

    // Whether there is anything to read: an empty translation is a missing one.
    bool hasText() const;

    bool operator==(const TranslatedText &) const = default;
};

// How a bilingual release sets its two language versions on the page: the whole release in one
// language and then in the other, or the two side by side in two columns, each passage beside
// its translation.
enum class BilingualLayout { OneAfterOther, SideBySide };

// The second language version of a bilingual release: every translatable field (field.h) in one
// more language, such as te reo Māori beside English, or French beside English.
struct Translation
{
    QString language; // BCP 47; empty for a release in one language
    QHash<FieldKey, TranslatedText> texts; // by the source field's key (translated unset)
    BilingualLayout layout = BilingualLayout::OneAfterOther;

    bool isEmpty() const { return language.isEmpty() && texts.isEmpty(); }
    bool operator==(const Translation &) const = default;
};

// Whether a field's second language version is needed, missing, or made from an older source.
enum class TranslationState { NotNeeded, Missing, OutOfDate, Current };

// The fingerprint of a source field's text as it stands: the text itself, not its formatting, so
// that making a word bold does not make a translation out of date.
QString sourceFingerprint(const QVariant &sourceValue);

// Every translatable field of the release and of its lists' items, in the order of the release.
QList<FieldKey> translatableKeys(const Release &release);

// The state of one source field's translation; NotNeeded for a release in one language, and for
// a field whose source is empty.
TranslationState translationState(const Release &release, const FieldKey &source);

// The release as it reads in its second language: each translatable field in that language (the
// source's text where a translation is missing), the document language the second one, and no
// second version. A release in one language is returned as it is.
Release translatedVersion(const Release &release);

} // namespace rd

Q_DECLARE_METATYPE(rd::BilingualLayout)
