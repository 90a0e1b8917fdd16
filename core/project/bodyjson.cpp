#include "bodyjson.h"

#include "formatnames.h"

#include <QCoreApplication>

namespace rd {

namespace {

class ManifestReader
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
};

using Presence = JsonObjectReader::Presence;

} // namespace

QJsonArray bodyToJson(const Body &body)
{
    QJsonArray blocks;
    for (const BodyBlock &block : body.blocks) {
        QJsonArray runs;
        for (const TextRun &run : block.runs) {
            QJsonObject object {{QStringLiteral("text"), run.text}};
            if (run.bold)
                object.insert(QStringLiteral("bold"), true);
            if (run.italic)
                object.insert(QStringLiteral("italic"), true);
            if (!run.link.isEmpty())
                object.insert(QStringLiteral("link"), run.link);
            runs.append(object);
        }
        blocks.append(QJsonObject {
            {QStringLiteral("type"), format::nameOf(block.kind)}, {QStringLiteral("runs"), runs}});
    }
    return blocks;
}

Body readBody(JsonObjectReader &parent, const QString &key, Presence presence)
{
    Body body;
    parent.readObjects(
        key,
        [&](JsonObjectReader &block) {
            BodyBlock bodyBlock;
            const QString kind = block.string(QStringLiteral("type"), Presence::Required);
            if (const auto blockKind = format::blockKindNamed(kind))
                bodyBlock.kind = *blockKind;
            else
                block.fail(QStringLiteral("type"),
                    ManifestReader::tr(
                        "'%1' is not a kind of paragraph (paragraph, bullet or numbered)")
                        .arg(kind));

            block.readObjects(
                QStringLiteral("runs"),
                [&](JsonObjectReader &run) {
                    TextRun textRun;
                    textRun.text = run.string(QStringLiteral("text"), Presence::Required);
                    textRun.bold = run.boolean(QStringLiteral("bold"));
                    textRun.italic = run.boolean(QStringLiteral("italic"));
                    textRun.link = run.string(QStringLiteral("link"));
                    if (!textRun.link.isEmpty() && !isAllowedLink(textRun.link))
                        run.fail(QStringLiteral("link"),
                            ManifestReader::tr("'%1' is not a web, e-mail or telephone link")
                                .arg(textRun.link));
                    bodyBlock.runs.append(textRun);
                },
                Presence::Required);
            body.blocks.append(bodyBlock);
        },
        presence);
    return body;
}

} // namespace rd
