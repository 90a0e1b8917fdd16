#pragma once

class QWidget;

namespace rd {

class ReleaseDocument;
class UserPrompts;

// The editors of the release's lists, each a CollectionEditor with the item's fields bound.
// Asks which saved agency profiles to add, and adds them with their media contacts.
void addAgenciesFromProfiles(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent);

QWidget *createAgenciesSection(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent);
QWidget *createQuotesSection(ReleaseDocument *document, QWidget *parent);
QWidget *createAttachmentsSection(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent);
QWidget *createContactsSection(ReleaseDocument *document, QWidget *parent);

} // namespace rd
