#pragma once

#include "model/release.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace rd {

// "For immediate release" or "Embargoed until" a date, time and named time zone, with the same
// moment in UTC shown beside it, as wire services ask.
class EmbargoEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EmbargoEditor(QWidget *parent = nullptr);

    Embargo embargo() const;
    void setEmbargo(const Embargo &embargo);

Q_SIGNALS:
    void edited();

private:
    void updateState();

    QRadioButton *m_immediate;
    QRadioButton *m_embargoed;
    QDateTimeEdit *m_until;
    QComboBox *m_zone;
    QLabel *m_utc;
};

} // namespace rd
