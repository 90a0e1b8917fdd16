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
} // namespace ns

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

// Styles with the document language (BCP 47) and the page of the given paper.
QByteArray stylesXml(const QString &language, Paper paper);
QByteArray metaXml(const ComposedRelease &release);
// The manifest of a package with content.xml, styles.xml, meta.xml and the given pictures.
QByteArray manifestXml(const QStringList &pictures);

} // namespace rd::odt
