// What a paste from a web page or a word processor brings: any HTML, reduced to the statement's
// bold, italic, lists and web links.
#include "fuzzinput.h"
#include "model/pastedhtml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)rd::bodyFromPastedHtml(QString::fromUtf8(rd::fuzz::bytesOf(data, size)));
    return 0;
}
