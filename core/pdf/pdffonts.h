#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QStringView>

#include <memory>
#include <vector>

namespace rd {

class PdfObjectWriter;
struct PdfFont;

// The fonts of a PDF being written: each font a glyph run uses becomes a Type 0 font whose
// glyphs are the font's own glyph indexes (Identity-H), embedded at the end as a subset of the
// glyphs used (HarfBuzz's subsetter), with its widths and a ToUnicode map that tells each glyph's
// text, so that text copies out and is read aloud exactly as it was typed.
class PdfFonts
{
public:
    explicit PdfFonts(PdfObjectWriter &writer);
    ~PdfFonts();
    PdfFonts(const PdfFonts &) = delete;
    PdfFonts &operator=(const PdfFonts &) = delete;

    // The font's index here, -1 for a font that cannot be embedded (a colour bitmap font).
    int fontFor(const QRawFont &font);
    // Notes glyphs of font as used, where they show text (the run's, as typed): what the glyphs
    // that text was shaped into stand for.
    void useGlyphs(int font, const QList<quint32> &glyphs, QStringView text);
    // A glyph's advance in thousandths of the font size, as the PDF's widths give it.
    double advance(int font, quint32 glyph);
    // What a glyph stands for, as far as the text drawn so far tells.
    QString textOf(int font, quint32 glyph) const;

    QByteArray resourceName(int font) const;
    int objectId(int font) const;
    int count() const { return int(m_fonts.size()); }

    // Writes every font used, as subsets. CIDSet streams are written for PDF/A-1.
    Status write(bool withCidSets);

private:
    void learnText(PdfFont &font, const QList<quint32> &glyphs, QStringView text);
    void learnShapedText(PdfFont &font, QStringView text);
    Status writeFont(PdfFont &font, bool withCidSets);

    PdfObjectWriter &m_writer;
    std::vector<std::unique_ptr<PdfFont>> m_fonts;
    QHash<QByteArray, int> m_byIdentity;
    QList<std::pair<QRawFont, int>> m_recent; // of the fonts seen, each size as Qt loaded it
};

} // namespace rd
