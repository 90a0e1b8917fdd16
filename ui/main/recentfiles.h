#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace rd {

// The projects opened or saved last, newest first, kept in the settings, shown as File ▸ Open
// Recent. Files that no longer exist are left out.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    static constexpr int maximum = 10;
    void add(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();

    QMenu *m_menu;
};

} // namespace rd
