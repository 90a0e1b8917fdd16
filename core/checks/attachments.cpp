#include "checkcontext.h"
#include "textscan.h"

#include <QRegularExpression>

namespace rd {

namespace {

// What the text says is attached, and what kind of file that would be.
struct Mention
{
    qsizetype position = 0;
    qsizetype length = 0;
    QString kind; // "image", "video" or "" for any file
};

QString kindNamedIn(const QString &words)
{
    static const QRegularExpression image(
        QStringLiteral(
            "\\b(?:photo|photos|photograph|photographs|image|images|picture|pictures|e-?fit|"
            "still|stills|map|maps|foto|fotos|imagen|imágenes|photographie|carte)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression video(
        QStringLiteral("\\b(?:video|videos|footage|vidéo|vídeo)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (video.match(words).hasMatch())
        return QStringLiteral("video");
    if (image.match(words).hasMatch())
        return QStringLiteral("image");
    return {};
}

QList<Mention> mentionsIn(const QString &text)
{
    // "attached", "see the attached", "enclosed", "the full statement is attached", in English,
    // French and Spanish; "attached to the unit" is about people, not files.
    static const QRegularExpression mention(
        QStringLiteral(
            "\\b(?:attached(?!\\s+(?:to|great|importance|significance|value|weight))"
            "|attachments?\\b|enclosed\\b|see the full statement(?![^.]*(?:https?:|www\\.))"
            "|ci-joint(?:e|s|es)?|en pi[eè]ce jointe|adjunt[oa]s?\\b|se adjunta)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<Mention> mentions;
    QRegularExpressionMatchIterator matches = mention.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        // The kind is named near the mention: "the attached photo", "a photo is attached".
        const qsizetype from = std::max<qsizetype>(0, match.capturedStart() - 30);
        const QString around = text.mid(from, match.capturedEnd() + 30 - from);
        mentions.append({match.capturedStart(), match.capturedLength(), kindNamedIn(around)});
    }
    return mentions;
}

bool hasAttachmentOfKind(const Release &release, const QString &kind)
{
    return std::any_of(
        release.attachments.begin(), release.attachments.end(), [&](const Attachment &attachment) {
            return kind.isEmpty() || attachment.mediaType.startsWith(kind + QLatin1Char('/'));
        });
}

} // namespace

void checkAttachments(CheckContext &context)
{
    const Release &release = context.release;
    for (const TextSpan &span : context.prose) {
        if (span.field.field == Field::AgencyAbout)
            continue; // boilerplate, not about this release
        for (const Mention &mention : mentionsIn(span.text)) {
            if (hasAttachmentOfKind(release, mention.kind))
                continue;
            const QString said = span.text.mid(mention.position, mention.length);
            QString message;
            if (release.attachments.isEmpty())
                message
                    = CheckText::tr("The text says “%1”, but nothing is attached: attach the file "
                                    "or change the text.")
                          .arg(said);
            else if (mention.kind == QLatin1String("image"))
                message = CheckText::tr("The text mentions an attached picture, but no image is "
                                        "attached.");
            else
                message = CheckText::tr(
                    "The text mentions an attached video, but no video is attached.");
            context.add(Finding::Severity::Error, QStringLiteral("attachments.missing"), span.field,
                message, span.offset + mention.position, mention.length);
            return; // once: the officer fixes the attachments, not each mention
        }
    }

    for (int i = 0; i < release.attachments.size(); ++i) {
        const Attachment &attachment = release.attachments.at(i);
        if (attachment.caption.trimmed().isEmpty())
            context.add(Finding::Severity::Warning, QStringLiteral("attachments.caption"),
                {Field::AttachmentCaption, attachment.id},
                CheckText::tr(
                    "Give %1 a caption, which says what it is to those who cannot open or see "
                    "it.")
                    .arg(attachment.fileName));
    }
}

} // namespace rd
