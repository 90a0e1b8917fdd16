#include "checks.h"

#include "checkcontext.h"

#include "model/translation.h"

namespace rd {

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Advice:
        break;
    }
    return QStringLiteral("note");
}

QString CheckContext::language() const
{
    return release.language.section(QLatin1Char('-'), 0, 0).toLower();
}

void CheckContext::add(Finding::Severity severity, const QString &rule, const FieldKey &field,
    const QString &message, qsizetype position, qsizetype length)
{
    findings.append({severity, field, message, rule, position, length});
}

namespace {

using Rule = void (*)(CheckContext &);

QList<Finding> runRules(const Release &release, const HouseStyle &style, const QDateTime &now,
    std::initializer_list<Rule> rules)
{
    CheckContext context {release, style, now,
        release.language.isEmpty() ? QLocale(QLocale::English) : QLocale(release.language),
        proseInReadingOrder(release), statementSpans(release), {}};
    for (Rule rule : rules)
        rule(context);
    return context.findings;
}

// The rules that read the words of a release, which a bilingual release's second language
// version is held to in its own language: its quotation marks, its dates and weekdays, its
// readability, its style, and a template's prompts left in it.
constexpr std::initializer_list<Rule> wordingRules {checkRequiredParts, checkHeadline, checkLede,
    checkAcronyms, checkQuotes, checkEmbargo, checkAttachments, checkDates, checkWeekdays,
    checkLinks, checkReadability, checkTerms, checkNumberAndDateStyle,
    checkUnmarkedSensitiveContent, checkUnprintableCharacters};

// The wording rules over the second language version, each finding moved onto the translated
// field it concerns. Findings on a field that has no translation yet would repeat the first
// language's (the version reads the source there) and are left to the missing translation's
// finding; findings on fields that are not words (a date, an embargo) repeat the first run's.
QList<Finding> secondLanguageFindings(
    const Release &release, const HouseStyle &style, const QDateTime &now)
{
    QList<Finding> findings;
    for (Finding finding : runRules(translatedVersion(release), style, now, wordingRules)) {
        if (!isTranslatable(finding.field.field))
            continue;
        const auto translation = release.translation.texts.constFind(finding.field);
        if (translation == release.translation.texts.constEnd() || !translation->hasText())
            continue;
        finding.field.translated = true;
        findings.append(finding);
    }
    return findings;
}

} // namespace

QList<Finding> checkRelease(const Release &release, const HouseStyle &style, const QDateTime &now)
{
    QList<Finding> findings = runRules(release, style, now,
        {checkRequiredParts, checkTranslations, checkHeadline, checkLede, checkAcronyms,
            checkQuotes, checkEmbargo, checkAttachments, checkContacts, checkDates, checkWeekdays,
            checkLinks, checkReadability, checkTerms, checkNumberAndDateStyle,
            checkSensitiveContent, checkUnmarkedSensitiveContent, checkUnprintableCharacters});
    if (!release.translation.language.isEmpty())
        findings += secondLanguageFindings(release, style, now);
    return findings;
}

HouseStyle houseStyleOf(const Release &release)
{
    if (!release.agencies.isEmpty() && !release.agencies.first().houseStyle.isEmpty()) {
        // The reader accepts only a style that reads, so this fails only for a style set in
        // memory; the default is then the honest fallback.
        if (Result<HouseStyle> style = houseStyleFromJson(
                release.agencies.first().houseStyle, release.agencies.first().name))
            return style.value();
    }
    return defaultHouseStyle();
}

QList<Finding> releaseFindings(const Release &release)
{
    return checkRelease(release, houseStyleOf(release), QDateTime::currentDateTimeUtc());
}

QList<CheckRule> checkRules()
{
    return {
        {QStringLiteral("required"), CheckText::tr("a required part of the release is empty")},
        {QStringLiteral("translation.missing"),
            CheckText::tr("a field of a bilingual release has no second language version")},
        {QStringLiteral("translation.out-of-date"),
            CheckText::tr("a field was changed after its second language version was written")},
        {QStringLiteral("template"),
            CheckText::tr("a template's prompt in [square brackets] is left")},
        {QStringLiteral("text.unprintable"),
            CheckText::tr("a field holds a control character or a direction override, which no "
                          "export carries")},
        {QStringLiteral("headline.length"), CheckText::tr("the headline is over the house limit")},
        {QStringLiteral("headline.full-stop"), CheckText::tr("the headline ends with a full stop")},
        {QStringLiteral("headline.capitals"), CheckText::tr("the headline is in capitals")},
        {QStringLiteral("lede.length"),
            CheckText::tr("the first paragraph is over the house limit")},
        {QStringLiteral("lede.who-what"),
            CheckText::tr("the first paragraph does not say who and what")},
        {QStringLiteral("acronyms.unexplained"),
            CheckText::tr("an acronym is used before it is spelled out")},
        {QStringLiteral("quotes.speaker"), CheckText::tr("a quote has no speaker")},
        {QStringLiteral("quotes.title"), CheckText::tr("a quote's speaker has no title")},
        {QStringLiteral("quotes.agency"),
            CheckText::tr(
                "a joint statement's quote does not say which agency its speaker speaks for")},
        {QStringLiteral("quotes.marks"), CheckText::tr("quotation marks do not balance")},
        {QStringLiteral("quotes.length"), CheckText::tr("a quote is over the house limit")},
        {QStringLiteral("embargo.time"),
            CheckText::tr("an embargo has no complete lift time and zone")},
        {QStringLiteral("embargo.past"), CheckText::tr("the embargo has already lifted")},
        {QStringLiteral("embargo.daylight-saving"),
            CheckText::tr("the lift time is skipped or repeated by a daylight-saving change")},
        {QStringLiteral("embargo.contradiction"),
            CheckText::tr("the text and the embargo status disagree")},
        {QStringLiteral("attachments.missing"),
            CheckText::tr("the text mentions an attachment the release does not have")},
        {QStringLiteral("attachments.caption"), CheckText::tr("an attachment has no caption")},
        {QStringLiteral("contacts.reachable"),
            CheckText::tr("a media contact has no phone number or e-mail address")},
        {QStringLiteral("contacts.email"), CheckText::tr("an e-mail address is malformed")},
        {QStringLiteral("contacts.phone"),
            CheckText::tr("a phone number is not a number of its country")},
        {QStringLiteral("dates.range"),
            CheckText::tr("the dateline's date is far from the day of checking")},
        {QStringLiteral("dates.relative"),
            CheckText::tr("\"today\", \"yesterday\" and the like in a dated release")},
        {QStringLiteral("dates.weekday"), CheckText::tr("a weekday does not match its date")},
        {QStringLiteral("links.address"),
            CheckText::tr("a link is not an absolute http(s), mailto or tel address")},
        {QStringLiteral("links.internal"), CheckText::tr("a link points into an internal network")},
        {QStringLiteral("readability.ease"),
            CheckText::tr("the statement reads harder than the house target")},
        {QStringLiteral("readability.sentence-length"),
            CheckText::tr("sentences are longer on average than the house target")},
        {QStringLiteral("readability.long-sentence"),
            CheckText::tr("a sentence is over the house limit")},
        {QStringLiteral("style.preferred"), CheckText::tr("a word the house style replaces")},
        {QStringLiteral("style.banned"), CheckText::tr("a word the house style bans")},
        {QStringLiteral("style.date-order"), CheckText::tr("a date written in the other order")},
        {QStringLiteral("style.numbers"), CheckText::tr("a small number written in figures")},
        {QStringLiteral("sensitive.safeguard"),
            CheckText::tr("a sensitive matter's safeguard is not confirmed")},
        {QStringLiteral("sensitive.unmarked"),
            CheckText::tr(
                "the text speaks of a sensitive matter the release is not marked as concerning")},
    };
}

} // namespace rd
