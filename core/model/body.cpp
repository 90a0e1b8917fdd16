#include "body.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace rd {

QString BodyBlock::plainText() const
{
    QString text;
    for (const TextRun &run : runs)
        text += run.text;
    return text;
}

Body Body::fromPlainText(const QString &text)
{
    Body body;
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : text.split(blankLines, Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        if (!trimmed.isEmpty())
            body.blocks.append({BodyBlock::Kind::Paragraph, {TextRun {trimmed, false, false, {}}}});
    }
    return body;
}

QString Body::plainText() const
{
    QStringList paragraphs;
    for (const BodyBlock &block : blocks)
        paragraphs.append(block.plainText());
    return paragraphs.join(QLatin1String("\n\n"));
}

bool Body::isEmpty() const
{
    for (const BodyBlock &block : blocks) {
        if (!block.plainText().trimmed().isEmpty())
            return false;
    }
    return true;
}

int Body::wordCount() const
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    int count = 0;
    for (const BodyBlock &block : blocks)
        count += block.plainText().split(whitespace, Qt::SkipEmptyParts).size();
    return count;
}

UnchangedBlocks unchangedBlocks(const QList<BodyBlock> &before, const QList<BodyBlock> &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    UnchangedBlocks same;
    while (same.atStart < shorter && before.at(same.atStart) == after.at(same.atStart))
        ++same.atStart;
    while (same.atEnd < shorter - same.atStart
        && before.at(before.size() - 1 - same.atEnd) == after.at(after.size() - 1 - same.atEnd))
        ++same.atEnd;
    return same;
}

bool isAllowedLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !parsed.host().isEmpty();
    return scheme == QLatin1String("mailto") || scheme == QLatin1String("tel");
}

} // namespace rd
