#include "xmpmetadata.h"

namespace rd {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString alternative(const QString &text)
{
    return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>")
        .arg(escaped(text));
}

// PDF/A admits only the schemas it names, or others declared in the file: PDF/UA's
// identification is declared so.
constexpr QLatin1StringView pdfUaExtension(
    "<rdf:Description rdf:about=\"\"\n"
    " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
    " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
    " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
    "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
    "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
    "<pdfaProperty:name>part</pdfaProperty:name>\n"
    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
    "<pdfaProperty:category>internal</pdfaProperty:category>\n"
    "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
    "</pdfaProperty:description>\n"
    "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
    "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
    "</rdf:Description>\n");

} // namespace

QByteArray xmpMetadata(const PdfMetadata &metadata)
{
    QString authors;
    for (const QString &author : metadata.authors)
        authors += QStringLiteral("<rdf:li>%1</rdf:li>").arg(escaped(author));
    const QString created = metadata.created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("+00:00");

    QString xmp
        = QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                         "<rdf:Description rdf:about=\"\"\n"
                         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                         " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                         " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                         " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                         " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
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
    xmp += QStringLiteral("<xmp:CreateDate>%1</xmp:CreateDate>\n").arg(created);
    xmp += QStringLiteral("<pdf:Producer>%1</pdf:Producer>\n").arg(escaped(metadata.producer));
    xmp += QStringLiteral("<pdfuaid:part>1</pdfuaid:part>\n");
    if (metadata.pdfA == PdfAIdentification::A1b)
        xmp += QStringLiteral(
            "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
    else if (metadata.pdfA == PdfAIdentification::A3a)
        xmp += QStringLiteral(
            "<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n");
    xmp += QStringLiteral("</rdf:Description>\n");
    if (metadata.pdfA != PdfAIdentification::None)
        xmp += pdfUaExtension;
    xmp += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

} // namespace rd
