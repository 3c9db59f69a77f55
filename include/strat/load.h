// Loading: YAML text → typed model, with positioned diagnostics for every problem.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "strat/diagnostic.h"
#include "strat/model.h"

namespace strat {

/// The largest file strat reads, whatever Limits::max_file_bytes says (2 GiB less a byte):
/// positions into the source and into its decoded scalar text, which escapes such as \L can
/// make half as long again as the source, are 32-bit.
inline constexpr size_t kLargestFileBytes = (size_t{1} << 31) - 1;

/// Bounds that keep hostile input from crashing or exhausting the machine.
struct Limits {
  size_t max_file_bytes = 10 * 1024 * 1024;  ///< at most kLargestFileBytes
  int max_depth = 64;                    ///< nesting of mappings and sequences
  size_t max_alias_events = 100'000;     ///< events replayed through aliases, per file
  size_t max_entities = 1'000'000;       ///< tactics, goals, KPIs … per file
  int64_t max_occurrences = 10'000;      ///< of one recurring tactic (`every` within from..to)
};

/// What one YAML document turned out to be.
struct Document {
  SourcePtr source;
  std::shared_ptr<Strategy> strategy;  ///< set for `kind: strategy`
  std::shared_ptr<Plan> plan;          ///< set for `kind: plan`
  bool has_kind = false;               ///< false: not a strat file (skipped in directory scans)
};

/// The result of loading one file: its documents and what was wrong with it.
struct LoadResult {
  SourcePtr source;
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
  bool limit_hit = false;  ///< a Limits bound stopped the load (exit status 2)
};

/// Parses `source` into documents. Never throws on bad input.
/// A plan's `strategy:` path is recorded but not resolved here (see Workspace).
LoadResult load_source(const SourcePtr& source, const Limits& limits = {});

/// The result for a file of `size` bytes, over Limits::max_file_bytes: not read, only reported.
LoadResult refuse_too_big(const SourcePtr& source, uint64_t size, const Limits& limits);

}  // namespace strat
