// Helpers the rule checks share (see rule_util.h).
#include "rules/rule_util.h"

#include <algorithm>
#include <limits>

#include "strat/id.h"
#include "strat/text.h"

namespace strat::rules {

std::vector<const Strategy*> strategies(const Workspace& ws) {
  // load_workspace lists every strategy once, inline ones included.
  std::vector<const Strategy*> out;
  for (const auto& s : ws.strategies) out.push_back(s.get());
  return out;
}

std::string Suggester::suffix(std::string_view word) const {
  constexpr size_t kLongestWord = 64;
  if (word.empty() || word.size() > kLongestWord || budget_ < candidates_.size()) return {};
  budget_ -= candidates_.size();
  if (keys_.empty()) {
    keys_.reserve(candidates_.size());
    for (std::string_view c : candidates_) keys_.push_back(loose_key(c));
  }
  std::string key = loose_key(word);  // 'fidelite' is near 'fidélité', 'Leads' near 'leads'
  // did_you_mean allows about a third of the word wrong: skip candidates that cannot match.
  size_t slack = std::max<size_t>(1, key.size() / 3);
  std::vector<std::string_view> near;
  for (const std::string& c : keys_)
    if (c.size() <= key.size() + slack && c.size() + slack >= key.size()) near.push_back(c);
  auto match = did_you_mean(key, near);
  if (!match) return {};
  size_t i = static_cast<size_t>(std::find(keys_.begin(), keys_.end(), *match) - keys_.begin());
  if (same_id(candidates_[i], word)) return {};  // a lookalike of the word is no help
  return "; did you mean '" + std::string(candidates_[i]) + "'?";
}

Money add(Money a, Money b) {
  Money sum;
  if (__builtin_add_overflow(a.cents, b.cents, &sum.cents))
    sum.cents = std::numeric_limits<int64_t>::max();
  return sum;
}

Money rolled_up(const Tactic& t, MoneyField field) {
  if (t.status == Status::dropped) return {};
  const std::optional<Located<Money>>& own = t.*field;
  return own ? own->value : rolled_up(t.tactics, field);
}

Money rolled_up(const std::vector<Tactic>& tactics, MoneyField field) {
  Money sum;
  for (const Tactic& t : tactics) sum = add(sum, rolled_up(t, field));
  return sum;
}

std::string amount(Money m, const std::string& currency) {
  return currency.empty() ? m.str() : m.str() + " " + currency;
}

std::string entity_name(std::string_view kind, const std::string& id) {
  if (id.empty()) return "the " + std::string(kind) + " with no id";
  return std::string(kind) + " '" + id + "'";
}

std::string tactic_name(const Tactic& t) { return entity_name("tactic", t.id); }

std::string describe_days(const std::optional<Date>& first, const std::optional<Date>& last) {
  if (first && last && *first == *last) return "on " + first->str();
  if (first && last) return "from " + first->str() + " to " + last->str();
  if (first) return "from " + first->str();
  if (last) return "until " + last->str();
  return "with no dates";
}

}  // namespace strat::rules
