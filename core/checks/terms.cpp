#include "checkcontext.h"
#include "textscan.h"

#include <QRegularExpression>

namespace rd {

namespace {

// One expression for a list of words and phrases, matched whole and without regard to case.
QRegularExpression termsExpression(const QStringList &terms)
{
    QStringList alternatives;
    for (const QString &term : terms)
        alternatives.append(QRegularExpression::escape(term.trimmed())
                                .replace(QLatin1String("\\ "), QLatin1String("\\s+")));
    // Longest first, so that "in order to" is found before "order".
    std::sort(alternatives.begin(), alternatives.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])")
                                  .arg(alternatives.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString normalised(const QString &term)
{
    return term.simplified().toLower();
}

} // namespace

void checkTerms(CheckContext &context)
{
    const HouseStyle &style = context.style;
    const QList<TextSpan> &spans = context.prose;

    if (!style.preferredTerms.isEmpty()) {
        const QRegularExpression preferred = termsExpression(style.preferredTerms.keys());
        for (const TextSpan &span : spans) {
            // A quote is the speaker's words, which the release must not change.
            if (span.field.field == Field::QuoteText || span.field.field == Field::AgencyAbout)
                continue;
            QRegularExpressionMatchIterator matches = preferred.globalMatch(span.text);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                context.add(Finding::Severity::Warning, QStringLiteral("style.preferred"),
                    span.field,
                    CheckText::tr("Write “%1” rather than “%2”.")
                        .arg(style.preferredTerms.value(normalised(match.captured())),
                            match.captured()),
                    span.offset + match.capturedStart(), match.capturedLength());
            }
        }
    }

    if (!style.bannedTerms.isEmpty()) {
        const QRegularExpression banned = termsExpression(style.bannedTerms);
        for (const TextSpan &span : spans) {
            QRegularExpressionMatchIterator matches = banned.globalMatch(span.text);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                context.add(Finding::Severity::Warning, QStringLiteral("style.banned"), span.field,
                    CheckText::tr("The house style does not use “%1”: rephrase it.")
                        .arg(match.captured()),
                    span.offset + match.capturedStart(), match.capturedLength());
            }
        }
    }
}

} // namespace rd
