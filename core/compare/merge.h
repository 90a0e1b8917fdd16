#pragma once

#include "releasecomparison.h"

namespace rd {

class ReleaseDocument;

// Merging a colleague's copy: takes one difference found by compareReleases(mine, theirs), where
// mine is the document's release, from their side, as one undoable edit of the document. A field
// takes their value; a paragraph of the statement their paragraph, in its place; an item of a
// list is added where they have it, removed, moved to their place, or has their field's value.
// False when the difference no longer applies to the document (its item is gone): compare again
// after each merge, as each one shifts what comes after it.
bool takeTheirs(ReleaseDocument &document, const Release &theirs, const Difference &difference);

} // namespace rd
