#pragma once

#include <QComboBox>

namespace rd {

class ReleaseDocument;

// Chooses where a quote is set: at the end of the statement, or after one of its paragraphs,
// each named by its number and opening words. Its items follow the statement as it is edited.
// Item data is the placement (model/quoteplacement.h).
class QuotePlacementComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit QuotePlacementComboBox(ReleaseDocument *document, QWidget *parent = nullptr);

    // Shows where a quote with this placement is set (after a list rather than inside it).
    void showPlacement(int placement);

Q_SIGNALS:
    // After the items were rebuilt, so that a binder can show the model's choice again.
    void placementsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void statementChanged();
    void rebuild();

    ReleaseDocument *m_document;
    bool m_stale = true; // the statement changed while the box was hidden
};

} // namespace rd
