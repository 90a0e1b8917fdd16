#include "desktoprecentfiles.h"

#include "project/formatversion.h"
#include "util/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
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

// The child element named tag whose attribute has value, made (with that attribute) when there is
// none; created says which.
QDomElement childWith(QDomDocument &document, QDomElement parent, const QString &tag,
    const QString &attribute, const QString &value, bool *created = nullptr)
{
    for (QDomElement child = parent.firstChildElement(tag); !child.isNull();
         child = child.nextSiblingElement(tag)) {
        if (child.attribute(attribute) == value) {
            if (created)
                *created = false;
            return child;
        }
    }
    QDomElement child = parent.appendChild(document.createElement(tag)).toElement();
    child.setAttribute(attribute, value);
    if (created)
        *created = true;
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
    bool isNewEntry = false;
    QDomElement entry = childWith(
        document, root, QStringLiteral("bookmark"), QStringLiteral("href"), href, &isNewEntry);
    if (isNewEntry)
        entry.setAttribute(QStringLiteral("added"), now);
    entry.setAttribute(QStringLiteral("modified"), now);
    entry.setAttribute(QStringLiteral("visited"), now);

    QDomElement metadata = childWith(document, ensureChild(document, entry, QStringLiteral("info")),
        QStringLiteral("metadata"), QStringLiteral("owner"),
        QStringLiteral("http://freedesktop.org"));
    ensureChild(document, metadata, mime + QStringLiteral("mime-type"))
        .setAttribute(QStringLiteral("type"), QString(format::mimeType));
    bool isNewApplication = false;
    QDomElement application = childWith(document,
        ensureChild(document, metadata, bookmark + QStringLiteral("applications")),
        bookmark + QStringLiteral("application"), QStringLiteral("name"), applicationName,
        &isNewApplication);
    if (isNewApplication)
        application.setAttribute(QStringLiteral("exec"), QStringLiteral("'releasedesk %u'"));
    application.setAttribute(QStringLiteral("modified"), now);
    application.setAttribute(
        QStringLiteral("count"), application.attribute(QStringLiteral("count")).toInt() + 1);

    // Written whole and renamed into place, so that a desktop reading it meanwhile never sees half
    // a file; a new list is the user's alone, as the desktop's own is.
    if (!QDir().mkpath(QFileInfo(listPath).path()))
        return Error {QStringLiteral("the folder of %1 cannot be made").arg(list)};
    return saveFileAtomically(listPath, document.toByteArray(2), NewFileAccess::OwnerOnly);
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
