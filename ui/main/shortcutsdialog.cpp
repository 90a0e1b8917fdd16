#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QLatin1String("&&"), QLatin1String("&")).remove(QChar(0x2026));
}

void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, QString>> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" ▸ ") + withoutMnemonic(action->text());
        if (action->menu())
            collect(action->menu(), name, out);
        else if (!action->shortcut().isEmpty())
            out->append({name, action->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

QList<std::pair<QString, QString>> ShortcutsDialog::shortcutsOf(const QMenuBar *menus)
{
    QList<std::pair<QString, QString>> shortcuts;
    for (const QAction *top : menus->actions()) {
        if (top->menu())
            collect(top->menu(), withoutMnemonic(top->text()), &shortcuts);
    }
    return shortcuts;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<std::pair<QString, QString>> shortcuts = shortcutsOf(menus);
    auto *table = new QTableWidget(int(shortcuts.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < shortcuts.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace rd
