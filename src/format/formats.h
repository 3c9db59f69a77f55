// The renderers behind the format table in formats.cc.
#pragma once

#include <string>

#include "strat/format.h"

namespace strat {

std::string render_text(const CheckReport& report);
std::string render_json(const CheckReport& report);

}  // namespace strat
