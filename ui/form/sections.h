#pragma once

class QWidget;

namespace rd {

class ReleaseDocument;
class UserPrompts;

// The editors of the release's lists, each a CollectionEditor with the item's fields bound.
QWidget *createAgenciesSection(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent);
QWidget *createQuotesSection(ReleaseDocument *document, QWidget *parent);
QWidget *createAttachmentsSection(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent);
QWidget *createContactsSection(ReleaseDocument *document, QWidget *parent);

} // namespace rd
