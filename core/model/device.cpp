#include "core/model/device_p.h"

#include "core/util/error.h"

#include <QRegularExpression>
#include <torch/cuda.h>

namespace dermask::core {

bool resolveDevice(const QString &name, c10::Device *device, QString *error)
{
    const bool haveCuda = torch::cuda::is_available();
    if (name.isEmpty()) {
        *device = haveCuda ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
        return true;
    }
    if (name == QLatin1String("cpu")) {
        *device = c10::Device(c10::kCPU);
        return true;
    }
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^cuda(?::(\\d{1,3}))?$")).match(name);
    if (!m.hasMatch())
        return fail(error, QStringLiteral("unknown device \"%1\" (known: cpu, cuda, cuda:N)").arg(name));
    if (!haveCuda)
        return fail(error,
                    QStringLiteral("device %1: this LibTorch has no CUDA or this machine no GPU (Debian's "
                                   "LibTorch is CPU-only; the README says how to build against a CUDA one)")
                        .arg(name));
    const int index = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    const int gpus = int(torch::cuda::device_count());
    if (index >= gpus)
        return fail(error, QStringLiteral("device %1: this machine has %2 GPUs (cuda:0 to cuda:%3)")
                               .arg(name).arg(gpus).arg(gpus - 1));
    *device = c10::Device(c10::kCUDA, c10::DeviceIndex(index));
    return true;
}

} // namespace dermask::core
