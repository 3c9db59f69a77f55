// Helpers the rule checks share: which strategies to visit, live tactics, suggestions, wording.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"
#include "strat/model.h"
#include "strat/workspace.h"

namespace strat::rules {

/// Every distinct strategy in the workspace: the loaded files, then plans' inline strategies.
std::vector<const Strategy*> strategies(const Workspace& ws);

/// Calls fn(tactic, parent-or-null) for every tactic that is neither dropped nor inside a
/// dropped tactic, depth first, in file order. Dropped tactics count for nothing.
template <class Fn>
void for_each_live_tactic(const std::vector<Tactic>& ts, Fn&& fn, const Tactic* parent = nullptr) {
  for (const Tactic& t : ts) {
    if (t.status == Status::dropped) continue;
    fn(t, parent);
    for_each_live_tactic(t.tactics, fn, &t);
  }
}

/// Finds likely typos among a fixed set of ids, with a bounded amount of work per instance so
/// that hostile input with many bad references cannot make a check quadratic. Ids are compared
/// as loose_key() folds them (case, accents), and an id that looks the same as the word (the
/// same id_key()) is never suggested.
class Suggester {
 public:
  explicit Suggester(std::vector<std::string_view> candidates)
      : candidates_(std::move(candidates)) {}
  /// "; did you mean 'x'?" or "".
  std::string suffix(std::string_view word) const;

 private:
  std::vector<std::string_view> candidates_;
  mutable std::vector<std::string> keys_;  // loose_key() of each candidate, on first use
  mutable size_t budget_ = 50'000;  // candidates compared, in total
};

/// "goal 'leads'", or "the goal with no id" (its missing-field is reported too); `kind` is
/// how a marketer calls the entity: "goal", "KPI", "tactic", "team member", ...
std::string entity_name(std::string_view kind, const std::string& id);
/// entity_name("tactic", t.id).
std::string tactic_name(const Tactic& t);

/// Calls fn(source, kpi, owner) for every KPI: each strategy's goals' and channels' KPIs, then
/// each plan's live tactics' KPIs; `owner` names what the KPI measures ("goal 'leads'",
/// "channel 'facebook'", "tactic 'weekly-video'").
template <class Fn>
void for_each_kpi(const Workspace& ws, Fn&& fn) {
  for (const Strategy* s : strategies(ws)) {
    for (const Goal& g : s->goals)
      for (const Kpi& k : g.kpis) fn(s->source, k, entity_name("goal", g.id));
    for (const Channel& c : s->channels)
      for (const Kpi& k : c.kpis) fn(s->source, k, entity_name("channel", c.id));
  }
  for (const auto& p : ws.plans)
    for_each_live_tactic(p->tactics, [&](const Tactic& t, const Tactic*) {
      for (const Kpi& k : t.kpis) fn(p->source, k, tactic_name(t));
    });
}

/// Adds money without overflowing (saturates at the largest amount).
Money add(Money a, Money b);

/// Which amount of a tactic to add up: &Tactic::budget or &Tactic::spent.
using MoneyField = std::optional<Located<Money>> Tactic::*;
/// A tactic's own amount, or else what its nested tactics add up to; nothing when dropped.
Money rolled_up(const Tactic& t, MoneyField field);
/// rolled_up() over each of `tactics`, added together.
Money rolled_up(const std::vector<Tactic>& tactics, MoneyField field);
/// "1200 EUR", or "1200" when the plan names no currency.
std::string amount(Money m, const std::string& currency);
/// "on 2027-01-05" or "from 2027-01-05 to 2027-02-01"; either end may be open.
std::string describe_days(const std::optional<Date>& first, const std::optional<Date>& last);

}  // namespace strat::rules
