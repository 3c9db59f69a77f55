// Pairing the entities of two sides: by kind and id first, then likely renames.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "diff/entities.h"
#include "strat/diff.h"

namespace strat::diff {

struct Pairing {
  std::vector<std::pair<const Entity*, const Entity*>> pairs;  ///< old, new; ids differ for a rename
  std::vector<const Entity*> removed, added;                   ///< in input order
  /// Old id → new id, viewed in the models.
  std::unordered_map<std::string_view, std::string_view> tactic_renames;
};

/// Pairs by kind and id (the first of duplicate ids wins; check reports the others), then
/// calls pair_renames.
Pairing match_entities(const std::vector<Entity>& old_side, const std::vector<Entity>& new_side);

/// Moves likely renames from removed/added into pairs, in time linear in their number: first
/// entities whose content (every field but the id) is equal, then those with the same title
/// whose fields mostly agree; each only when the match is unique on both sides.
void pair_renames(Pairing& p);

/// The changes one pairing stands for: added, removed, renamed, moved, and each field changed.
void compare(const Pairing& p, const std::string& old_file, const std::string& new_file,
             const std::set<std::string>& ignore, std::vector<Change>& out);

}  // namespace strat::diff
