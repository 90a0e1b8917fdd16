#include "spellchecker.h"

#include "util/executablefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <hunspell.hxx>

namespace rd {

namespace {

// Dictionaries to try for a language, nearest first.
QStringList candidateDictionaries(const QString &bcp47)
{
    const QString tag = QString(bcp47).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = tag.section(QLatin1Char('_'), 0, 0).toLower();
    QStringList candidates {tag};
    if (language == QLatin1String("en")) {
        if (tag == QLatin1String("en_NZ"))
            candidates << QStringLiteral("en_AU");
        candidates << QStringLiteral("en_GB") << QStringLiteral("en_US");
    } else {
        // "fr" (Debian's hunspell-fr), then the language's own country (de_DE for de-AT, es_ES for
        // es-419), then any country's dictionary of the language: a neighbour's spelling is
        // nearer than none.
        candidates << language << language + QLatin1Char('_') + language.toUpper();
        for (const QString &folder : SpellChecker::dictionaryFolders()) {
            const QStringList dictionaries = QDir(folder).entryList(
                {language + QStringLiteral("_*.dic")}, QDir::Files, QDir::Name);
            for (const QString &dictionary : dictionaries)
                candidates << QFileInfo(dictionary).completeBaseName();
        }
    }
    candidates.removeDuplicates();
    return candidates;
}

bool isWordWorthChecking(const QString &word)
{
    // Numbers, single letters, codes and addresses are not words to spell.
    if (word.size() < 2)
        return false;
    for (QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('@') || c == QLatin1Char('/'))
            return false;
    }
    return true;
}

} // namespace

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
{ }

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryFolders()
{
    QStringList folders;
    // Dictionaries an installer put beside the program (Windows) or in the bundle (macOS)...
    if (const QString executable = executableFolder(); !executable.isEmpty()) {
        folders << QDir::cleanPath(executable + QStringLiteral("/dictionaries"))
                << QDir::cleanPath(executable + QStringLiteral("/../Resources/dictionaries"));
    }
    // ...then the system's, as Debian's hunspell-* and older myspell-* packages place them
    // (/usr/share/hunspell), and the user's own.
    for (const QString &data :
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        for (const char *folder : {"hunspell", "myspell", "myspell/dicts"})
            folders << QDir::cleanPath(data + QLatin1Char('/') + QLatin1String(folder));
    }
    folders.removeDuplicates();
    return folders;
}

bool SpellChecker::setLanguage(const QString &bcp47)
{
    for (const QString &name : candidateDictionaries(bcp47)) {
        if (name == m_dictionaryName && m_hunspell)
            return true;
        for (const QString &folder : dictionaryFolders()) {
            const QString base = QDir(folder).filePath(name);
            if (!QFileInfo::exists(base + QStringLiteral(".aff"))
                || !QFileInfo::exists(base + QStringLiteral(".dic")))
                continue;
            m_hunspell = std::make_unique<Hunspell>(
                QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                QFile::encodeName(base + QStringLiteral(".dic")).constData());
            m_dictionaryName = name;
            m_cache.clear();
            QFile personal(personalListPath());
            if (personal.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : personal.readAll().split('\n')) {
                    if (!line.trimmed().isEmpty())
                        m_hunspell->add(line.trimmed().toStdString());
                }
            }
            Q_EMIT dictionaryChanged();
            return true;
        }
    }
    m_hunspell.reset();
    m_dictionaryName.clear();
    m_cache.clear();
    Q_EMIT dictionaryChanged();
    return false;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || !isWordWorthChecking(word))
        return true;
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return *cached;
    // Dictionaries in Debian are UTF-8 ("SET UTF-8"); curly apostrophes are spelled straight.
    const QString plain = QString(word).replace(QChar(0x2019), QLatin1Char('\''));
    const bool correct = m_hunspell->spell(plain.toStdString());
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &suggestion : m_hunspell->suggest(word.toStdString())) {
        result.append(QString::fromStdString(suggestion));
        if (result.size() == 8)
            break;
    }
    return result;
}

void SpellChecker::addToDictionary(const QString &word)
{
    if (!m_hunspell || word.isEmpty())
        return;
    m_hunspell->add(word.toStdString());
    m_cache.insert(word, true);
    QDir().mkpath(QFileInfo(personalListPath()).absolutePath());
    QFile personal(personalListPath());
    if (personal.open(QIODevice::Append))
        personal.write(word.toUtf8() + '\n');
    Q_EMIT dictionaryChanged();
}

QString SpellChecker::personalListPath() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("dictionary-%1.txt").arg(m_dictionaryName));
}

} // namespace rd
