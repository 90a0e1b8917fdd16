#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace rd {

// Where the user guide is: share/releasedesk/guide/user-guide.md beside the program's bin/ (an
// installation, or the build tree), else in the system's data folders. Empty when it is in none.
QString userGuidePath();
// The folders userGuidePath() looks in, for a message that says where the guide was sought.
QStringList userGuideFolders();

// Help ▸ User Guide: the guide, with its screenshots, read from the installed Markdown file and
// shown in a window of its own, so that it needs neither a browser nor a network. Links within the
// guide are followed in the window; a link out of it is never opened from here.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(const QString &path, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

protected:
    // The browser's viewport resizing: the pictures are fitted to its new width.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followLink(const QUrl &url);
    void fitPictures();

    QTextBrowser *m_browser;
    QUrl m_guide;
};

} // namespace rd
