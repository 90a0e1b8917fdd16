#include "desktoprecentfiles.h"

#include "project/formatversion.h"

#include <QDateTime>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_WIN
#include <shlobj.h>
#endif

namespace rd {

namespace {

const QString bookmarkNamespace
    = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString mimeNamespace
    = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString applicationName = QStringLiteral("Release Desk");

// The prefix the file binds to a namespace on its root (GLib writes "bookmark" and "mime"),
// declaring it with the usual one when the file has none yet.
QString prefixFor(QDomElement root, const QString &uri, const QString &usual)
{
    const QDomNamedNodeMap attributes = root.attributes();
    for (int i = 0; i < attributes.count(); ++i) {
        const QDomAttr attribute = attributes.item(i).toAttr();
        if (attribute.name().startsWith(QLatin1String("xmlns:")) && attribute.value() == uri)
            return attribute.name().mid(6) + QLatin1Char(':');
    }
    root.setAttribute(QStringLiteral("xmlns:") + usual, uri);
    return usual + QLatin1Char(':');
}

QDomElement ensureChild(QDomDocument &document, QDomElement parent, const QString &name)
{
    QDomElement child = parent.firstChildElement(name);
    if (child.isNull())
        child = parent.appendChild(document.createElement(name)).toElement();
    return child;
}

Status recordInXbel(const QString &path, const QString &listPath)
{
    const QString list = QDir::toNativeSeparators(listPath);
    QDomDocument document;
    QFile existing(listPath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error {
                QStringLiteral("%1 cannot be read: %2").arg(list, existing.errorString())};
        if (!document.setContent(existing.readAll())
            || document.documentElement().tagName() != QLatin1String("xbel"))
            return Error {
                QStringLiteral("%1 is not a list of recent files; it is left as it is").arg(list)};
    } else {
        document.appendChild(document.createProcessingInstruction(
            QStringLiteral("xml"), QStringLiteral("version=\"1.0\" encoding=\"UTF-8\"")));
        QDomElement root = document.createElement(QStringLiteral("xbel"));
        root.setAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
        document.appendChild(root);
    }
    QDomElement root = document.documentElement();
    const QString bookmark = prefixFor(root, bookmarkNamespace, QStringLiteral("bookmark"));
    const QString mime = prefixFor(root, mimeNamespace, QStringLiteral("mime"));

    const QString href = QString::fromUtf8(
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded(QUrl::FullyEncoded));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QDomElement entry;
    for (QDomElement candidate = root.firstChildElement(QStringLiteral("bookmark"));
         !candidate.isNull();
         candidate = candidate.nextSiblingElement(QStringLiteral("bookmark"))) {
        if (candidate.attribute(QStringLiteral("href")) == href) {
            entry = candidate;
            break;
        }
    }
    if (entry.isNull()) {
        entry = root.appendChild(document.createElement(QStringLiteral("bookmark"))).toElement();
        entry.setAttribute(QStringLiteral("href"), href);
        entry.setAttribute(QStringLiteral("added"), now);
    }
    entry.setAttribute(QStringLiteral("modified"), now);
    entry.setAttribute(QStringLiteral("visited"), now);

    QDomElement info = ensureChild(document, entry, QStringLiteral("info"));
    QDomElement metadata;
    for (QDomElement candidate = info.firstChildElement(QStringLiteral("metadata"));
         !candidate.isNull();
         candidate = candidate.nextSiblingElement(QStringLiteral("metadata"))) {
        if (candidate.attribute(QStringLiteral("owner")) == QLatin1String("http://freedesktop.org"))
            metadata = candidate;
    }
    if (metadata.isNull()) {
        metadata = info.appendChild(document.createElement(QStringLiteral("metadata"))).toElement();
        metadata.setAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    }
    ensureChild(document, metadata, mime + QStringLiteral("mime-type"))
        .setAttribute(QStringLiteral("type"), QString(format::mimeType));
    QDomElement applications
        = ensureChild(document, metadata, bookmark + QStringLiteral("applications"));
    QDomElement application;
    for (QDomElement candidate
         = applications.firstChildElement(bookmark + QStringLiteral("application"));
         !candidate.isNull();
         candidate = candidate.nextSiblingElement(bookmark + QStringLiteral("application"))) {
        if (candidate.attribute(QStringLiteral("name")) == applicationName)
            application = candidate;
    }
    if (application.isNull()) {
        application
            = applications
                  .appendChild(document.createElement(bookmark + QStringLiteral("application")))
                  .toElement();
        application.setAttribute(QStringLiteral("name"), applicationName);
        application.setAttribute(QStringLiteral("exec"), QStringLiteral("'releasedesk %u'"));
    }
    application.setAttribute(QStringLiteral("modified"), now);
    application.setAttribute(
        QStringLiteral("count"), application.attribute(QStringLiteral("count")).toInt() + 1);

    // Written whole and renamed into place, so that a desktop reading it meanwhile never sees half
    // a file; a new list is the user's alone, as the desktop's own is.
    if (!QDir().mkpath(QFileInfo(listPath).path()))
        return Error {QStringLiteral("the folder of %1 cannot be made").arg(list)};
    QSaveFile file(listPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("%1 cannot be written: %2").arg(list, file.errorString())};
    if (!existing.exists())
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(document.toByteArray(2));
    if (!file.commit())
        return Error {QStringLiteral("%1 cannot be written: %2").arg(list, file.errorString())};
    return success();
}

} // namespace

QString desktopRecentFilesPath()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return {};
#else
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("recently-used.xbel"));
#endif
}

Status addToDesktopRecentFiles(const QString &path, const QString &listPath)
{
    if (!listPath.isEmpty())
        return recordInXbel(path, listPath);
#if defined(Q_OS_WIN)
    const std::wstring native
        = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString();
    SHAddToRecentDocs(SHARD_PATHW, native.c_str());
    return success();
#elif defined(Q_OS_MACOS)
    return success();
#else
    return recordInXbel(path, desktopRecentFilesPath());
#endif
}

} // namespace rd
