#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <functional>

// What the XML-based exporters (DOCX, ODT) share.
namespace rd {

// XML 1.0 cannot carry most control characters; field text could hold one.
QString xmlSafe(const QString &text);
// A standalone UTF-8 XML document whose root element body() writes.
QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &body);

} // namespace rd
