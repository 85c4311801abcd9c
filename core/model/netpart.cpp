#include "core/model/netpart_p.h"

#include "core/model/modelexport.h"
#include "core/util/error.h"
#include "core/util/part.h"

namespace dermask::core {

const NetPart *netPart(QString *error)
{
    return partTable<NetPart>("net", "dermask_net_part", kNetPartVersion, error);
}

bool exportTorchScript(const QString &modelPath, const QString &outPath, QString *error)
{
    const NetPart *part = netPart(error);
    return part && part->exportTorchScript(modelPath, outPath, error);
}

} // namespace dermask::core
