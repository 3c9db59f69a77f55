// A plan's `strategy:` that names no file: the file it meant, or the strategy it named.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "strat/fs.h"
#include "strat/load.h"
#include "strat/model.h"

namespace strat {

/// The entry of `dir` whose name looks the same as `name` once normalised (id_key: "é" typed
/// or pasted as e + U+0301), joined to `dir`; empty when there is none.
std::string lookalike_entry(const FileSystem& fs, const std::string& dir, const std::string& name);

/// Whether a `strategy:` value is written as a path (a YAML file name or a '/'), not a name.
bool looks_like_path(std::string_view value);

/// What to add to "the plan refers to strategy 'VALUE', which ..." when VALUE names no file:
/// for a value that is not a path (`strategy: Stratégie digitale 2027`), that `strategy:` takes
/// a path, and the file of the strategy so named among `loaded` or in the plan's folder; for a
/// path, the nearest YAML file's name in its folder (case and accents aside).
std::string strategy_hint(const FileSystem& fs, const Limits& limits, const Plan& plan,
                          const std::vector<std::shared_ptr<const Strategy>>& loaded);

}  // namespace strat
