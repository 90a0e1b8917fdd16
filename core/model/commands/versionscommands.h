#pragma once

#include "contentcommand.h"
#include "model/release.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rd {

class ReleaseDocument;

// Keeps one more version of the release. It changes no content, so it leaves the workflow alone.
class AddVersionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddVersionCommand)

public:
    AddVersionCommand(
        ReleaseDocument *document, const ReleaseVersion &version, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ReleaseDocument *const m_document;
    ReleaseVersion m_version;
};

// Brings back the content of an earlier version: an edit like any other, which returns an
// approved release to draft, and which undo takes back.
class RestoreVersionCommand : public ContentCommand
{
public:
    RestoreVersionCommand(ReleaseDocument *document, const ReleaseVersion &version);

protected:
    void apply() override;
    void revert() override;

private:
    Release m_contentBefore;
    Release m_restored;
};

} // namespace rd
