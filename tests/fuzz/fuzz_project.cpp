// A whole project file: the zip container with its limits, names and checksums, then the
// manifest and the embedded files against it.
#include "fuzzinput.h"
#include "project/projectreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Limits small enough that a bomb is refused quickly, large enough for every seed.
    rd::ReadLimits limits;
    limits.maxManifestSize = 4 * 1024 * 1024;
    limits.maxEmbeddedFileSize = 16 * 1024 * 1024;
    limits.maxTotalSize = 32 * 1024 * 1024;
    (void)rd::readProject(rd::fuzz::bytesOf(data, size), limits);
    return 0;
}
