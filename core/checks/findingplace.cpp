#include "findingplace.h"

#include "model/fieldpath.h"
#include "model/release.h"
#include "model/translation.h"
#include "textscan.h"

namespace rd {

namespace {

// Line and column, from 1, of a position in a text; a character outside the Basic Multilingual
// Plane is one column.
void lineAndColumn(const QString &text, qsizetype position, FindingPlace &place)
{
    place.line = 1;
    place.column = 1;
    for (qsizetype i = 0; i < position && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++place.line;
            place.column = 1;
        } else if (!text.at(i).isLowSurrogate()) {
            ++place.column;
        }
    }
}

} // namespace

FindingPlace placeOf(const Release &release, const Finding &finding)
{
    // A finding in a bilingual release's second language is placed in the release as it reads
    // in that language, and named with the language first: "mi-NZ:body[2]".
    if (finding.field.translated && !release.translation.language.isEmpty()) {
        Finding inSource = finding;
        inSource.field = finding.field.source();
        FindingPlace place = placeOf(translatedVersion(release), inSource);
        place.field = release.translation.language + QLatin1Char(':') + place.field;
        return place;
    }
    FindingPlace place;
    const Field field = finding.field.field;
    place.field = fieldPath(release, finding.field);
    if (finding.position < 0)
        return place;

    if (field == Field::Body) {
        const QList<TextSpan> paragraphs = statementSpans(release);
        for (qsizetype i = paragraphs.size() - 1; i >= 0; --i) {
            if (paragraphs.at(i).offset <= finding.position) {
                place.field = QStringLiteral("body[%1]").arg(i);
                lineAndColumn(
                    paragraphs.at(i).text, finding.position - paragraphs.at(i).offset, place);
                break;
            }
        }
        return place;
    }
    lineAndColumn(fieldValue(release, finding.field).toString(), finding.position, place);
    return place;
}

} // namespace rd
