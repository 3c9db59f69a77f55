// What a yaml-cpp error most likely means, read from the text around it. yaml-cpp reports
// where it gave up, which for some common mistakes is not where the mistake is, and in words
// that a marketer editing YAML by hand cannot act on ("unknown token"). Plain text in, plain
// text out: no yaml-cpp type crosses this boundary (yaml_events.cc calls it).
#pragma once

#include <optional>
#include <string_view>

#include "load/yaml_events.h"

namespace strat::yaml {

/// Where yaml-cpp stopped, and what it had read last.
struct Stop {
  std::string_view message;  ///< yaml-cpp's message, such as "illegal map value"
  size_t offset;             ///< where it stopped, in the text
  Pos pos;
  std::optional<size_t> quoted;  ///< offset of the last scalar read, when it was quoted
  std::optional<Pos> flow;       ///< the innermost unclosed '{' or '[', for their messages
};

/// A better-placed, plainer error for the mistakes recognised (a ' : ' in a flow mapping's
/// value, a ':' without a space after it, a '*' key, text after a closing quote, a value that
/// starts with '%', '@' or '`'), or nullopt. Never throws; looks at a few lines at most.
std::optional<ParseError> explain_stop(std::string_view text, const Stop& stop);

}  // namespace strat::yaml
