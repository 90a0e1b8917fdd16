// A house-style file an agency sends: any JSON, read as a style over the default.
#include "fuzzinput.h"
#include "model/housestyle.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument json = QJsonDocument::fromJson(rd::fuzz::bytesOf(data, size));
    if (json.isObject()) {
        if (const rd::Result<rd::HouseStyle> style
            = rd::houseStyleFromJson(json.object(), QStringLiteral("fuzz.json")))
            (void)rd::houseStyleToJson(style.value());
    }
    return 0;
}
