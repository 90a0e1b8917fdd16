#include "export/exporter.h"
#include "render/fonts.h"
#include "support/corpus.h"
#include "support/samplerelease.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

struct Verdict
{
    bool ran = false;
    int exitCode = -1;
    QString output;
};

Verdict run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(180000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit, process.exitCode(),
        QString::fromLocal8Bit(process.readAll())};
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

} // namespace

// Every PDF Release Desk writes is judged by tools that did not write it: qpdf for the file's
// structure, and Apache PDFBox Preflight for PDF/A-1b. A validator that is missing fails the test:
// scripts/install-deps installs them.
class TestPdfValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void valid_data();
    void valid();

private:
    QTemporaryDir m_dir;
    QString m_qpdf;
    QString m_java;
    QString m_preflight;
};

void TestPdfValidators::initTestCase()
{
    loadBundledFonts();
    QVERIFY(m_dir.isValid());
    m_qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    m_java = QStandardPaths::findExecutable(QStringLiteral("java"));
    m_preflight = preflightClassPath();
    QVERIFY2(!m_qpdf.isEmpty(), "qpdf is missing: run scripts/install-deps");
    QVERIFY2(!m_java.isEmpty(), "java is missing: run scripts/install-deps");
    QVERIFY2(!m_preflight.isEmpty(), "PDFBox Preflight is missing: run scripts/install-deps");
}

void TestPdfValidators::valid_data()
{
    QTest::addColumn<Release>("release");
    QTest::addColumn<ExportFormat>("format");
    QList<std::pair<QString, Release>> releases {{QStringLiteral("sample"), test::sampleRelease()},
        {QStringLiteral("long"), test::longRelease(40)}};
    for (const QString &name : test::corpusNames())
        releases.append({name, test::corpusRelease(name)});
    for (const auto &[name, release] : releases) {
        QTest::addRow("%s pdf", qPrintable(name)) << release << ExportFormat::Pdf;
        QTest::addRow("%s pdf/a", qPrintable(name)) << release << ExportFormat::PdfA;
    }
}

void TestPdfValidators::valid()
{
    QFETCH(Release, release);
    QFETCH(ExportFormat, format);
    ExportOptions options;
    options.format = format;
    options.appendAttachments = true;
    const QString path = m_dir.filePath(QStringLiteral("%1.pdf")
                                            .arg(QLatin1String(QTest::currentDataTag()))
                                            .replace(QLatin1Char('/'), QLatin1Char('-'))
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    const Status exported = exportRelease(release, path, options);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));

    const Verdict qpdf = run(m_qpdf, {QStringLiteral("--check"), path});
    QVERIFY2(qpdf.ran && qpdf.exitCode == 0, qPrintable(qpdf.output));
    QVERIFY2(qpdf.output.contains(QStringLiteral("No syntax or stream encoding errors")),
        qPrintable(qpdf.output));
    QVERIFY2(!qpdf.output.contains(QStringLiteral("WARNING")), qPrintable(qpdf.output));

    if (format == ExportFormat::PdfA) {
        const Verdict preflight = run(m_java,
            {QStringLiteral("-cp"), m_preflight,
                QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), path});
        QVERIFY2(preflight.ran && preflight.exitCode == 0, qPrintable(preflight.output));
        QVERIFY2(preflight.output.contains(QStringLiteral("is a valid PDF/A-1b file")),
            qPrintable(preflight.output));
    }
}

QTEST_MAIN(TestPdfValidators)
#include "tst_pdfvalidators.moc"
