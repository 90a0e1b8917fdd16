#pragma once

#include "model/sensitivity.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace rd {

class ReleaseDocument;
class UserPrompts;

// What the release concerns (a death, a victim, a young person, a court case, an arrest) and the
// safeguards those need: each shown as confirmed, by whom and when, or with a button to confirm
// it. The marks and confirmations live in the model; this panel only shows and edits them.
class SensitivityPanel : public QWidget
{
    Q_OBJECT

public:
    SensitivityPanel(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent = nullptr);

    QCheckBox *matterBox(SensitiveMatter matter) const { return m_matterBoxes.value(matter); }

private:
    void showSensitivity();
    void setMatter(SensitiveMatter matter, bool concerned);
    void confirm(Safeguard safeguard);
    void withdraw(Safeguard safeguard);

    ReleaseDocument *m_document;
    UserPrompts *m_prompts;
    QMap<SensitiveMatter, QCheckBox *> m_matterBoxes;
    QWidget *m_safeguards;
    QGridLayout *m_safeguardsLayout;
    QLabel *m_nothingNeeded;
};

} // namespace rd
