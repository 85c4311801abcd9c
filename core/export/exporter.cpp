#include "core/export/exporter.h"
