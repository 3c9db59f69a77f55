// Loading YAML from strings under a fixed fake file name, so expected messages are literal.
#pragma once

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "strat/load.h"

namespace strat::test {

inline LoadResult load(std::string text, const Limits& limits = {}) {
  return load_source(std::make_shared<Source>("t.yaml", std::move(text)), limits);
}

/// "LINE:COL: RULE: MESSAGE" for each diagnostic, in order.
inline std::vector<std::string> lines(const LoadResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics)
    out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.rule +
                  ": " + d.message);
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace strat::test

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const std::string& s : v) out += "\n  \"" + s + "\"";
    return (out + "\n}").c_str();
  }
};
}  // namespace doctest
