#pragma once

#include <QDialog>

namespace rd {

// Help ▸ About Release Desk: the version and its date, the licence of the program and of its
// bundled typeface (both texts in full, from the program's own resources, so that they show on a
// workstation without /usr/share/doc), and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace rd
