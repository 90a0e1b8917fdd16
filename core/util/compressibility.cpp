#include "compressibility.h"

#include <libdeflate.h>

#include <algorithm>
#include <memory>

namespace rd {

namespace {

constexpr qsizetype sampleBytes = 16 * 1024;
// Below this, a file is compressed whatever it holds: it costs next to nothing.
constexpr qsizetype smallFile = 3 * sampleBytes;
// What compression must save of a sample to be worth doing.
constexpr double worthwhileSaving = 0.05;

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *compressor) const
    {
        libdeflate_free_compressor(compressor);
    }
};

} // namespace

bool isAlreadyCompressed(const QByteArray &data)
{
    if (data.size() < smallFile)
        return false;
    const std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(1));
    if (!compressor)
        return false;
    QByteArray output(qsizetype(libdeflate_deflate_compress_bound(compressor.get(), sampleBytes)),
        Qt::Uninitialized);
    // The judgement of the samples' majority, so that a compressible header (a video's index, a
    // PDF's first page of text) does not decide for a file that is compressed after it.
    int incompressible = 0;
    for (const qsizetype start :
        {qsizetype(0), (data.size() - sampleBytes) / 2, data.size() - sampleBytes}) {
        const size_t compressed = libdeflate_deflate_compress(compressor.get(),
            data.constData() + start, sampleBytes, output.data(), size_t(output.size()));
        // 0 means the sample did not fit in the bound: it cannot be compressed at all.
        const double saving
            = compressed == 0 ? 0.0 : 1.0 - double(compressed) / double(sampleBytes);
        if (saving < worthwhileSaving)
            ++incompressible;
    }
    return incompressible >= 2;
}

} // namespace rd
