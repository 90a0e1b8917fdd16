#include "checkcontext.h"
#include "textscan.h"

#include "model/field.h"

namespace rd {

namespace {

// The double quotation marks of the document language: which closes which. Single marks are
// left alone, since the same character is the apostrophe.
struct QuotationMarks
{
    QString openers;
    QString closers; // closers.at(i) closes openers.at(i)

    static QuotationMarks of(const QString &language)
    {
        if (language == QLatin1String("de") || language == QLatin1String("cs")
            || language == QLatin1String("pl") || language == QLatin1String("da"))
            return {QStringLiteral("„»\""), QStringLiteral("“«\"")};
        if (language == QLatin1String("sv") || language == QLatin1String("fi"))
            return {QStringLiteral("”»\""), QStringLiteral("”»\"")};
        return {QStringLiteral("“«„「『\""), QStringLiteral("”»”」』\"")};
    }
};

// Where the marks of a text fail to pair: the first mark left open or closing nothing, or -1.
// A paragraph of several that leaves a quotation open is balanced when the next paragraph
// reopens it, as a quotation running over paragraphs is written.
qsizetype unbalancedMark(const QString &text, const QuotationMarks &marks, bool nextReopens)
{
    QList<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!open.isEmpty() && marks.closers.at(marks.openers.indexOf(text.at(open.last()))) == c) {
            open.removeLast();
            continue;
        }
        if (marks.openers.contains(c))
            open.append(i);
        else if (marks.closers.contains(c))
            return i;
    }
    if (open.isEmpty() || nextReopens)
        return -1;
    return open.first();
}

bool opensWithMark(const QString &text, const QuotationMarks &marks)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && marks.openers.contains(trimmed.at(0));
}

} // namespace

void checkQuotes(CheckContext &context)
{
    constexpr auto Error = Finding::Severity::Error;
    constexpr auto Warning = Finding::Severity::Warning;
    const Release &release = context.release;

    for (int i = 0; i < release.quotes.size(); ++i) {
        const Quote &quote = release.quotes.at(i);
        if (quote.text.trimmed().isEmpty())
            continue; // the required parts say so
        if (quote.speaker.trimmed().isEmpty())
            context.add(Error, QStringLiteral("quotes.speaker"), {Field::QuoteSpeaker, quote.id},
                CheckText::tr("Quote %1 has no speaker; name who said it, since a quote is never "
                              "anonymous.")
                    .arg(i + 1));
        else if (quote.title.trimmed().isEmpty())
            context.add(Warning, QStringLiteral("quotes.title"), {Field::QuoteTitle, quote.id},
                CheckText::tr("Give %1's title or role, so that readers know why they speak.")
                    .arg(quote.speaker.trimmed()));
        if (!quote.agencyId.isEmpty() && !release.agency(quote.agencyId))
            context.add(Error, QStringLiteral("quotes.agency"), {Field::QuoteAgency, quote.id},
                CheckText::tr(
                    "Quote %1's agency is not one of this release's agencies; choose one that "
                    "is.")
                    .arg(i + 1));
        else if (quote.agencyId.isEmpty() && release.agencies.size() > 1
            && !quote.speaker.trimmed().isEmpty())
            context.add(Warning, QStringLiteral("quotes.agency"), {Field::QuoteAgency, quote.id},
                CheckText::tr("Say which agency %1 speaks for: this release has %2.")
                    .arg(quote.speaker.trimmed())
                    .arg(release.agencies.size()));
        const qsizetype words = wordsOf(quote.text).size();
        if (words > context.style.quoteMaxWords)
            context.add(Warning, QStringLiteral("quotes.length"), {Field::QuoteText, quote.id},
                CheckText::tr("Quote %1 has %n words; the house limit is %2. Keep the words that "
                              "only this speaker could say, and give the facts in the statement.",
                    nullptr, int(words))
                    .arg(i + 1)
                    .arg(context.style.quoteMaxWords));
    }

    // Quotation marks within the text: the statement paragraph by paragraph, and every other
    // field as a whole.
    const QuotationMarks marks = QuotationMarks::of(context.language());
    const auto checkMarks = [&](const QString &text, const FieldKey &field, qsizetype offset,
                                bool nextReopens) {
        const qsizetype at = unbalancedMark(text, marks, nextReopens);
        if (at >= 0)
            context.add(Warning, QStringLiteral("quotes.marks"), field,
                CheckText::tr("This quotation mark has no partner: close or open the quotation."),
                offset + at, 1);
    };
    checkMarks(release.headline, {Field::Headline, {}}, 0, false);
    checkMarks(release.subheadline, {Field::Subheadline, {}}, 0, false);
    const QList<TextSpan> &statement = context.statement;
    for (qsizetype i = 0; i < statement.size(); ++i)
        checkMarks(statement.at(i).text, statement.at(i).field, statement.at(i).offset,
            i + 1 < statement.size() && opensWithMark(statement.at(i + 1).text, marks));
    for (const Quote &quote : release.quotes) {
        qsizetype offset = 0;
        const QStringList lines = quote.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            checkMarks(lines.at(i), {Field::QuoteText, quote.id}, offset,
                i + 1 < lines.size() && opensWithMark(lines.at(i + 1), marks));
            offset += lines.at(i).size() + 1;
        }
    }
    checkMarks(release.notesToEditors, {Field::NotesToEditors, {}}, 0, false);
}

} // namespace rd
