#pragma once
// A time span as the panels show it: "42 s", "3 min 05 s", "1 h 20 min".

#include <QString>

namespace dermask::ui {

QString formatDuration(double seconds);

} // namespace dermask::ui
