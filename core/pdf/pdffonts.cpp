#include "pdffonts.h"

#include "pdfobjectwriter.h"
#include "sfntfromtables.h"
#include "tounicodemap.h"

#include <QCoreApplication>
#include <QMap>

#include <cmath>
#include <limits>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfFonts)
};

// HarfBuzz reads the font's tables through Qt, as it asks for them.
hb_blob_t *tableOf(hb_face_t *, hb_tag_t tag, void *font)
{
    const char name[5] = {char(tag >> 24), char(tag >> 16), char(tag >> 8), char(tag), '\0'};
    auto *data = new QByteArray(static_cast<const QRawFont *>(font)->fontTable(name));
    if (data->isEmpty()) {
        delete data;
        return nullptr;
    }
    return hb_blob_create(data->constData(), unsigned(data->size()), HB_MEMORY_MODE_READONLY, data,
        [](void *bytes) { delete static_cast<QByteArray *>(bytes); });
}

QString textOfCodepoint(hb_codepoint_t codepoint)
{
    const char32_t c = codepoint;
    return QString::fromUcs4(&c, 1);
}

// A PostScript name as a PDF name may hold it.
QByteArray postScriptName(hb_face_t *face, const QRawFont &raw)
{
    char name[128] = {};
    unsigned size = sizeof(name);
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name);
    QByteArray result(name);
    if (result.isEmpty())
        result = (raw.familyName() + QLatin1Char('-') + raw.styleName()).toLatin1();
    QByteArray clean;
    for (char c : std::as_const(result)) {
        if (c > 0x20 && c < 0x7f && !QByteArrayView("#()<>[]{}/%").contains(c))
            clean.append(c);
    }
    return clean.isEmpty() ? QByteArray("Font") : clean;
}

} // namespace

struct PdfFont
{
    explicit PdfFont(const QRawFont &font)
        : raw(font)
    {
        face = hb_face_create_for_tables(tableOf, &raw, nullptr);
        hbFont = hb_font_create(face);
        upem = hb_face_get_upem(face);
        hb_font_set_scale(hbFont, int(upem), int(upem));
    }
    ~PdfFont()
    {
        hb_font_destroy(hbFont);
        hb_face_destroy(face);
    }

    QRawFont raw;
    hb_face_t *face = nullptr;
    hb_font_t *hbFont = nullptr;
    unsigned upem = 1000;
    // What glyphs stand for, learnt from the text drawn; by glyph index, as every glyph drawn is
    // looked up here (an empty string: not known yet).
    bool knows(quint32 glyph) const { return glyph < texts.size() && !texts[glyph].isEmpty(); }
    void learn(quint32 glyph, const QString &text)
    {
        if (glyph >= texts.size())
            texts.resize(glyph + 1);
        texts[glyph] = text;
    }
    QString textOf(quint32 glyph) const { return glyph < texts.size() ? texts[glyph] : QString(); }
    // Notes a glyph as used; returns whether it was not already.
    bool use(quint32 glyph)
    {
        if (glyph >= isUsed.size())
            isUsed.resize(glyph + 1);
        if (isUsed[glyph])
            return false;
        isUsed[glyph] = true;
        used.insert(glyph, {});
        return true;
    }

    QMap<quint32, QString> used; // each glyph used, and (once written) its text
    std::vector<bool> isUsed; // by glyph index
    std::vector<QString> texts;
    std::vector<double> advances; // by glyph index; NaN where not looked up yet
    int objectId = 0;
    QByteArray resourceName;
    bool cff = false; // CFF outlines rather than TrueType's
};

PdfFonts::PdfFonts(PdfObjectWriter &writer)
    : m_writer(writer)
{ }

PdfFonts::~PdfFonts() = default;

int PdfFonts::fontFor(const QRawFont &font)
{
    for (const auto &[seen, index] : std::as_const(m_recent)) {
        if (seen == font)
            return index;
    }
    // One font in every size: its family, style and header (which holds its dates and checksum).
    const QByteArray head = font.fontTable("head");
    const QByteArray identity
        = (font.familyName() + QLatin1Char('|') + font.styleName()).toUtf8() + '|' + head;
    int index = m_byIdentity.value(identity, -2);
    if (index == -2) {
        const bool trueType = !font.fontTable("glyf").isEmpty();
        const bool cff = !trueType && !font.fontTable("CFF ").isEmpty();
        if (head.isEmpty() || !(trueType || cff)) {
            index = -1;
        } else {
            index = int(m_fonts.size());
            auto entry = std::make_unique<PdfFont>(font);
            entry->cff = cff;
            entry->objectId = m_writer.reserve();
            entry->resourceName = "F" + QByteArray::number(index + 1);
            m_fonts.push_back(std::move(entry));
        }
        m_byIdentity.insert(identity, index);
    }
    m_recent.append({font, index});
    return index;
}

void PdfFonts::useGlyphs(int font, const QList<quint32> &glyphs, QStringView text)
{
    PdfFont &entry = *m_fonts.at(size_t(font));
    bool unknown = false;
    for (quint32 glyph : glyphs) {
        entry.use(glyph);
        unknown = unknown || !entry.knows(glyph);
    }
    if (unknown)
        learnText(entry, glyphs, text);
}

void PdfFonts::learnText(PdfFont &font, const QList<quint32> &glyphs, QStringView text)
{
    // First each character's own glyph in the font's character map...
    const QList<uint> codepoints = text.toUcs4();
    for (uint codepoint : codepoints) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font.hbFont, codepoint, &glyph) && glyph != 0
            && !font.knows(glyph))
            font.learn(glyph, textOfCodepoint(codepoint));
    }
    if (std::all_of(glyphs.begin(), glyphs.end(), [&](quint32 g) { return font.knows(g); }))
        return;
    // ...then the text shaped again, a stretch of one script at a time as Qt shapes it, for the
    // glyphs that only shaping makes: joined Arabic letters, conjuncts, ligatures.
    qsizetype start = 0;
    QChar::Script script = QChar::Script_Common;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar::Script here = i < text.size() ? text.at(i).script() : QChar::Script_Unknown;
        if (here == QChar::Script_Common || here == QChar::Script_Inherited)
            continue;
        if (script != QChar::Script_Common && here != script) {
            learnShapedText(font, text.mid(start, i - start));
            start = i;
        }
        script = here;
    }
}

void PdfFonts::learnShapedText(PdfFont &font, QStringView text)
{
    hb_buffer_t *buffer = hb_buffer_create();
    hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t *>(text.utf16()), int(text.size()),
        0, int(text.size()));
    hb_buffer_guess_segment_properties(buffer);
    // Marks keep clusters of their own, so that a letter and its vowel sign are told apart.
    hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_CHARACTERS);
    hb_shape(font.hbFont, buffer, nullptr, 0);
    const bool rightToLeft = hb_buffer_get_direction(buffer) == HB_DIRECTION_RTL;
    unsigned count = 0;
    const hb_glyph_info_t *infos = hb_buffer_get_glyph_infos(buffer, &count);
    QList<unsigned> clusters;
    for (unsigned i = 0; i < count; ++i)
        clusters.append(infos[i].cluster);
    std::sort(clusters.begin(), clusters.end());
    clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
    for (unsigned i = 0; i < count;) {
        // The glyphs of one cluster, in the buffer's order.
        unsigned last = i;
        while (last + 1 < count && infos[last + 1].cluster == infos[i].cluster)
            ++last;
        const auto next = std::upper_bound(clusters.begin(), clusters.end(), infos[i].cluster);
        const qsizetype end = next == clusters.end() ? text.size() : qsizetype(*next);
        QString cluster = text.mid(infos[i].cluster, end - infos[i].cluster).toString();
        if (last > i) {
            // A character that shaping split in two (Thai sara am into nikhahit and sara aa)
            // gives each glyph a character of its compatibility decomposition, where it has as
            // many; otherwise the cluster goes with its first glyph.
            const QString parts = cluster.normalized(QString::NormalizationForm_KC);
            const bool split = parts.size() == qsizetype(last - i + 1);
            for (unsigned g = i; g <= last; ++g) {
                const QString part
                    = split ? QString(parts.at(g - i)) : (g == i ? cluster : QString());
                if (!part.isEmpty() && infos[g].codepoint != 0 && !font.knows(infos[g].codepoint))
                    font.learn(infos[g].codepoint, part);
            }
            i = last + 1;
            continue;
        }
        // Readers put right-to-left text in its order by reversing what they extract, the
        // characters of a ligature with it: a lam-alef is stored alef first.
        if (rightToLeft)
            std::reverse(cluster.begin(), cluster.end());
        if (infos[i].codepoint != 0 && !font.knows(infos[i].codepoint))
            font.learn(infos[i].codepoint, cluster);
        ++i;
    }
    hb_buffer_destroy(buffer);
}

double PdfFonts::advance(int font, quint32 glyph)
{
    PdfFont &entry = *m_fonts.at(size_t(font));
    if (glyph >= entry.advances.size())
        entry.advances.resize(glyph + 1, std::numeric_limits<double>::quiet_NaN());
    double &width = entry.advances[glyph];
    if (std::isnan(width))
        width = hb_font_get_glyph_h_advance(entry.hbFont, glyph) * 1000.0 / entry.upem;
    return width;
}

QString PdfFonts::textOf(int font, quint32 glyph) const
{
    return m_fonts.at(size_t(font))->textOf(glyph);
}

QByteArray PdfFonts::resourceName(int font) const
{
    return m_fonts.at(size_t(font))->resourceName;
}

int PdfFonts::objectId(int font) const
{
    return m_fonts.at(size_t(font))->objectId;
}

Status PdfFonts::write(bool withCidSets)
{
    for (const auto &font : m_fonts) {
        if (Status written = writeFont(*font, withCidSets); !written)
            return written;
    }
    return success();
}

Status PdfFonts::writeFont(PdfFont &font, bool withCidSets)
{
    // Every glyph's text; a glyph that no text drawn explained (a hyphen that a soft hyphen
    // became at a line's end) by any character the font maps to it.
    bool unexplained = false;
    for (auto it = font.used.begin(); it != font.used.end(); ++it) {
        it.value() = font.textOf(it.key());
        unexplained = unexplained || (it.value().isEmpty() && it.key() != 0);
    }
    if (unexplained) {
        hb_set_t *unicodes = hb_set_create();
        hb_face_collect_unicodes(font.face, unicodes);
        for (hb_codepoint_t c = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &c);) {
            hb_codepoint_t glyph = 0;
            if (hb_font_get_nominal_glyph(font.hbFont, c, &glyph) && font.used.contains(glyph)
                && font.used.value(glyph).isEmpty())
                font.used[glyph] = textOfCodepoint(c);
        }
        hb_set_destroy(unicodes);
    }

    const QByteArray sfnt = sfntFromTables(font.raw);
    hb_blob_t *blob = hb_blob_create(
        sfnt.constData(), unsigned(sfnt.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t *source = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    hb_set_t *glyphSet = hb_subset_input_glyph_set(input);
    hb_set_add(glyphSet, 0);
    for (auto it = font.used.cbegin(); it != font.used.cend(); ++it)
        hb_set_add(glyphSet, it.key());
    // The glyph indexes stay as they are, so that the page's codes are the font's own glyphs.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
    hb_face_t *subset = hb_subset_or_fail(source, input);
    hb_subset_input_destroy(input);
    hb_face_destroy(source);
    if (!subset)
        return Error {Tr::tr("the font %1 could not be embedded").arg(font.raw.familyName())};
    const bool cff = font.cff;
    // PDF/A-1 knows CFF outlines only as a bare CFF font program, not inside an OpenType file.
    const bool bareCff = cff && withCidSets;
    hb_blob_t *subsetBlob = bareCff ? hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' '))
                                    : hb_face_reference_blob(subset);
    unsigned programSize = 0;
    const char *programData = hb_blob_get_data(subsetBlob, &programSize);
    const QByteArray fontProgram(programData, qsizetype(programSize));
    hb_blob_destroy(subsetBlob);
    hb_face_destroy(subset);
    if (fontProgram.isEmpty())
        return Error {Tr::tr("the font %1 could not be embedded").arg(font.raw.familyName())};

    // A subset's name starts with six capitals of its own, so that no reader takes it for the
    // whole font.
    size_t hash = qHash(font.used.keys()) ^ qHash(font.resourceName);
    QByteArray tag;
    for (int i = 0; i < 6; ++i, hash /= 26)
        tag.append(char('A' + hash % 26));
    const QByteArray baseFont = pdfName(tag + '+' + postScriptName(font.face, font.raw));

    const double scale = 1000.0 / font.upem;
    hb_font_extents_t extents {};
    hb_font_get_h_extents(font.hbFont, &extents);
    hb_position_t capHeight = extents.ascender;
    hb_ot_metrics_get_position(font.hbFont, HB_OT_METRICS_TAG_CAP_HEIGHT, &capHeight);
    const float slant = hb_style_get_value(font.hbFont, HB_STYLE_TAG_SLANT_ANGLE);
    hb_blob_t *headBlob = hb_face_reference_table(font.face, HB_TAG('h', 'e', 'a', 'd'));
    unsigned headSize = 0;
    const char *head = hb_blob_get_data(headBlob, &headSize);
    const auto int16At = [&](unsigned at) {
        return at + 1 < headSize ? qint16((quint8(head[at]) << 8) | quint8(head[at + 1])) : 0;
    };
    QByteArray bbox;
    for (unsigned at : {36u, 38u, 40u, 42u})
        bbox += pdfNumber(std::round(int16At(at) * scale)) + ' ';
    hb_blob_destroy(headBlob);

    const int program = m_writer.reserve();
    m_writer.writeStream(program,
        cff ? QByteArray(bareCff ? "/Subtype /CIDFontType0C" : "/Subtype /OpenType")
            : "/Length1 " + QByteArray::number(fontProgram.size()),
        fontProgram);
    int cidSet = 0;
    if (withCidSets) {
        const quint32 last = font.used.lastKey();
        QByteArray bits(qsizetype(last / 8 + 1), '\0');
        bits[0] = char(0x80); // glyph 0, which every subset keeps
        for (auto it = font.used.cbegin(); it != font.used.cend(); ++it)
            bits[it.key() / 8] = char(bits.at(it.key() / 8) | (0x80 >> (it.key() % 8)));
        cidSet = m_writer.reserve();
        m_writer.writeStream(cidSet, {}, bits);
    }
    const int descriptor = m_writer.reserve();
    m_writer.writeObject(descriptor,
        "<< /Type /FontDescriptor /FontName " + baseFont + " /Flags "
            + QByteArray(slant != 0 ? "68" : "4") + " /FontBBox [" + bbox.trimmed()
            + "] /ItalicAngle " + pdfNumber(-slant) + " /Ascent "
            + pdfNumber(std::round(extents.ascender * scale)) + " /Descent "
            + pdfNumber(std::round(extents.descender * scale)) + " /CapHeight "
            + pdfNumber(std::round(capHeight * scale)) + " /StemV 80 "
            + (cff ? "/FontFile3 " : "/FontFile2 ") + pdfReference(program)
            + (cidSet ? " /CIDSet " + pdfReference(cidSet) : QByteArray()) + " >>");

    // Widths, in runs of consecutive glyphs.
    QByteArray w("[");
    quint32 previous = 0;
    bool open = false;
    for (auto it = font.used.cbegin(); it != font.used.cend(); ++it) {
        if (!open || it.key() != previous + 1) {
            w += open ? "] " : "";
            w += QByteArray::number(it.key()) + " [";
            open = true;
        } else {
            w += ' ';
        }
        w += pdfNumber(hb_font_get_glyph_h_advance(font.hbFont, it.key()) * scale);
        previous = it.key();
    }
    w += open ? "]]" : "]";

    const int descendant = m_writer.reserve();
    m_writer.writeObject(descendant,
        "<< /Type /Font /Subtype " + QByteArray(cff ? "/CIDFontType0" : "/CIDFontType2")
            + " /BaseFont " + baseFont
            + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            + " /FontDescriptor " + pdfReference(descriptor) + " /W " + w
            + (cff ? QByteArray() : QByteArray(" /CIDToGIDMap /Identity")) + " >>");

    const int toUnicode = m_writer.reserve();
    m_writer.writeStream(toUnicode, {}, toUnicodeMap(font.used));

    m_writer.writeObject(font.objectId,
        "<< /Type /Font /Subtype /Type0 /BaseFont " + baseFont
            + " /Encoding /Identity-H /DescendantFonts [" + pdfReference(descendant)
            + "] /ToUnicode " + pdfReference(toUnicode) + " >>");
    return success();
}

} // namespace rd
