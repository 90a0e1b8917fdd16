#pragma once

#include <QGuiApplication>

namespace rd {

// The application object of the headless commands: Qt Gui on the offscreen platform (so that no
// display is needed, whatever the environment says), a fixed hash seed (so that two exports of
// the same release give the same bytes, but for their dates and document id), and the worker
// threads kept. The bundled fonts are registered when a font is first asked for, or in the
// background by a command that will lay a release out.
class HeadlessApplication
{
public:
    HeadlessApplication(int &argc, char **argv);
    ~HeadlessApplication();

private:
    QGuiApplication *m_application;
};

} // namespace rd
