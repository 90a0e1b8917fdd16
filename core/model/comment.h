#pragma once

#include "field.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

struct Release;

struct CommentReply
{
    QString author;
    QDateTime at; // UTC
    QString text; // plain text

    bool operator==(const CommentReply &) const = default;
};

// A reviewer's comment on a field, or on a stretch of its text, with the replies to it. Comments
// travel in the project file but are not content: they are never in the content's hash, so
// commenting leaves an approval alone, and never in an export but the review copy.
struct Comment
{
    QString id;
    FieldKey field; // the field, its item and its language
    // The stretch of the field's text it is about (the statement's as Body::plainText gives it):
    // its start and length, or a start of -1 for the field as a whole. The stretch follows the
    // text as it is edited (anchoredThrough); once its text is deleted the comment is detached,
    // and `quoted` shows what it was about.
    qsizetype start = -1;
    qsizetype length = 0;
    bool detached = false;
    QString quoted;
    QString author;
    QDateTime at; // UTC
    QString text; // plain text
    QList<CommentReply> replies; // oldest first
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt; // UTC
    QJsonObject unknownKeys; // written by a newer Release Desk; kept so that saving loses nothing

    bool isAboutText() const { return start >= 0; }
    bool operator==(const Comment &) const = default;
};

// The text a comment's field holds, as its anchor counts it: the field's text, the statement's
// plain text; empty for a field that is not text.
QString anchorTextOf(const Release &release, const FieldKey &key);

// The comment after its field's text changed from `before` to `after`: its stretch moved with the
// text around it, shrunk by what was deleted of it, grown by what was typed inside it, and
// detached once all of it was deleted. A comment on the whole field is unchanged.
Comment anchoredThrough(const Comment &comment, const QString &before, const QString &after);

// Every comment on the field at key moved through the edit of its text; the others as they are.
QList<Comment> anchoredThrough(const QList<Comment> &comments, const FieldKey &key,
    const QString &before, const QString &after);

// The comments still open (not resolved), which approval asks about.
qsizetype openCommentCount(const Release &release);

} // namespace rd
