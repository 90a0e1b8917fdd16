#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace rd {

// A ToUnicode CMap for a font whose codes are its glyph indexes: what each glyph stands for. A
// glyph whose text is unknown stands for U+FFFD, so that no glyph is left without any.
QByteArray toUnicodeMap(const QMap<quint32, QString> &glyphTexts);

} // namespace rd
