#include "checkcontext.h"
#include "textscan.h"

#include <QUrl>

namespace rd {

namespace {

bool isPrivateAddress(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() == 4) {
        bool numeric = true;
        QList<int> octets;
        for (const QString &part : parts) {
            bool ok = false;
            octets.append(part.toInt(&ok));
            numeric = numeric && ok;
        }
        if (numeric)
            return octets[0] == 10 || octets[0] == 127 || (octets[0] == 169 && octets[1] == 254)
                || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31)
                || (octets[0] == 192 && octets[1] == 168);
    }
    const QString lower = host.toLower();
    return lower == QLatin1String("::1") || lower.startsWith(QLatin1String("fe80:"))
        || lower.startsWith(QLatin1String("fc")) || lower.startsWith(QLatin1String("fd"));
}

// A host that only the agency's own network can reach: a bare name ("intranet"), a private
// domain (".local", ".corp"), a private address, or one the house style lists.
bool isInternalHost(QString host, const HouseStyle &style)
{
    host = host.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == QLatin1String("localhost") || isPrivateAddress(host))
        return true;
    if (!host.contains(QLatin1Char('.')) && !host.contains(QLatin1Char(':')))
        return true;
    static const QStringList privateDomains {QStringLiteral(".local"),
        QStringLiteral(".localdomain"), QStringLiteral(".internal"), QStringLiteral(".intranet"),
        QStringLiteral(".intra"), QStringLiteral(".lan"), QStringLiteral(".corp"),
        QStringLiteral(".home"), QStringLiteral(".home.arpa"), QStringLiteral(".private")};
    for (const QString &domain : privateDomains) {
        if (host.endsWith(domain))
            return true;
    }
    for (const QString &internal : style.internalHosts) {
        if (host == internal || host.endsWith(QLatin1Char('.') + internal))
            return true;
    }
    return false;
}

enum class LinkProblem { None, NotAbsolute, Internal };

LinkProblem problemOf(const QString &address, const HouseStyle &style)
{
    QString url = address;
    if (url.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        url.prepend(QLatin1String("https://"));
    else if (!url.contains(QLatin1Char(':')) && url.contains(QLatin1Char('@')))
        url.prepend(QLatin1String("mailto:"));
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid())
        return LinkProblem::NotAbsolute;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (parsed.host().isEmpty())
            return LinkProblem::NotAbsolute;
        return isInternalHost(parsed.host(), style) ? LinkProblem::Internal : LinkProblem::None;
    }
    if (scheme == QLatin1String("mailto")) {
        const QString domain = parsed.path().section(QLatin1Char('@'), 1);
        return domain.isEmpty()             ? LinkProblem::NotAbsolute
            : isInternalHost(domain, style) ? LinkProblem::Internal
                                            : LinkProblem::None;
    }
    return scheme == QLatin1String("tel") ? LinkProblem::None : LinkProblem::NotAbsolute;
}

void report(CheckContext &context, LinkProblem problem, const QString &address,
    const FieldKey &field, qsizetype position, qsizetype length)
{
    if (problem == LinkProblem::Internal)
        context.add(Finding::Severity::Error, QStringLiteral("links.internal"), field,
            CheckText::tr(
                "“%1” is on the agency's own network, which readers cannot reach: link to the "
                "public address.")
                .arg(address),
            position, length);
    else if (problem == LinkProblem::NotAbsolute)
        context.add(Finding::Severity::Error, QStringLiteral("links.address"), field,
            CheckText::tr(
                "“%1” is not a web address readers can open: use a full https://, mailto: or "
                "tel: address.")
                .arg(address),
            position, length);
}

} // namespace

void checkLinks(CheckContext &context)
{
    const Release &release = context.release;
    // The statement's links, where their text is.
    qsizetype offset = 0;
    for (const BodyBlock &block : release.body.blocks) {
        for (const TextRun &run : block.runs) {
            if (!run.link.isEmpty())
                report(context, problemOf(run.link, context.style), run.link, {Field::Body, {}},
                    offset, run.text.size());
            offset += run.text.size();
        }
        offset += 2;
    }
    // Addresses written out in the text.
    for (const TextSpan &span : context.prose) {
        for (const TextRange &range : addressesIn(span.text)) {
            const QString address = span.text.mid(range.start, range.length);
            report(context, problemOf(address, context.style), address, span.field,
                span.offset + range.start, range.length);
        }
    }
    for (const Agency &agency : release.agencies) {
        const QString website = agency.website.trimmed();
        if (website.isEmpty())
            continue;
        const bool hasScheme = website.contains(QLatin1String("://"));
        const LinkProblem problem
            = problemOf(hasScheme ? website : QStringLiteral("https://") + website, context.style);
        report(context, problem, website, {Field::AgencyWebsite, agency.id}, -1, 0);
    }
}

} // namespace rd
