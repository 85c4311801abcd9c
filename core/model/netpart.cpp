#include "core/model/netpart_p.h"

#include "core/model/modelexport.h"
#include "core/util/error.h"
#include "core/util/part.h"

#include <mutex>

namespace dermask::core {

const NetPart *netPart(QString *error)
{
    static std::once_flag once;
    static const NetPart *part = nullptr;
    static QString why;
    std::call_once(once, [] {
        using Entry = const NetPart *(*)();
        const auto entry = reinterpret_cast<Entry>(loadPart("net", "dermask_net_part", &why));
        if (!entry)
            return;
        const NetPart *loaded = entry();
        if (loaded->version != kNetPartVersion) {
            why = QStringLiteral("Dermask's net part is version %1, this program needs version %2: "
                                 "reinstall Dermask")
                      .arg(loaded->version)
                      .arg(kNetPartVersion);
            return;
        }
        part = loaded;
    });
    if (!part)
        fail(error, why);
    return part;
}

bool exportTorchScript(const QString &modelPath, const QString &outPath, QString *error)
{
    const NetPart *part = netPart(error);
    return part && part->exportTorchScript(modelPath, outPath, error);
}

} // namespace dermask::core
