#pragma once

#include <QString>

namespace rd {

// The folder of the running executable, asked of the operating system, so that it is known before
// any QCoreApplication exists (the editor's module is found before its QApplication is made);
// empty when the system does not say. The one place that differs by platform.
QString executableFolder();

} // namespace rd
