// The window in each interface language leaves no English behind: not in the menus, the steps,
// their fields and buttons, the checklist, nor the dialogs a newcomer opens first.
#include "main/preferencesdialog.h"
#include "main/shortcutsdialog.h"
#include "main/welcometour.h"
#include "support/samplerelease.h"
#include "testwindow.h"
#include "util/interfacelanguage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace rd;

namespace {

// A text the window shows, and whether it is the interface's own words (as opposed to text that
// quotes the release, such as a list of its quotes).
struct ShownText
{
    QString text;
    QString where;
    bool interfaceWords;
};

void addText(QList<ShownText> &texts, const QString &text, const QString &where, bool own = true)
{
    if (!text.trimmed().isEmpty())
        texts.append({text, where, own});
}

void collectActions(QList<ShownText> &texts, const QList<QAction *> &actions, const QString &where)
{
    for (QAction *action : actions) {
        addText(texts, action->text(), where);
        addText(texts, action->toolTip(), where + QStringLiteral(" tooltip"));
        if (action->menu())
            collectActions(
                texts, action->menu()->actions(), where + QStringLiteral(" ▸ ") + action->text());
    }
}

QList<ShownText> textsOf(QWidget *root)
{
    QList<ShownText> texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        const QString where = QString::fromLatin1(widget->metaObject()->className())
            + QLatin1Char(' ') + widget->objectName();
        if (widget->isWindow())
            addText(texts, widget->windowTitle(), where + QStringLiteral(" title"));
        addText(texts, widget->accessibleName(), where + QStringLiteral(" accessible name"));
        if (!widget->toolTip().startsWith(QLatin1Char('<')))
            addText(texts, widget->toolTip(), where + QStringLiteral(" tooltip"));
        // The release's own text, shown beside its translation, is the user's words.
        if (widget->objectName().startsWith(QLatin1String("translationSource.")))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            addText(texts, label->text(), where);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            addText(texts, button->text(), where);
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            addText(texts, group->title(), where);
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            addText(texts, line->placeholderText(), where + QStringLiteral(" placeholder"));
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            addText(texts, plain->placeholderText(), where + QStringLiteral(" placeholder"));
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            addText(texts, rich->placeholderText(), where + QStringLiteral(" placeholder"));
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                addText(texts, tabs->tabText(i), where);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            // The interface languages are listed each in its own words ("English", "Français"),
            // so that someone who reads only one can find it.
            if (combo->objectName() == QLatin1String("interfaceLanguage"))
                continue;
            for (int i = 0; i < combo->count(); ++i)
                addText(texts, combo->itemText(i), where, false);
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                addText(texts, list->item(i)->text(), where, false);
        } else if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                addText(texts, (*it)->text(0), where, false);
        } else if (auto *tools = qobject_cast<QToolBar *>(widget)) {
            collectActions(texts, tools->actions(), where);
        }
    }
    return texts;
}

// The English of every string the catalogue translates into something else.
QSet<QString> englishSourcesOf(const QString &language)
{
    QFile file(
        QStringLiteral(RELEASEDESK_SOURCE_DIR "/translations/releasedesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no catalogue for %s", qPrintable(language));
    QXmlStreamReader xml(&file);
    QSet<QString> sources, translations;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            translations.insert(translation);
            if (translation != source && !source.contains(QLatin1Char('%')))
                sources.insert(source);
        }
    }
    // "Export" is English in one place and the French of another.
    return sources - translations;
}

QString withoutMnemonics(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// Words that are English and neither French nor Māori.
bool hasEnglishWords(const QString &text)
{
    static const QSet<QString> english {QStringLiteral("the"), QStringLiteral("and"),
        QStringLiteral("with"), QStringLiteral("your"), QStringLiteral("this"),
        QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("for"), QStringLiteral("from"),
        QStringLiteral("not"), QStringLiteral("of"), QStringLiteral("it"), QStringLiteral("or"),
        QStringLiteral("has"), QStringLiteral("will"), QStringLiteral("what"),
        QStringLiteral("who"), QStringLiteral("save"), QStringLiteral("edit"),
        QStringLiteral("help"), QStringLiteral("file"), QStringLiteral("new"),
        QStringLiteral("print"), QStringLiteral("quote"), QStringLiteral("quotes"),
        QStringLiteral("agency"), QStringLiteral("agencies"), QStringLiteral("statement"),
        QStringLiteral("headline"), QStringLiteral("attachments"), QStringLiteral("review"),
        QStringLiteral("draft"), QStringLiteral("approve"), QStringLiteral("preview"),
        QStringLiteral("undo"), QStringLiteral("redo"), QStringLiteral("find"),
        QStringLiteral("words"), QStringLiteral("name"), QStringLiteral("step"),
        QStringLiteral("steps"), QStringLiteral("language")};
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    QString own = text;
    own.remove(QStringLiteral("Release Desk"));
    for (const auto &match : word.globalMatch(own)) {
        if (english.contains(match.captured().toLower()))
            return true;
    }
    return false;
}

// Qt's own words, which have no catalogue in te reo Māori and so stay English there.
bool isQtsOwnWord(const QString &text)
{
    static const QSet<QString> qtWords {QStringLiteral("OK"), QStringLiteral("Cancel"),
        QStringLiteral("Close"), QStringLiteral("Apply"), QStringLiteral("Yes"),
        QStringLiteral("No"), QStringLiteral("Help")};
    return qtWords.contains(withoutMnemonics(text));
}

} // namespace

class TestInterfaceLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void cleanup()
    {
        setPreferredInterfaceLanguage({});
        installInterfaceTranslations();
    }
    void noEnglishIsLeft_data();
    void noEnglishIsLeft();
    void englishIsTheFallback();
};

void TestInterfaceLanguages::noEnglishIsLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("te reo Māori") << QStringLiteral("mi");
}

void TestInterfaceLanguages::noEnglishIsLeft()
{
    QFETCH(QString, language);
    setPreferredInterfaceLanguage(language);
    QCOMPARE(installInterfaceTranslations(), language);

    QList<ShownText> texts;
    {
        test::TestWindow window(test::sampleRelease());
        for (Step step : allSteps) {
            window.editor()->showStep(step);
            QCoreApplication::processEvents();
        }
        texts += textsOf(window.window.get());
        collectActions(texts, window.window->menuBar()->actions(), QStringLiteral("menu"));

        PreferencesDialog preferences(window.window.get());
        texts += textsOf(&preferences);
        ShortcutsDialog shortcuts(window.window->menuBar(), window.window.get());
        texts += textsOf(&shortcuts);
        WelcomeTour tour(window.window.get());
        for (int panel = 0; panel < tour.panelCount(); ++panel) {
            texts += textsOf(&tour);
            tour.next();
        }
        // The start page, once the release is closed.
        window.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
        QVERIFY(window.window->closeRelease());
        texts += textsOf(window.window.get());
    }
    QVERIFY(texts.size() > 300);

    const QSet<QString> english = englishSourcesOf(language);
    // The release's own text (the agencies' names in the lists that choose one) is not the
    // interface's.
    QSet<QString> releaseText;
    const Release release = test::sampleRelease();
    for (const Agency &agency : release.agencies)
        releaseText << agency.name << agency.shortName;
    QStringList untranslated;
    for (const ShownText &shown : std::as_const(texts)) {
        if ((language == QLatin1String("mi") && isQtsOwnWord(shown.text))
            || releaseText.contains(shown.text))
            continue;
        const bool isSource
            = english.contains(shown.text) || english.contains(withoutMnemonics(shown.text));
        if (isSource || (shown.interfaceWords && hasEnglishWords(shown.text)))
            untranslated.append(shown.where + QStringLiteral(": ") + shown.text);
    }
    untranslated.removeDuplicates();
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

// A language the interface is not written in falls back to English, and the system's language is
// followed when the preferences leave it to the system.
void TestInterfaceLanguages::englishIsTheFallback()
{
    QCOMPARE(resolveInterfaceLanguage({}, {QStringLiteral("de-DE"), QStringLiteral("fr-CA")}),
        QStringLiteral("fr"));
    QCOMPARE(resolveInterfaceLanguage({}, {QStringLiteral("mi_NZ")}), QStringLiteral("mi"));
    QCOMPARE(resolveInterfaceLanguage({}, {QStringLiteral("ar-AE")}), QStringLiteral("en"));
    QCOMPARE(resolveInterfaceLanguage(QStringLiteral("mi"), {QStringLiteral("fr-FR")}),
        QStringLiteral("mi"));

    setPreferredInterfaceLanguage(QStringLiteral("en"));
    QCOMPARE(installInterfaceTranslations(), QStringLiteral("en"));
    QCOMPARE(
        QCoreApplication::translate("rd::DocumentStatus", "%n words in the statement", nullptr, 1),
        QStringLiteral("1 word in the statement"));
    setPreferredInterfaceLanguage(QStringLiteral("fr"));
    installInterfaceTranslations();
    QCOMPARE(
        QCoreApplication::translate("rd::DocumentStatus", "%n words in the statement", nullptr, 2),
        QStringLiteral("2 mots dans la déclaration"));
    // Qt's own catalogue, from Debian's qt6-translations-l10n.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

QTEST_MAIN(TestInterfaceLanguages)
#include "tst_interfacelanguages.moc"
