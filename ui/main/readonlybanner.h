#pragma once

#include "notebanner.h"

namespace rd {

class DocumentController;

// The strip above the editor that says why the open release is read-only (another Release Desk
// has it, or its folder cannot be written to) and offers Save As, so that nobody types for an hour
// into a release that cannot be saved where it is.
class ReadOnlyBanner : public NoteBanner
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(DocumentController *controller, QWidget *parent = nullptr);

private:
    void follow();

    DocumentController *m_controller;
};

} // namespace rd
