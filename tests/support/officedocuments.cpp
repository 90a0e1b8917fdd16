#include "officedocuments.h"

#include "pdftext.h"
#include "util/ziparchive.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace rd::test {

namespace {

const QString odfText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString odfSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString wordMain
    = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

} // namespace

QString zipEntryText(const QByteArray &zip, const QString &name)
{
    ZipArchiveReader reader;
    if (!reader.open(zip))
        return {};
    Result<QByteArray> data = reader.read(name, 1 << 26);
    return data ? QString::fromUtf8(data.value()) : QString();
}

QString odtText(const QByteArray &odt)
{
    QXmlStreamReader xml(zipEntryText(odt, QStringLiteral("content.xml")));
    QString text;
    int skipping = 0; // inside svg:title or svg:desc
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.namespaceUri() == odfSvg)
                ++skipping;
            else if (xml.namespaceUri() == odfText && xml.name() == QLatin1String("s"))
                text += QString(
                    std::max(1, xml.attributes().value(odfText, QStringLiteral("c")).toInt()),
                    QLatin1Char(' '));
            else if (xml.namespaceUri() == odfText && xml.name() == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (xml.namespaceUri() == odfText && xml.name() == QLatin1String("line-break"))
                text += QLatin1Char('\n');
            break;
        case QXmlStreamReader::EndElement:
            if (xml.namespaceUri() == odfSvg)
                --skipping;
            else if (xml.namespaceUri() == odfText
                && (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h")))
                text += QLatin1Char('\n');
            break;
        case QXmlStreamReader::Characters:
            if (!skipping)
                text += xml.text();
            break;
        default:
            break;
        }
    }
    return xml.hasError() ? QString() : text;
}

QString docxText(const QByteArray &docx)
{
    QXmlStreamReader xml(zipEntryText(docx, QStringLiteral("word/document.xml")));
    QString text;
    bool inText = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.namespaceUri() != wordMain)
                break;
            if (xml.name() == QLatin1String("t"))
                inText = true;
            else if (xml.name() == QLatin1String("br"))
                text += QLatin1Char('\n');
            else if (xml.name() == QLatin1String("tab"))
                text += QLatin1Char('\t');
            break;
        case QXmlStreamReader::EndElement:
            if (xml.namespaceUri() == wordMain && xml.name() == QLatin1String("t"))
                inText = false;
            else if (xml.namespaceUri() == wordMain && xml.name() == QLatin1String("p"))
                text += QLatin1Char('\n');
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                text += xml.text();
            break;
        default:
            break;
        }
    }
    return xml.hasError() ? QString() : text;
}

QStringList odtHeadings(const QString &contentXml)
{
    static const QRegularExpression heading(
        QStringLiteral("<text:h[^>]*text:outline-level=\"(\\d+)\"[^>]*>(.*?)</text:h>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QStringList headings;
    for (const QRegularExpressionMatch &match : heading.globalMatch(contentXml)) {
        QString text = match.captured(2).remove(tag);
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        headings.append(match.captured(1) + QLatin1Char(':') + text.simplified());
    }
    return headings;
}

// Converts a document with LibreOffice to another format (its file's bytes), as a newsroom's
// Word or Writer would open it.
QByteArray convertedWithLibreOffice(const QByteArray &document, const QString &extension,
    const QString &targetExtension, QString *error)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        *error = QStringLiteral("soffice not found");
        return {};
    }
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("release.") + extension);
    QFile file(input);
    file.open(QIODevice::WriteOnly);
    file.write(document);
    file.close();
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(soffice,
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
            QStringLiteral("--headless"), QStringLiteral("--convert-to"), targetExtension,
            QStringLiteral("--outdir"), dir.path(), input});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    QFile converted(dir.filePath(QStringLiteral("release.") + targetExtension));
    if (!converted.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("nothing came out: ") + QString::fromLocal8Bit(process.readAll());
        return {};
    }
    return converted.readAll();
}

// A document as LibreOffice prints it: the text of the PDF it makes.
QString convertedByLibreOffice(const QByteArray &document, const QString &extension, QString *error)
{
    const QByteArray pdf
        = convertedWithLibreOffice(document, extension, QStringLiteral("pdf"), error);
    return pdf.isEmpty() ? QString() : PdfReader(pdf).text();
}

} // namespace rd::test
