#include "core/image/imageio.h"
