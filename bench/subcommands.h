// The subcommands' part of `make bench` (issues 11, 12, 13): strat calendar, diff and report,
// each measured beside strat check on the same files in the same alternating run and judged by
// its ratio of time and peak RSS to check's; then each beside the tool people use today
// (remind, diff -u and git diff, hledger), when that tool is installed.
#pragma once

#include <string>
#include <vector>

#include "gen.h"
#include "measure.h"

namespace strat::bench {

/// What every part needs: the binaries, the common options and a scratch directory.
struct Context {
  std::string strat, floor, self;  ///< self: strat-bench, for --profile-calendar
  std::string today;               ///< "--today=…"
  std::string no_limit;            ///< "--max-file-size=…"
  std::string scratch;
  bool quick = false;
};

/// One generated set: revision A (what check reads) and revision B (diff's other side).
struct BenchSet {
  int tactics = 0;
  std::string a, b;  ///< directories
  Changes changes;   ///< B against A, from the generator
  int runs = 1;
};

/// A subcommand to measure beside check, with its issue's targets (ratios to check's figures).
struct Subcommand {
  std::string name;
  Command command;
  double max_time = 1, max_rss = 1;
};

std::vector<Subcommand> calendar_commands(const Context& ctx, const BenchSet& set);
std::vector<Subcommand> diff_commands(const Context& ctx, const BenchSet& set);
std::vector<Subcommand> report_commands(const Context& ctx, const BenchSet& set);

/// A row of the comparison table: | comparison | tactics | strat | other tool | ratio | note |.
/// A tool that is not installed gives one row that says so.
std::vector<Cells> calendar_comparisons(const Context& ctx, const BenchSet& set);
std::vector<Cells> diff_comparisons(const Context& ctx, const BenchSet& set);
std::vector<Cells> report_comparisons(const Context& ctx, const BenchSet& set);

/// `strat-bench --profile-calendar DIR TODAY`: loads DIR, builds the calendar over its period
/// and renders JSON and ICS in this process, printing "load build json ics" in seconds.
int profile_calendar_main(const std::string& dir, const std::string& today);
/// `strat-bench --profile-diff A B TODAY`: peak RSS after each stage of a diff, in one process.
int profile_diff_main(const std::string& a, const std::string& b, const std::string& today);

/// The row saying that `tool` is not installed, and how to install it.
Cells missing_tool(const std::string& what, const std::string& tool, int tactics);
/// "N tactics" as the tables write it: "5,000".
std::string tactics_label(int tactics);

}  // namespace strat::bench
