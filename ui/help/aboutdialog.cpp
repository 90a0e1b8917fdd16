#include "aboutdialog.h"

#include "releasedesk_version.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AboutDialog::tr("The text is missing from this build of Release Desk: %1").arg(path);
    return QString::fromUtf8(file.readAll());
}

QWidget *licenceText(const QString &path, const QString &objectName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(resourceText(path), parent);
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    return text;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget *summary(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/about/releasedesk.png")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *name = plainLabel(QStringLiteral("Release Desk"), page);
    QFont large = name->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    name->setFont(large);
    const QDate released = QDate::fromString(QStringLiteral(RELEASEDESK_RELEASE_DATE), Qt::ISODate);
    auto *version = plainLabel(AboutDialog::tr("Version %1, %2")
                                   .arg(QStringLiteral(RELEASEDESK_VERSION),
                                       QLocale().toString(released, QLocale::LongFormat)),
        page);
    version->setObjectName(QStringLiteral("version"));

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(plainLabel(
        AboutDialog::tr("Draft, review and export media releases and joint statements."), page));
    text->addWidget(plainLabel(AboutDialog::tr("Copyright © 2026 Release Desk developers"), page));
    auto *licence = plainLabel(
        AboutDialog::tr("Release Desk is free software: you may share and change it under the "
                        "GNU General Public License, version 3 or any later version. It comes "
                        "with no warranty."),
        page);
    licence->setObjectName(QStringLiteral("licence"));
    text->addWidget(licence);
    text->addWidget(plainLabel(
        AboutDialog::tr("Releases are set in Release Desk Sans, which is Google's Noto Sans, "
                        "under the SIL Open Font License, version 1.1."),
        page));
    text->addWidget(
        plainLabel(AboutDialog::tr("Built with Qt %1; running on Qt %2.")
                       .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
            page));
    text->addWidget(plainLabel(QStringLiteral(RELEASEDESK_HOMEPAGE), page));
    text->addStretch();

    auto *layout = new QHBoxLayout(page);
    layout->addWidget(icon);
    layout->addLayout(text, 1);
    return page;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Release Desk"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(summary(tabs), tr("About"));
    tabs->addTab(
        licenceText(QStringLiteral(":/about/LICENSE"), QStringLiteral("programLicence"), tabs),
        tr("Licence"));
    tabs->addTab(
        licenceText(QStringLiteral(":/about/OFL.txt"), QStringLiteral("fontLicence"), tabs),
        tr("Typeface Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace rd
