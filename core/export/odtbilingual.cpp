#include "odtparts.h"
#include "util/textdirection.h"

#include <QSet>

namespace rd::odt {

QString secondLanguageStartStyleName(BlockRole role)
{
    return QStringLiteral("SecondLanguageStart.") + styleNameOf(role);
}

void writeBilingualStyles(
    QXmlStreamWriter &xml, const QString &firstLanguage, const QString &secondLanguage, Paper paper)
{
    // The second language, on a span around each of its paragraphs' text.
    xml.writeStartElement(ns::style, QStringLiteral("style"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), secondLanguageStyleName);
    xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("text"));
    xml.writeEmptyElement(ns::style, QStringLiteral("text-properties"));
    writeLanguage(xml, secondLanguage);
    xml.writeEndElement();

    // Each block style the second language can open with, starting a page: it opens with the
    // draft notice or the status line, but declaring every role keeps that knowledge here.
    QSet<QString> declared;
    for (int role = 0; role <= int(BlockRole::SectionText); ++role) {
        const QString name = styleNameOf(BlockRole(role));
        if (declared.contains(name))
            continue; // roles that share a style share its page-starting twin
        declared.insert(name);
        xml.writeStartElement(ns::style, QStringLiteral("style"));
        xml.writeAttribute(
            ns::style, QStringLiteral("name"), secondLanguageStartStyleName(BlockRole(role)));
        xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeAttribute(ns::style, QStringLiteral("parent-style-name"), name);
        xml.writeEmptyElement(ns::style, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(ns::fo, QStringLiteral("break-before"), QStringLiteral("page"));
        xml.writeEndElement();
    }

    // Two equal columns across the text's width, without borders, a gutter between them.
    const PageSetup setup {paper};
    const qreal width = setup.pageSize().width() - setup.margins().left() - setup.margins().right();
    xml.writeStartElement(ns::style, QStringLiteral("style"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), sideBySideTableStyleName);
    xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("table"));
    xml.writeEmptyElement(ns::style, QStringLiteral("table-properties"));
    xml.writeAttribute(ns::style, QStringLiteral("width"), points(width));
    xml.writeAttribute(ns::table, QStringLiteral("align"), QStringLiteral("margins"));
    // A right-to-left first language takes the right column, where its readers start.
    if (directionOfLanguage(firstLanguage) == Qt::RightToLeft)
        xml.writeAttribute(ns::style, QStringLiteral("writing-mode"), QStringLiteral("rl-tb"));
    xml.writeEndElement();
    xml.writeStartElement(ns::style, QStringLiteral("style"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), sideBySideColumnStyleName);
    xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("table-column"));
    xml.writeEmptyElement(ns::style, QStringLiteral("table-column-properties"));
    xml.writeAttribute(ns::style, QStringLiteral("column-width"), points(width / 2));
    xml.writeEndElement();
    xml.writeStartElement(ns::style, QStringLiteral("style"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), sideBySideCellStyleName);
    xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(ns::style, QStringLiteral("table-cell-properties"));
    xml.writeAttribute(ns::fo, QStringLiteral("padding-left"), points(0));
    xml.writeAttribute(ns::fo, QStringLiteral("padding-right"), points(9));
    xml.writeAttribute(ns::fo, QStringLiteral("border"), QStringLiteral("none"));
    xml.writeEndElement();
}

} // namespace rd::odt
