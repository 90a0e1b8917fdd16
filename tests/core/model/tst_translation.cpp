// A bilingual release: the second language version of each translatable field, whether it is
// missing or older than its source, its undoable edits, the release as it reads in its second
// language, and the file's "translations" object.
#include "model/release.h"
#include "model/releasedocument.h"
#include "model/translation.h"
#include "project/manifestreader.h"
#include "project/manifestwriter.h"
#include "support/samplerelease.h"

#include <QJsonArray>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {

const FieldKey headline {Field::Headline, {}};
const FieldKey translatedHeadline {Field::Headline, {}, true};

Release englishAndMaori()
{
    Release release;
    release.language = QStringLiteral("en-NZ");
    release.translation.language = QStringLiteral("mi-NZ");
    release.headline = QStringLiteral("Wharf 3 closed");
    release.quotes = {Quote {QStringLiteral("q1"), QStringLiteral("We are safe."),
        QStringLiteral("Anna Whitlock"), QStringLiteral("Inspector"), {}, 0, {}}};
    return release;
}

// Reads a manifest written from the release, with every embedded file as it was.
Result<Release> roundTrip(const QJsonObject &manifest)
{
    return releaseFromManifest(
        manifest, [](const QString &, qint64, const QString &) -> Result<EmbeddedFile> {
            return EmbeddedFile::fromData(QByteArray());
        });
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReleaseInOneLanguageNeedsNoTranslation();
    void missingThenCurrentThenOutOfDate();
    void onlyTranslatableFieldsHaveASecondVersion();
    void translatedEditsAreUndoable();
    void theTranslatedVersionReadsInTheSecondLanguage();
    void theFileKeepsEveryTranslation();
    void damagedTranslationsAreRefused_data();
    void damagedTranslationsAreRefused();
};

void TestTranslation::aReleaseInOneLanguageNeedsNoTranslation()
{
    Release release = englishAndMaori();
    release.translation.language.clear();
    QCOMPARE(translationState(release, headline), TranslationState::NotNeeded);
    QVERIFY(!setFieldValue(release, translatedHeadline, QStringLiteral("Kua katia")));
    QVERIFY(translatedVersion(release) == release);
    QVERIFY(!manifestToJson(release)[QStringLiteral("release")].toObject().contains(
        QStringLiteral("translations")));
}

void TestTranslation::missingThenCurrentThenOutOfDate()
{
    Release release = englishAndMaori();
    QCOMPARE(translationState(release, headline), TranslationState::Missing);
    // An empty source needs no translation.
    QCOMPARE(translationState(release, {Field::Subheadline, {}}), TranslationState::NotNeeded);

    QVERIFY(setFieldValue(release, translatedHeadline, QStringLiteral("Kua katia te Wāpu 3")));
    QCOMPARE(translationState(release, headline), TranslationState::Current);
    QCOMPARE(
        fieldValue(release, translatedHeadline).toString(), QStringLiteral("Kua katia te Wāpu 3"));

    // Edited after it was translated.
    QVERIFY(setFieldValue(release, headline, QStringLiteral("Wharf 3 and 4 closed")));
    QCOMPARE(translationState(release, headline), TranslationState::OutOfDate);
    // Translating again brings it up to date.
    QVERIFY(setFieldValue(release, translatedHeadline, QStringLiteral("Kua katia ngā Wāpu 3, 4")));
    QCOMPARE(translationState(release, headline), TranslationState::Current);
    // An empty translation is a missing one.
    QVERIFY(setFieldValue(release, translatedHeadline, QStringLiteral("  ")));
    QCOMPARE(translationState(release, headline), TranslationState::Missing);

    // Making a word bold is not a new wording.
    Body body;
    body.blocks = {BodyBlock {
        BodyBlock::Kind::Paragraph, {TextRun {QStringLiteral("Closed."), false, false, {}}}}};
    release.body = body;
    QVERIFY(setFieldValue(release, {Field::Body, {}, true},
        QVariant::fromValue(Body {{BodyBlock {BodyBlock::Kind::Paragraph,
            {TextRun {QStringLiteral("Kua katia."), false, false, {}}}}}})));
    release.body.blocks[0].runs[0].bold = true;
    QCOMPARE(translationState(release, {Field::Body, {}}), TranslationState::Current);
}

void TestTranslation::onlyTranslatableFieldsHaveASecondVersion()
{
    Release release = englishAndMaori();
    // A speaker's name, a phone number, a reference are the same in every language.
    QVERIFY(!setFieldValue(
        release, {Field::QuoteSpeaker, QStringLiteral("q1"), true}, QStringLiteral("Ana")));
    QVERIFY(!setFieldValue(release, {Field::Reference, {}, true}, QStringLiteral("X")));
    // The item must exist, and the value be of the field's type.
    QVERIFY(!setFieldValue(
        release, {Field::QuoteText, QStringLiteral("nobody"), true}, QStringLiteral("Kia ora")));
    QVERIFY(!setFieldValue(release, translatedHeadline, 42));
    QVERIFY(setFieldValue(release, {Field::QuoteText, QStringLiteral("q1"), true},
        QStringLiteral("Kei te haumaru mātou.")));

    const QList<FieldKey> keys = translatableKeys(release);
    QVERIFY(keys.contains(headline));
    QVERIFY(keys.contains(FieldKey {Field::QuoteText, QStringLiteral("q1")}));
    QVERIFY(keys.contains(FieldKey {Field::QuoteTitle, QStringLiteral("q1")}));
    QVERIFY(!keys.contains(FieldKey {Field::QuoteSpeaker, QStringLiteral("q1")}));
}

void TestTranslation::translatedEditsAreUndoable()
{
    ReleaseDocument document(englishAndMaori());
    QList<FieldKey> changed;
    connect(&document, &ReleaseDocument::fieldChanged, this,
        [&](const FieldKey &key) { changed.append(key); });
    document.setField(translatedHeadline, QStringLiteral("Kua katia"));
    QCOMPARE(translationState(document.release(), headline), TranslationState::Current);
    QVERIFY(changed.contains(translatedHeadline));
    QVERIFY(document.release().headline == QStringLiteral("Wharf 3 closed"));
    document.undoStack()->undo();
    QCOMPARE(translationState(document.release(), headline), TranslationState::Missing);
    document.undoStack()->redo();
    QCOMPARE(
        fieldValue(document.release(), translatedHeadline).toString(), QStringLiteral("Kua katia"));

    // The second language is a field of its own, undoable too.
    document.setField({Field::TranslationLanguage, {}}, QString());
    QCOMPARE(translationState(document.release(), headline), TranslationState::NotNeeded);
    document.undoStack()->undo();
    QCOMPARE(translationState(document.release(), headline), TranslationState::Current);
}

void TestTranslation::theTranslatedVersionReadsInTheSecondLanguage()
{
    Release release = englishAndMaori();
    QVERIFY(setFieldValue(release, translatedHeadline, QStringLiteral("Kua katia te Wāpu 3")));
    const Release maori = translatedVersion(release);
    QCOMPARE(maori.language, QStringLiteral("mi-NZ"));
    QCOMPARE(maori.headline, QStringLiteral("Kua katia te Wāpu 3"));
    QVERIFY(maori.translation.isEmpty());
    // Untranslated, the quote keeps its source text; a name is never translated.
    QCOMPARE(maori.quotes.first().text, QStringLiteral("We are safe."));
    QCOMPARE(maori.quotes.first().speaker, QStringLiteral("Anna Whitlock"));
}

void TestTranslation::theFileKeepsEveryTranslation()
{
    const Release sample = test::sampleRelease();
    QVERIFY(!sample.translation.texts.isEmpty());
    Result<Release> read = roundTrip(manifestToJson(sample));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY(read->translation == sample.translation);
    QCOMPARE(translationState(*read, {Field::Subheadline, {}}), TranslationState::OutOfDate);
    QCOMPARE(translationState(*read, {Field::Body, {}}), TranslationState::Current);
    // The approval covers the translations: it survives the round trip.
    QCOMPARE(read->workflow.state, WorkflowState::Approved);

    // A removed quote's translation is not written.
    Release edited = sample;
    edited.quotes.clear();
    const QJsonObject translations = manifestToJson(edited)[QStringLiteral("release")]
                                         .toObject()[QStringLiteral("translations")]
                                         .toObject();
    for (const QJsonValue &text : translations[QStringLiteral("texts")].toArray())
        QVERIFY(text[QStringLiteral("field")].toString() != QStringLiteral("quoteText"));

    // The layout is written only when it is not the default, and read back.
    QVERIFY(!translations.contains(QStringLiteral("layout")));
    Release sideBySide = sample;
    QVERIFY(setFieldValue(sideBySide, {Field::TranslationLayout, {}},
        QVariant::fromValue(BilingualLayout::SideBySide)));
    const QJsonObject written = manifestToJson(sideBySide);
    QCOMPARE(
        written[QStringLiteral("release")][QStringLiteral("translations")][QStringLiteral("layout")]
            .toString(),
        QStringLiteral("side-by-side"));
    read = roundTrip(written);
    QVERIFY(read.ok());
    QCOMPARE(read->translation.layout, BilingualLayout::SideBySide);
    QJsonObject unknownLayout = written;
    QJsonObject release = unknownLayout[QStringLiteral("release")].toObject();
    QJsonObject translation = release[QStringLiteral("translations")].toObject();
    translation[QStringLiteral("layout")] = QStringLiteral("interleaved");
    release[QStringLiteral("translations")] = translation;
    unknownLayout[QStringLiteral("release")] = release;
    read = roundTrip(unknownLayout);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("'interleaved' is not a layout")),
        qPrintable(read.error().message));
}

void TestTranslation::damagedTranslationsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("text");
    QTest::addColumn<QString>("problem");
    const QString fingerprint(64, QLatin1Char('a'));
    QTest::newRow("not a field") << QJsonObject {{QStringLiteral("field"),
                                                     QStringLiteral("colour")},
        {QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("source"), fingerprint}}
                                 << QStringLiteral("'colour' is not a field");
    QTest::newRow("not translatable")
        << QJsonObject {{QStringLiteral("field"), QStringLiteral("contactPhone")},
               {QStringLiteral("item"), QStringLiteral("contact-1")},
               {QStringLiteral("text"), QStringLiteral("x")},
               {QStringLiteral("source"), fingerprint}}
        << QStringLiteral("'contactPhone' is not a field");
    QTest::newRow("no such item") << QJsonObject {{QStringLiteral("field"),
                                                      QStringLiteral("quoteText")},
        {QStringLiteral("item"), QStringLiteral("quote-9")},
        {QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("source"), fingerprint}}
                                  << QStringLiteral(
                                         "names quote 'quote-9', which the release does not have");
    QTest::newRow("bad fingerprint")
        << QJsonObject {{QStringLiteral("field"), QStringLiteral("headline")},
               {QStringLiteral("text"), QStringLiteral("x")},
               {QStringLiteral("source"), QStringLiteral("abc")}}
        << QStringLiteral("64 lower-case hexadecimal digits");
    QTest::newRow("no text") << QJsonObject {{QStringLiteral("field"), QStringLiteral("headline")},
        {QStringLiteral("source"), fingerprint}}
                             << QStringLiteral("text is missing");
}

void TestTranslation::damagedTranslationsAreRefused()
{
    QFETCH(QJsonObject, text);
    QFETCH(QString, problem);
    QJsonObject manifest = manifestToJson(test::sampleRelease());
    QJsonObject release = manifest[QStringLiteral("release")].toObject();
    release[QStringLiteral("translations")]
        = QJsonObject {{QStringLiteral("language"), QStringLiteral("mi-NZ")},
            {QStringLiteral("texts"), QJsonArray {text}}};
    manifest[QStringLiteral("release")] = release;
    const Result<Release> read = roundTrip(manifest);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(problem), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("translations.texts[0]")),
        qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
