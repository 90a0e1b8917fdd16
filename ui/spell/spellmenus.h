#pragma once

class QWidget;

namespace rd {

class SpellChecker;

// Spell checking for every text field under root: every field underlines misspelt words as they
// are typed, and the context menu of a misspelt word offers suggestions and "Add
// to Dictionary" above the usual entries.
void attachSpellChecking(QWidget *root, SpellChecker *checker);

} // namespace rd
