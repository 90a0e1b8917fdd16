#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class Hunspell;

namespace rd {

// Spelling for one document language, with Hunspell and the system's dictionaries
// (/usr/share/hunspell), and a personal word list in the user's settings folder that "Add to
// Dictionary" extends. A language without its own dictionary uses its nearest one: en-NZ falls
// back to en-AU, then en-GB; every English to en-US last.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    // Loads the dictionary for a BCP 47 language; false when none fits (then every word passes).
    bool setLanguage(const QString &bcp47);
    QString dictionaryName() const { return m_dictionaryName; }
    bool isActive() const { return m_hunspell != nullptr; }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    void addToDictionary(const QString &word);

    static QStringList dictionaryFolders();

Q_SIGNALS:
    // The dictionary or the personal word list changed: everything needs checking again.
    void dictionaryChanged();

private:
    QString personalListPath() const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_dictionaryName;
    mutable QHash<QString, bool> m_cache;
};

} // namespace rd
