#include "projectexport.h"

#include "exporter.h"
#include "issuing.h"
#include "project/projectfile.h"
#include "project/projectlock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectExport)
};

} // namespace

Status exportProject(const QString &projectPath, const QString &outputPath,
    const ExportOptions &options, const QString &issuedBy)
{
    // Locked before it is read, so that what is exported is what the issue records, and read
    // once; a draft needs no lock, and is exported whoever holds it.
    ProjectLock lock(projectPath);
    const ProjectLock::Outcome locked = lock.tryLock();
    Result<LoadedRelease> loaded = loadProject(projectPath);
    if (!loaded)
        return loaded.error();
    Release release = loaded->release;
    if (release.workflow.state != WorkflowState::Approved)
        return exportRelease(release, outputPath, options);

    const QString name = QFileInfo(projectPath).fileName();
    if (issuedBy.trimmed().isEmpty())
        return Error {Tr::tr("the release is approved: say who issues it (--issued-by)")}.in(name);
    switch (locked) {
    case ProjectLock::Outcome::Locked:
        break;
    case ProjectLock::Outcome::HeldByOther: {
        const ProjectLock::Holder holder = lock.holder();
        return Error {
            Tr::tr("is open in Release Desk (%1 on %2): export it from there, or close it "
                   "first, so that the issue is recorded in the project")
                .arg(holder.user, holder.host)}
            .in(name);
    }
    case ProjectLock::Outcome::Failed:
        return Error {Tr::tr("the issue cannot be recorded: the project's folder cannot be "
                             "written")}
            .in(name);
    }
    if (Status exported = exportRelease(release, outputPath, options); !exported)
        return exported;
    // One record for each file that went out: a release per language is two.
    for (const ExportFile &file : exportFiles(release, outputPath, options)) {
        if (const auto record = issueRecordFor(
                release, options.format, QFileInfo(file.path).fileName(), issuedBy, options.now))
            release.issueLog.append(*record);
    }
    if (Status saved = saveProject(release, projectPath); !saved)
        return Error {Tr::tr("%1 was written, but the issue could not be recorded: %2")
                          .arg(QFileInfo(outputPath).fileName(), saved.error().message)};
    return success();
}

} // namespace rd
