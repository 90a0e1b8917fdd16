#pragma once

#include <QString>
#include <QStringList>

// Independent tools that judge what Release Desk exports: qpdf, Apache PDFBox Preflight, jing with
// the OASIS ODF 1.2 schema, the Nu HTML Checker and axe-core in headless Chromium. Each function
// returns the problems found, one per line and naming the file; an empty list means the tool ran
// and accepted every file. A tool that is missing or does not run is itself a problem, never a
// pass: scripts/install-deps installs them all.
namespace rd::test {

QStringList qpdfProblems(const QString &pdfPath);
QStringList pdfaProblems(const QString &pdfPath);
// The failure conditions of the Matterhorn Protocol (PDF/UA-1) that a program can check, as
// tests/support/check-tagged-pdf.py checks them with pikepdf.
QStringList taggedPdfProblems(const QString &pdfPath);
// Every XML part of each package (content, styles, meta and manifest), against the schema.
QStringList odfSchemaProblems(const QStringList &odtPaths);
// Errors, and warnings other than the checker's own known mistakes (see validators.cpp).
QStringList htmlCheckerProblems(const QStringList &htmlPaths);
// axe-core's violations of WCAG 2 A/AA and its best practices, colour contrast included.
QStringList accessibilityProblems(const QString &htmlPath);

} // namespace rd::test
