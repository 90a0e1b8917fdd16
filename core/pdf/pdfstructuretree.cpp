#include "pdfstructuretree.h"

#include "pdfobjectwriter.h"

#include <QMap>

namespace rd {

PdfStructureTree::PdfStructureTree(QList<PdfStructureElement> elements)
{
    m_elements.reserve(elements.size());
    for (PdfStructureElement &element : elements)
        m_elements.append({std::move(element), {}, false, -1, {}, -1});
}

void PdfStructureTree::attach(int element, int page)
{
    Node &node = m_elements[element];
    if (node.attached)
        return;
    node.attached = true;
    node.page = page;
    if (node.spec.parent >= 0) {
        attach(node.spec.parent, page);
        m_elements[node.spec.parent].kids.append({Kid::Element, element, page});
    }
}

void PdfStructureTree::addContent(int element, int page, int mcid)
{
    attach(element, page);
    m_elements[element].kids.append({Kid::Content, mcid, page});
}

void PdfStructureTree::addAnnotation(int element, int page, int annotation, int structParent)
{
    attach(element, page);
    m_elements[element].kids.append({Kid::Annotation, annotation, page});
    m_annotationParents.append({structParent, element});
}

void PdfStructureTree::extendBox(int element, int page, const QRectF &box)
{
    Node &node = m_elements[element];
    if (node.boxPage < 0) {
        node.boxPage = page;
        node.box = box;
    } else if (node.boxPage == page) {
        node.box = node.box.united(box);
    }
}

int PdfStructureTree::write(PdfObjectWriter &writer, const QList<int> &pageIds, int pageKeys) const
{
    const int root = writer.reserve();
    QList<int> ids(m_elements.size(), 0);
    for (int i = 0; i < m_elements.size(); ++i) {
        if (m_elements.at(i).attached || i == 0)
            ids[i] = writer.reserve();
    }
    // Which element each page's marked content belongs to, by MCID.
    QList<QMap<int, int>> pageContent(pageIds.size());

    for (int i = 0; i < m_elements.size(); ++i) {
        const Node &node = m_elements.at(i);
        if (!ids.at(i))
            continue;
        const int page = std::max(node.page, 0);
        // Put together with appends rather than sums of temporaries: a long release has
        // thousands of elements.
        QByteArray body;
        body.reserve(256);
        body += "<< /Type /StructElem /S ";
        body += pdfName(node.spec.type);
        body += " /P ";
        appendReference(body, node.spec.parent >= 0 ? ids.at(node.spec.parent) : root);
        if (!pageIds.isEmpty()) {
            body += " /Pg ";
            appendReference(body, pageIds.at(page));
        }
        body += " /K [";
        for (const Kid &kid : node.kids) {
            body += ' ';
            switch (kid.kind) {
            case Kid::Element:
                appendReference(body, ids.at(kid.value));
                break;
            case Kid::Content:
                pageContent[kid.page].insert(kid.value, i);
                if (kid.page == page) {
                    appendNumber(body, kid.value);
                } else {
                    body += "<< /Type /MCR /Pg ";
                    appendReference(body, pageIds.at(kid.page));
                    body += " /MCID ";
                    appendNumber(body, kid.value);
                    body += " >>";
                }
                break;
            case Kid::Annotation:
                body += "<< /Type /OBJR /Obj ";
                appendReference(body, kid.value);
                body += " /Pg ";
                appendReference(body, pageIds.at(kid.page));
                body += " >>";
                break;
            }
        }
        body += " ]";
        if (!node.spec.language.isEmpty())
            body += " /Lang " + pdfTextString(node.spec.language);
        if (!node.spec.alternativeText.isEmpty())
            body += " /Alt " + pdfTextString(node.spec.alternativeText);
        if (!node.spec.listNumbering.isEmpty())
            body += " /A << /O /List /ListNumbering " + pdfName(node.spec.listNumbering) + " >>";
        if (node.boxPage >= 0) {
            body += " /A << /O /Layout /Placement /Block /BBox [" + pdfNumber(node.box.left()) + ' '
                + pdfNumber(node.box.top()) + ' ' + pdfNumber(node.box.right()) + ' '
                + pdfNumber(node.box.bottom()) + "] >>";
        }
        body += " >>";
        writer.writeObject(ids.at(i), body);
    }

    // The parent tree: for each page (its StructParents key) the element of each MCID, then
    // each annotation's element.
    QByteArray nums;
    for (int page = 0; page < pageIds.size(); ++page) {
        appendNumber(nums, page);
        nums += " [";
        const QMap<int, int> &content = pageContent.at(page);
        int expected = 0;
        for (auto it = content.cbegin(); it != content.cend(); ++it, ++expected) {
            while (expected < it.key()) {
                nums += " null";
                ++expected;
            }
            nums += ' ';
            appendReference(nums, ids.at(it.value()));
        }
        nums += " ] ";
    }
    for (const auto &[key, element] : m_annotationParents)
        nums += QByteArray::number(key) + ' ' + pdfReference(ids.at(element)) + ' ';
    const int parentTree = writer.reserve();
    writer.writeObject(parentTree, "<< /Nums [" + nums + "] >>");
    writer.writeObject(root,
        "<< /Type /StructTreeRoot /K [" + pdfReference(ids.at(0)) + "] /ParentTree "
            + pdfReference(parentTree) + " /ParentTreeNextKey " + QByteArray::number(pageKeys)
            + " >>");
    return root;
}

} // namespace rd
