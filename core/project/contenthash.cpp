#include "contenthash.h"

#include "manifestwriter.h"
#include "model/embeddedfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rd {

QString contentSha256(const Release &release)
{
    return contentSha256(releaseToJson(release));
}

QString contentSha256(const QJsonObject &releaseObject)
{
    QJsonObject content = releaseObject;
    content.remove(QStringLiteral("workflow"));
    content.remove(QStringLiteral("issueLog"));
    content.remove(QStringLiteral("acknowledgements"));
    content.remove(QStringLiteral("versions"));
    content.remove(QStringLiteral("comments"));
    // An attached PDF's page count follows from its bytes, which the attachment's sha256 already
    // stands for. Left out, so that counting the pages of a project written before they were
    // recorded (format 7) does not withdraw its approval.
    if (content.contains(QStringLiteral("attachments"))) {
        QJsonArray attachments = content.value(QStringLiteral("attachments")).toArray();
        for (QJsonValueRef attachment : attachments) {
            QJsonObject object = attachment.toObject();
            object.remove(QStringLiteral("pages"));
            attachment = object;
        }
        content.insert(QStringLiteral("attachments"), attachments);
    }
    return sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace rd
