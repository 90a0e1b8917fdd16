#include "commentsjson.h"

#include "manifestwriter.h"

#include <QCoreApplication>

namespace rd {

namespace {

using Presence = JsonObjectReader::Presence;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
};

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonArray commentsToJson(const QList<Comment> &comments)
{
    QJsonArray array;
    for (const Comment &comment : comments) {
        QJsonObject object {
            {QStringLiteral("id"), comment.id},
            {QStringLiteral("field"), fieldId(comment.field.field)},
            {QStringLiteral("author"), comment.author},
            {QStringLiteral("at"), utc(comment.at)},
            {QStringLiteral("text"), comment.text},
        };
        if (!comment.field.itemId.isEmpty())
            object.insert(QStringLiteral("item"), comment.field.itemId);
        if (comment.field.translated)
            object.insert(QStringLiteral("translated"), true);
        if (comment.isAboutText()) {
            object.insert(QStringLiteral("start"), double(comment.start));
            object.insert(QStringLiteral("length"), double(comment.length));
            object.insert(QStringLiteral("quoted"), comment.quoted);
            if (comment.detached)
                object.insert(QStringLiteral("detached"), true);
        }
        if (!comment.replies.isEmpty()) {
            QJsonArray replies;
            for (const CommentReply &reply : comment.replies)
                replies.append(QJsonObject {{QStringLiteral("author"), reply.author},
                    {QStringLiteral("at"), utc(reply.at)}, {QStringLiteral("text"), reply.text}});
            object.insert(QStringLiteral("replies"), replies);
        }
        if (comment.resolved)
            object.insert(QStringLiteral("resolved"),
                QJsonObject {{QStringLiteral("by"), comment.resolvedBy},
                    {QStringLiteral("at"), utc(comment.resolvedAt)}});
        array.append(withUnknownKeys(comment.unknownKeys, object));
    }
    return array;
}

QList<Comment> readComments(JsonObjectReader &release)
{
    QList<Comment> comments;
    release.readObjects(QStringLiteral("comments"), [&](JsonObjectReader &entry) {
        Comment comment;
        comment.id = entry.string(QStringLiteral("id"), Presence::Required);
        const QString field = entry.string(QStringLiteral("field"), Presence::Required);
        if (const std::optional<Field> known = fieldWithId(field))
            comment.field.field = *known;
        else if (!entry.failed())
            entry.fail(QStringLiteral("field"),
                Tr::tr("'%1' is not a field (such as body or quoteTitle)").arg(field));
        comment.field.itemId = entry.string(QStringLiteral("item"));
        comment.field.translated = entry.boolean(QStringLiteral("translated"));
        if (entry.has(QStringLiteral("start"))) {
            comment.start = entry.integer(QStringLiteral("start"));
            comment.length = entry.integer(QStringLiteral("length"), Presence::Required);
            comment.quoted = entry.string(QStringLiteral("quoted"));
            comment.detached = entry.boolean(QStringLiteral("detached"));
        }
        comment.author = entry.string(QStringLiteral("author"));
        comment.at = entry.utcTime(QStringLiteral("at"), Presence::Required);
        comment.text = entry.string(QStringLiteral("text"), Presence::Required);
        entry.readObjects(QStringLiteral("replies"), [&](JsonObjectReader &replyObject) {
            CommentReply reply;
            reply.author = replyObject.string(QStringLiteral("author"));
            reply.at = replyObject.utcTime(QStringLiteral("at"), Presence::Required);
            reply.text = replyObject.string(QStringLiteral("text"), Presence::Required);
            comment.replies.append(reply);
        });
        JsonObjectReader resolved = entry.nested(QStringLiteral("resolved"));
        if (entry.has(QStringLiteral("resolved"))) {
            comment.resolved = true;
            comment.resolvedBy = resolved.string(QStringLiteral("by"));
            comment.resolvedAt = resolved.utcTime(QStringLiteral("at"), Presence::Required);
        }
        comment.unknownKeys = entry.unknownKeys();
        comments.append(comment);
    });
    return comments;
}

} // namespace rd
