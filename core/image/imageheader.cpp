#include "core/image/imageheader.h"
