#include "contenthash.h"

#include "manifestwriter.h"
#include "model/embeddedfile.h"

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
    return sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace rd
