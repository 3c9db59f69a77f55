// Parsing YAML from strings in the tests of the YAML edge (yaml_events, strict, hints, split).
#pragma once

#include <string>
#include <string_view>

#include "load/yaml_events.h"

namespace strat::test {

/// "LINE:COL: MESSAGE" of the error yaml::parse returns, or "" for none.
inline std::string parse_error(std::string_view text) {
  yaml::Stream stream;
  auto error = yaml::parse(text, Limits{}, stream);
  if (!error) return "";
  return std::to_string(error->pos.line) + ":" + std::to_string(error->pos.col) + ": " + error->message;
}

}  // namespace strat::test
