#include "main/desktoprecentfiles.h"

#include <QDomDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// The desktop's list of recent files (recently-used.xbel), which Release Desk adds to and which
// other programs share: their entries must come through untouched.
class TestDesktopRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aNewListHasTheFileItsTypeAndTheApplication();
    void openingAgainCountsAndKeepsOneEntry();
    void otherProgramsEntriesAreKept();
    void aDamagedListIsLeftAsItIs();
    void aListThatCannotBeWrittenIsAnError();

private:
    QDomElement bookmarkFor(const QDomDocument &document, const QString &href) const;
    QDomDocument read() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_list;
};

void TestDesktopRecentFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_list = m_dir->filePath(QStringLiteral("share/recently-used.xbel"));
}

QDomDocument TestDesktopRecentFiles::read() const
{
    QFile file(m_list);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDomDocument document;
    document.setContent(file.readAll(), true); // as a namespace-aware reader such as GLib sees it
    return document;
}

QDomElement TestDesktopRecentFiles::bookmarkFor(
    const QDomDocument &document, const QString &href) const
{
    for (QDomElement bookmark
         = document.documentElement().firstChildElement(QStringLiteral("bookmark"));
         !bookmark.isNull(); bookmark = bookmark.nextSiblingElement(QStringLiteral("bookmark"))) {
        if (bookmark.attribute(QStringLiteral("href")) == href)
            return bookmark;
    }
    return {};
}

void TestDesktopRecentFiles::aNewListHasTheFileItsTypeAndTheApplication()
{
    // A name with a space and letters outside ASCII, as many releases have.
    const QString path = m_dir->filePath(QStringLiteral("Déclaration conjointe.releasedesk"));
    QVERIFY(addToDesktopRecentFiles(path, m_list));
    QCOMPARE(QFile::permissions(m_list) & 0x0077, QFileDevice::Permissions()); // the user's alone

    const QDomDocument document = read();
    QCOMPARE(document.documentElement().tagName(), QStringLiteral("xbel"));
    const QString href = QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded());
    QVERIFY(href.contains(QLatin1String("D%C3%A9claration%20conjointe")));
    const QDomElement bookmark = bookmarkFor(document, href);
    QVERIFY(!bookmark.isNull());
    for (const char *stamp : {"added", "modified", "visited"})
        QVERIFY(QDateTime::fromString(bookmark.attribute(QLatin1String(stamp)), Qt::ISODateWithMs)
                    .isValid());

    const QString bookmarks
        = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
    const QString mime = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
    const QDomElement type
        = bookmark.elementsByTagNameNS(mime, QStringLiteral("mime-type")).item(0).toElement();
    QCOMPARE(
        type.attribute(QStringLiteral("type")), QStringLiteral("application/vnd.releasedesk+zip"));
    const QDomElement application
        = bookmark.elementsByTagNameNS(bookmarks, QStringLiteral("application"))
              .item(0)
              .toElement();
    QCOMPARE(application.attribute(QStringLiteral("name")), QStringLiteral("Release Desk"));
    QCOMPARE(application.attribute(QStringLiteral("exec")), QStringLiteral("'releasedesk %u'"));
    QCOMPARE(application.attribute(QStringLiteral("count")), QStringLiteral("1"));
}

void TestDesktopRecentFiles::openingAgainCountsAndKeepsOneEntry()
{
    const QString path = m_dir->filePath(QStringLiteral("statement.releasedesk"));
    QVERIFY(addToDesktopRecentFiles(path, m_list));
    const QString href = QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded());
    const QString added = bookmarkFor(read(), href).attribute(QStringLiteral("added"));
    QTest::qWait(5);
    QVERIFY(addToDesktopRecentFiles(path, m_list));

    const QDomDocument document = read();
    QCOMPARE(document.documentElement().elementsByTagName(QStringLiteral("bookmark")).count(), 1);
    const QDomElement bookmark = bookmarkFor(document, href);
    QCOMPARE(bookmark.attribute(QStringLiteral("added")), added);
    QVERIFY(bookmark.attribute(QStringLiteral("modified")) > added);
    const QDomNodeList applications = bookmark.elementsByTagNameNS(
        QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks"),
        QStringLiteral("application"));
    QCOMPARE(applications.count(), 1);
    QCOMPARE(
        applications.item(0).toElement().attribute(QStringLiteral("count")), QStringLiteral("2"));
}

void TestDesktopRecentFiles::otherProgramsEntriesAreKept()
{
    // As GLib writes the list, with a text editor's entry in it and a release another program
    // opened before, under prefixes of its own choosing.
    const QByteArray theirs = R"(<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bk="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mt="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/officer/notes.txt" added="2026-12-01T09:00:00.000000Z" modified="2026-12-01T09:00:00.000000Z" visited="2026-12-01T09:00:00.000000Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mt:mime-type type="text/plain"/>
        <bk:groups><bk:group>Notes &amp; drafts</bk:group></bk:groups>
        <bk:applications>
          <bk:application name="Text Editor" exec="&apos;gnome-text-editor %u&apos;" modified="2026-12-01T09:00:00.000000Z" count="3"/>
        </bk:applications>
      </metadata>
    </info>
  </bookmark>
  <bookmark href="file:///home/officer/release.releasedesk" added="2026-12-02T09:00:00.000000Z" modified="2026-12-02T09:00:00.000000Z" visited="2026-12-02T09:00:00.000000Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mt:mime-type type="application/vnd.releasedesk+zip"/>
        <bk:applications>
          <bk:application name="Archive Manager" exec="&apos;file-roller %u&apos;" modified="2026-12-02T09:00:00.000000Z" count="1"/>
        </bk:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
)";
    QVERIFY(QDir().mkpath(QFileInfo(m_list).path()));
    QFile file(m_list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(theirs);
    file.close();

    QVERIFY(addToDesktopRecentFiles(QStringLiteral("/home/officer/release.releasedesk"), m_list));
    const QDomDocument document = read();
    QCOMPARE(document.documentElement().elementsByTagName(QStringLiteral("bookmark")).count(), 2);
    // The editor's entry is as it was, its group included.
    const QDomElement notes
        = bookmarkFor(document, QStringLiteral("file:///home/officer/notes.txt"));
    QCOMPARE(
        notes.attribute(QStringLiteral("modified")), QStringLiteral("2026-12-01T09:00:00.000000Z"));
    const QString bookmarks
        = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
    QCOMPARE(
        notes.elementsByTagNameNS(bookmarks, QStringLiteral("group")).item(0).toElement().text(),
        QStringLiteral("Notes & drafts"));
    QCOMPARE(notes.elementsByTagNameNS(bookmarks, QStringLiteral("application"))
                 .item(0)
                 .toElement()
                 .attribute(QStringLiteral("count")),
        QStringLiteral("3"));
    // The release's entry gains Release Desk beside the archive manager, under the file's prefix.
    const QDomElement release
        = bookmarkFor(document, QStringLiteral("file:///home/officer/release.releasedesk"));
    const QDomNodeList applications
        = release.elementsByTagNameNS(bookmarks, QStringLiteral("application"));
    QCOMPARE(applications.count(), 2);
    QCOMPARE(applications.item(0).toElement().attribute(QStringLiteral("name")),
        QStringLiteral("Archive Manager"));
    QCOMPARE(applications.item(1).toElement().attribute(QStringLiteral("name")),
        QStringLiteral("Release Desk"));
    QCOMPARE(applications.item(1).toElement().prefix(), QStringLiteral("bk"));
    QCOMPARE(release
                 .elementsByTagNameNS(
                     QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info"),
                     QStringLiteral("mime-type"))
                 .count(),
        1);
}

void TestDesktopRecentFiles::aDamagedListIsLeftAsItIs()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_list).path()));
    const QByteArray damaged = "<?xml version=\"1.0\"?>\n<xbel version=\"1.0\"><bookmark href=";
    QFile file(m_list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(damaged);
    file.close();
    const Status added
        = addToDesktopRecentFiles(m_dir->filePath(QStringLiteral("a.releasedesk")), m_list);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QLatin1String("recently-used.xbel")),
        qPrintable(added.error().message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
}

void TestDesktopRecentFiles::aListThatCannotBeWrittenIsAnError()
{
    // Its folder's place is taken by a file, which no one (root included) can write into.
    const QString blocker = m_dir->filePath(QStringLiteral("share"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Status added
        = addToDesktopRecentFiles(m_dir->filePath(QStringLiteral("a.releasedesk")), m_list);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QLatin1String("recently-used.xbel")),
        qPrintable(added.error().message));
    QVERIFY(QFileInfo(blocker).isFile());
}

QTEST_GUILESS_MAIN(TestDesktopRecentFiles)
#include "tst_desktoprecentfiles.moc"
