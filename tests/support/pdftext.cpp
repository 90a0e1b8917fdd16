#include "pdftext.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <poppler-qt6.h>

namespace rd::test {

PdfReader::PdfReader(const QByteArray &pdf)
    : m_document(Poppler::Document::loadFromData(pdf))
{ }

PdfReader::~PdfReader() = default;

bool PdfReader::isValid() const
{
    return m_document && !m_document->isLocked();
}

int PdfReader::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

QString PdfReader::pageText(int page) const
{
    std::unique_ptr<Poppler::Page> p = m_document->page(page);
    return p ? p->text(QRectF()) : QString();
}

QString PdfReader::text() const
{
    QString all;
    for (int page = 0; page < pageCount(); ++page)
        all += pageText(page) + QLatin1Char('\n');
    return all;
}

QString PdfReader::info(const QString &key) const
{
    return m_document->info(key);
}

QString PdfReader::xmpMetadata() const
{
    return m_document->metadata();
}

QSizeF PdfReader::pageSizePoints(int page) const
{
    std::unique_ptr<Poppler::Page> p = m_document->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

QImage PdfReader::renderPage(int page, qreal dotsPerInch, bool smooth) const
{
    m_document->setRenderHint(Poppler::Document::Antialiasing, smooth);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing, smooth);
    std::unique_ptr<Poppler::Page> p = m_document->page(page);
    return p ? p->renderToImage(dotsPerInch, dotsPerInch) : QImage();
}

int PdfReader::embeddedFileCount() const
{
    return int(m_document->embeddedFiles().size());
}

QByteArray PdfReader::embeddedFileData(int index) const
{
    return m_document->embeddedFiles().at(index)->data();
}

QString PdfReader::embeddedFileName(int index) const
{
    return m_document->embeddedFiles().at(index)->name();
}

bool inOrder(const QString &text, const QStringList &strings, QString *missing)
{
    qsizetype from = 0;
    for (const QString &string : strings) {
        const qsizetype at = text.indexOf(string, from);
        if (at < 0) {
            if (missing)
                *missing = string;
            return false;
        }
        from = at + string.size();
    }
    return true;
}

QStringList readingOrderPages(const QByteArray &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"),
            QStringLiteral("-")});
    if (!process.waitForStarted())
        return {};
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QByteArray toolOutputForPdf(
    const QByteArray &pdf, const QString &program, const QStringList &arguments, QString *error)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("release.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *error = QStringLiteral("the PDF could not be written to %1").arg(path);
        return {};
    }
    file.close();
    QStringList withPath;
    for (const QString &argument : arguments)
        withPath.append(argument.arg(path));
    QProcess process;
    process.start(program, withPath);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(program, process.errorString(),
                         QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace rd::test
