#pragma once

#include "step.h"

#include <QWidget>

class QStackedWidget;

namespace rd {

class CollectionEditor;
class FieldMarkers;
class OutputController;
class ReleaseDocument;
class ReleaseChecker;
class ReviewPage;
class StepNavigator;
class UserPrompts;

// The guided editor: the steps down the side and the page of the chosen step. Any step can be
// opened at any time; each shows whether it is complete, incomplete or has a problem.
class EditorView : public QWidget
{
    Q_OBJECT

public:
    EditorView(ReleaseDocument *document, UserPrompts *prompts, OutputController *output,
        QWidget *parent = nullptr);

    StepNavigator *navigator() const { return m_navigator; }
    ReviewPage *reviewPage() const { return m_review; }
    Step currentStep() const;
    // Opens a step and puts the keyboard focus in its first field, ready to type.
    void showStep(Step step);
    // Opens the field's step, selects its item in a list, and puts the focus in its editor.
    void focusField(const FieldKey &field);
    // Opens the field as focusField does and selects the characters [position, position + length)
    // of its text (of the statement: of its paragraphs separated by blank lines).
    void selectInField(const FieldKey &field, qsizetype position, qsizetype length);

    // Room for the steps and for the widest step's form, so that no step scrolls sideways.
    QSize minimumSizeHint() const override;

protected:
    bool focusNextPrevChild(bool next) override;

private:
    QList<QWidget *> fieldsOf(Step step) const;
    void focusFirstField(Step step);
    void showChecks();
    bool isEmpty(Step step) const;
    void followDocumentDirection();

    ReleaseDocument *m_document;
    StepNavigator *m_navigator;
    QStackedWidget *m_pages;
    ReviewPage *m_review;
    FieldMarkers *m_markers;
    ReleaseChecker *m_checker;
};

} // namespace rd
