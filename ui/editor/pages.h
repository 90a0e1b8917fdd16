#pragma once

#include "step.h"

class QWidget;

namespace rd {

class OutputController;
class ReleaseDocument;
class UserPrompts;

// The object name of the widget that edits a field: its id ("headline"); for a second language
// version, "translation." and the id, with the item's id after a list item's field
// ("translation.quoteText.quote-1"), so that tests and the checklist can find it.
QString editorName(const FieldKey &key);

// Names every field in root's form layouts after its label, for screen readers.
void nameFieldsAfterTheirLabels(QWidget *root);

// The page of each step: its title and hint above the step's fields, scrolling as one.
QWidget *framedPage(Step step, QWidget *content);

QWidget *createHeadlineContent(ReleaseDocument *document);
QWidget *createStatementContent(ReleaseDocument *document, UserPrompts *prompts);
QWidget *createContactsContent(ReleaseDocument *document);

// "7 words, 43 characters", "412 words, about 2 minutes to read".
QString headlineCount(const QString &headline);
QString bodyCount(int words);

} // namespace rd
