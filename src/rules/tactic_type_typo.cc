// tactic-type-typo: a live tactic's content type (`type:`) is not one of the common types but
// a letter or two away from one ("vidoe"); any other type is accepted silently.
#include <algorithm>

#include "rules/checks.h"
#include "rules/rule_util.h"

namespace strat::rules {

void check_tactic_type_typo(const RuleContext& ctx) {
  Suggester common({std::begin(kCommonTacticTypes), std::end(kCommonTacticTypes)});
  for (const auto& p : ctx.ws.plans)
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      if (!t.type) return;
      const std::string& type = t.type->value;
      if (std::find(std::begin(kCommonTacticTypes), std::end(kCommonTacticTypes), type) != std::end(kCommonTacticTypes))
        return;
      std::string hint = common.suffix(type);
      if (!hint.empty())
        ctx.report(p->source, t.type->pos, tactic_name(t) + " has type '" + type + "'" + hint, t.id);
    });
}

}  // namespace strat::rules
