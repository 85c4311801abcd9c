#include "ui/common/durations.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace dermask::ui {

namespace {
struct Durations
{
    Q_DECLARE_TR_FUNCTIONS(Durations)
};
} // namespace

QString formatDuration(double seconds)
{
    const int s = std::max(0, int(std::lround(seconds)));
    if (s < 60)
        return Durations::tr("%1 s").arg(s);
    if (s < 3600)
        return Durations::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Durations::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace dermask::ui
