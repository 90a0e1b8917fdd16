#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace rd {

struct Release;

// A version of a release kept in its project: a snapshot of the content at a step of its review
// (review requested, approved, issued) or when someone saved a version with a label, so that
// reviewers can see, compare and restore what the release said then. The snapshot's embedded files
// are the release's own, stored once in the project by their hash.
struct ReleaseVersion
{
    enum class Event { Saved, ReviewRequested, Approved, Issued };

    QString id;
    Event event = Event::Saved;
    QString label; // what the person who saved it called it; empty for the review's steps
    QString by; // who saved it, or who took the step
    QDateTime at; // UTC
    // The content alone (contentOf()): shared, since a snapshot never changes once taken.
    std::shared_ptr<const Release> content;
    QJsonObject unknownKeys; // written by a newer Release Desk; kept so that saving loses nothing

    bool operator==(const ReleaseVersion &other) const;
};

// A release's content alone: without its workflow, issue log, acknowledgements, versions and
// comments, which say what happened to the content rather than what it is.
Release contentOf(const Release &release);

// A snapshot of the release's content as it stands, with a fresh id.
ReleaseVersion snapshotOf(const Release &release, ReleaseVersion::Event event, const QString &label,
    const QString &by, const QDateTime &at);

// The release with its content replaced by a version's, keeping what happened to it (workflow,
// issue log, acknowledgements, versions) as it is.
Release withContentOf(const Release &release, const Release &content);

} // namespace rd
