#pragma once

#include "model/field.h"

#include <QWidget>

#include <optional>

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

    // Brings the field's text into view, in the layout that follows the edit being made now.
    void revealField(const FieldKey &field);

private:
    std::optional<FieldKey> m_fieldToReveal;
    PreviewLayouter *m_layouter;
    PreviewWidget *m_preview;
};

} // namespace rd
