#include "collectioneditor.h"
#include "fieldbinder.h"
#include "model/filesource.h"
#include "model/releasedocument.h"
#include "sections.h"
#include "thumbnails.h"
#include "userprompts.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rd {

namespace {

// The translation context of this file's words.
class AttachmentsSection
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentsSection)
};

} // namespace

namespace {

std::optional<Attachment> askForAttachment(QWidget *parent, UserPrompts *prompts)
{
    const QString path = prompts->askOpenFileName(parent, AttachmentsSection::tr("Attach a file"),
        documentsFolder(), AttachmentsSection::tr("All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    Result<Attachment> attachment = attachmentFromFile(path);
    if (!attachment) {
        prompts->showError(
            parent, AttachmentsSection::tr("Attach a file"), attachment.error().message);
        return std::nullopt;
    }
    return attachment.value();
}

QString describe(const Attachment &attachment)
{
    // The hash in full is in the tooltip; sixteen digits tell two versions apart at a glance.
    return AttachmentsSection::tr("%1, %2, SHA-256 %3…")
        .arg(attachment.mediaType, formatFileSize(attachment.file.size()),
            attachment.file.sha256().left(16));
}

} // namespace

QWidget *createAttachmentsSection(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
{
    auto *editor = new CollectionEditor(
        document, Collection::Attachments,
        [](const Item &item, int) {
            const auto &attachment = std::get<Attachment>(item);
            return attachment.caption.isEmpty()
                ? attachment.fileName
                : QStringLiteral("%1 (%2)").arg(attachment.caption, attachment.fileName);
        },
        parent);
    editor->setItemIcon(
        [](const Item &item) { return attachmentThumbnail(std::get<Attachment>(item)); });
    editor->setItemFactory([editor, prompts]() -> std::optional<Item> {
        if (auto attachment = askForAttachment(editor, prompts))
            return Item(*attachment);
        return std::nullopt;
    });

    auto *caption = new QLineEdit(editor);
    caption->setPlaceholderText(AttachmentsSection::tr("Full statement"));
    auto *fileName = new QLineEdit(editor);
    auto *details = new QLabel(editor);
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *replace = new QPushButton(AttachmentsSection::tr("Replace file…"), editor);

    QFormLayout *form = editor->detailsLayout();
    form->addRow(AttachmentsSection::tr("&Caption:"), caption);
    form->addRow(AttachmentsSection::tr("&File name:"), fileName);
    form->addRow(AttachmentsSection::tr("Contents:"), details);
    form->addRow(QString(), replace);

    editor->binder()->bind(Field::AttachmentCaption, caption);
    editor->binder()->bind(Field::AttachmentFileName, fileName);

    const auto showDetails = [editor, document, details] {
        const int index
            = indexOfItem(document->release(), Collection::Attachments, editor->currentItemId());
        details->setText(
            index < 0 ? QString() : describe(document->release().attachments.at(index)));
        details->setToolTip(index < 0 ? QString()
                                      : QStringLiteral("SHA-256 ")
                    + document->release().attachments.at(index).file.sha256());
    };
    QObject::connect(editor, &CollectionEditor::currentItemChanged, details, showDetails);
    QObject::connect(document, &ReleaseDocument::itemReplaced, details, showDetails);
    QObject::connect(replace, &QPushButton::clicked, editor, [=] {
        const QString id = editor->currentItemId();
        const int index = indexOfItem(document->release(), Collection::Attachments, id);
        if (index < 0)
            return;
        std::optional<Attachment> replacement = askForAttachment(editor, prompts);
        if (!replacement)
            return;
        Attachment updated = document->release().attachments.at(index);
        updated.fileName = replacement->fileName;
        updated.mediaType = replacement->mediaType;
        updated.file = replacement->file;
        updated.pdfPages = replacement->pdfPages;
        document->replaceItem(updated);
    });
    showDetails();
    return editor;
}

} // namespace rd
