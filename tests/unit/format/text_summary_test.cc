// The text format's summary line.
#include <doctest/doctest.h>

#include "format/formats.h"

using namespace strat;

namespace {

std::string last_line(const std::vector<Severity>& severities) {
  std::vector<Diagnostic> ds;
  for (Severity s : severities) {
    Diagnostic d;
    d.file = "p.yaml";
    d.severity = s;
    d.rule = "r";
    d.message = "m";
    ds.push_back(d);
  }
  std::string out = render_text(CheckReport{ds, summarize(ds, 1)});
  out.pop_back();
  return out.substr(out.rfind('\n') + 1);
}

}  // namespace

TEST_CASE("the text summary counts errors, warnings and notes") {
  using enum Severity;
  CHECK(last_line({error, error, warning, note, note, note}) == "2 errors, 1 warning, 3 notes in 1 file");
  CHECK(last_line({note}) == "0 errors, 0 warnings, 1 note in 1 file");
  CHECK(last_line({error}) == "1 error, 0 warnings in 1 file");  // no notes: not mentioned
  CHECK(last_line({}) == "no problems in 1 file");
}
