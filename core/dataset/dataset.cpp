#include "core/dataset/dataset.h"
