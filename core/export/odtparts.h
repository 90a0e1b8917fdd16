#pragma once

#include "render/composedrelease.h"
#include "render/pagesetup.h"
#include "xmlparts.h"

#include <QByteArray>
#include <QString>

// The parts of an OpenDocument Text package around its content: the styles (made from the house
// style of the PDF), the metadata and the manifest. odtexporter.cpp writes the content itself.
namespace rd::odt {

namespace ns {
extern const QString office;
extern const QString style;
extern const QString text;
extern const QString fo;
extern const QString svg;
extern const QString draw;
extern const QString xlink;
extern const QString dc;
extern const QString meta;
extern const QString table;
} // namespace ns

// A length in points as ODF writes it: "12.00pt".
QString points(qreal value);

// The paragraph style of a kind of block ("Headline", "Quote", ...), declared in styles.xml.
QString styleNameOf(BlockRole role);
// Its right-to-left counterpart, declared by rightToLeftStyles() in content.xml.
QString rightToLeftStyleNameOf(BlockRole role);
// The paragraph style of the row of logos above the agencies' names.
inline const QString letterheadStyleName = QStringLiteral("Letterhead");
// Text styles for spans, and the list styles.
inline const QString strongStyleName = QStringLiteral("Strong");
inline const QString emphasisStyleName = QStringLiteral("Emphasis");
inline const QString strongEmphasisStyleName = QStringLiteral("StrongEmphasis");
inline const QString linkStyleName = QStringLiteral("Link");
inline const QString bulletListStyleName = QStringLiteral("Bullets");
inline const QString numberListStyleName = QStringLiteral("Numbers");

// Declares every namespace the parts use on the root element.
void writeNamespaces(QXmlStreamWriter &xml);
// Automatic paragraph styles that set each block style from the right, for content.xml.
void writeRightToLeftStyles(QXmlStreamWriter &xml);

// A bilingual release: the text style that tags a span with the second language, the paragraph
// style that starts the second language on a new page (after the block style it is based on),
// and the table, column and cell styles of the two languages side by side.
inline const QString secondLanguageStyleName = QStringLiteral("SecondLanguage");
QString secondLanguageStartStyleName(BlockRole role);
inline const QString sideBySideTableStyleName = QStringLiteral("SideBySide");
inline const QString sideBySideColumnStyleName = QStringLiteral("SideBySide.Column");
inline const QString sideBySideCellStyleName = QStringLiteral("SideBySide.Cell");
// Declares them in content.xml's automatic styles, for a table the width of the paper's text.
void writeBilingualStyles(QXmlStreamWriter &xml, const QString &firstLanguage,
    const QString &secondLanguage, Paper paper);
// The ODF language attributes (fo:language, fo:country, their Asian and complex-script twins) of
// a BCP 47 tag, on the element being written; nothing for a tag ODF cannot say.
void writeLanguage(QXmlStreamWriter &xml, const QString &tag);

// Styles with the document language (BCP 47) and the page of the given paper.
QByteArray stylesXml(const QString &language, Paper paper);
QByteArray metaXml(const ComposedRelease &release);
// The manifest of a package with content.xml, styles.xml, meta.xml and the given pictures.
QByteArray manifestXml(const QStringList &pictures);

} // namespace rd::odt
