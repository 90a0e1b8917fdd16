#include "agencycombobox.h"

#include "model/releasedocument.h"

#include <QSignalBlocker>

namespace rd {

AgencyComboBox::AgencyComboBox(ReleaseDocument *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
{
    connect(document, &ReleaseDocument::listChanged, this, [this](Collection collection) {
        if (collection == Collection::Agencies)
            rebuild();
    });
    connect(document, &ReleaseDocument::fieldChanged, this, [this](const FieldKey &key) {
        if (key.field == Field::AgencyName)
            rebuild();
    });
    connect(document, &ReleaseDocument::releaseReset, this, &AgencyComboBox::rebuild);
    rebuild();
}

void AgencyComboBox::rebuild()
{
    {
        const QSignalBlocker blocker(this);
        const QVariant current = currentData();
        clear();
        addItem(tr("(no agency)"), QString());
        const QList<Agency> &agencies = m_document->release().agencies;
        for (int i = 0; i < agencies.size(); ++i) {
            const QString name
                = agencies.at(i).name.isEmpty() ? tr("Agency %1").arg(i + 1) : agencies.at(i).name;
            addItem(name, agencies.at(i).id);
        }
        setCurrentIndex(std::max(0, findData(current)));
    }
    Q_EMIT agenciesChanged();
}

} // namespace rd
