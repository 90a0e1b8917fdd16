#include "releasedesk_version.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Makes the Debian package from the tested build, as scripts/package does, and judges it as a
// distribution and an IT department would: lintian, the desktop and AppStream validators, an
// installation into a scratch root, the installed program run, and the file type recognised.
class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lintianFindsNoErrorOrWarning();
    void theDependenciesAreComputed();
    void theDesktopEntryAndMetainfoValidate();
    void holdsEverythingTheDesktopNeeds();
    void theManualPageCoversEveryCommand();
    void theInstalledProgramRunsFromItsOwnFiles();
    void aProjectIsRecognisedByNameAndByContent();
    void projectsOpenInReleaseDesk();
    void installsAndRemovesCleanly();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &extra = {}, int timeout = 240000);
    QString installed(const QString &path) const { return m_root.filePath(path); }
    QProcessEnvironment desktopEnvironment() const;

    QTemporaryDir m_work;
    QString m_package;
    QDir m_root;
};

TestPackage::Run TestPackage::run(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &extra, int timeout)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted()) {
        result.err = QStringLiteral("%1 cannot be started (is it installed? scripts/install-deps "
                                    "installs it)")
                         .arg(program);
        return result;
    }
    process.waitForFinished(timeout);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString packages = m_work.filePath(QStringLiteral("packages"));
    const Run made = run(QStringLiteral("cpack"),
        {QStringLiteral("--config"), QStringLiteral(RELEASEDESK_BINARY_DIR "/CPackConfig.cmake"),
            QStringLiteral("-B"), packages});
    QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
    const QStringList debs = QDir(packages).entryList({QStringLiteral("*.deb")});
    QCOMPARE(debs.size(), 1);
    m_package = QDir(packages).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("releasedesk_" RELEASEDESK_VERSION "_")),
        qPrintable(debs.first()));

    m_root.setPath(m_work.filePath(QStringLiteral("root")));
    const Run extracted
        = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_package, m_root.path()});
    QVERIFY2(extracted.exitCode == 0, qPrintable(extracted.err));
}

void TestPackage::lintianFindsNoErrorOrWarning()
{
    // Lintian checks the package against Debian's policy: file places and permissions, the
    // copyright file's format, the changelog, stripped and hardened binaries, the manual page,
    // the desktop entry and the metainfo. Information-level tags are shown, not failures.
    const Run lint = run(QStringLiteral("lintian"),
        {QStringLiteral("--fail-on"), QStringLiteral("error,warning"), QStringLiteral("--info"),
            m_package});
    const QString report = lint.out + lint.err;
    static const QRegularExpression failing(
        QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!report.contains(failing), qPrintable(report));
    QVERIFY2(lint.exitCode == 0, qPrintable(report));
}

void TestPackage::theDependenciesAreComputed()
{
    const Run depends = run(QStringLiteral("dpkg-deb"),
        {QStringLiteral("--field"), m_package, QStringLiteral("Depends")});
    QCOMPARE(depends.exitCode, 0);
    // dpkg-shlibdeps names, with their versions, the libraries the binaries link...
    for (const char *library : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libzip4",
             "libharfbuzz-subset0", "libhunspell", "libphonenumber8", "libqt6pdf6", "libc6"}) {
        QVERIFY2(depends.out.contains(QLatin1String(library)),
            qPrintable(
                QStringLiteral("%1 is not among %2").arg(QLatin1String(library), depends.out)));
    }
    static const QRegularExpression versioned(QStringLiteral("libqt6core6 \\(>= [^)]+\\)"));
    QVERIFY(depends.out.contains(versioned));
    // ...and the display plugin, which Qt loads at run time, is named by hand.
    QVERIFY(depends.out.contains(QLatin1String("qt6-qpa-plugins")));
}

void TestPackage::theDesktopEntryAndMetainfoValidate()
{
    const QString desktop
        = installed(QStringLiteral("usr/share/applications/" RELEASEDESK_APP_ID ".desktop"));
    const Run entry = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(
        entry.exitCode == 0 && entry.out.trimmed().isEmpty(), qPrintable(entry.out + entry.err));

    const QString metainfo
        = installed(QStringLiteral("usr/share/metainfo/" RELEASEDESK_APP_ID ".metainfo.xml"));
    const Run appstream = run(QStringLiteral("appstreamcli"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
            metainfo});
    QVERIFY2(appstream.exitCode == 0, qPrintable(appstream.out + appstream.err));
    QVERIFY2(!appstream.out.contains(QLatin1String("E: ")), qPrintable(appstream.out));

    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("<release version=\"" RELEASEDESK_VERSION "\"")));
    QVERIFY(text.contains(QLatin1String("<mediatype>application/vnd.releasedesk+zip</mediatype>")));
    QVERIFY(text.contains(QLatin1String("<binary>releasedesk</binary>")));
    QVERIFY(text.contains(QLatin1String("<content_rating")));
    // Every screenshot the metainfo names is one the project makes and ships.
    static const QRegularExpression screenshot(QStringLiteral("screenshots/([^<]+\\.png)</image>"));
    int shots = 0;
    for (const QRegularExpressionMatch &match : screenshot.globalMatch(text)) {
        ++shots;
        QVERIFY2(QFile::exists(installed(QStringLiteral("usr/share/releasedesk/guide/screenshots/")
                     + match.captured(1))),
            qPrintable(match.captured(1)));
    }
    QVERIFY(shots >= 3);
}

void TestPackage::holdsEverythingTheDesktopNeeds()
{
    for (const char *path :
        {"usr/bin/releasedesk", "usr/lib/releasedesk/modules/libreleasedesk-editor.so",
            "usr/lib/releasedesk/modules/libreleasedesk-pdfpages.so",
            "usr/lib/releasedesk/modules/libreleasedesk-phonenumbers.so",
            "usr/share/mime/packages/" RELEASEDESK_APP_ID ".xml",
            "usr/share/icons/hicolor/scalable/apps/" RELEASEDESK_APP_ID ".svg",
            "usr/share/icons/hicolor/scalable/mimetypes/application-vnd.releasedesk+zip.svg",
            "usr/share/man/man1/releasedesk.1.gz", "usr/share/doc/releasedesk/copyright",
            "usr/share/doc/releasedesk/changelog.gz",
            "usr/share/releasedesk/guide/user-guide.md"}) {
        QVERIFY2(QFile::exists(installed(QLatin1String(path))), path);
    }
    // The icons at every hicolor size, each of that size.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        for (const QString &icon : {QStringLiteral("apps/" RELEASEDESK_APP_ID),
                 QStringLiteral("mimetypes/application-vnd.releasedesk+zip")}) {
            const QString path = installed(
                QStringLiteral("usr/share/icons/hicolor/%1x%1/%2.png").arg(size).arg(icon));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
        }
    }
    // The guide's pictures are all there.
    QFile guide(installed(QStringLiteral("usr/share/releasedesk/guide/user-guide.md")));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    static const QRegularExpression picture(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
    int pictures = 0;
    for (const QRegularExpressionMatch &match :
        picture.globalMatch(QString::fromUtf8(guide.readAll()))) {
        ++pictures;
        QVERIFY2(QFile::exists(
                     installed(QStringLiteral("usr/share/releasedesk/guide/") + match.captured(1))),
            qPrintable(match.captured(1)));
    }
    QVERIFY(pictures >= 8);
    // The bundled fonts' licence is in the copyright file, in Debian's machine-readable format.
    QFile copyright(installed(QStringLiteral("usr/share/doc/releasedesk/copyright")));
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    const QByteArray terms = copyright.readAll();
    QVERIFY(terms.startsWith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"));
    QVERIFY(terms.contains("License: OFL-1.1"));
    QVERIFY(terms.contains("License: GPL-3+"));
}

void TestPackage::theManualPageCoversEveryCommand()
{
    const Run page = run(QStringLiteral("man"),
        {QStringLiteral("--warnings"), QStringLiteral("-l"), QStringLiteral("-P"),
            QStringLiteral("cat"),
            installed(QStringLiteral("usr/share/man/man1/releasedesk.1.gz"))},
        [] {
            QProcessEnvironment environment;
            environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
            return environment;
        }());
    QCOMPARE(page.exitCode, 0);
    QVERIFY2(page.err.trimmed().isEmpty(), qPrintable(page.err)); // groff's warnings
    QVERIFY(page.out.contains(QLatin1String("Release Desk " RELEASEDESK_VERSION)));
    // Every option each command's --help names is in the manual page.
    const QString program = installed(QStringLiteral("usr/bin/releasedesk"));
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]+"));
    for (const QStringList &help : {QStringList {QStringLiteral("--help")},
             QStringList {QStringLiteral("export"), QStringLiteral("--help")},
             QStringList {QStringLiteral("check"), QStringLiteral("--help")},
             QStringList {QStringLiteral("compare"), QStringLiteral("--help")}}) {
        const Run shown = run(program, help);
        QCOMPARE(shown.exitCode, 0);
        for (const QRegularExpressionMatch &match : option.globalMatch(shown.out)) {
            QVERIFY2(page.out.contains(match.captured()),
                qPrintable(QStringLiteral("%1 of %2 is not in releasedesk(1)")
                               .arg(match.captured(), help.join(QLatin1Char(' ')))));
        }
    }
}

void TestPackage::theInstalledProgramRunsFromItsOwnFiles()
{
    const QString program = installed(QStringLiteral("usr/bin/releasedesk"));
    const Run version = run(program, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("Release Desk " RELEASEDESK_VERSION));

    // A headless export, with the attached PDF's pages appended, which takes the PDF module: the
    // loader's trace shows the installed module is the one used, not the build tree's.
    const QString example = QStringLiteral(
        RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk");
    const QString pdf = m_work.filePath(QStringLiteral("release.pdf"));
    QProcessEnvironment tracing;
    tracing.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    tracing.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run exported = run(program,
        {QStringLiteral("export"), example, QStringLiteral("-o"), pdf,
            QStringLiteral("--append-attachments")},
        tracing);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(
        exported.err.contains(QStringLiteral("file=")
            + installed(QStringLiteral("usr/lib/releasedesk/modules/libreleasedesk-pdfpages.so"))),
        "the installed PDF module is loaded");
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(QLatin1String("Tagged:          yes")));

    // The check reads the media contacts' phone numbers through the installed module.
    const Run checked = run(program, {QStringLiteral("check"), example}, tracing);
    QVERIFY2(checked.exitCode == 0 || checked.exitCode == 1, qPrintable(checked.err));
    QVERIFY2(checked.err.contains(QStringLiteral("file=")
                 + installed(
                     QStringLiteral("usr/lib/releasedesk/modules/libreleasedesk-phonenumbers.so"))),
        "the installed phone number module is loaded");
    const Run plain = run(program, {QStringLiteral("check"), example});
    QCOMPARE(plain.exitCode, checked.exitCode);
    for (const QString &line : plain.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QVERIFY2(line.startsWith(example + QLatin1Char(':')), qPrintable(line));
    }
}

QProcessEnvironment TestPackage::desktopEnvironment() const
{
    // The desktop's databases, as the package's triggers would update them, from the scratch
    // root's share/ before the system's, with no user's own settings in the way.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_DATA_DIRS"),
        installed(QStringLiteral("usr/share")) + QStringLiteral(":/usr/share"));
    environment.insert(
        QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("home/data")));
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("home/config")));
    environment.insert(
        QStringLiteral("XDG_CONFIG_DIRS"), m_work.filePath(QStringLiteral("home/etc")));
    environment.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QString());
    environment.insert(QStringLiteral("DE"), QStringLiteral("generic"));
    environment.insert(QStringLiteral("KDE_FULL_SESSION"), QString());
    environment.insert(QStringLiteral("GNOME_DESKTOP_SESSION_ID"), QString());
    return environment;
}

void TestPackage::aProjectIsRecognisedByNameAndByContent()
{
    const Run updated = run(
        QStringLiteral("update-mime-database"), {installed(QStringLiteral("usr/share/mime"))});
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));

    const QString example = QStringLiteral(
        RELEASEDESK_SOURCE_DIR "/resources/examples/kestrel-bay-joint-statement.releasedesk");
    const Run byName = run(QStringLiteral("xdg-mime"),
        {QStringLiteral("query"), QStringLiteral("filetype"), example}, desktopEnvironment());
    QCOMPARE(byName.out.trimmed(), QStringLiteral("application/vnd.releasedesk+zip"));

    // A project saved under another name (an e-mail client's "attachment.bin") is told by the
    // "mimetype" entry at byte 30, and a plain zip file is not taken for one.
    const QString renamed = m_work.filePath(QStringLiteral("attachment.bin"));
    QVERIFY(QFile::copy(example, renamed));
    const Run byContent = run(QStringLiteral("xdg-mime"),
        {QStringLiteral("query"), QStringLiteral("filetype"), renamed}, desktopEnvironment());
    QCOMPARE(byContent.out.trimmed(), QStringLiteral("application/vnd.releasedesk+zip"));
    const QString zip = m_work.filePath(QStringLiteral("other.bin"));
    const Run zipped = run(QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w').writestr("
                           "'notes.txt', 'hello')"),
            zip});
    QCOMPARE(zipped.exitCode, 0);
    const Run plainZip = run(QStringLiteral("xdg-mime"),
        {QStringLiteral("query"), QStringLiteral("filetype"), zip}, desktopEnvironment());
    QCOMPARE(plainZip.out.trimmed(), QStringLiteral("application/zip"));
}

void TestPackage::projectsOpenInReleaseDesk()
{
    // What a file manager asks: which application opens the type, and with which icon.
    const Run indexed = run(QStringLiteral("update-desktop-database"),
        {installed(QStringLiteral("usr/share/applications"))});
    QVERIFY2(indexed.exitCode == 0, qPrintable(indexed.err));
    const Run application = run(QStringLiteral("xdg-mime"),
        {QStringLiteral("query"), QStringLiteral("default"),
            QStringLiteral("application/vnd.releasedesk+zip")},
        desktopEnvironment());
    QCOMPARE(application.out.trimmed(), QStringLiteral(RELEASEDESK_APP_ID ".desktop"));

    QFile entry(installed(QStringLiteral("usr/share/applications/" RELEASEDESK_APP_ID ".desktop")));
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray desktop = entry.readAll();
    QVERIFY(desktop.contains("\nExec=releasedesk %f\n"));
    QVERIFY(desktop.contains("\nIcon=" RELEASEDESK_APP_ID "\n"));
    // The document icon is found by the type's name, as the icon theme specification says.
    QVERIFY(QFile::exists(installed(QStringLiteral(
        "usr/share/icons/hicolor/48x48/mimetypes/application-vnd.releasedesk+zip.png"))));
}

void TestPackage::installsAndRemovesCleanly()
{
    // dpkg itself installs the package into an empty root of its own and removes it again,
    // leaving nothing behind; the package has no maintainer scripts that would need the system.
    const QDir root(m_work.filePath(QStringLiteral("dpkg-root")));
    const QString admin = root.filePath(QStringLiteral("var/lib/dpkg"));
    QVERIFY(QDir().mkpath(admin + QStringLiteral("/info")));
    QVERIFY(QDir().mkpath(admin + QStringLiteral("/updates")));
    QFile status(admin + QStringLiteral("/status"));
    QVERIFY(status.open(QIODevice::WriteOnly));
    status.close();
    const QStringList dpkg {QStringLiteral("--root=") + root.path(),
        QStringLiteral("--log=/dev/null"), QStringLiteral("--force-depends"),
        QStringLiteral("--force-not-root"), QStringLiteral("--force-script-chrootless")};
    const Run install
        = run(QStringLiteral("dpkg"), dpkg + QStringList {QStringLiteral("-i"), m_package});
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
    QVERIFY(QFile::exists(root.filePath(QStringLiteral("usr/bin/releasedesk"))));
    const Run remove = run(QStringLiteral("dpkg"),
        dpkg + QStringList {QStringLiteral("--purge"), QStringLiteral("releasedesk")});
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.out + remove.err));
    QDirIterator left(root.filePath(QStringLiteral("usr")), QDir::Files | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));

    // On this machine, every dependency the package declares is met (as root, dpkg can say).
    if (::geteuid() != 0)
        QSKIP("only root can ask dpkg whether the system's packages meet the dependencies");
    const Run simulated = run(
        QStringLiteral("dpkg"), {QStringLiteral("--dry-run"), QStringLiteral("-i"), m_package});
    QVERIFY2(simulated.exitCode == 0, qPrintable(simulated.out + simulated.err));
}

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
