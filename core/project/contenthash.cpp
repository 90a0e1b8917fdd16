#include "contenthash.h"

#include "manifestwriter.h"
#include "model/embeddedfile.h"

#include <QJsonDocument>

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

} // namespace rd
