// strat report in the bench (issue 13): every format beside check; then hledger on a journal
// of the same budgets (one transaction per tactic, accounts by goal, channel and owner).
#include <string>

#include "events.h"
#include "subcommands.h"

namespace strat::bench {

std::vector<Subcommand> report_commands(const Context& ctx, const BenchSet& set) {
  std::vector<Subcommand> out;
  for (const char* format : {"text", "markdown", "html", "json"})
    out.push_back({std::string("report --format ") + format,
                   {{ctx.strat, "report", ctx.today, ctx.no_limit, "--color=never", std::string("--format=") + format,
                     set.a}},
                   1.5, 1.3});
  return out;
}

std::vector<Cells> report_comparisons(const Context& ctx, const BenchSet& set) {
  const std::string hledger = find_program("hledger");
  if (hledger.empty()) return {missing_tool("report vs hledger", "hledger", set.tactics)};
  const std::string journal = ctx.scratch + "/plan-" + std::to_string(set.tactics) + ".journal";
  write_file(journal, journal_text(scan_plan(slurp(set.a + "/plan-0001.yaml")), "EUR"));
  // The path first: --section is repeatable and would take it as a second section.
  auto m = measure({{{ctx.strat, "report", set.a, ctx.today, ctx.no_limit, "--color=never", "--section=budget"}},
                    {{hledger, "-f", journal, "bal", "--tree"}},
                    {{ctx.strat, "report", ctx.today, ctx.no_limit, "--color=never", set.a}},
                    {{hledger, "-f", journal, "bal", "-M"}}},
                   set.runs, ctx.scratch, !ctx.quick);
  const std::string label = tactics_label(set.tactics);
  auto row = [&](const std::string& what, const Measure& a, const std::string& b_name, const Measure& b) {
    return Cells{what, label, fmt_time(a.seconds) + ", " + fmt_bytes(a.rss),
                 b_name + ": " + fmt_time(b.seconds) + ", " + fmt_bytes(b.rss), fmt_ratio(a.seconds / b.seconds),
                 "one transaction per tactic, its budget on budget:GOAL:CHANNEL:OWNER"};
  };
  return {row("report --section budget vs hledger bal --tree", m[0], "hledger bal --tree", m[1]),
          row("report (all sections) vs hledger bal -M", m[2], "hledger bal -M", m[3])};
}

}  // namespace strat::bench
