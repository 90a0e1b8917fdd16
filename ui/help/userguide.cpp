#include "userguide.h"

#include "util/executablefolder.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QKeySequence>
#include <QPixmap>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

#include <algorithm>

namespace rd {

namespace {

const QString guideFile = QStringLiteral("user-guide.md");
const QString guideFolder = QStringLiteral("releasedesk/guide");

// Pictures keep their own size up to the reading width, and are scaled down past it, so that
// a screenshot never needs scrolling sideways.
constexpr int margin = 24;

// A picture as the browser loaded it: the file's bytes until it has been drawn, then an image.
QImage imageOf(const QVariant &resource)
{
    if (resource.metaType().id() == QMetaType::QByteArray)
        return QImage::fromData(resource.toByteArray());
    if (resource.metaType().id() == QMetaType::QPixmap)
        return resource.value<QPixmap>().toImage();
    return resource.value<QImage>();
}

} // namespace

QStringList userGuideFolders()
{
    QStringList folders;
    if (const QString executable = executableFolder(); !executable.isEmpty())
        folders.append(QDir::cleanPath(executable + QStringLiteral("/../share/") + guideFolder));
    for (const QString &data :
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        const QString folder = QDir::cleanPath(data + QLatin1Char('/') + guideFolder);
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

QString userGuidePath()
{
    for (const QString &folder : userGuideFolders()) {
        const QFileInfo guide(QDir(folder).filePath(guideFile));
        if (guide.isFile())
            return guide.absoluteFilePath();
    }
    return {};
}

UserGuideWindow::UserGuideWindow(const QString &path, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_guide(QUrl::fromLocalFile(path))
{
    setWindowTitle(tr("Release Desk User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::fitPictures);
    m_browser->setSource(m_guide, QTextDocument::MarkdownResource);
    m_browser->document()->setDocumentMargin(margin);
    m_browser->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(860, 760);
}

void UserGuideWindow::followLink(const QUrl &url)
{
    const QUrl target = m_browser->source().resolved(url);
    if (target.matches(m_guide, QUrl::RemoveFragment) && target.hasFragment()) {
        m_browser->scrollToAnchor(target.fragment());
        return;
    }
    // Another page of the guide is shown here; nothing is fetched from a host or opened in
    // another program.
    if (target.isLocalFile() && target.path().endsWith(QLatin1String(".md"))
        && QFileInfo(target.toLocalFile()).isFile()) {
        m_browser->setSource(target, QTextDocument::MarkdownResource);
    }
}

bool UserGuideWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QWidget::eventFilter(watched, event);
}

void UserGuideWindow::fitPictures()
{
    QTextDocument *document = m_browser->document();
    // Room is kept for a vertical scroll bar, which fitting the pictures may bring or take away.
    const int scrollBar = m_browser->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = std::max(160, m_browser->viewport()->width() - 2 * margin - scrollBar);
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            const QImage image = imageOf(document->resource(
                QTextDocument::ImageResource, m_browser->source().resolved(QUrl(picture.name()))));
            if (image.isNull())
                continue;
            const qreal shown = std::min<qreal>(image.width(), width);
            if (qFuzzyCompare(picture.width(), shown))
                continue;
            picture.setWidth(shown);
            picture.setHeight(shown * image.height() / image.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

} // namespace rd
