#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// core/'s folders form a hierarchy: each may include only folders below it, so that the model
// never depends on the file format, nor the file format on the checks. Checked over the sources,
// so that an arrow running back up fails the build's tests, not a later reading.
class TestCoreLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void includesRunOnlyDownwards();
};

void TestCoreLayers::includesRunOnlyDownwards()
{
    // Lower numbers are lower layers; folders of one layer do not include each other.
    const QHash<QString, int> layer {
        {QStringLiteral("util"), 0},
        {QStringLiteral("model"), 1},
        {QStringLiteral("pdf"), 2},
        {QStringLiteral("project"), 2},
        {QStringLiteral("checks"), 3},
        {QStringLiteral("compare"), 3},
        {QStringLiteral("render"), 3},
        {QStringLiteral("export"), 4},
    };
    static const QRegularExpression include(
        QStringLiteral("^#include \"(\\w+)/"), QRegularExpression::MultilineOption);
    // Nor any widget or printing class: core is what headless export and checks run on.
    static const QRegularExpression widgets(
        QStringLiteral("^#include <(QtWidgets|QtPrintSupport|QWidget|QPrinter|QApplication)"),
        QRegularExpression::MultilineOption);
    const QString core = QStringLiteral(RELEASEDESK_SOURCE_DIR "/core");
    QStringList upwards;
    int files = 0;
    QDirIterator it(core, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString folder = QDir(core).relativeFilePath(path).section(QLatin1Char('/'), 0, 0);
        if (!layer.contains(folder))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        ++files;
        for (const QRegularExpressionMatch &match : include.globalMatch(source)) {
            const QString target = match.captured(1);
            if (layer.contains(target) && target != folder
                && layer.value(target) >= layer.value(folder))
                upwards.append(QStringLiteral("%1 includes %2")
                                   .arg(QDir(core).relativeFilePath(path), target));
        }
        if (widgets.match(source).hasMatch())
            upwards.append(
                QStringLiteral("%1 uses widgets").arg(QDir(core).relativeFilePath(path)));
    }
    QVERIFY(files > 100);
    QVERIFY2(upwards.isEmpty(), qPrintable(upwards.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestCoreLayers)
#include "tst_corelayers.moc"
