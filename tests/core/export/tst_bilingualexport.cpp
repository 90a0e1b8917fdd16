// A bilingual release exported: both languages one after the other or side by side, in every
// format, each language tagged as such; or one release per language.
#include "export/exporter.h"
#include "export/mediakit.h"
#include "model/release.h"
#include "render/composedrelease.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "support/officedocuments.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"
#include "support/validators.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QString englishHeadline
    = QStringLiteral("Harbour closed after chemical spill; <b>residents</b> asked to keep clear");
const QString maoriHeadline
    = QStringLiteral("Kua katia te whanga i muri i te maringi matū; ka tonoa ngā kainoho kia "
                     "noho tawhiti");

// The sample, English and te reo Māori, with the rest of its translatable text in Māori too.
Release bilingual(BilingualLayout layout = BilingualLayout::OneAfterOther)
{
    Release release = test::sampleRelease();
    release.translation.layout = layout;
    setFieldValue(release, {Field::NotesToEditors, {}, true},
        QStringLiteral("He wāpu kawe utanga te Wāpu 3.\nKa taea ngā whakaahua te whakamahi."));
    return release;
}

QByteArray exported(const Release &release, ExportFormat format, const QString &language = {},
    std::optional<BilingualLayout> layout = std::nullopt)
{
    ExportOptions options;
    options.format = format;
    options.language = language;
    options.layout = layout;
    Result<QByteArray> bytes = exportToBytes(release, options);
    if (!bytes)
        qFatal("%s", qPrintable(bytes.error().message));
    return bytes.value();
}

QStringList texts(const QList<ComposedBlock> &blocks)
{
    QStringList list;
    for (const ComposedBlock &block : blocks)
        list.append(block.plainText());
    return list;
}

} // namespace

class TestBilingualExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothLanguagesAreComposedEachInItsOwnWords();
    void oneLanguageAloneIsComposedWithoutTheOther();
    void sideBySideRowsPairEachPassageWithItsTranslation();
    void pdfSetsTheSecondLanguageFromANewPage();
    void pdfSetsTheLanguagesSideBySide();
    void aRightToLeftFirstLanguageTakesTheRightColumn();
    void htmlTagsEachLanguage();
    void docxTagsEachLanguage();
    void odtTagsEachLanguage();
    void textAndMarkdownHoldBothOneAfterTheOther();
    void eachLanguageGoesToAFileOfItsOwn();
    void aLanguageTheReleaseDoesNotHaveIsAnError();
    void theMediaKitHoldsBothVersions();
};

void TestBilingualExport::bothLanguagesAreComposedEachInItsOwnWords()
{
    const ComposedRelease composed = composeRelease(bilingual());
    QVERIFY(composed.secondLanguage);
    QCOMPARE(composed.language, QStringLiteral("en-NZ"));
    QCOMPARE(composed.secondLanguage->language, QStringLiteral("mi-NZ"));
    const QStringList english = texts(composed.blocks);
    const QStringList maori = texts(composed.secondLanguage->blocks);
    QVERIFY(english.contains(englishHeadline));
    QVERIFY(maori.contains(maoriHeadline));
    QVERIFY(!maori.contains(englishHeadline));
    // The program's own words in te reo Māori: the notes' heading, the dateline's month.
    QVERIFY(maori.contains(QStringLiteral("He kōrero mā ngā ētita")));
    QVERIFY(maori.contains(QStringLiteral("KESTREL BAY, Rāpare, 26 Whiringa-ā-rangi 2026")));
    QVERIFY(english.contains(QStringLiteral("Notes to editors")));
}

void TestBilingualExport::oneLanguageAloneIsComposedWithoutTheOther()
{
    const ComposedRelease english = composeRelease(bilingual(), {{}, LanguageVersions::First});
    QVERIFY(!english.secondLanguage);
    QVERIFY(texts(english.blocks).contains(englishHeadline));
    const ComposedRelease maori = composeRelease(bilingual(), {{}, LanguageVersions::Second});
    QVERIFY(!maori.secondLanguage);
    QCOMPARE(maori.language, QStringLiteral("mi-NZ"));
    QVERIFY(texts(maori.blocks).contains(maoriHeadline));
    QCOMPARE(maori.title, maoriHeadline);
    // A release in one language is what it is, whichever version is asked for.
    const ComposedRelease single
        = composeRelease(test::sampleReleaseInOneLanguage(), {{}, LanguageVersions::Second});
    QCOMPARE(single.language, QStringLiteral("en-NZ"));
}

void TestBilingualExport::sideBySideRowsPairEachPassageWithItsTranslation()
{
    const ComposedRelease composed = composeRelease(bilingual(BilingualLayout::SideBySide));
    QCOMPARE(composed.layout, BilingualLayout::SideBySide);
    const QList<BlockPair> rows = sideBySideRows(composed);
    int paired = 0;
    int firstAlone = 0;
    for (const BlockPair &row : rows) {
        QVERIFY(row.first || row.second);
        if (row.first && row.second) {
            ++paired;
            QCOMPARE(row.first->role == BlockRole::BulletItem
                    || row.first->role == BlockRole::NumberedItem
                    || row.first->role == BlockRole::Paragraph,
                row.second->role == BlockRole::BulletItem
                    || row.second->role == BlockRole::NumberedItem
                    || row.second->role == BlockRole::Paragraph);
            QCOMPARE(row.first->source, row.second->source);
            if (row.first->role == BlockRole::Headline)
                QCOMPARE(row.second->plainText(), maoriHeadline);
        } else if (row.first) {
            ++firstAlone;
        }
    }
    // The Māori statement is one paragraph where the English has five blocks: the first pairs
    // with the first, the rest of the English stands alone; everything else pairs.
    QCOMPARE(firstAlone, 4);
    QCOMPARE(paired + firstAlone, composed.blocks.size());
    QCOMPARE(paired, composed.secondLanguage->blocks.size());
}

void TestBilingualExport::pdfSetsTheSecondLanguageFromANewPage()
{
    const test::PdfReader pdf(exported(bilingual(), ExportFormat::Pdf));
    QVERIFY(pdf.isValid());
    int maoriStarts = -1;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (pdf.pageText(page).contains(QStringLiteral("Kua katia te whanga"))) {
            maoriStarts = page;
            break;
        }
    }
    QVERIFY(maoriStarts > 0);
    // A click on the Māori headline goes to its translation.
    const std::shared_ptr<const PagedRelease> paged = layOutRelease(bilingual());
    const auto place = paged->placeOf({Field::Headline, {}, true});
    QVERIFY(place);
    QCOMPARE(place->first, maoriStarts);
    QCOMPARE(paged->fieldAt(place->first, place->second.center()),
        std::optional<FieldKey>(FieldKey {Field::Headline, {}, true}));
    // The document's language in the PDF's catalogue, and each language version a part of the
    // structure in its own language.
    const QByteArray bytes = exported(bilingual(), ExportFormat::Pdf);
    QVERIFY(QRegularExpression(QStringLiteral("/Type /Catalog[^\n]*/Lang \\(en-NZ\\)"))
                .match(QString::fromLatin1(bytes))
                .hasMatch());
    QCOMPARE(bytes.count("/S /Part"), 2);
    QVERIFY(QRegularExpression(QStringLiteral("/S /Part[^\n]*/Lang \\(mi-NZ\\)"))
                .match(QString::fromLatin1(bytes))
                .hasMatch());
    QTemporaryDir folder;
    QFile written(folder.filePath(QStringLiteral("bilingual.pdf")));
    QVERIFY(written.open(QIODevice::WriteOnly) && written.write(bytes) == bytes.size());
    written.close();
    const QStringList problems = test::qpdfProblems(written.fileName());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Both languages in the metadata.
    QVERIFY2(pdf.xmpMetadata().contains(
                 QStringLiteral("<rdf:Bag><rdf:li>en-NZ</rdf:li><rdf:li>mi-NZ</rdf:li></rdf:Bag>")),
        qPrintable(pdf.xmpMetadata()));
    // Nothing in Māori before it, nothing in English after it; each page numbered in its language.
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QString text = pdf.pageText(page);
        const QString number = page < maoriStarts ? QStringLiteral("Page %1 of %2")
                                                  : QStringLiteral("Whārangi %1 o %2");
        QVERIFY2(text.contains(number.arg(page + 1).arg(pdf.pageCount())), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("He kōrero mā ngā ētita")),
            page >= maoriStarts && text.contains(QStringLiteral("He wāpu kawe utanga")));
        if (page >= maoriStarts)
            QVERIFY(!text.contains(QStringLiteral("Notes to editors")));
    }
}

void TestBilingualExport::pdfSetsTheLanguagesSideBySide()
{
    const std::shared_ptr<const PagedRelease> paged
        = layOutRelease(bilingual(BilingualLayout::SideBySide));
    // The two headlines start on the same line of the page, the English then the Māori.
    const QStringList firstPage = paged->pageLines(0);
    const qsizetype english
        = firstPage.indexOf(QRegularExpression(QStringLiteral("Harbour closed.*")));
    QVERIFY2(english >= 0, qPrintable(firstPage.join(QLatin1Char(0x7c))));
    QVERIFY2(firstPage.value(english + 1).startsWith(QStringLiteral("Kua katia te whanga")),
        qPrintable(firstPage.join(QLatin1Char('|'))));
    const test::PdfReader pdf(
        exported(bilingual(), ExportFormat::Pdf, {}, BilingualLayout::SideBySide));
    const QString first = pdf.pageText(0);
    QVERIFY(first.contains(QStringLiteral("Kua katia te whanga")));
    QVERIFY(first.contains(QStringLiteral("Harbour closed after")));
    QVERIFY2(first.contains(QStringLiteral("Page 1 of %1 · Whārangi 1 o %1").arg(pdf.pageCount())),
        qPrintable(first));
    // Both in fewer pages than one after the other.
    const test::PdfReader sequential(exported(bilingual(), ExportFormat::Pdf));
    QVERIFY(pdf.pageCount() < sequential.pageCount());
    // A click on either column goes to that language's field.
    const auto place = paged->placeOf({Field::Headline, {}});
    QVERIFY(place);
    const QRectF row = place->second;
    QCOMPARE(paged->fieldAt(place->first, QPointF(row.left() + 5, row.top() + 5)),
        std::optional<FieldKey>(FieldKey {Field::Headline, {}}));
    QCOMPARE(paged->fieldAt(place->first, QPointF(row.right() - 5, row.top() + 5)),
        std::optional<FieldKey>(FieldKey {Field::Headline, {}, true}));
    // Every line of each language is set once.
    const QStringList lines = paged->pageLines(0) + paged->pageLines(1);
    QCOMPARE(lines.filter(QStringLiteral("Kestrel Bay Police keep the peace")).size(), 2);
}

void TestBilingualExport::aRightToLeftFirstLanguageTakesTheRightColumn()
{
    // Arabic, with English beside it.
    Release release = test::sampleReleaseInOneLanguage();
    release.language = QStringLiteral("ar-AE");
    release.headline = QStringLiteral("إغلاق الرصيف ٣ بعد تسرب مادة كيميائية");
    release.translation.language = QStringLiteral("en-GB");
    release.translation.layout = BilingualLayout::SideBySide;
    setFieldValue(release, {Field::Headline, {}, true}, QStringLiteral("Wharf 3 closed"));
    const std::shared_ptr<const PagedRelease> paged = layOutRelease(release);
    const auto place = paged->placeOf({Field::Headline, {}});
    QVERIFY(place);
    const QRectF row = place->second;
    QCOMPARE(paged->fieldAt(place->first, QPointF(row.right() - 5, row.top() + 5)),
        std::optional<FieldKey>(FieldKey {Field::Headline, {}}));
    QCOMPARE(paged->fieldAt(place->first, QPointF(row.left() + 5, row.top() + 5)),
        std::optional<FieldKey>(FieldKey {Field::Headline, {}, true}));
    // The same in the documents: a table from the right, and a page from the right in HTML.
    QVERIFY(test::zipEntryText(
        exported(release, ExportFormat::Docx), QStringLiteral("word/document.xml"))
                .contains(QStringLiteral("<w:bidiVisual/>")));
    QVERIFY(test::zipEntryText(exported(release, ExportFormat::Odt), QStringLiteral("content.xml"))
                .contains(QStringLiteral("style:writing-mode=\"rl-tb\"")));
    QVERIFY(QString::fromUtf8(exported(release, ExportFormat::Html))
                .contains(QStringLiteral("<html lang=\"ar-AE\" dir=\"rtl\">")));
}

void TestBilingualExport::htmlTagsEachLanguage()
{
    const QString sequential = QString::fromUtf8(exported(bilingual(), ExportFormat::Html));
    QVERIFY(sequential.contains(QStringLiteral("<html lang=\"en-NZ\"")));
    QVERIFY(sequential.contains(QStringLiteral("<article lang=\"en-NZ\" dir=\"ltr\">")));
    const qsizetype maori
        = sequential.indexOf(QStringLiteral("<article lang=\"mi-NZ\" dir=\"ltr\">"));
    QVERIFY(maori > 0);
    QVERIFY(sequential.indexOf(QStringLiteral("Kua katia te whanga")) > maori);
    QVERIFY(sequential.indexOf(QStringLiteral("Harbour closed after")) < maori);

    const QString columns = QString::fromUtf8(
        exported(bilingual(), ExportFormat::Html, {}, BilingualLayout::SideBySide));
    QVERIFY(columns.contains(QStringLiteral("<body class=\"side-by-side\">")));
    // Each row holds a passage and then its translation, each tagged.
    const QRegularExpression row(
        QStringLiteral("<div class=\"pair\">\\n<div lang=\"en-NZ\" dir=\"ltr\">\\n<h1 "
                       "dir=\"auto\">Harbour closed[^<]*"
                       "&lt;b&gt;residents&lt;/b&gt; asked to keep clear</h1>\\n</div>\\n"
                       "<div lang=\"mi-NZ\" dir=\"ltr\">\\n<h1 dir=\"auto\">Kua katia te whanga"));
    QVERIFY2(row.match(columns).hasMatch(), qPrintable(columns.left(4000)));
    // A quote stays one blockquote with its attribution, in each language.
    QCOMPARE(columns.count(QStringLiteral("<blockquote")), 2);
    QCOMPARE(columns.count(QStringLiteral("</blockquote>")), 2);
}

void TestBilingualExport::docxTagsEachLanguage()
{
    const QString sequential = test::zipEntryText(
        exported(bilingual(), ExportFormat::Docx), QStringLiteral("word/document.xml"));
    QVERIFY(sequential.contains(QStringLiteral("<w:br w:type=\"page\"/>")));
    QVERIFY(sequential.contains(
        QStringLiteral("<w:lang w:val=\"mi-NZ\" w:eastAsia=\"mi-NZ\" w:bidi=\"mi-NZ\"/>")));
    // Every run after the page break is tagged, none before it.
    const qsizetype pageBreak = sequential.indexOf(QStringLiteral("w:type=\"page\""));
    QVERIFY(sequential.indexOf(QStringLiteral("w:lang")) > pageBreak);
    QCOMPARE(sequential.mid(pageBreak).count(QStringLiteral("<w:r>")),
        sequential.mid(pageBreak).count(QStringLiteral("<w:lang ")));
    QVERIFY(test::docxText(exported(bilingual(), ExportFormat::Docx))
                .contains(QStringLiteral("He kōrero mā ngā ētita")));

    const QString columns = test::zipEntryText(
        exported(bilingual(), ExportFormat::Docx, {}, BilingualLayout::SideBySide),
        QStringLiteral("word/document.xml"));
    QCOMPARE(columns.count(QStringLiteral("<w:tbl>")), 1);
    QCOMPARE(columns.count(QStringLiteral("<w:tr>")),
        sideBySideRows(composeRelease(bilingual(BilingualLayout::SideBySide))).size());
    QVERIFY(!columns.contains(QStringLiteral("w:type=\"page\"")));
}

void TestBilingualExport::odtTagsEachLanguage()
{
    const QByteArray odt = exported(bilingual(), ExportFormat::Odt);
    const QString content = test::zipEntryText(odt, QStringLiteral("content.xml"));
    QVERIFY(content.contains(QStringLiteral(
        "<style:style style:name=\"SecondLanguage\" style:family=\"text\"><style:text-properties "
        "fo:language=\"mi\" fo:country=\"NZ\"")));
    QVERIFY(content.contains(QStringLiteral("fo:break-before=\"page\"")));
    QVERIFY(content.contains(
        QStringLiteral("<text:span text:style-name=\"SecondLanguage\">Kua katia te whanga")));
    QVERIFY(test::odtText(odt).contains(QStringLiteral("He kōrero mā ngā ētita")));

    const QString columns = test::zipEntryText(
        exported(bilingual(), ExportFormat::Odt, {}, BilingualLayout::SideBySide),
        QStringLiteral("content.xml"));
    QCOMPARE(columns.count(QStringLiteral("<table:table ")), 1);
    QCOMPARE(columns.count(QStringLiteral("<table:table-row>")),
        sideBySideRows(composeRelease(bilingual(BilingualLayout::SideBySide))).size());
    // A numbered item alone in its cell keeps its number.
    QVERIFY(columns.contains(QStringLiteral("text:start-value=\"1\"")));
}

void TestBilingualExport::textAndMarkdownHoldBothOneAfterTheOther()
{
    for (const BilingualLayout layout :
        {BilingualLayout::OneAfterOther, BilingualLayout::SideBySide}) {
        const QString text = QString::fromUtf8(exported(bilingual(layout), ExportFormat::Text));
        // Plain text sets section headings in capitals.
        QVERIFY(test::inOrder(text,
            {QStringLiteral("Harbour closed"), QStringLiteral("NOTES TO EDITORS"),
                QString(72, QLatin1Char('=')), QStringLiteral("Kua katia te whanga"),
                QStringLiteral("HE KŌRERO MĀ NGĀ ĒTITA")}));
        const QString markdown
            = QString::fromUtf8(exported(bilingual(layout), ExportFormat::Markdown));
        QVERIFY(test::inOrder(markdown,
            {QStringLiteral("Notes to editors"), QStringLiteral("\n---\n"),
                QStringLiteral("He kōrero mā ngā ētita")}));
    }
}

void TestBilingualExport::eachLanguageGoesToAFileOfItsOwn()
{
    QTemporaryDir folder;
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.eachLanguage = true;
    const QString path = folder.filePath(QStringLiteral("Wharf 3.pdf"));
    const QList<ExportFile> files = exportFiles(bilingual(), path, options);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).path, folder.filePath(QStringLiteral("Wharf 3.en-NZ.pdf")));
    QCOMPARE(files.at(1).path, folder.filePath(QStringLiteral("Wharf 3.mi-NZ.pdf")));
    QVERIFY(exportRelease(bilingual(), path, options).ok());
    QVERIFY(!QFile::exists(path));
    QFile english(files.at(0).path);
    QFile maori(files.at(1).path);
    QVERIFY(english.open(QIODevice::ReadOnly) && maori.open(QIODevice::ReadOnly));
    const QString englishText = test::PdfReader(english.readAll()).text();
    const QString maoriText = test::PdfReader(maori.readAll()).text();
    QVERIFY(englishText.contains(QStringLiteral("Notes to editors")));
    QVERIFY(!englishText.contains(QStringLiteral("Kua katia")));
    QVERIFY(maoriText.contains(QStringLiteral("He kōrero mā ngā ētita")));
    QVERIFY(!maoriText.contains(QStringLiteral("Notes to editors")));

    // A release in one language is one file, as named.
    QCOMPARE(exportFiles(test::sampleReleaseInOneLanguage(), path, options).size(), 1);
}

void TestBilingualExport::aLanguageTheReleaseDoesNotHaveIsAnError()
{
    // By its tag, or by its language alone.
    QVERIFY(QString::fromUtf8(exported(bilingual(), ExportFormat::Text, QStringLiteral("mi")))
                .contains(QStringLiteral("Kua katia")));
    QVERIFY(!QString::fromUtf8(exported(bilingual(), ExportFormat::Text, QStringLiteral("EN-nz")))
                 .contains(QStringLiteral("Kua katia")));
    ExportOptions options;
    options.format = ExportFormat::Html;
    options.language = QStringLiteral("fr");
    const Result<QByteArray> html = exportToBytes(bilingual(), options);
    QVERIFY(!html);
    QCOMPARE(html.error().message,
        QStringLiteral("the release has no version in 'fr' (it is in en-NZ and mi-NZ)"));
    options.format = ExportFormat::Pdf;
    QVERIFY(!exportToBytes(bilingual(), options));
}

void TestBilingualExport::theMediaKitHoldsBothVersions()
{
    ExportOptions options;
    options.format = ExportFormat::Kit;
    const Result<QList<KitFile>> files = mediaKitFiles(bilingual(), options);
    QVERIFY(files);
    QStringList names;
    for (const KitFile &file : files.value())
        names.append(file.path);
    QCOMPARE(names,
        (QStringList {QStringLiteral("KBP-2026-0412.pdf"),
            QStringLiteral("KBP-2026-0412.en-NZ.pdf"), QStringLiteral("KBP-2026-0412.en-NZ.txt"),
            QStringLiteral("KBP-2026-0412.en-NZ.html"), QStringLiteral("KBP-2026-0412.mi-NZ.pdf"),
            QStringLiteral("KBP-2026-0412.mi-NZ.txt"), QStringLiteral("KBP-2026-0412.mi-NZ.html"),
            QStringLiteral("attachments/statement.pdf"), QStringLiteral("attachments/wharf.png")}));
    const QString maoriText = QString::fromUtf8(files->at(5).data);
    QVERIFY(maoriText.contains(QStringLiteral("Kua katia te whanga")));
    QVERIFY(!maoriText.contains(QStringLiteral("Harbour closed")));
    QVERIFY(QString::fromUtf8(files->at(6).data).contains(QStringLiteral("<html lang=\"mi-NZ\"")));
}

QTEST_MAIN(TestBilingualExport)
#include "tst_bilingualexport.moc"
