#include "pages.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rd {

namespace {

// The translation context of this file's words.
class StepPage
{
    Q_DECLARE_TR_FUNCTIONS(StepPage)
};

} // namespace

// Every field is named for assistive technology after the label beside it ("&Headline:" gives
// "Headline"), unless it has a name of its own.
void nameFieldsAfterTheirLabels(QWidget *root)
{
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                    ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                    : nullptr);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
            if (!label || !field || !field->accessibleName().isEmpty())
                continue;
            QString name = label->text();
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            field->setAccessibleName(name);
        }
    }
}

QWidget *framedPage(Step step, QWidget *content)
{
    auto *page = new QWidget;
    auto *title = new QLabel(stepTitle(step), page);
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(stepTitle(step));
    auto *hint = new QLabel(stepHint(step), page);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setObjectName(QStringLiteral("stepHint"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(6);
    layout->addWidget(content, 1);

    nameFieldsAfterTheirLabels(page);
    // In a narrow pane a field goes under its label rather than past the pane's edge.
    for (QFormLayout *form : page->findChildren<QFormLayout *>())
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("step-%1").arg(int(step)));
    return scroll;
}

QString headlineCount(const QString &headline)
{
    const QString trimmed = headline.trimmed();
    const int words = int(trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    return StepPage::tr("%1, %2", "a headline's words, its characters")
        .arg(StepPage::tr("%n words", nullptr, words),
            StepPage::tr("%n characters", nullptr, int(trimmed.size())));
}

QString bodyCount(int words)
{
    // About 200 words a minute, as reading-time estimates for news copy assume.
    const int minutes = std::max(1, (words + 199) / 200);
    return StepPage::tr("%1, %2", "a statement's words, its reading time")
        .arg(StepPage::tr("%n words", nullptr, words),
            StepPage::tr("about %n min to read", nullptr, words == 0 ? 0 : minutes));
}

} // namespace rd
