#include "welcometour.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rd {

namespace {

const char *seenKey = "tour/seen";

struct Panel
{
    const char *title;
    const char *text;
};

const Panel panels[] = {
    {QT_TRANSLATE_NOOP("WelcomeTour", "Write the release in steps"),
        QT_TRANSLATE_NOOP("WelcomeTour",
            "The steps down the left take you through a release in the order it is written: the "
            "agencies, the headline and dateline, the statement, quotes, attachments, media "
            "contacts and a second language. Each step's mark shows whether it is done, still "
            "missing something, has a problem, or is optional. Alt+1 to Alt+8 go straight to a "
            "step.")},
    {QT_TRANSLATE_NOOP("WelcomeTour", "See it as it will print"),
        QT_TRANSLATE_NOOP("WelcomeTour",
            "The preview on the right is the release exactly as it prints and as its PDF will "
            "look, page by page, as you type. Click on any part of it to go to the field that "
            "holds that text.")},
    {QT_TRANSLATE_NOOP("WelcomeTour", "Review, approve, export"),
        QT_TRANSLATE_NOOP("WelcomeTour",
            "Review & Export lists what is missing or doubtful, with a double-click to each. Ask "
            "a colleague to review, have it approved, and export it as PDF, Word, OpenDocument, "
            "a web page or text for e-mail. Until it is approved, every export says DRAFT; an "
            "edit after approval asks first.")},
    {QT_TRANSLATE_NOOP("WelcomeTour", "Nothing is lost"),
        QT_TRANSLATE_NOOP("WelcomeTour",
            "Release Desk works without a network and keeps a copy of unsaved work, which it "
            "offers back if it stops. Undo goes back a few words at a time, across every field. "
            "Help ▸ Keyboard Shortcuts (Ctrl+/) lists every key.")},
};

} // namespace

WelcomeTour::WelcomeTour(QWidget *parent)
    : QDialog(parent)
    , m_step(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomeTour"));
    setWindowTitle(tr("Welcome to Release Desk"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_step, m_title, m_text})
        label->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setMinimumHeight(110);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_step->setForegroundRole(QPalette::PlaceholderText);
    auto *skipButton = new QPushButton(tr("&Skip the Tour"), this);
    connect(skipButton, &QPushButton::clicked, this, &WelcomeTour::skip);
    connect(m_back, &QPushButton::clicked, this, &WelcomeTour::back);
    connect(m_next, &QPushButton::clicked, this, &WelcomeTour::next);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(skipButton);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    resize(520, 280);
    showPanel(0);
}

bool WelcomeTour::isDue()
{
    return !QSettings().value(QLatin1String(seenKey), false).toBool();
}

int WelcomeTour::panelCount() const
{
    return int(std::size(panels));
}

QString WelcomeTour::panelTitle() const
{
    return m_title->text();
}

void WelcomeTour::next()
{
    if (m_panel + 1 < panelCount()) {
        showPanel(m_panel + 1);
        return;
    }
    remember();
    accept();
}

void WelcomeTour::back()
{
    if (m_panel > 0)
        showPanel(m_panel - 1);
}

void WelcomeTour::skip()
{
    remember();
    reject();
}

void WelcomeTour::showPanel(int panel)
{
    m_panel = panel;
    m_step->setText(tr("%1 of %2").arg(panel + 1).arg(panelCount()));
    m_title->setText(QCoreApplication::translate("WelcomeTour", panels[panel].title));
    m_text->setText(QCoreApplication::translate("WelcomeTour", panels[panel].text));
    m_back->setEnabled(panel > 0);
    m_next->setText(panel + 1 < panelCount() ? tr("&Next") : tr("&Start Writing"));
    m_next->setDefault(true);
}

void WelcomeTour::remember()
{
    QSettings().setValue(QLatin1String(seenKey), true);
}

} // namespace rd
