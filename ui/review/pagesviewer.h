#pragma once

#include "render/pagesetup.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPrinter;

namespace rd {

class PagedRelease;
class PreviewWidget;

// A kept version, or a redline, shown as it prints, to read and print but not to edit: the pages
// laid out as the preview lays out the release, and laid out again for the printer's paper.
class PagesViewer : public QDialog
{
    Q_OBJECT

public:
    using LayOut = std::function<std::shared_ptr<const PagedRelease>(Paper paper)>;

    PagesViewer(const QString &title, LayOut layOut, QWidget *parent = nullptr);

    PreviewWidget *preview() const { return m_preview; }
    // Prints the pages on printer, laid out for its paper; false when the printer failed.
    bool printTo(QPrinter *printer) const;

private:
    void print();

    LayOut m_layOut;
    PreviewWidget *m_preview;
};

} // namespace rd
