#include "fonts.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QResource>
#include <QTextLayout>
#include <QThreadPool>

namespace rd {

void loadBundledFonts()
{
    static const bool loaded = [] {
        for (const char *file : {"ReleaseDeskSans-Regular.ttf", "ReleaseDeskSans-Bold.ttf",
                 "ReleaseDeskSans-Italic.ttf", "ReleaseDeskSans-BoldItalic.ttf"}) {
            // The font data stays where the resource system keeps it, in the executable, rather
            // than being copied onto the heap (1.4 MiB that every export would carry).
            const QResource resource(QStringLiteral(":/fonts/") + QLatin1String(file));
            const QByteArray data = QByteArray::fromRawData(
                reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
            if (resource.compressionAlgorithm() != QResource::NoCompression
                || QFontDatabase::addApplicationFontFromData(data) < 0)
                qWarning("Release Desk: the bundled font %s could not be loaded", file);
        }
        return true;
    }();
    Q_UNUSED(loaded);
}

void loadBundledFontsInBackground()
{
    QThreadPool::globalInstance()->start([] { loadBundledFonts(); });
}

QString releaseFontFamily()
{
    return QStringLiteral("Release Desk Sans");
}

QString documentFontFamily()
{
    return QStringLiteral("Noto Sans");
}

QFont releaseFont(qreal pointSize, bool bold, bool italic)
{
    loadBundledFonts(); // at once, or once a thread loading them in the background is done
    QFont font(releaseFontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setKerning(true);
    // Every script is shaped fully (Arabic joins, Devanagari reorders). Latin ligatures, which
    // Qt 6.4's PDF output would copy out as one character, are not in the bundled font at all
    // (scripts/make-fonts), so nothing needs switching off here.
    font.setStyleStrategy(QFont::PreferOutline);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

Qt::Alignment alignmentFor(Qt::Alignment styled, bool rightToLeft)
{
    const Qt::Alignment vertical = styled & Qt::AlignVertical_Mask;
    const Qt::Alignment horizontal = styled & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute;
    if (!rightToLeft || (horizontal != Qt::AlignLeft && horizontal != Qt::AlignRight))
        return styled;
    const Qt::Alignment mirrored = horizontal == Qt::AlignLeft ? Qt::AlignRight : Qt::AlignLeft;
    return mirrored | Qt::AlignAbsolute | vertical;
}

QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        constexpr int dotsPerMeterAt72Dpi = 2835; // 72 / 0.0254, which Qt rounds back to 72 dpi
        image.setDotsPerMeterX(dotsPerMeterAt72Dpi);
        image.setDotsPerMeterY(dotsPerMeterAt72Dpi);
        return image;
    }();
    return &device;
}

qreal lineHeight(const QFont &font)
{
    // Asked for every paragraph, each with a QFont of its own whose font engine Qt would look up
    // anew; a release uses a handful of fonts. Per thread, as Qt's font engines are.
    struct Known
    {
        QString family;
        qreal pointSize;
        int weight;
        bool italic;
        qreal height;
    };
    thread_local QList<Known> known;
    for (const Known &entry : std::as_const(known)) {
        if (entry.pointSize == font.pointSizeF() && entry.weight == font.weight()
            && entry.italic == font.italic() && entry.family == font.family())
            return entry.height;
    }
    const qreal height = QFontMetricsF(font, layoutDevice()).height();
    known.append({font.family(), font.pointSizeF(), font.weight(), font.italic(), height});
    return height;
}

qreal textWidth(const QString &text, const QFont &font)
{
    return QFontMetricsF(font, layoutDevice()).horizontalAdvance(text);
}

} // namespace rd
