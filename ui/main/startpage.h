#pragma once

#include <QWidget>

class QListWidget;

namespace rd {

class DocumentController;
class RecentFiles;

// What a window shows with no release open, after File ▸ Close: start a new release, from a
// template, or open one, the recent ones first.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(DocumentController *controller, RecentFiles *recent, QWidget *parent = nullptr);

    // Lists the recent projects anew (they may have changed while a release was open).
    void refresh();

private:
    DocumentController *m_controller;
    RecentFiles *m_recent;
    QListWidget *m_recentList;
};

} // namespace rd
