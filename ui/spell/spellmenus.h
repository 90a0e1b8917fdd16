#pragma once

class QWidget;

namespace rd {

class SpellChecker;

// Spell checking for every text field under root: multi-line fields underline misspelt words as
// they are typed; in every field, the context menu of a misspelt word offers suggestions and "Add
// to Dictionary" above the usual entries.
void attachSpellChecking(QWidget *root, SpellChecker *checker);

} // namespace rd
