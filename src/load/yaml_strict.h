// Strictness: the YAML 1.2 rules that yaml-cpp 0.7 does not enforce.
// yaml-cpp accepts about a third of the invalid inputs of the YAML test suite
// (a key without ':', text after the end of a document, misplaced directives,
// empty flow entries, unterminated quotes …). This pass finds them in the text,
// guided by the events yaml-cpp recorded. Each check is precise rather than
// complete: valid YAML must never be reported.
#pragma once

#include <optional>
#include <string_view>

#include "load/yaml_events.h"

namespace strat::yaml {

/// Checks `text`, which yaml-cpp parsed into `stream` without complaint, for the
/// YAML 1.2 violations yaml-cpp lets through, and returns the first one. `stream`
/// then keeps only the documents before the one that holds it.
/// Linear in the size of the text; never throws on bad input.
std::optional<ParseError> check_strict(std::string_view text, Stream& stream);

}  // namespace strat::yaml
