#pragma once

#include <QLibrary>
#include <QList>
#include <QString>

namespace rd {

// One of Release Desk's own modules: a library loaded only when it is needed, so that a command
// that does not need it (an export, which never opens a window or checks a phone number) does not
// map it and what it links. Modules lie beside the executable in the build tree and on Windows,
// in lib/releasedesk/modules beside bin/ once installed on Linux, and in the bundle's PlugIns on
// macOS.
//
// The module named name ("releasedesk-pdfpages": the platform's prefix and suffix are added) is
// loaded and the functions exported as symbols resolved, all or none: when the module cannot be
// loaded or lacks one of them, none is usable, and why is said once on stderr after what cannot
// be done without it (withoutIt: "attached PDFs cannot be read"), so that a broken installation
// loses that feature alone.
class Module
{
public:
    Module(const QString &name, const QList<const char *> &symbols, const char *withoutIt);
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;

    bool isUsable() const { return !m_functions.isEmpty(); }
    // The function exported as symbols[index], or null when the module is not usable.
    template<typename Function>
    Function function(qsizetype index) const
    {
        return reinterpret_cast<Function>(m_functions.value(index));
    }

private:
    QLibrary m_library;
    QList<QFunctionPointer> m_functions;
};

// Loads the module named name into library: an empty string, or a message that says why it could
// not be loaded.
QString loadModule(const QString &name, QLibrary *library);

} // namespace rd
