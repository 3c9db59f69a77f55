// strat log PATH: the revisions that touched a plan, each with one line of impact.
#include <algorithm>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/diff.h"
#include "strat/error.h"
#include "strat/git.h"
#include "strat/terminal.h"
#include "strat/text.h"

namespace strat::cli {

namespace {

struct LogArgs {
  CommonOptions common;
  std::vector<std::string> paths;
  int max_count = 0;
};

/// The impact of commit `c` on `paths`, against its first parent ("added" for the first).
std::string impact_of(const GitCommit& c, const std::vector<std::string>& paths, Date today) {
  DiffSide a = c.parents.empty() ? open_driver_side(paths.front(), "/dev/null") : open_revision(c.parents.front(), paths);
  DiffSide b = open_revision(c.hash, paths);
  RunOptions options;
  LoadedRun old_run = load_side(a, options), new_run = load_side(b, options);
  if (!load_failures(old_run).empty() || !load_failures(new_run).empty() || old_run.failed() || new_run.failed())
    return "(does not load)";
  DiffOptions o;
  o.today = today;
  return render_diff_oneline(diff_runs(old_run, new_run, o));
}

int run(const LogArgs& args) {
  if (args.paths.size() != 1) throw Error("strat log takes one path (a plan, a strategy or a directory)");
  std::vector<GitCommit> commits = git_log(args.paths.front(), args.max_count);
  Date today = cli::today(args.common);
  std::vector<std::string> impacts;
  size_t width = 0;
  for (const GitCommit& c : commits) {
    impacts.push_back(impact_of(c, args.paths, today));
    width = std::max(width, display_width(impacts.back()));
  }
  Style style{use_color(args.common)};
  std::string out;
  for (size_t i = 0; i < commits.size(); ++i)
    out += fmt::format("{} {}  {}  {}\n", style.paint("33", commits[i].short_hash), commits[i].date,
                       pad_right(impacts[i], std::min<size_t>(width, 60)), visible(commits[i].subject));
  write_stdout(out);
  return 0;
}

}  // namespace

void setup_log(CLI::App& app, int& status) {
  auto args = std::make_shared<LogArgs>();
  app.add_option("path", args->paths, "A plan, a strategy or a directory in a git repository")->type_name("PATH");
  app.add_option("--max-count,-n", args->max_count, "Show at most N revisions")->type_name("N")
      ->check(CLI::Range(1, 1000000).description(""));
  add_common_options(app, args->common);
  app.footer(R"(Each revision that touched PATH (from git log), newest first, with one line of
impact against its parent: budget delta, tactics added and removed, goals left with
no tactic, KPI targets moved, findings introduced and fixed. See man strat-diff.)");
  app.callback([args, &status] { status = run(*args); });
}

}  // namespace strat::cli
