#pragma once

#include <QFrame>

class QLabel;

namespace rd {

class DocumentController;

// The strip above the editor that says why the open release is read-only (another Release Desk
// has it, or its folder cannot be written to) and offers Save As, so that nobody types for an hour
// into a release that cannot be saved where it is.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(DocumentController *controller, QWidget *parent = nullptr);

    QString text() const;

private:
    void follow();

    DocumentController *m_controller;
    QLabel *m_message;
};

} // namespace rd
