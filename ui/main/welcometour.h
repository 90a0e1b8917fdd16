#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace rd {

// A short tour for the first day: the steps, the preview, Review & Export, and working safely. It
// shows once, at the first start (skipping it counts), and again from Help ▸ Show the Tour.
class WelcomeTour : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeTour(QWidget *parent = nullptr);

    // Whether this person has not yet seen (or skipped) the tour.
    static bool isDue();

    int panelCount() const;
    int currentPanel() const { return m_panel; }
    QString panelTitle() const;

    void next();
    void back();
    void skip();

private:
    void showPanel(int panel);
    void remember();

    int m_panel = 0;
    QLabel *m_step;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace rd
