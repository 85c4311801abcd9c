#include "core/synthetic/generator.h"
