#include "core/workspace/workspace.h"
