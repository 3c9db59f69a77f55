// The rule table: each rule's stable id, default severity and summary. Core, load and the
// formats read it without depending on the checks in src/rules/ (see strat/rules.h).
#pragma once

#include <span>
#include <string_view>

#include "strat/diagnostic.h"

namespace strat {

/// One rule: a stable id, a default severity and one line of explanation.
struct RuleInfo {
  std::string_view id;
  Severity severity;
  std::string_view summary;
};

/// Every rule, in documentation order.
std::span<const RuleInfo> all_rules();
/// The rule with `id`, or null.
const RuleInfo* find_rule(std::string_view id);
/// The rule with `id`; an id missing from the table is a bug, thrown as std::logic_error.
const RuleInfo& rule_info(std::string_view id);

}  // namespace strat
