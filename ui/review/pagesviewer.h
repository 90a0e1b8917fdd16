#pragma once

#include <QDialog>

#include <memory>

namespace rd {

class PagedRelease;
class PreviewWidget;

// A kept version, or a redline, shown as it prints, to read and not to edit: the pages laid out
// as the preview lays out the release.
class PagesViewer : public QDialog
{
    Q_OBJECT

public:
    PagesViewer(
        const QString &title, std::shared_ptr<const PagedRelease> pages, QWidget *parent = nullptr);

    PreviewWidget *preview() const { return m_preview; }

private:
    PreviewWidget *m_preview;
};

} // namespace rd
