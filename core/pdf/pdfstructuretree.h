#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace rd {

class PdfObjectWriter;

// An element of a tagged PDF's structure, as the writer is given it.
struct PdfStructureElement
{
    QByteArray type; // a standard structure type: "Document", "P", "H1", "Figure"...
    int parent = -1; // -1 for the document element, which comes first
    QString language;
    QString alternativeText;
    QString title; // of a heading, for the outline
    QByteArray listNumbering; // of a list: "Disc", "Decimal"...
};

// A tagged PDF's structure tree: the elements in reading order, each holding the marked content
// and the annotations that belong to it, page by page. An element enters the tree when its first
// content does, so that its place among its siblings is where its content starts; elements
// that never receive content are left out.
class PdfStructureTree
{
public:
    explicit PdfStructureTree(QList<PdfStructureElement> elements);

    int elementCount() const { return int(m_elements.size()); }
    const PdfStructureElement &element(int element) const { return m_elements.at(element).spec; }

    // Marked content mcid on page belongs to element.
    void addContent(int element, int page, int mcid);
    // The annotation (an object) on page belongs to element; structParent is its key in the
    // parent tree.
    void addAnnotation(int element, int page, int annotation, int structParent);
    // Where an element's content is drawn on a page, in PDF coordinates (a figure's box).
    void extendBox(int element, int page, const QRectF &box);

    // The element's first page, or -1 when it has no content.
    int firstPage(int element) const { return m_elements.at(element).page; }

    // Writes the tree and its parent tree; returns the StructTreeRoot's object number.
    int write(PdfObjectWriter &writer, const QList<int> &pageIds, int pageKeys) const;

private:
    struct Kid
    {
        enum Kind { Element, Content, Annotation } kind;
        int value; // an element's index, an MCID, or an annotation's object number
        int page;
    };
    struct Node
    {
        PdfStructureElement spec;
        QList<Kid> kids;
        bool attached = false;
        int page = -1;
        QRectF box;
        int boxPage = -1;
    };

    void attach(int element, int page);

    QList<Node> m_elements;
    QList<std::pair<int, int>> m_annotationParents; // (structParent, element)
};

} // namespace rd
