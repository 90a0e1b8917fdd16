#include "model/field.h"

#include <QSet>
#include <QTest>

using namespace rd;

namespace {

FieldGroup groupOfList(Collection collection)
{
    switch (collection) {
    case Collection::Agencies:
        return FieldGroup::Agencies;
    case Collection::Quotes:
        return FieldGroup::Quotes;
    case Collection::Attachments:
        return FieldGroup::Attachments;
    case Collection::Contacts:
        break;
    }
    return FieldGroup::Contacts;
}

} // namespace

// Each field is described once; everything that names or sorts fields reads that description.
class TestField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldIsDescribed();
    void whatAFieldsTextMayBe();
};

void TestField::everyFieldIsDescribed()
{
    QSet<QString> ids;
    QHash<int, QSet<QString>> fileKeys; // by list, -1 for the release as a whole
    for (Field field : allFields()) {
        const QString id = fieldId(field);
        QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY2(!fieldDisplayName(field).isEmpty(), qPrintable(id));
        const int list = collectionOf(field) ? int(*collectionOf(field)) : -1;
        const QString key = fileFormatKey(field);
        QVERIFY2(!key.isEmpty() && !fileKeys[list].contains(key), qPrintable(id));
        fileKeys[list].insert(key);
        // A list's fields are edited where the list is.
        if (const auto collection = collectionOf(field))
            QCOMPARE(groupOf(field), groupOfList(*collection));
    }
    QCOMPARE(groupOf(Field::Body), FieldGroup::Statement);
    QCOMPARE(groupOf(Field::Sensitivity), FieldGroup::Review);
    QCOMPARE(groupOf(Field::NotesToEditors), FieldGroup::Contacts);
    QCOMPARE(fieldDisplayName(Field::QuoteTitle), QStringLiteral("speaker's title"));
    QCOMPARE(collectionItemName(Collection::Contacts), QStringLiteral("media contact"));
}

void TestField::whatAFieldsTextMayBe()
{
    for (Field field : {Field::Headline, Field::Body, Field::QuoteText, Field::AgencyName,
             Field::AttachmentCaption, Field::DatelinePlace})
        QVERIFY2(isTranslatable(field), qPrintable(fieldId(field)));
    for (Field field : {Field::Reference, Field::ContactPhone, Field::ContactEmail,
             Field::AgencyWebsite, Field::QuoteSpeaker, Field::ContactName, Field::Embargo})
        QVERIFY2(!isTranslatable(field), qPrintable(fieldId(field)));
    QVERIFY(isProse(Field::QuoteSpeaker)); // a name is spelt, though never translated
    QVERIFY(!isProse(Field::AgencyShortName));
    QVERIFY(holdsParagraphs(Field::QuoteText));
    QVERIFY(!holdsParagraphs(Field::Headline));
}

QTEST_GUILESS_MAIN(TestField)
#include "tst_field.moc"
