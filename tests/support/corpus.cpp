#include "corpus.h"

#include "project/formatversion.h"
#include "project/manifestreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::test {

namespace {

QDir corpusDir()
{
    return QDir(QStringLiteral(RELEASEDESK_TEST_DATA "/corpus"));
}

} // namespace

QStringList corpusNames()
{
    QStringList names;
    for (const QString &file :
        corpusDir().entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(file.chopped(5));
    return names;
}

Release corpusRelease(const QString &name)
{
    QFile file(corpusDir().filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("corpus release %s not found", qPrintable(name));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject())
        qFatal("%s.json: %s", qPrintable(name), qPrintable(parseError.errorString()));
    const QJsonObject manifest {{QStringLiteral("formatVersion"), format::version},
        {QStringLiteral("minReaderVersion"), 1}, {QStringLiteral("release"), json.object()}};
    // The corpus embeds no files: its logos and attachments, where a test wants them, it adds.
    const auto noFiles = [](const QString &, qint64, const QString &description) {
        return Result<EmbeddedFile>(Error {description + QStringLiteral(": not in the corpus")});
    };
    Result<Release> release = releaseFromManifest(manifest, noFiles);
    if (!release)
        qFatal("%s.json: %s", qPrintable(name), qPrintable(release.error().message));
    return release.value();
}

} // namespace rd::test
