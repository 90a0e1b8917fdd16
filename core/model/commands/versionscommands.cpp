#include "versionscommands.h"

#include "model/releasedocument.h"

namespace rd {

AddVersionCommand::AddVersionCommand(
    ReleaseDocument *document, const ReleaseVersion &version, QUndoCommand *parent)
    : QUndoCommand(tr("Save version"), parent)
    , m_document(document)
    , m_version(version)
{ }

void AddVersionCommand::redo()
{
    QList<ReleaseVersion> versions = m_document->release().versions;
    versions.append(m_version);
    m_document->applyVersions(versions);
}

void AddVersionCommand::undo()
{
    QList<ReleaseVersion> versions = m_document->release().versions;
    versions.removeIf([this](const ReleaseVersion &kept) { return kept.id == m_version.id; });
    m_document->applyVersions(versions);
}

RestoreVersionCommand::RestoreVersionCommand(
    ReleaseDocument *document, const ReleaseVersion &version)
    : ContentCommand(document)
    , m_contentBefore(contentOf(document->release()))
    , m_restored(*version.content)
{
    setText(ContentCommand::tr("Restore version"));
}

void RestoreVersionCommand::apply()
{
    m_document->applyContent(m_restored);
}

void RestoreVersionCommand::revert()
{
    m_document->applyContent(m_contentBefore);
}

} // namespace rd
