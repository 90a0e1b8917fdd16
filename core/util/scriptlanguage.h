#pragma once

#include <QString>
#include <QStringView>

namespace rd {

// The language that text in another script than its paragraph's is in, where its script names
// one language with confidence: Arabic script in an English release is read as Arabic, Hebrew as
// Hebrew, Greek as Greek. Empty when the text is in the paragraph's own script, or in a script
// that many languages share (Latin, Cyrillic, Han without kana), where guessing would make a
// screen reader speak it in the wrong voice.
QString languageOfScript(QStringView text, const QString &paragraphLanguage);

} // namespace rd
