#include "model/releasedocument.h"
#include "project/contenthash.h"
#include "support/samplerelease.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace rd;

class TestReleaseDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setFieldEmitsAndUndoes_data();
    void setFieldEmitsAndUndoes();
    void unchangedValuePushesNothing();
    void typingMergesIntoOneUndoStep();
    void differentFieldsAreSeparateSteps();
    void insertRemoveMoveReplaceItems();
    void removingAgencyClearsItsReferences();
    void editReturnsApprovalToDraft();
    void acknowledgingLeavesTheApproval();
    void sensitivitySafeguards();
    void undoRestoresApproval();
    void workflowStepsAreUndoable();
    void anEditWithdrawsTheApprovalIntoTheHistory();
    void aRefusedEditLeavesTheApproval();
    void modifiedFollowsUndoStackCleanState();
    void resetClearsHistory();
    void plainTextStaysPlain();
};

void TestReleaseDocument::setFieldEmitsAndUndoes_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QVariant>("value");

    Embargo embargo;
    embargo.embargoed = true;
    embargo.date = QDate(2027, 3, 1);
    embargo.time = QTime(6, 30);
    embargo.zone = QTimeZone("Europe/London");
    Body body = Body::fromPlainText(QStringLiteral("A new statement."));
    const Image logo {EmbeddedFile::fromData("not really a png"), QStringLiteral("image/png")};
    const QString police = QStringLiteral("agency-police");
    const QString harbour = QStringLiteral("agency-harbour");
    const QString quote = QStringLiteral("quote-1");
    const QString attachment = QStringLiteral("attachment-1");
    const QString contact = QStringLiteral("contact-1");
    const QString text = QStringLiteral("changed ✓");

    auto row = [](const char *name, Field field, const QString &itemId, const QVariant &value) {
        QTest::newRow(name) << int(field) << itemId << value;
    };
    row("type", Field::Type, {}, QVariant::fromValue(ReleaseType::HoldingStatement));
    row("reference", Field::Reference, {}, text);
    row("relatesTo", Field::RelatesTo, {}, text);
    row("language", Field::Language, {}, QStringLiteral("mi-NZ"));
    row("embargo", Field::Embargo, {}, QVariant::fromValue(embargo));
    row("datelinePlace", Field::DatelinePlace, {}, text);
    row("datelineDate", Field::DatelineDate, {}, QDate(2026, 12, 1));
    row("headline", Field::Headline, {}, text);
    row("subheadline", Field::Subheadline, {}, text);
    row("body", Field::Body, {}, QVariant::fromValue(body));
    row("notesToEditors", Field::NotesToEditors, {}, text);
    row("endMarker", Field::EndMarker, {}, QVariant::fromValue(EndMarker::Hashes));
    row("issuedBy", Field::IssuedBy, {}, text);
    row("sensitivity", Field::Sensitivity, {},
        QVariant::fromValue(
            test::sampleRelease().sensitivity.withMatter(SensitiveMatter::Death, true)));
    row("agencyName", Field::AgencyName, harbour, text);
    row("agencyShortName", Field::AgencyShortName, harbour, text);
    row("agencyLogo", Field::AgencyLogo, police, QVariant::fromValue(logo));
    row("agencyWebsite", Field::AgencyWebsite, police, text);
    row("agencyAbout", Field::AgencyAbout, police, text);
    row("agencyHouseStyle", Field::AgencyHouseStyle, harbour,
        QJsonObject {{QStringLiteral("name"), QStringLiteral("Harbour Authority")}});
    row("quoteText", Field::QuoteText, quote, text);
    row("quoteSpeaker", Field::QuoteSpeaker, quote, text);
    row("quoteTitle", Field::QuoteTitle, quote, text);
    row("quoteAgency", Field::QuoteAgency, quote, harbour);
    row("quotePlacement", Field::QuotePlacement, quote, 3);
    row("attachmentCaption", Field::AttachmentCaption, attachment, text);
    row("attachmentFileName", Field::AttachmentFileName, attachment, QStringLiteral("full.pdf"));
    row("contactAgency", Field::ContactAgency, contact, harbour);
    row("contactName", Field::ContactName, contact, text);
    row("contactRole", Field::ContactRole, contact, text);
    row("contactPhone", Field::ContactPhone, contact, text);
    row("contactEmail", Field::ContactEmail, contact, QStringLiteral("new@example.org"));
}

void TestReleaseDocument::setFieldEmitsAndUndoes()
{
    QFETCH(int, field);
    QFETCH(QString, itemId);
    QFETCH(QVariant, value);
    const FieldKey key {Field(field), itemId};

    ReleaseDocument document(test::sampleRelease());
    const Release before = document.release();
    const QVariant oldValue = fieldValue(before, key);
    QVERIFY(oldValue.isValid());
    QVERIFY(oldValue != value);

    QSignalSpy fieldSpy(&document, &ReleaseDocument::fieldChanged);
    QSignalSpy contentSpy(&document, &ReleaseDocument::contentChanged);

    document.setField(key, value);
    QCOMPARE(fieldValue(document.release(), key), value);
    QCOMPARE(fieldSpy.count(), 1);
    QCOMPARE(fieldSpy.at(0).at(0).value<FieldKey>(), key);
    QCOMPARE(contentSpy.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(fieldValue(document.release(), key), oldValue);
    QVERIFY(document.release() == before); // the approval comes back with the old value
    QCOMPARE(fieldSpy.count(), 2);

    document.undoStack()->redo();
    QCOMPARE(fieldValue(document.release(), key), value);
    QCOMPARE(fieldSpy.count(), 3);
}

void TestReleaseDocument::unchangedValuePushesNothing()
{
    ReleaseDocument document(test::sampleRelease());
    document.setField({Field::Headline, {}}, document.release().headline);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void TestReleaseDocument::typingMergesIntoOneUndoStep()
{
    ReleaseDocument document;
    const FieldKey headline {Field::Headline, {}};
    for (const char *text : {"H", "Ha", "Har", "Harb", "Harbour"})
        document.setField(headline, QString::fromLatin1(text));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.release().headline, QString());
}

void TestReleaseDocument::differentFieldsAreSeparateSteps()
{
    ReleaseDocument document;
    document.setField({Field::Headline, {}}, QStringLiteral("Headline"));
    document.setField({Field::Subheadline, {}}, QStringLiteral("Sub"));
    document.setField({Field::Headline, {}}, QStringLiteral("Headline 2"));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.release().headline, QStringLiteral("Headline"));
    document.undoStack()->undo();
    QCOMPARE(document.release().subheadline, QString());
    QCOMPARE(document.release().headline, QStringLiteral("Headline"));
}

void TestReleaseDocument::insertRemoveMoveReplaceItems()
{
    ReleaseDocument document(test::sampleRelease());
    QSignalSpy inserted(&document, &ReleaseDocument::itemInserted);
    QSignalSpy removed(&document, &ReleaseDocument::itemRemoved);
    QSignalSpy moved(&document, &ReleaseDocument::itemMoved);
    QSignalSpy replaced(&document, &ReleaseDocument::itemReplaced);

    Quote quote;
    quote.text = QStringLiteral("Second quote");
    const QString id = document.insertItem(quote);
    QVERIFY(!id.isEmpty());
    QCOMPARE(document.release().quotes.size(), 2);
    QCOMPARE(document.release().quotes.at(1).id, id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);

    document.moveItem(Collection::Quotes, 1, 0);
    QCOMPARE(document.release().quotes.at(0).id, id);
    QCOMPARE(moved.count(), 1);

    Quote changed = document.release().quotes.at(0);
    changed.speaker = QStringLiteral("Someone");
    document.replaceItem(changed);
    QCOMPARE(document.release().quotes.at(0).speaker, QStringLiteral("Someone"));
    QCOMPARE(replaced.count(), 1);

    document.removeItem(Collection::Quotes, id);
    QCOMPARE(document.release().quotes.size(), 1);
    QCOMPARE(removed.count(), 1);

    QUndoStack *stack = document.undoStack();
    QCOMPARE(stack->count(), 4);
    stack->undo(); // remove
    QCOMPARE(document.release().quotes.at(0).speaker, QStringLiteral("Someone"));
    stack->undo(); // replace
    QCOMPARE(document.release().quotes.at(0).speaker, QString());
    stack->undo(); // move
    QCOMPARE(document.release().quotes.at(1).id, id);
    stack->undo(); // insert
    QVERIFY(document.release() == test::sampleRelease());
}

void TestReleaseDocument::removingAgencyClearsItsReferences()
{
    ReleaseDocument document(test::sampleRelease());
    const QString police = QStringLiteral("agency-police");
    document.removeItem(Collection::Agencies, police);
    QCOMPARE(document.release().agencies.size(), 1);
    QVERIFY(document.release().quotes.at(0).agencyId.isEmpty());
    QVERIFY(document.release().contacts.at(0).agencyId.isEmpty());
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QVERIFY(document.release() == test::sampleRelease());
}

void TestReleaseDocument::editReturnsApprovalToDraft()
{
    ReleaseDocument document(test::sampleRelease());
    QCOMPARE(document.release().workflow.state, WorkflowState::Approved);
    QSignalSpy workflowSpy(&document, &ReleaseDocument::workflowChanged);

    document.setField({Field::AgencyAbout, QStringLiteral("agency-harbour")}, QStringLiteral("x"));
    QCOMPARE(document.release().workflow.state, WorkflowState::Draft);
    QVERIFY(document.release().workflow.approver.isEmpty());
    QCOMPARE(workflowSpy.count(), 1);

    // Every kind of content edit resets it, including list edits.
    ReleaseDocument second(test::sampleRelease());
    second.moveItem(Collection::Attachments, 0, 1);
    QCOMPARE(second.release().workflow.state, WorkflowState::Draft);
}

void TestReleaseDocument::acknowledgingLeavesTheApproval()
{
    ReleaseDocument document(test::sampleRelease());
    QSignalSpy spy(&document, &ReleaseDocument::acknowledgementsChanged);
    QSignalSpy contentSpy(&document, &ReleaseDocument::contentChanged);
    Acknowledgement acknowledgement {QStringLiteral("style.banned"), QStringLiteral("body"), {},
        QStringLiteral("utilise"), QStringLiteral("quoting the minister"), QStringLiteral("Jo"),
        QDateTime(QDate(2026, 11, 26), QTime(4, 0), Qt::UTC), {}};
    document.acknowledge(acknowledgement);
    QCOMPARE(document.release().acknowledgements.size(), 2);
    QCOMPARE(document.release().workflow.state, WorkflowState::Approved);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(contentSpy.count(), 0);

    // Acknowledging the same finding again replaces the reason rather than adding a second.
    acknowledgement.reason = QStringLiteral("the minister's own word");
    document.acknowledge(acknowledgement);
    QCOMPARE(document.release().acknowledgements.size(), 2);
    QCOMPARE(document.release().acknowledgements.last().reason, acknowledgement.reason);

    document.withdrawAcknowledgement(acknowledgement);
    QCOMPARE(document.release().acknowledgements, test::sampleRelease().acknowledgements);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(
        document.release().acknowledgements.last().reason, QStringLiteral("quoting the minister"));
}

void TestReleaseDocument::sensitivitySafeguards()
{
    Sensitivity sensitivity;
    QVERIFY(sensitivity.requiredSafeguards().isEmpty());
    sensitivity = sensitivity.withMatter(SensitiveMatter::Arrest, true)
                      .withMatter(SensitiveMatter::Death, true);
    QCOMPARE(sensitivity.matters, (QList {SensitiveMatter::Death, SensitiveMatter::Arrest}));
    QCOMPARE(sensitivity.requiredSafeguards(),
        (QList {Safeguard::NextOfKinTold, Safeguard::NoSuppressionOrder,
            Safeguard::NameReleaseCleared}));
    QCOMPARE(sensitivity.mattersNeeding(Safeguard::NameReleaseCleared),
        (QList {SensitiveMatter::Death, SensitiveMatter::Arrest}));

    const QDateTime at(QDate(2026, 11, 26), QTime(1, 0), Qt::UTC);
    sensitivity
        = sensitivity.confirmed({Safeguard::NextOfKinTold, QStringLiteral("Aroha"), at, {}});
    sensitivity = sensitivity.confirmed({Safeguard::NextOfKinTold, QStringLiteral("Sam"), at, {}});
    QCOMPARE(sensitivity.confirmations.size(), 1); // given again, by whoever gave it last
    QCOMPARE(sensitivity.confirmationOf(Safeguard::NextOfKinTold)->by, QStringLiteral("Sam"));
    QCOMPARE(sensitivity.missingSafeguards(),
        (QList {Safeguard::NoSuppressionOrder, Safeguard::NameReleaseCleared}));

    // Unmarking a matter keeps what was confirmed: it is a record of what was done.
    sensitivity = sensitivity.withMatter(SensitiveMatter::Death, false);
    QVERIFY(sensitivity.confirmationOf(Safeguard::NextOfKinTold));
    QVERIFY(!sensitivity.requiredSafeguards().contains(Safeguard::NextOfKinTold));
    QCOMPARE(sensitivity.withdrawn(Safeguard::NextOfKinTold).confirmations.size(), 0);
}

void TestReleaseDocument::undoRestoresApproval()
{
    ReleaseDocument document(test::sampleRelease());
    document.setField({Field::Headline, {}}, QStringLiteral("Edited"));
    document.setField({Field::Headline, {}}, QStringLiteral("Edited again"));
    document.undoStack()->undo();
    QCOMPARE(document.release().workflow.state, WorkflowState::Approved);
    QCOMPARE(document.release().workflow.approvedContentSha256, contentSha256(document.release()));
}

void TestReleaseDocument::workflowStepsAreUndoable()
{
    ReleaseDocument document;
    document.setField({Field::Headline, {}}, QStringLiteral("Ready"));
    const QDateTime asked(QDate(2026, 11, 26), QTime(13, 0), QTimeZone("Pacific/Auckland"));
    document.requestReview(QStringLiteral("Jo"), asked);
    QCOMPARE(document.release().workflow.state, WorkflowState::InReview);
    QCOMPARE(document.release().workflow.reviewRequestedBy, QStringLiteral("Jo"));
    QCOMPARE(document.release().workflow.reviewRequestedAt, asked);

    const QDateTime when(QDate(2026, 11, 26), QTime(14, 5), QTimeZone("Pacific/Auckland"));
    document.approve(QStringLiteral("Sam"), when, contentSha256(document.release()));
    const Workflow &approved = document.release().workflow;
    QCOMPARE(approved.state, WorkflowState::Approved);
    QCOMPARE(approved.approver, QStringLiteral("Sam"));
    QCOMPARE(approved.approvedAt, when);
    QCOMPARE(approved.approvedAt.timeSpec(), Qt::UTC);
    QCOMPARE(approved.approvedContentSha256, contentSha256(document.release()));
    QCOMPARE(approved.reviewRequestedBy, QStringLiteral("Jo"));
    QCOMPARE(approved.reviewRequestedAt, asked);

    document.undoStack()->undo();
    QCOMPARE(document.release().workflow.state, WorkflowState::InReview);
    document.undoStack()->redo();
    document.returnToDraft(QStringLiteral("Jo"), when.addSecs(60));
    QCOMPARE(document.release().workflow.state, WorkflowState::Draft);

    // Each step is in the history, who and when, through the return to draft.
    const QList<WorkflowEvent> &history = document.release().workflow.history;
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0),
        (WorkflowEvent {WorkflowEvent::Kind::ReviewRequested, QStringLiteral("Jo"), asked, {}}));
    QCOMPARE(history.at(1),
        (WorkflowEvent {WorkflowEvent::Kind::Approved, QStringLiteral("Sam"), when, {}}));
    QCOMPARE(history.at(2).kind, WorkflowEvent::Kind::ReturnedToDraft);
}

// An edit withdraws an approval, and the history keeps it: whose approval, by whose edit.
void TestReleaseDocument::anEditWithdrawsTheApprovalIntoTheHistory()
{
    ReleaseDocument document(test::sampleRelease());
    document.setEditorName(QStringLiteral("Alex"));
    document.setField({Field::Headline, {}}, QStringLiteral("Edited"));
    const Workflow &workflow = document.release().workflow;
    QCOMPARE(workflow.state, WorkflowState::Draft);
    QVERIFY(workflow.approver.isEmpty());
    QCOMPARE(workflow.history.last().kind, WorkflowEvent::Kind::WithdrawnByEdit);
    QCOMPARE(workflow.history.last().by, QStringLiteral("Alex"));
    QCOMPARE(workflow.history.last().approver, test::sampleRelease().workflow.approver);
    // Further edits of the draft add nothing.
    document.setField({Field::Subheadline, {}}, QStringLiteral("More"));
    QCOMPARE(document.release().workflow.history.size(), workflow.history.size());
}

// A check the editor installs may refuse the edit: the release stays approved and unchanged.
void TestReleaseDocument::aRefusedEditLeavesTheApproval()
{
    ReleaseDocument document(test::sampleRelease());
    int asked = 0;
    document.setApprovalWithdrawalCheck([&asked](const Workflow &) {
        ++asked;
        return false;
    });
    QSignalSpy fieldChanged(&document, &ReleaseDocument::fieldChanged);
    document.setField({Field::Headline, {}}, QStringLiteral("Edited"));
    QCOMPARE(asked, 1);
    QCOMPARE(document.release(), test::sampleRelease());
    QCOMPARE(fieldChanged.count(), 1); // the field shows the approved text again
    QCOMPARE(document.undoStack()->count(), 0);
    document.removeItem(Collection::Quotes, document.release().quotes.first().id);
    QCOMPARE(document.release(), test::sampleRelease());
}

void TestReleaseDocument::modifiedFollowsUndoStackCleanState()
{
    ReleaseDocument document;
    QSignalSpy modifiedSpy(&document, &ReleaseDocument::modifiedChanged);
    QVERIFY(!document.isModified());
    document.setField({Field::Headline, {}}, QStringLiteral("A"));
    QVERIFY(document.isModified());
    QCOMPARE(modifiedSpy.count(), 1);
    document.markSaved();
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified()); // undoing past a save is a change from the saved file
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
}

void TestReleaseDocument::resetClearsHistory()
{
    ReleaseDocument document;
    document.setField({Field::Headline, {}}, QStringLiteral("A"));
    QSignalSpy resetSpy(&document, &ReleaseDocument::releaseReset);
    document.reset(test::sampleRelease());
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QVERIFY(document.release() == test::sampleRelease());
}

void TestReleaseDocument::plainTextStaysPlain()
{
    ReleaseDocument document;
    const QString markup = QStringLiteral("<b>Hi</b>");
    document.setField({Field::Headline, {}}, markup);
    QCOMPARE(document.release().headline, markup);
    QCOMPARE(document.release().headline.size(), 9);
}

QTEST_GUILESS_MAIN(TestReleaseDocument)
#include "tst_releasedocument.moc"
