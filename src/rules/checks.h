// The check function of each rule, one per file in src/rules/, listed in registry.cc.
#pragma once

#include "strat/rules.h"

namespace strat::rules {
}  // namespace strat::rules
