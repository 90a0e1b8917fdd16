#pragma once

#include "render/composedrelease.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <functional>

// The parts of a DOCX package that do not depend on the body of the document: its content types
// and package relationships, the styles (made from the house style of the PDF), the numbering of
// lists and the core properties. docxexporter.cpp writes the document itself.
namespace rd::docx {

extern const QString wordNamespace;
extern const QString relationshipsNamespace;

// The paragraph style of a kind of block ("Title", "Quote", ...).
QString styleIdOf(BlockRole role);
// XML 1.0 cannot carry most control characters; field text could hold one.
QString xmlSafe(const QString &text);
QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &body);

QByteArray contentTypesXml();
QByteArray packageRelationshipsXml();
// The paragraph styles, with the document language (BCP 47) as every run's default.
QByteArray stylesXml(const QString &language);
// Whether text holds a right-to-left letter (Arabic, Hebrew...): such a run is marked w:rtl.
bool hasRightToLeft(const QString &text);
// One numbering for all bulleted lists and one for each numbered list, so that each starts at 1.
QByteArray numberingXml(int numberedLists);
QByteArray coreXml(const ComposedRelease &release);

} // namespace rd::docx
