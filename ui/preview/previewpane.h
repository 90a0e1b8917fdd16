#pragma once

#include <QWidget>

namespace rd {

class PreviewLayouter;
class PreviewWidget;
class ReleaseDocument;

// The preview with its zoom controls, following the document through a PreviewLayouter.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(ReleaseDocument *document, QWidget *parent = nullptr);

    PreviewWidget *preview() const { return m_preview; }
    PreviewLayouter *layouter() const { return m_layouter; }

private:
    PreviewLayouter *m_layouter;
    PreviewWidget *m_preview;
};

} // namespace rd
