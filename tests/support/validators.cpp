#include "validators.h"

#include "util/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rd::test {

namespace {

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit, process.exitCode(),
        process.readAllStandardOutput(), process.readAllStandardError()};
}

QString missing(const QString &what)
{
    return QStringLiteral("%1 is missing: run scripts/install-deps").arg(what);
}

QString javaPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("java"));
}

QString nodeModule(const QString &path)
{
    const QString full = QStringLiteral(RELEASEDESK_SOURCE_DIR "/node_modules/") + path;
    return QFileInfo::exists(full) ? full : QString();
}

// Apache PDFBox Preflight from Debian's libpdfbox2-java, with the libraries it needs.
QString preflightClassPath()
{
    QStringList jars;
    for (const char *jar : {"preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar",
             "commons-logging.jar", "javax.activation.jar", "jaxb-api.jar"}) {
        const QString path = QStringLiteral("/usr/share/java/") + QLatin1String(jar);
        if (!QFileInfo::exists(path))
            return {};
        jars.append(path);
    }
    return jars.join(QLatin1Char(':'));
}

QStringList linesOf(const QByteArray &output)
{
    return QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

QStringList qpdfProblems(const QString &pdfPath)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        return {missing(QStringLiteral("qpdf"))};
    const ToolRun run = runTool(qpdf, {QStringLiteral("--check"), pdfPath});
    const QString output = QString::fromUtf8(run.standardOutput + run.standardError);
    if (run.finished && run.exitCode == 0
        && output.contains(QStringLiteral("No syntax or stream encoding errors"))
        && !output.contains(QStringLiteral("WARNING")))
        return {};
    return {QStringLiteral("%1: qpdf --check: %2").arg(QFileInfo(pdfPath).fileName(), output)};
}

QStringList taggedPdfProblems(const QString &pdfPath)
{
    // Debian's Python, which has Debian's pikepdf, whatever else is first on the path.
    const QString python = QStringLiteral("/usr/bin/python3");
    const ToolRun run = runTool(python,
        {QStringLiteral(RELEASEDESK_SOURCE_DIR "/tests/support/check-tagged-pdf.py"), pdfPath});
    const QString output = QString::fromUtf8(run.standardOutput + run.standardError).trimmed();
    if (run.finished && run.exitCode == 0 && output.isEmpty())
        return {};
    return {QStringLiteral("%1: PDF/UA: %2").arg(QFileInfo(pdfPath).fileName(), output)};
}

QStringList pdfaProblems(const QString &pdfPath)
{
    const QString classPath = preflightClassPath();
    if (javaPath().isEmpty() || classPath.isEmpty())
        return {missing(QStringLiteral("PDFBox Preflight"))};
    const ToolRun run = runTool(javaPath(),
        {QStringLiteral("-cp"), classPath,
            QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdfPath});
    const QString output = QString::fromUtf8(run.standardOutput + run.standardError);
    if (run.finished && run.exitCode == 0
        && output.contains(QStringLiteral("is a valid PDF/A-1b file")))
        return {};
    return {QStringLiteral("%1: PDFBox Preflight: %2").arg(QFileInfo(pdfPath).fileName(), output)};
}

QStringList odfSchemaProblems(const QStringList &odtPaths)
{
    const QString jing = QStandardPaths::findExecutable(QStringLiteral("jing"));
    if (jing.isEmpty() || javaPath().isEmpty())
        return {missing(QStringLiteral("jing"))};
    QTemporaryDir parts;
    QStringList documentParts;
    QStringList manifests;
    QStringList problems;
    for (const QString &odtPath : odtPaths) {
        QFile file(odtPath);
        ZipArchiveReader zip;
        if (!file.open(QIODevice::ReadOnly) || !zip.open(file.readAll())) {
            problems.append(QStringLiteral("%1: not a ZIP package").arg(odtPath));
            continue;
        }
        const QString folder = QFileInfo(odtPath).completeBaseName();
        QDir(parts.path()).mkpath(folder + QStringLiteral("/META-INF"));
        for (const char *name :
            {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
            Result<QByteArray> bytes = zip.read(QLatin1String(name), 64 << 20);
            const QString out = parts.filePath(folder + QLatin1Char('/') + QLatin1String(name));
            QFile part(out);
            if (!bytes || !part.open(QIODevice::WriteOnly) || part.write(bytes.value()) < 0) {
                problems.append(QStringLiteral("%1: has no %2").arg(odtPath, QLatin1String(name)));
                continue;
            }
            (name[0] == 'M' ? manifests : documentParts).append(out);
        }
    }
    const auto validate = [&](const char *schema, const QStringList &files) {
        if (files.isEmpty())
            return;
        const QString rng
            = QStringLiteral(RELEASEDESK_TEST_DATA "/odf-1.2/") + QLatin1String(schema);
        // -i: ID and IDREF checks of the schema's compatibility annotations are not ODF rules.
        const ToolRun run = runTool(jing, QStringList {QStringLiteral("-i"), rng} + files);
        if (!run.finished) {
            problems.append(QStringLiteral("jing did not finish"));
            return;
        }
        // Debian's wrapper warns on stderr about optional jars; the findings are on stdout.
        for (const QString &line : linesOf(run.standardOutput))
            problems.append(QString(line).remove(parts.path() + QLatin1Char('/')));
        if (run.exitCode != 0 && problems.isEmpty())
            problems.append(QString::fromUtf8(run.standardError));
    };
    validate("schema.rng", documentParts);
    validate("manifest-schema.rng", manifests);
    return problems;
}

QStringList htmlCheckerProblems(const QStringList &htmlPaths)
{
    const QString checker = nodeModule(QStringLiteral("vnu-jar/build/dist/vnu.jar"));
    if (javaPath().isEmpty() || checker.isEmpty())
        return {missing(QStringLiteral("the Nu HTML Checker (npm vnu-jar)"))};
    const ToolRun run = runTool(javaPath(),
        QStringList {QStringLiteral("-jar"), checker, QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--also-check-css")}
            + htmlPaths);
    const QJsonDocument report = QJsonDocument::fromJson(run.standardError);
    if (!run.finished || !report.isObject())
        return {QStringLiteral("the Nu HTML Checker gave no report: %1")
                    .arg(QString::fromUtf8(run.standardError))};

    // The checker's own mistakes, each with the reason it is one:
    // - 26.9.27 reports that a Content-Security-Policy of "img-src data:" blocks the page's
    //   data: images. It allows exactly them (CSP 3, "data:" scheme-source); browsers show them.
    static const QList<QRegularExpression> checkerMistakes {
        QRegularExpression(QStringLiteral(
            "^Resource violates Content Security Policy \\(meta tag\\): image “data:image/png;.*"
            "blocked by “img-src” directive\\.$")),
    };
    QStringList problems;
    for (const QJsonValue &value : report.object().value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const QString text = message.value(QStringLiteral("message")).toString();
        const bool isError
            = message.value(QStringLiteral("type")).toString() != QLatin1String("info");
        const bool isWarning
            = message.value(QStringLiteral("subType")).toString() == QLatin1String("warning");
        if (!isError && !isWarning)
            continue;
        if (!isError
            && std::any_of(checkerMistakes.begin(), checkerMistakes.end(),
                [&](const QRegularExpression &mistake) { return mistake.match(text).hasMatch(); }))
            continue;
        problems.append(
            QStringLiteral("%1:%2: %3: %4")
                .arg(QFileInfo(QUrl(message.value(QStringLiteral("url")).toString()).toLocalFile())
                         .fileName(),
                    QString::number(message.value(QStringLiteral("lastLine")).toInt()),
                    isError ? QStringLiteral("error") : QStringLiteral("warning"), text));
    }
    return problems;
}

QStringList accessibilityProblems(const QString &htmlPath)
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    const QString axe = nodeModule(QStringLiteral("axe-core/axe.min.js"));
    if (chromium.isEmpty())
        return {missing(QStringLiteral("chromium"))};
    if (axe.isEmpty())
        return {missing(QStringLiteral("axe-core (npm)"))};
    QFile page(htmlPath);
    QFile axeScript(axe);
    if (!page.open(QIODevice::ReadOnly) || !axeScript.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot be read").arg(htmlPath)};
    QString html = QString::fromUtf8(page.readAll());
    // The page's Content-Security-Policy forbids every script, axe's included; the policy has no
    // bearing on what axe judges, so the copy under test goes without it.
    html.remove(
        QRegularExpression(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")));
    // axe's findings are written into the page as base64, which --dump-dom prints unescaped.
    const QString harness = QStringLiteral(R"(<script>%1</script><script>
axe.run(document, {resultTypes: ['violations']}).then(result => {
  const found = result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || ''))}));
  const out = document.createElement('pre');
  out.id = 'axe-result';
  out.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(found))));
  document.body.appendChild(out);
});
</script></body>)")
                                .arg(QString::fromUtf8(axeScript.readAll()));
    html.replace(QStringLiteral("</body>"), harness);

    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("page.html")));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(html.toUtf8()) < 0)
        return {QStringLiteral("cannot write the page for axe")};
    copy.close();
    const ToolRun run = runTool(chromium,
        {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--disable-dev-shm-usage"),
            QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--disable-extensions"), QStringLiteral("--no-first-run"),
            QStringLiteral("--user-data-dir=") + dir.filePath(QStringLiteral("profile")),
            QStringLiteral("--virtual-time-budget=20000"), QStringLiteral("--dump-dom"),
            QUrl::fromLocalFile(copy.fileName()).toString()});
    static const QRegularExpression resultPattern(
        QStringLiteral("<pre id=\"axe-result\">([A-Za-z0-9+/=]*)</pre>"));
    const QRegularExpressionMatch match
        = resultPattern.match(QString::fromUtf8(run.standardOutput));
    if (!run.finished || !match.hasMatch())
        return {QStringLiteral("%1: axe-core gave no result in Chromium: %2")
                    .arg(QFileInfo(htmlPath).fileName(),
                        QString::fromUtf8(run.standardError.right(2000)))};
    const QJsonArray violations
        = QJsonDocument::fromJson(QByteArray::fromBase64(match.captured(1).toLatin1())).array();
    QStringList problems;
    for (const QJsonValue &value : violations) {
        const QJsonObject violation = value.toObject();
        QStringList nodes;
        for (const QJsonValue &node : violation.value(QStringLiteral("nodes")).toArray())
            nodes.append(node.toString());
        problems.append(QStringLiteral("%1: axe %2 (%3): %4 at %5")
                            .arg(QFileInfo(htmlPath).fileName(),
                                violation.value(QStringLiteral("id")).toString(),
                                violation.value(QStringLiteral("impact")).toString(),
                                violation.value(QStringLiteral("help")).toString(),
                                nodes.join(QStringLiteral("; "))));
    }
    return problems;
}

} // namespace rd::test
