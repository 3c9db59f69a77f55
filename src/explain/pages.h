// What the text and roff renderers of the rule pages share.
#pragma once

#include <string>

namespace strat {

/// The YAML of the README's "The example strategy", which most examples sit next to.
std::string example_strategy();

}  // namespace strat
