// Split values: valid YAML that almost never says what its author meant. In a flow collection
// a comma always separates entries, so `{budget: 12,000}` is `budget: 12` and a key `000`
// with no value, and `{title: Prix (Idealo, LeGuide)}` cuts the title at the comma. strat
// refuses such a file as it refuses invalid YAML: a split amount must never be read as a
// smaller one.
#pragma once

#include <optional>
#include <string_view>

#include "load/yaml_events.h"

namespace strat::yaml {

/// The first comma in `stream` (parsed from `text`) that split a value in two, said as a
/// ParseError at the comma (misread set). A split is, on one line, a plain scalar directly
/// followed by ',' and then:
///  - in a flow mapping, a plain key with no ':' and no value;
///  - in a flow sequence, with no blank around the comma, a number and three digits (12,000).
/// Linear in the number of events; never throws.
std::optional<ParseError> find_split_value(std::string_view text, const Stream& stream);

}  // namespace strat::yaml
