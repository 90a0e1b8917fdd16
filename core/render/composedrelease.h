#pragma once

#include "model/field.h"
#include "model/release.h"
#include "model/translation.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace rd {

struct Release;

// How a redline marks a stretch of text: as it stands, inserted since the earlier version, or
// deleted from it.
enum class SpanMark { None, Inserted, Deleted };

// A stretch of text with one formatting. Always plain text: nothing in it is markup.
struct Span
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString link;
    SpanMark mark = SpanMark::None;
};

// What a block of the formatted release is, so that each output can style it: the page layout
// with fonts and spacing, DOCX and ODT with paragraph styles, HTML with elements, plain text with
// blank lines and indents.
enum class BlockRole {
    DraftNotice, // DRAFT — not approved for release (anything not approved)
    StatusLine, // FOR IMMEDIATE RELEASE
    EmbargoLine, // EMBARGOED UNTIL ...
    StatusDetail, // the lift time in UTC
    ReleaseInfo, // release type and reference number
    Dateline,
    Headline,
    Subheadline,
    Paragraph,
    BulletItem,
    NumberedItem,
    QuoteText,
    QuoteAttribution,
    Attachment, // "Attached: ..."
    EndMarker,
    IssuedBy,
    SectionHeading, // Notes to editors, Media contacts, About ...
    SubHeading, // an agency's name within a section
    SectionText, // a paragraph under a section heading
};

struct ComposedBlock
{
    BlockRole role = BlockRole::Paragraph;
    QList<Span> spans;
    int number = 0; // of a NumberedItem: its number in its list, from 1
    std::optional<FieldKey> source; // the field the text comes from, for click-to-edit
    // Of a block of the statement that a quote can follow: the placement that sets a quote after
    // it (0 for the last, quoteplacement.h); -1 for every other block.
    int quotePlacement = -1;

    QString plainText() const;
};

// One agency of the letterhead.
struct LetterheadEntry
{
    QString name;
    QImage logo; // null without a logo
};

// The release as every output presents it: its parts in reading order, with all the wording the
// program adds ("FOR IMMEDIATE RELEASE", "Attached:", "Issued by", the section headings) in the
// document's language conventions. Every exporter and the page layout start from this, so that
// they all say the same thing in the same order.
struct ComposedRelease
{
    QList<LetterheadEntry> letterhead;
    QList<ComposedBlock> blocks;

    QString language; // BCP 47
    QString title; // the headline
    QStringList authors; // the agencies
    QString subject; // the first line of the body
    // From page 2: the draft notice, the agencies' short names and the headline, which the page
    // shortens to the room it has.
    QString continuationHeader;
    // The same with many agencies counted rather than named ("Europol and 15 partners"): what a
    // page sets when the whole header does not fit, before it shortens the headline.
    QString shortContinuationHeader;
    QString watermark; // "DRAFT" unless approved, else empty
    QString draftNotice; // "DRAFT — not approved for release" unless approved, else empty
    QString embargoBanner; // while an embargo applies, else empty

    // A bilingual release composed with both its languages: the release in its second language,
    // composed the same way with that language's words and conventions, and how the two are set.
    // Null for a release in one language, or one language version of a bilingual one.
    std::shared_ptr<const ComposedRelease> secondLanguage;
    BilingualLayout layout = BilingualLayout::OneAfterOther;
};

// Which language versions of a bilingual release to compose. A release in one language is
// composed as it is, whichever is asked for.
enum class LanguageVersions {
    Both, // the two, set as the release's layout says
    First, // the release in its document language alone
    Second, // the release in its second language alone
};

struct ComposeOptions
{
    QDateTime now = QDateTime::currentDateTimeUtc(); // decides whether an embargo still applies
    LanguageVersions versions = LanguageVersions::Both;
    std::optional<BilingualLayout> layout = std::nullopt; // of Both: instead of the release's own
};

// One row of a bilingual release set side by side: a block of the first language and the block
// of the second that translates it. Either is null where the other language has nothing to match
// (a statement translated in more paragraphs than its source).
struct BlockPair
{
    const ComposedBlock *first = nullptr;
    const ComposedBlock *second = nullptr;
};

// The rows of a release composed with both languages, in reading order: each block of the first
// language beside the block of the second that comes from the same field (the same paragraph of
// the statement, the same quote) or that the program adds in the same place ("FOR IMMEDIATE
// RELEASE" beside « À diffuser immédiatement »). Empty without a second language.
QList<BlockPair> sideBySideRows(const ComposedRelease &composed);

ComposedRelease composeRelease(const Release &release, const ComposeOptions &options = {});

// The dateline as the release prints it ("KESTREL BAY, Thursday, 26 November 2026"): the place and
// the date in the document language's long form.
QString datelineText(const Release &release);

// Decodes a logo from its embedded bytes, as PNG or JPEG only: never by guessing the format and
// never by reading anything but those bytes. Large logos are scaled down to maxSide pixels.
QImage decodeLogo(const QByteArray &data, const QString &mediaType, int maxSide = 800);

} // namespace rd
