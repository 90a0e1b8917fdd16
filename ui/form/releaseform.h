#pragma once

#include <QScrollArea>

class QLineEdit;

namespace rd {

class BodyEditor;
class FieldBinder;
class ReleaseDocument;
class UserPrompts;

// Every field of the release on one scrolling form, in the order the release reads. It edits the
// document through FieldBinders and section editors and holds no state of its own.
class ReleaseForm : public QScrollArea
{
    Q_OBJECT

public:
    ReleaseForm(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent = nullptr);

    QLineEdit *headlineEdit() const { return m_headline; }
    BodyEditor *bodyEditor() const { return m_body; }

private:
    QWidget *createReleaseGroup();
    QWidget *createHeadlineGroup();
    QWidget *createClosingGroup();

    ReleaseDocument *m_document;
    FieldBinder *m_binder;
    QLineEdit *m_headline = nullptr;
    BodyEditor *m_body = nullptr;
};

} // namespace rd
