#include "contenthash.h"

#include "manifestwriter.h"
#include "model/embeddedfile.h"

#include <QJsonDocument>

namespace rd {

QString contentSha256(const Release &release)
{
    QJsonObject content = releaseToJson(release);
    content.remove(QStringLiteral("workflow"));
    return contentSha256(content);
}

QString contentSha256(const QJsonObject &releaseWithoutWorkflow)
{
    return sha256Hex(QJsonDocument(releaseWithoutWorkflow).toJson(QJsonDocument::Compact));
}

} // namespace rd
