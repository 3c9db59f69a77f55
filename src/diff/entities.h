// The diff's view of a model: every entity as a kind, an id, a path and a list of fields,
// each field a value as written and where. Matching, renames and textconv work on these.
// Entities and fields are views into the model (a large plan is held twice, once per side):
// they hold pointers, never copies, and a value becomes text only when it is shown.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "strat/model.h"

namespace strat::diff {

/// std::visit with one lambda per alternative.
template <class... F>
struct Overload : F... {
  using F::operator()...;
};
template <class... F>
Overload(F...) -> Overload<F...>;  // clang before 17 deduces no aggregate's arguments

/// A field's value as the model holds it. Empty text stands for an absent value.
using Value = std::variant<std::string_view, Date, Money, double, Interval, TimeOfDay, Minutes,
                           const Every*, const std::vector<Ref>*, const std::vector<std::string>*,
                           const std::vector<Located<DaySpan>>*>;

struct Field {
  std::string_view name;
  Value value;
  Pos pos;
  std::string text() const;  ///< as written: "2027-03-01", "goal-1, goal-2"; "" when absent
  /// Whether the two values read the same as text (the comparison diff shows).
  bool same(const Field& other) const;
};

/// An entity's fields, in a fixed order per kind, absent (empty) values left out. Held on the
/// stack: fields are made for the entity at hand, not stored.
class Fields {
 public:
  static constexpr size_t kMax = 20;  ///< a tactic's 19, with room
  const Field* begin() const { return items_.data(); }
  const Field* end() const { return items_.data() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Field& front() const { return items_[0]; }
  const Field& operator[](size_t i) const { return items_[i]; }
  /// The field `name`, or nullptr.
  const Field* find(std::string_view name) const;
  /// Appends `value` unless it reads as empty text.
  void add(std::string_view name, Value value, Pos pos = {});

 private:
  std::array<Field, kMax> items_;
  size_t size_ = 0;
};

/// The model's struct an entity stands for; its index is the kind (see Entity::kind).
using Object = std::variant<const Plan*, const Strategy*, const Objective*, const Audience*, const Channel*,
                            const Competitor*, const Goal*, const Kpi*, const TeamMember*, const Tactic*,
                            const Milestone*>;
/// KPIs: what they measure; tactics: the enclosing tactic (none at the top level).
using Owner = std::variant<std::monostate, const Goal*, const Channel*, const Tactic*>;

struct Entity {
  Object object;
  Owner owner;

  std::string_view kind() const;  ///< plan, strategy, objective, ..., tactic, milestone
  std::string_view id() const;    ///< "" for the plan and the strategy
  std::string path() const;       ///< "tactics/ads/ads-jan", "goals/leads/kpis/signups", "plan"
  std::string_view parent() const;  ///< tactics: the enclosing tactic's id ("" at the top level)
  Pos pos() const;
  Fields fields() const;
  const Tactic* tactic() const;         ///< tactics only, else null
  const Tactic* parent_tactic() const;  ///< tactics: the enclosing one, else null
  const Kpi* kpi() const;               ///< KPIs only, else null
  std::string_view goal() const;        ///< KPIs of a goal: the goal's id, else ""
};

/// The plan itself (kind "plan"), then its team and its tactics at every depth.
std::vector<Entity> plan_entities(const Plan& plan);
/// The strategy itself (kind "strategy"), then its objectives, audiences, channels,
/// competitors, goals and KPIs.
std::vector<Entity> strategy_entities(const Strategy& strategy);

/// Where a kind sorts in output: a whole file first, then the kinds in Object's order (plan,
/// strategy, the strategy's kinds, then the plan's).
int kind_rank(std::string_view kind);

}  // namespace strat::diff
