#pragma once

#include "model/release.h"

namespace rd::example {

// The example joint statement of two fictional agencies of the fictional city of Kestrel Bay,
// with their logos and the full statement attached as a PDF. Drawing the logos and writing the
// PDF need a QGuiApplication.
Release exampleRelease();

// The text of the attached full statement, and the PDF made from it.
QString fullStatementText();
QByteArray fullStatementPdf();

// The file name of the committed example, in resources/examples.
inline constexpr char exampleFileName[] = "kestrel-bay-joint-statement.releasedesk";

} // namespace rd::example
