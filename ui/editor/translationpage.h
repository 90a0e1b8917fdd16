#pragma once

#include "model/field.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace rd {

class ReleaseDocument;
class UserPrompts;

// The release in its two languages, field by field: each translatable field's text in the
// document language beside an editor of its second language version, with a mark where that
// version is missing or older than its source. Above them, the choice of the second language and
// of how the two are set on the page. The fields are the model's; the page holds none of its own.
class TranslationPage : public QWidget
{
    Q_OBJECT

public:
    TranslationPage(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillLanguages();
    void rebuild();
    void addRow(const FieldKey &source, int row);
    void showSource(const FieldKey &source);
    void showState(const FieldKey &source);
    void onFieldChanged(const FieldKey &key);

    struct Row
    {
        QLabel *source = nullptr;
        QLabel *state = nullptr;
    };

    ReleaseDocument *m_document;
    UserPrompts *m_prompts;
    QComboBox *m_language;
    QComboBox *m_layout;
    QLabel *m_oneLanguage;
    QWidget *m_fields = nullptr;
    QGridLayout *m_grid = nullptr;
    QHash<FieldKey, Row> m_rows;
    // Rows whose source changed while the page was not shown: brought up to date when it is, so
    // that typing a long statement on its own page does not also lay it out here.
    QSet<FieldKey> m_stale;
    QString m_builtFor; // what the rows were built for: the languages and the lists' items
};

} // namespace rd
