#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace rd {

// The statement body is deliberately poorer than HTML: paragraphs and list items made of runs of
// text that may be bold, italic or a link. Nothing else can be expressed, so nothing else (images,
// scripts, styles, references to local files) can reach the renderer or the exporters.
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString link; // http, https, mailto or tel URL; empty when the run is not a link

    bool operator==(const TextRun &) const = default;
};

struct BodyBlock
{
    enum class Kind { Paragraph, BulletItem, NumberedItem };

    Kind kind = Kind::Paragraph;
    QList<TextRun> runs;

    QString plainText() const;
    bool operator==(const BodyBlock &) const = default;
};

struct Body
{
    QList<BodyBlock> blocks;

    static Body fromPlainText(const QString &text);
    // Paragraphs and items separated by blank lines, without any formatting.
    QString plainText() const;
    bool isEmpty() const;
    int wordCount() const;

    bool operator==(const Body &) const = default;
};

// What an edit of the statement left alone: how many blocks the statements before and after it
// share at their start, and after those, at their end. What lies between is what changed.
struct UnchangedBlocks
{
    qsizetype atStart = 0;
    qsizetype atEnd = 0;
};
UnchangedBlocks unchangedBlocks(const QList<BodyBlock> &before, const QList<BodyBlock> &after);

// Whether a link target is one the body may carry. Links are shown and exported, never fetched.
bool isAllowedLink(const QString &url);

} // namespace rd

Q_DECLARE_METATYPE(rd::Body)
