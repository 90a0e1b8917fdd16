#include "headlessapplication.h"

#include "render/fonts.h"

#include <QHashSeed>

namespace rd {

namespace {

// Before the QGuiApplication: the platform is chosen in its constructor.
char **prepared(char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QHashSeed::setDeterministicGlobalSeed();
    return argv;
}

} // namespace

HeadlessApplication::HeadlessApplication(int &argc, char **argv)
    : m_application(new QGuiApplication(argc, prepared(argv)))
{
    loadBundledFonts();
}

HeadlessApplication::~HeadlessApplication()
{
    delete m_application;
}

} // namespace rd
