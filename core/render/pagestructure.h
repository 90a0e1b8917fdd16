#pragma once

#include <QList>
#include <QString>

namespace rd {

// What a part of the laid-out release is, as a screen reader or a tagged PDF names it.
enum class StructureRole {
    Document,
    Part, // one language version of a bilingual release
    Group, // the letterhead; an appendix page
    Figure,
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    List,
    ListItem,
    ListLabel,
    ListBody,
    BlockQuote,
    Link,
    Caption,
};

// Page furniture, which is not part of the release's text.
enum class ArtifactKind {
    Header, // the continuation header, the embargo banner
    Footer, // "- more -", "Page 2 of 3"
    Watermark, // DRAFT
    Layout, // rules, bars and frames
};

struct StructureElement
{
    StructureRole role = StructureRole::Paragraph;
    int parent = -1; // -1 for the document itself
    QString language; // when it differs from its parent's
    QString alternativeText; // of a figure
    QString title; // of a heading: its text, for the document's outline
};

// The release's structure in reading order: a tree of elements (element 0 is the document) that
// the laid-out blocks attach their content to while they paint. Built once with the layout, so
// that every page of a paragraph divided between pages adds to the same element.
class PageStructure
{
public:
    explicit PageStructure(const QString &language = {})
    {
        m_elements.append({StructureRole::Document, -1, language, {}, {}});
    }

    int add(StructureRole role, int parent, const QString &language = {})
    {
        m_elements.append({role, parent, language, {}, {}});
        return int(m_elements.size()) - 1;
    }
    StructureElement &operator[](int element) { return m_elements[element]; }
    const StructureElement &at(int element) const { return m_elements.at(element); }
    // The language of an element's text: its own, or the nearest ancestor's that says one.
    QString languageOf(int element) const
    {
        for (; element >= 0; element = m_elements.at(element).parent) {
            if (!m_elements.at(element).language.isEmpty())
                return m_elements.at(element).language;
        }
        return {};
    }
    int size() const { return int(m_elements.size()); }
    const QList<StructureElement> &elements() const { return m_elements; }

private:
    QList<StructureElement> m_elements;
};

} // namespace rd
