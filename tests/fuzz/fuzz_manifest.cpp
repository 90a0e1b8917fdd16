// The manifest reader alone, on any JSON: every key's type, the references between items, the
// body's runs and links, translations, versions, comments.
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)rd::fuzz::releaseFromJson(rd::fuzz::bytesOf(data, size));
    return 0;
}
