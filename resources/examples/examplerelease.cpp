#include "examplerelease.h"

#include "project/contenthash.h"
#include "util/pdfpages.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace rd::example {

namespace {

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A navy shield with a white star: the fictional Kestrel Bay Police.
QByteArray policeLogo()
{
    QImage image(240, 240, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(120, 12);
    shield.lineTo(216, 44);
    shield.cubicTo(216, 140, 180, 196, 120, 228);
    shield.cubicTo(60, 196, 24, 140, 24, 44);
    shield.closeSubpath();
    painter.fillPath(shield, QColor(0x1b, 0x2a, 0x4a));
    painter.setPen(QPen(QColor(0xe8, 0xb9, 0x3c), 8));
    painter.drawPath(shield);
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? 62 : 26;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        star << QPointF(120 + radius * std::cos(angle), 112 + radius * std::sin(angle));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPolygon(star);
    painter.end();
    return pngOf(image);
}

// A teal disc with three waves: the fictional Kestrel Bay Harbour Authority.
QByteArray harbourLogo()
{
    QImage image(240, 240, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x0b, 0x6e, 0x6e));
    painter.drawEllipse(QRectF(8, 8, 224, 224));
    painter.setPen(QPen(Qt::white, 12, Qt::SolidLine, Qt::RoundCap));
    for (int row = 0; row < 3; ++row) {
        QPainterPath wave;
        const qreal y = 92 + row * 34;
        wave.moveTo(48, y);
        for (int step = 0; step < 4; ++step) {
            const qreal x = 48 + step * 36;
            wave.quadTo(x + 9, y - 14, x + 18, y);
            wave.quadTo(x + 27, y + 14, x + 36, y);
        }
        painter.drawPath(wave);
    }
    painter.end();
    return pngOf(image);
}

TextRun plain(const QString &text)
{
    return TextRun {text, false, false, {}};
}

BodyBlock paragraph(const QList<TextRun> &runs)
{
    return BodyBlock {BodyBlock::Kind::Paragraph, runs};
}

BodyBlock bullet(const QString &text)
{
    return BodyBlock {BodyBlock::Kind::BulletItem, {plain(text)}};
}

Body exampleBody()
{
    Body body;
    body.blocks = {
        paragraph({plain(QStringLiteral(
            "Kestrel Bay Police and the Kestrel Bay Harbour Authority have closed Wharf 3 "
            "and the waterfront walkway between Quay Street and the ferry terminal after "
            "a container of industrial cleaning fluid was damaged during unloading at "
            "about 6.40am on Thursday."))}),
        paragraph({plain(QStringLiteral("Nobody was injured. The fluid is ")),
            TextRun {QStringLiteral("not"), true, false, {}},
            plain(QStringLiteral(" flammable, but it irritates the skin and eyes, and "
                                 "the Harbour Authority's spill team is containing it "
                                 "with booms while it is pumped out."))}),
        paragraph({plain(QStringLiteral("Until the all-clear is given, people are asked to:"))}),
        bullet(QStringLiteral("keep away from Wharf 3 and the waterfront walkway;")),
        bullet(QStringLiteral("keep pets out of the water between the marina and the ferry "
                              "terminal;")),
        bullet(QStringLiteral("use the Harbour Road detour, which adds about five minutes to "
                              "the trip to the ferry terminal.")),
        paragraph({plain(QStringLiteral(
                       "Ferry sailings are running to timetable. The closure is expected to last "
                       "until at least 6pm; updates will be posted at ")),
            TextRun {QStringLiteral("harbour.kestrelbay.example/updates"), false, false,
                QStringLiteral("https://harbour.kestrelbay.example/updates")},
            plain(QStringLiteral("."))}),
        paragraph({plain(QStringLiteral("Anyone who came into contact with the fluid and "
                                        "feels unwell should call Healthline on ")),
            TextRun {
                QStringLiteral("0800 611 116"), false, false, QStringLiteral("tel:0800611116")},
            plain(QStringLiteral(" and mention the ")),
            TextRun {QStringLiteral("Wharf 3 spill"), false, true, {}},
            plain(QStringLiteral("."))}),
    };
    return body;
}

} // namespace

QString fullStatementText()
{
    return QStringLiteral(
        "Joint statement: Wharf 3 closure\n\n"
        "Kestrel Bay Police and the Kestrel Bay Harbour Authority\n\n"
        "At about 6.40am on Thursday 26 November 2026 a 1,000-litre container of industrial "
        "cleaning fluid was punctured by a forklift while it was being unloaded from the "
        "coastal freighter Tern at Wharf 3.\n\n"
        "About 300 litres reached the wharf apron and an estimated 40 litres entered the "
        "harbour. The Harbour Authority's spill response team deployed booms at 7.05am. The "
        "remaining fluid is being pumped into a recovery tank.\n\n"
        "The fluid is a water-based alkaline cleaner. It is not flammable. It irritates the "
        "skin and eyes and can harm marine life in high concentrations.\n\n"
        "Wharf 3 and the waterfront walkway between Quay Street and the ferry terminal are "
        "closed. Police have set up a cordon and a detour along Harbour Road.\n\n"
        "The Harbour Authority is sampling the water at four points every two hours with "
        "the regional council. The results will be published on its website.\n\n"
        "Maritime investigators have been notified, as the law requires. Police are not "
        "treating the incident as suspicious.");
}

QByteArray fullStatementPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("Joint statement: Wharf 3 closure"));
    writer.setCreator(QStringLiteral("Release Desk example generator"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);

    // Built with QTextCursor, never from HTML.
    QTextDocument document;
    QFont font(QStringLiteral("Sans Serif"), 11);
    document.setDefaultFont(font);
    QTextCursor cursor(&document);
    const QStringList paragraphs = fullStatementText().split(QStringLiteral("\n\n"));
    for (int i = 0; i < paragraphs.size(); ++i) {
        QTextBlockFormat block;
        block.setBottomMargin(8);
        QTextCharFormat chars;
        if (i == 0) {
            chars.setFontPointSize(16);
            chars.setFontWeight(QFont::Bold);
        }
        if (i > 0)
            cursor.insertBlock(block, chars);
        else
            cursor.setBlockFormat(block);
        cursor.insertText(paragraphs.at(i), chars);
    }
    document.print(&writer);
    return bytes;
}

Release exampleRelease()
{
    Release release;
    release.type = ReleaseType::JointStatement;
    release.reference = QStringLiteral("KBP-2026-0412");
    release.language = QStringLiteral("en-NZ");

    Agency police;
    police.id = QStringLiteral("kestrel-bay-police");
    police.name = QStringLiteral("Kestrel Bay Police");
    police.shortName = QStringLiteral("KBP");
    police.logo = {EmbeddedFile::fromData(policeLogo()), QStringLiteral("image/png")};
    police.website = QStringLiteral("https://police.kestrelbay.example");
    police.about = QStringLiteral(
        "Kestrel Bay Police serve the 180,000 people of Kestrel Bay and the Tern Valley "
        "from six stations. Kestrel Bay, its agencies and everyone named in this release "
        "are fictional: this is the example that ships with Release Desk.");
    Agency harbour;
    harbour.id = QStringLiteral("kestrel-bay-harbour");
    harbour.name = QStringLiteral("Kestrel Bay Harbour Authority");
    harbour.shortName = QStringLiteral("KBHA");
    harbour.logo = {EmbeddedFile::fromData(harbourLogo()), QStringLiteral("image/png")};
    harbour.website = QStringLiteral("https://harbour.kestrelbay.example");
    harbour.about = QStringLiteral(
        "The Kestrel Bay Harbour Authority runs the port of Kestrel Bay, its three "
        "commercial wharves and the marina, and leads the response to spills in the harbour.");
    release.agencies = {police, harbour};

    release.dateline = {QStringLiteral("KESTREL BAY"), QDate(2026, 11, 26)};
    release.headline
        = QStringLiteral("Wharf 3 closed after chemical spill; public asked to keep clear");
    release.subheadline = QStringLiteral(
        "Nobody hurt; waterfront walkway closed and detour in place until at least 6pm");
    release.body = exampleBody();

    release.quotes = {
        Quote {QStringLiteral("quote-inspector"),
            QStringLiteral("Our first concern is everyone's safety. The spill is contained "
                           "and there is no risk to people who stay outside the cordon, so "
                           "please give the crews room to work and follow the detour."),
            QStringLiteral("Anna Whitlock"),
            QStringLiteral("Inspector, Kestrel Bay Area Commander"), police.id,
            2, // after "Nobody was injured", as a release sets its first quote
            {}},
        Quote {QStringLiteral("quote-harbourmaster"),
            QStringLiteral("Our spill team had booms in the water within half an hour. We "
                           "are testing the water every two hours with the regional council "
                           "and will publish the results as they come in."),
            QStringLiteral("Rawiri Henare"), QStringLiteral("Harbourmaster"), harbour.id, 0, {}},
    };

    Attachment statement;
    statement.id = QStringLiteral("full-statement");
    statement.caption = QStringLiteral("Full joint statement");
    statement.fileName = QStringLiteral("wharf-3-joint-statement.pdf");
    statement.mediaType = QStringLiteral("application/pdf");
    statement.file = EmbeddedFile::fromData(fullStatementPdf());
    statement.pdfPages = countPdfPages(statement.file.data()); // as attaching the file counts them
    release.attachments = {statement};

    release.contacts = {
        MediaContact {QStringLiteral("contact-police"), police.id,
            QStringLiteral("Kestrel Bay Police Media Centre"),
            QStringLiteral("Duty media officer (24 hours)"), QStringLiteral("+64 4 555 0142"),
            QStringLiteral("media@police.kestrelbay.example"), {}},
        MediaContact {QStringLiteral("contact-harbour"), harbour.id, QStringLiteral("Mele Taufa"),
            QStringLiteral("Communications Manager"), QStringLiteral("+64 21 555 0199"),
            QStringLiteral("communications@harbour.kestrelbay.example"), {}},
    };
    release.notesToEditors = QStringLiteral(
        "Wharf 3 handles bulk and container cargo and is the busiest of the port's three "
        "commercial wharves.\n\n"
        "Photographs of the spill response may be taken from the Quay Street viewing "
        "platform, outside the cordon.");
    release.endMarker = EndMarker::Ends;
    release.issuedBy = QStringLiteral("Kestrel Bay Police Media Centre");
    return release;
}

} // namespace rd::example
