// The interface's catalogues are complete: every string the sources mark for translation is in
// each catalogue, translated, with the same placeholders, and nothing is left that the sources
// no longer have.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "unfinished", "obsolete", "vanished" or empty
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.translationType
                        = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// %1 to %99 and %n, each counted once: a translation may repeat or reorder them.
QSet<QString> placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

const QString sourceDir = QStringLiteral(RELEASEDESK_SOURCE_DIR);

QStringList catalogues()
{
    return QDir(sourceDir + QStringLiteral("/translations"))
        .entryList({QStringLiteral("releasedesk_*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInterfaceLanguageHasACatalogue();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void cataloguesMatchTheSources_data();
    void cataloguesMatchTheSources();
};

void TestCatalogues::everyInterfaceLanguageHasACatalogue()
{
    const QStringList files = catalogues();
    for (const char *language : {"en", "fr", "mi"})
        QVERIFY2(files.contains(QStringLiteral("releasedesk_%1.ts").arg(QLatin1String(language))),
            language);
}

void TestCatalogues::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : catalogues())
        QTest::newRow(qPrintable(file)) << file;
}

void TestCatalogues::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    QString language;
    const QList<Message> messages
        = readCatalogue(sourceDir + QStringLiteral("/translations/") + file, &language);
    QVERIFY(!messages.isEmpty());
    // English's catalogue holds only the plural forms ("1 word"); every other holds everything.
    const bool pluralsOnly = language.startsWith(QLatin1String("en"));
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        if (!message.translationType.isEmpty()) {
            problems.append(message.translationType + QStringLiteral(" — ") + where);
            continue;
        }
        if (pluralsOnly && !message.numerus) {
            problems.append(QStringLiteral("not a plural — ") + where);
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                problems.append(QStringLiteral("empty — ") + where);
            else if (placeholdersOf(translation) != placeholdersOf(message.source))
                problems.append(QStringLiteral("placeholders differ — ") + where
                    + QStringLiteral(" → ") + translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestCatalogues::cataloguesMatchTheSources_data()
{
    everyMessageIsTranslated_data();
}

// lupdate, run over the sources into a copy of each catalogue, neither adds a message (a string
// the catalogue lacks) nor removes one (a string the sources no longer have).
void TestCatalogues::cataloguesMatchTheSources()
{
    QFETCH(QString, file);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString original = sourceDir + QStringLiteral("/translations/") + file;
    const QString copy = scratch.filePath(file);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QStringList arguments {sourceDir + QStringLiteral("/core"), sourceDir + QStringLiteral("/ui"),
        sourceDir + QStringLiteral("/app"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
        QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
        QStringLiteral("-no-ui-lines"), QStringLiteral("-silent")};
    if (file == QLatin1String("releasedesk_en.ts"))
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(RELEASEDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString language;
    QSet<QString> committed, fromSources;
    for (const Message &message : readCatalogue(original, &language))
        committed.insert(message.key());
    QStringList unfinished;
    for (const Message &message : readCatalogue(copy, &language)) {
        fromSources.insert(message.key());
        if (message.translationType == QLatin1String("unfinished"))
            unfinished.append(message.context + QStringLiteral(": ") + message.source);
    }
    QStringList missing, stale;
    for (const QString &key : fromSources - committed)
        missing.append(QString(key).replace(u'\x1f', QStringLiteral(" | ")));
    for (const QString &key : committed - fromSources)
        stale.append(QString(key).replace(u'\x1f', QStringLiteral(" | ")));
    const QString advice = QStringLiteral(
        "\nRefresh with: cmake --build build --target update_translations, then translate");
    QVERIFY2(missing.isEmpty(),
        qPrintable(
            QStringLiteral("not in %1:\n").arg(file) + missing.join(QLatin1Char('\n')) + advice));
    QVERIFY2(stale.isEmpty(),
        qPrintable(QStringLiteral("no longer in the sources:\n") + stale.join(QLatin1Char('\n'))
            + advice));
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
