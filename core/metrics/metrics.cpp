#include "core/metrics/metrics.h"
