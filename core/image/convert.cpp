#include "core/image/convert.h"
