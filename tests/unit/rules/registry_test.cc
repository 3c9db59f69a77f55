// The rule table and the checks attached to it agree: every check names a rule of the table,
// once, and an id missing from the table is a loud failure, never a quiet error.
#include <doctest/doctest.h>

#include <set>
#include <stdexcept>
#include <string>

#include "strat/diagnostic.h"
#include "strat/rules.h"

namespace strat::test {

TEST_CASE("rule table: ids are unique and every check names one of them, in table order") {
  std::set<std::string_view> ids;
  for (const RuleInfo& r : all_rules()) CHECK_MESSAGE(ids.insert(r.id).second, r.id);
  size_t last = 0;
  for (const RuleCheck& c : rule_checks()) {
    const RuleInfo* info = find_rule(c.id);
    REQUIRE_MESSAGE(info != nullptr, c.id);
    size_t index = static_cast<size_t>(info - all_rules().data());
    CHECK_MESSAGE(index >= last, c.id << " is out of documentation order");
    last = index;
    CHECK(find_check(c.id) == &c);
  }
}

TEST_CASE("rule table: an unknown rule id throws instead of becoming an error") {
  std::vector<Diagnostic> out;
  CHECK_THROWS_AS(DiagnosticSink(out).report(nullptr, {1, 1}, "no-such-rule", "m"),
                  std::logic_error);
  CHECK_THROWS_AS(rule_info("no-such-rule"), std::logic_error);
  CHECK(out.empty());
  DiagnosticSink(out).report(nullptr, {1, 1}, "unknown-key", "m");
  REQUIRE(out.size() == 1);
  CHECK(out[0].severity == Severity::warning);
}

}  // namespace strat::test
