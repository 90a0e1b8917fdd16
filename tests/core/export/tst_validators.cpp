#include "export/exporter.h"
#include "export/pdfexporter.h"
#include "render/fonts.h"
#include "support/corpus.h"
#include "support/samplerelease.h"
#include "support/validators.h"
#include "util/ziparchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

// Every file Release Desk exports is judged by tools that did not write it: qpdf for any PDF's
// structure, Apache PDFBox Preflight for PDF/A-1b, jing with the OASIS schema for every part of an
// ODT, the Nu HTML Checker and axe-core (in headless Chromium) for HTML. They judge the sample,
// a long release and every release of the corpus. A validator that is missing fails the test.
class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validatorsRejectBrokenFiles();
    void pdf_data();
    void pdf();
    void odt();
    void html();
    void accessibility_data();
    void accessibility();

private:
    QString exported(
        const QString &name, const Release &release, ExportFormat format, const QString &suffix);
    QStringList exportAll(ExportFormat format, const QString &suffix);

    QTemporaryDir m_dir;
    QList<std::pair<QString, Release>> m_releases;
};

void TestValidators::initTestCase()
{
    loadBundledFonts();
    QVERIFY(m_dir.isValid());
    // The sample is bilingual, English then te reo Māori; set side by side too, in a table.
    Release sideBySide = test::sampleRelease();
    sideBySide.translation.layout = BilingualLayout::SideBySide;
    m_releases = {{QStringLiteral("sample"), test::sampleRelease()},
        {QStringLiteral("sample-side-by-side"), sideBySide},
        {QStringLiteral("long"), test::longRelease(40)}};
    for (const QString &name : test::corpusNames())
        m_releases.append({name, test::corpusRelease(name)});
}

QString TestValidators::exported(
    const QString &name, const Release &release, ExportFormat format, const QString &suffix)
{
    ExportOptions options;
    options.format = format;
    options.appendAttachments = true;
    const QString path = m_dir.filePath(name + suffix);
    const Status status = exportRelease(release, path, options);
    if (!status)
        qWarning("%s: %s", qPrintable(name), qPrintable(status.error().message));
    return status ? path : QString();
}

QStringList TestValidators::exportAll(ExportFormat format, const QString &suffix)
{
    QStringList paths;
    for (const auto &[name, release] : m_releases)
        paths.append(exported(name, release, format, suffix));
    return paths;
}

// Each validator, given a file with a known fault, reports it: a validator that passes everything
// would make the tests below worthless.
void TestValidators::validatorsRejectBrokenFiles()
{
    const QString pdf = exported(
        QStringLiteral("cut"), test::sampleRelease(), ExportFormat::Pdf, QStringLiteral(".pdf"));
    QFile cut(pdf);
    QVERIFY(cut.open(QIODevice::ReadWrite));
    QVERIFY(cut.resize(cut.size() - 600));
    cut.close();
    QVERIFY(!test::qpdfProblems(pdf).isEmpty());
    QVERIFY(!test::pdfaProblems(pdf).isEmpty());

    const QString odt = m_dir.filePath(QStringLiteral("bad.odt"));
    ZipArchiveWriter zip;
    QVERIFY(zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
        ZipArchiveWriter::Compression::Store));
    // QTextOdfWriter's mistake: style:line-height where fo:line-height belongs.
    QVERIFY(zip.add(QStringLiteral("content.xml"),
        R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2"><office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:paragraph-properties style:line-height="120%"/></style:style></office:automatic-styles><office:body><office:text/></office:body></office:document-content>)",
        ZipArchiveWriter::Compression::Deflate));
    QFile odtFile(odt);
    QVERIFY(odtFile.open(QIODevice::WriteOnly));
    odtFile.write(zip.finish().value());
    odtFile.close();
    const QStringList odtProblems = test::odfSchemaProblems({odt});
    QVERIFY(std::any_of(odtProblems.begin(), odtProblems.end(),
        [](const QString &problem) { return problem.contains(QStringLiteral("line-height")); }));

    const QString html = m_dir.filePath(QStringLiteral("bad.html"));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::WriteOnly));
    htmlFile.write(R"(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>
</head><body><main><p style="color:#bbb;background:#fff">Pale text</p><img src="data:,">
<p><div>not in a paragraph</div></p></main></body></html>)");
    htmlFile.close();
    const QStringList checker = test::htmlCheckerProblems({html});
    QVERIFY2(checker.join(QLatin1Char('\n')).contains(QStringLiteral("error")),
        qPrintable(checker.join(QLatin1Char('\n'))));
    const QString axe = test::accessibilityProblems(html).join(QLatin1Char('\n'));
    QVERIFY2(axe.contains(QStringLiteral("color-contrast")), qPrintable(axe));
    QVERIFY2(axe.contains(QStringLiteral("image-alt")), qPrintable(axe));
}

void TestValidators::pdf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Release>("release");
    for (const auto &[name, release] : m_releases)
        QTest::addRow("%s", qPrintable(name)) << name << release;
}

void TestValidators::pdf()
{
    QFETCH(QString, name);
    QFETCH(Release, release);
    // Every PDF: well formed, and tagged as PDF/UA-1 asks.
    const QString pdf = exported(name, release, ExportFormat::Pdf, QStringLiteral(".pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList problems = test::qpdfProblems(pdf) + test::taggedPdfProblems(pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    const QString pdfa = exported(name, release, ExportFormat::PdfA, QStringLiteral("-a.pdf"));
    QVERIFY(!pdfa.isEmpty());
    const QStringList archival = test::qpdfProblems(pdfa) + test::taggedPdfProblems(pdfa);
    QVERIFY2(archival.isEmpty(), qPrintable(archival.join(QLatin1Char('\n'))));

    // The PDF/A-1b build of the same release, which the archival writer shares everything with
    // but the attachments and the transparency of logos, is what Preflight can judge.
    ExportOptions options;
    options.format = ExportFormat::PdfA;
    const Result<QByteArray> older = exportPdf(release, options, PdfConformance::ArchivalA1b);
    QVERIFY(older);
    const QString pdfa1 = m_dir.filePath(name + QStringLiteral("-a1b.pdf"));
    QFile file(pdfa1);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*older) == older->size());
    file.close();
    const QStringList pdfaProblems
        = test::qpdfProblems(pdfa1) + test::pdfaProblems(pdfa1) + test::taggedPdfProblems(pdfa1);
    QVERIFY2(pdfaProblems.isEmpty(), qPrintable(pdfaProblems.join(QLatin1Char('\n'))));
}

void TestValidators::odt()
{
    const QStringList paths = exportAll(ExportFormat::Odt, QStringLiteral(".odt"));
    QVERIFY(!paths.contains(QString()));
    const QStringList problems = test::odfSchemaProblems(paths);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestValidators::html()
{
    const QStringList paths = exportAll(ExportFormat::Html, QStringLiteral(".html"));
    QVERIFY(!paths.contains(QString()));
    const QStringList problems = test::htmlCheckerProblems(paths);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestValidators::accessibility_data()
{
    pdf_data();
}

void TestValidators::accessibility()
{
    QFETCH(QString, name);
    QFETCH(Release, release);
    const QString html = exported(name, release, ExportFormat::Html, QStringLiteral("-axe.html"));
    QVERIFY(!html.isEmpty());
    const QStringList problems = test::accessibilityProblems(html);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestValidators)
#include "tst_validators.moc"
