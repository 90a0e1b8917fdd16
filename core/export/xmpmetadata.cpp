#include "xmpmetadata.h"

#include <QRegularExpression>

namespace rd {

namespace {

constexpr QLatin1StringView createDatePlaceholder("0000-00-00T00:00:00+00:00");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString alternative(const QString &text)
{
    return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>")
        .arg(escaped(text));
}

} // namespace

QByteArray xmpMetadata(const PdfMetadata &metadata)
{
    QString authors;
    for (const QString &author : metadata.authors)
        authors += QStringLiteral("<rdf:li>%1</rdf:li>").arg(escaped(author));

    QString xmp
        = QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                         "<rdf:Description rdf:about=\"\"\n"
                         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                         " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                         " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                         " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                         "<dc:format>application/pdf</dc:format>\n");
    xmp += QStringLiteral("<dc:title>%1</dc:title>\n").arg(alternative(metadata.title));
    if (!metadata.authors.isEmpty())
        xmp += QStringLiteral("<dc:creator><rdf:Seq>%1</rdf:Seq></dc:creator>\n").arg(authors);
    if (!metadata.subject.isEmpty())
        xmp += QStringLiteral("<dc:description>%1</dc:description>\n")
                   .arg(alternative(metadata.subject));
    QString languages;
    for (const QString &language : metadata.languages) {
        if (!language.isEmpty())
            languages += QStringLiteral("<rdf:li>%1</rdf:li>").arg(escaped(language));
    }
    if (!languages.isEmpty())
        xmp += QStringLiteral("<dc:language><rdf:Bag>%1</rdf:Bag></dc:language>\n").arg(languages);
    xmp += QStringLiteral("<xmp:CreatorTool>%1</xmp:CreatorTool>\n").arg(escaped(metadata.creator));
    xmp += QStringLiteral("<xmp:CreateDate>%1</xmp:CreateDate>\n").arg(createDatePlaceholder);
    xmp += QStringLiteral("<pdf:Producer>%1</pdf:Producer>\n").arg(escaped(metadata.producer));
    if (metadata.pdfA)
        xmp += QStringLiteral(
            "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
    xmp += QStringLiteral("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

bool fillXmpCreateDate(QByteArray &pdf)
{
    // Qt writes "/CreationDate (D:20261126034410+00'00')" (or "Z").
    static const QRegularExpression creationDate(QStringLiteral(
        "/CreationDate "
        "\\(D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:([+-])(\\d{2})'(\\d{2})'?|Z)"));
    const qsizetype placeholder = pdf.indexOf(QByteArray(createDatePlaceholder.data()));
    // Only the document information dictionary is read, not the whole file.
    const qsizetype info = pdf.indexOf("/CreationDate (D:");
    const QRegularExpressionMatch match
        = creationDate.match(QString::fromLatin1(pdf.mid(info, info < 0 ? 0 : 64)));
    if (placeholder < 0 || !match.hasMatch())
        return false;
    const QString sign = match.captured(7).isEmpty() ? QStringLiteral("+") : match.captured(7);
    const QString hours = match.captured(8).isEmpty() ? QStringLiteral("00") : match.captured(8);
    const QString minutes = match.captured(9).isEmpty() ? QStringLiteral("00") : match.captured(9);
    const QString date
        = QStringLiteral("%1-%2-%3T%4:%5:%6%7%8:%9")
              .arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4),
                  match.captured(5), match.captured(6), sign, hours, minutes);
    Q_ASSERT(date.size() == createDatePlaceholder.size());
    pdf.replace(placeholder, date.size(), date.toLatin1());
    return true;
}

} // namespace rd
