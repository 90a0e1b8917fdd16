#pragma once

#include "render/composedrelease.h"
#include "xmlparts.h"

#include <QByteArray>
#include <QString>

// The parts of a DOCX package that do not depend on the body of the document: its content types
// and package relationships, the styles (made from the house style of the PDF), the numbering of
// lists and the core properties. docxexporter.cpp writes the document itself.
namespace rd::docx {

extern const QString wordNamespace;
extern const QString relationshipsNamespace;

// The paragraph style of a kind of block ("Title", "Quote", ...).
QString styleIdOf(BlockRole role);

QByteArray contentTypesXml();
QByteArray packageRelationshipsXml();
// The paragraph styles, with the document language (BCP 47) as every run's default.
QByteArray stylesXml(const QString &language);
// One numbering for all bulleted lists and one for each numbered list, so that each starts at 1.
QByteArray numberingXml(int numberedLists);
QByteArray coreXml(const ComposedRelease &release);

} // namespace rd::docx
