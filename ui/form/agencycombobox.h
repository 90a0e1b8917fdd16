#pragma once

#include <QComboBox>

namespace rd {

class ReleaseDocument;

// Chooses one of the release's agencies (or none); its items follow the agencies as they are
// added, renamed, reordered and removed. Item data is the agency id, empty for none.
class AgencyComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit AgencyComboBox(ReleaseDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    // After the items were rebuilt, so that a binder can show the model's choice again.
    void agenciesChanged();

private:
    void rebuild();

    ReleaseDocument *m_document;
};

} // namespace rd
