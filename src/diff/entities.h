// The diff's view of a model: every entity as a kind, an id, a path and a list of fields,
// each field a value as written and where. Matching, renames and textconv work on these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strat/model.h"

namespace strat::diff {

struct Field {
  std::string_view name;
  std::string value;  ///< as written; empty when absent
  Pos pos;
};

struct Entity {
  std::string_view kind;
  std::string id;
  std::string path;    ///< "tactics/ads/ads-jan"
  std::string parent;  ///< tactics: the enclosing tactic's id ("" at the top level)
  Pos pos;
  std::vector<Field> fields;  ///< in a fixed order per kind; absent (empty) values left out
  const Tactic* tactic = nullptr;  ///< tactics only
  const Tactic* parent_tactic = nullptr;
  const Kpi* kpi = nullptr;  ///< KPIs only
  std::string goal;          ///< KPIs: the goal they measure
};

/// The plan itself (kind "plan"), then its team and its tactics at every depth.
std::vector<Entity> plan_entities(const Plan& plan);
/// The strategy itself (kind "strategy"), then its objectives, audiences, channels,
/// competitors, goals and KPIs.
std::vector<Entity> strategy_entities(const Strategy& strategy);

/// Where a kind sorts in output: plan, strategy, then the strategy's kinds, then the plan's.
int kind_rank(std::string_view kind);

/// The value of field `name`, or nullptr.
const Field* find_field(const Entity& e, std::string_view name);

}  // namespace strat::diff
