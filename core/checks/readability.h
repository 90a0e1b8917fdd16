#pragma once

#include <QString>

#include <optional>

namespace rd {

struct Release;

// How hard the statement reads: its reading ease on the Flesch scale or the document language's
// own formula (Kandel–Moles for French, Fernández Huerta for Spanish, Amstad for German, Douma
// for Dutch, Flesch–Vacca for Italian), higher being easier, and its sentences' average length.
struct Readability
{
    int words = 0;
    int sentences = 0;
    double averageSentenceWords = 0;
    std::optional<double> readingEase; // none for a language without a formula
};

Readability readabilityOf(const Release &release);

} // namespace rd
