// `strat diff`: two loaded runs → the changes between them, in plan terms, and their impact.
// Plain data out; the renderers (text, markdown, json) and textconv turn it into text.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/model.h"
#include "strat/run.h"

namespace strat {

enum class ChangeOp { added, removed, changed, moved, renamed };
std::string_view to_string(ChangeOp op);

/// Where a value was written; an empty file means "not on this side".
struct Location {
  std::string file;
  uint32_t line = 0;
  std::string str() const;  ///< "plans/q1.yaml:12", or "plans/q1.yaml" without a line
};

/// One difference: an entity added, removed, moved or renamed, or one of its fields changed.
struct Change {
  ChangeOp op = ChangeOp::changed;
  std::string kind;    ///< plan, strategy, file, objective, audience, channel, competitor, goal, kpi, member, tactic
  std::string id;      ///< the new id (the old one for a removal)
  std::string old_id;  ///< renamed: the id it had
  std::string path;    ///< "tactics/ads/ads-jan", "goals/leads", "plan"
  std::string field;   ///< changed: the field; moved: "parent"
  std::string old_value, new_value;  ///< as written; empty when absent
  Location old_location, new_location;
  std::string file;  ///< the file it belongs to: the new side's, else the old side's
};

/// A sum on both sides, in cents.
struct MoneyDelta {
  std::string key;  ///< the goal, channel or owner id; empty for a total
  Money old_total, new_total;
  int64_t delta() const { return new_total.cents - old_total.cents; }
};

/// A tactic whose first or last day moved.
struct DateShift {
  std::string id, path;
  bool start = true;  ///< the first day; else the last
  Date old_day, new_day;
  int days() const { return new_day.days() - old_day.days(); }
};

/// A recurring tactic whose number of occurrences changed.
struct OccurrenceChange {
  std::string id, path;
  int64_t old_count = 0, new_count = 0;
};

/// A goal whose set of live tactics changed.
struct GoalTactics {
  std::string goal;
  std::vector<std::string> lost, gained;  ///< tactic ids, sorted
  bool orphaned = false;                  ///< had tactics, now has none
};

/// A KPI whose target moved.
struct KpiMove {
  std::string goal, id, metric, unit;
  double old_target = 0, new_target = 0;
  std::optional<double> percent;  ///< (new - old) / old × 100; none when old is 0
};

/// The impact of the change on one plan (a plan on one side only compares with an empty one).
struct PlanImpact {
  std::string name, file;  ///< the new side's, else the old side's
  std::string currency;
  MoneyDelta budget;  ///< what the live tactics commit, as budget-overrun counts it
  std::vector<MoneyDelta> by_goal, by_channel, by_owner;  ///< only keys that moved, sorted
  std::vector<DateShift> shifts;
  std::vector<OccurrenceChange> occurrences;
  std::vector<GoalTactics> goals;
  bool empty() const;
};

struct Impact {
  std::vector<PlanImpact> plans;
  std::vector<KpiMove> kpis;
  bool empty() const;
};

/// One side's finding, as check reports it (severities and suppressions applied).
struct FindingChanges {
  std::vector<Diagnostic> introduced, fixed;
};

struct DiffResult {
  std::vector<Change> changes;  ///< grouped by file pair, then by kind, then by path
  Impact impact;
  FindingChanges findings;
  bool has_changes() const { return !changes.empty(); }
  /// Whether the change introduces a finding at error level (--fail-on-findings).
  bool introduces_errors() const;
};

struct DiffOptions {
  std::set<std::string> ignore;  ///< fields left out of the comparison ("notes")
  Date today;                    ///< for the rules (strategy-review-overdue)
  /// Each side's root, stripped from file paths to pair files when a side has several.
  std::string old_root, new_root;
};

/// Compares two loaded runs. Plans and strategies are paired by path under their roots (a side
/// with exactly one of a kind pairs with the other side's one); entities by kind and id.
DiffResult diff_runs(const LoadedRun& old_run, const LoadedRun& new_run, const DiffOptions& options);

/// Every field name `--ignore` accepts.
const std::vector<std::string_view>& diff_field_names();

/// The error-level loading findings that stop a side from being compared (yaml-syntax,
/// wrong-type, missing-field, limit-exceeded), as check would print them.
std::vector<Diagnostic> load_failures(const LoadedRun& run);

// ---------------------------------------------------------------- sides

/// One side of a diff: where its files come from and which paths to load.
struct DiffSide {
  std::unique_ptr<FileSystem> fs;
  std::vector<std::string> paths;  ///< empty: no file at all (added or deleted as a whole)
  std::string root;                ///< stripped from file paths to pair files
  std::string label;               ///< as the user wrote it
};

/// A side named on the command line: a file or directory on disk, else `REV:PATH` (PATH at
/// git revision REV; an empty PATH is the repository's current directory). Throws
/// strat::Error with one line for a path that does not exist (on disk or at the revision),
/// an invalid or unknown revision, no repository, no git.
DiffSide open_side(const std::string& spec);
/// `paths` (default ".") at revision `rev`, or in the working tree when `rev` is empty;
/// paths that exist on neither this side nor `other` are an error, paths missing here only
/// are left out (their files show as added or removed).
DiffSide open_revision(const std::string& rev, std::vector<std::string> paths);
/// git's external-diff side: `file` (a temporary copy, or /dev/null) read as repository path
/// `path`, other files (its strategy) from the working tree.
DiffSide open_driver_side(const std::string& path, const std::string& file);
/// Loads a side with `options`' limits; a side with no paths is an empty run.
LoadedRun load_side(const DiffSide& side, const RunOptions& options);
/// Loads both sides at once, on two threads (`options.jobs` 1: one after the other).
std::pair<LoadedRun, LoadedRun> load_sides(const DiffSide& old_side, const DiffSide& new_side,
                                           const RunOptions& options);

// ---------------------------------------------------------------- renderers

struct DiffRenderOptions {
  bool color = false;
  bool impact_only = false;
  std::string header;  ///< a first line (the external driver's "diff --strat a/x b/x")
};

std::string render_diff_text(const DiffResult& diff, const DiffRenderOptions& options);
std::string render_diff_markdown(const DiffResult& diff, const DiffRenderOptions& options);
std::string render_diff_json(const DiffResult& diff, const DiffRenderOptions& options);

/// One line of impact for `strat log`: "budget +450 EUR; tactics +2 -1; orphaned: brand",
/// or "no plan changes".
std::string render_diff_oneline(const DiffResult& diff);

/// A canonical rendering of a run for git's textconv: entities sorted by kind and id, one
/// field per line, so that reordering a file changes nothing.
std::string render_textconv(const LoadedRun& run);

}  // namespace strat
