#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>

namespace Poppler {
class Document;
}

namespace rd::test {

// An exported PDF read back with Poppler, as a journalist's PDF viewer would.
class PdfReader
{
public:
    explicit PdfReader(const QByteArray &pdf);
    ~PdfReader();

    bool isValid() const;
    int pageCount() const;
    // The text of a page, or of the whole document, as copying it out gives it.
    QString pageText(int page) const;
    QString text() const;
    QString info(const QString &key) const;
    QString xmpMetadata() const;
    QSizeF pageSizePoints(int page) const;
    // Smooth: anti-aliased as a screen shows it and as Qt's page images are; else with exact
    // colours, for counting pixels of one colour.
    QImage renderPage(int page, qreal dotsPerInch, bool smooth = false) const;
    int embeddedFileCount() const;
    QByteArray embeddedFileData(int index) const;
    QString embeddedFileName(int index) const;

private:
    std::unique_ptr<Poppler::Document> m_document;
};

// The text of each page in reading order, as poppler-utils' pdftotext gives it (the tool and the
// layout analysis most copy-and-paste follows); Poppler's Page::text keeps to physical rows
// instead, which interleaves the lines of names set side by side. Empty if pdftotext does not run.
QStringList readingOrderPages(const QByteArray &pdf);

// What a command-line tool prints for an exported PDF, given it as a file: arguments hold "%1"
// where the file's path goes ({"-struct-text", "%1"} for pdfinfo). Empty, with error set, when the
// tool does not run or fails.
QByteArray toolOutputForPdf(
    const QByteArray &pdf, const QString &program, const QStringList &arguments, QString *error);

// Whether each string occurs in text after the one before it.
bool inOrder(const QString &text, const QStringList &strings, QString *missing = nullptr);

} // namespace rd::test
