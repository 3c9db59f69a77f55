// strat diff in the bench (issue 12): revision A against revision B of a generated set
// (bench/gen.h, Spec::revision), beside check on one side; then diff -u and git diff
// --no-index on the same pair: how many lines they print against the true number of entity
// changes, the noise strat removes.
#include <string>

#include "subcommands.h"

namespace strat::bench {

std::vector<Subcommand> diff_commands(const Context& ctx, const BenchSet& set) {
  return {{"diff A B (text)", {{ctx.strat, "diff", ctx.today, ctx.no_limit, "--color=never", set.a, set.b}, 1}, 2.3,
           2.2}};
}

namespace {

size_t count_of(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t p = 0; (p = text.find(what, p)) != std::string::npos; p += what.size()) ++n;
  return n;
}

/// The lines a unified diff adds or removes ("+" or "-", not the "+++" and "---" headers).
size_t changed_lines(const std::string& diff) {
  size_t n = 0;
  for (size_t start = 0; start < diff.size();) {
    size_t nl = diff.find('\n', start);
    if (nl == std::string::npos) nl = diff.size();
    std::string_view line(diff.data() + start, nl - start);
    bool header = line.rfind("+++", 0) == 0 || line.rfind("---", 0) == 0;
    n += !header && !line.empty() && (line[0] == '+' || line[0] == '-');
    start = nl + 1;
  }
  return n;
}

}  // namespace

std::vector<Cells> diff_comparisons(const Context& ctx, const BenchSet& set) {
  const std::string label = tactics_label(set.tactics);
  const Changes& c = set.changes;
  const std::string truth = std::to_string(c.total()) + " entity changes (" + std::to_string(c.budgets) +
                            " budgets, " + std::to_string(c.dates) + " dates, " + std::to_string(c.removed) +
                            " removed, " + std::to_string(c.added) + " added, " + std::to_string(c.renamed) +
                            " renamed, " + std::to_string(c.plan_budgets) + " plan budget; " +
                            std::to_string(c.reordered) + " tactics reordered, no change)";
  std::vector<Cells> rows;
  const std::string json = command_output({ctx.strat, "diff", ctx.today, ctx.no_limit, "--format=json", set.a, set.b},
                                          ctx.scratch);
  const std::string text = command_output({ctx.strat, "diff", ctx.today, ctx.no_limit, "--color=never", set.a, set.b},
                                          ctx.scratch);
  rows.push_back({"strat diff: changes found", label,
                  std::to_string(count_of(json, "\"op\":")) + " changes in JSON, " +
                      std::to_string(count_lines(text)) + " lines of text",
                  "the generator: " + truth, "—", "the true count is what the generator changed"});

  const std::string plan_a = set.a + "/plan-0001.yaml", plan_b = set.b + "/plan-0001.yaml";
  std::vector<std::pair<std::string, Command>> tools;
  if (std::string d = find_program("diff"); !d.empty()) tools.push_back({"diff -u", {{d, "-u", plan_a, plan_b}, 1}});
  else rows.push_back(missing_tool("diff vs diff -u", "diff", set.tactics));
  if (std::string g = find_program("git"); !g.empty())
    tools.push_back({"git diff --no-index", {{g, "diff", "--no-index", "--no-color", plan_a, plan_b}, 1}});
  else rows.push_back(missing_tool("diff vs git diff --no-index", "git", set.tactics));

  std::vector<Command> commands = {{{ctx.strat, "diff", ctx.today, ctx.no_limit, "--color=never", set.a, set.b}, 1}};
  for (const auto& t : tools) commands.push_back(t.second);
  auto m = measure(commands, set.runs, ctx.scratch, !ctx.quick);
  for (size_t i = 0; i < tools.size(); ++i) {
    const std::string out = command_output(tools[i].second.argv, ctx.scratch);
    const size_t lines = count_lines(out), changed = changed_lines(out);
    rows.push_back({"diff vs " + tools[i].first, label, fmt_time(m[0].seconds) + ", " + fmt_bytes(m[0].rss),
                    tools[i].first + ": " + fmt_time(m[i + 1].seconds) + ", " + fmt_bytes(m[i + 1].rss),
                    fmt_ratio(m[0].seconds / m[i + 1].seconds),
                    std::to_string(lines) + " lines printed, " + std::to_string(changed) + " of them + or −, for " +
                        std::to_string(c.total()) + " entity changes: " +
                        fmt_ratio(static_cast<double>(changed) / c.total()) + " lines per change"});
  }
  return rows;
}

}  // namespace strat::bench

#include <sys/resource.h>

#include <cstdio>

#include "strat/check.h"
#include "strat/diff.h"

namespace strat::bench {

int profile_diff_main(const std::string& a, const std::string& b, const std::string& today) {
  auto peak = [] {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
  };
  RunOptions ro;
  ro.limits.max_file_bytes = 1'000'000'000;
  DiffSide sa = open_side(a), sb = open_side(b);
  auto [old_run, new_run] = load_sides(sa, sb, ro);
  long loaded = peak();
  Date day = *Date::parse(today);
  (void)check_loaded(old_run, day);
  long checked = peak();
  DiffOptions o;
  o.today = day;
  o.old_root = sa.root;
  o.new_root = sb.root;
  DiffResult d = diff_runs(old_run, new_run, o);
  long diffed = peak();
  size_t bytes = render_diff_text(d, {}).size();
  std::printf("peak RSS (KiB) after loading both sides %ld, checking one %ld, diff_runs %ld, text %ld (%zu bytes)\n",
              loaded, checked, diffed, peak(), bytes);
  return 0;
}

}  // namespace strat::bench
