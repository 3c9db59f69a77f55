// strat explain [RULE]: a rule's page (docs/rules/RULE.md, embedded), or the list of rules.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/error.h"
#include "strat/explain.h"
#include "strat/rules.h"
#include "strat/text.h"

namespace strat::cli {

namespace {

struct ExplainArgs {
  std::string rule;
  std::string format = "text";
  CommonOptions common;
};

/// The rule called `name`; an unknown one is a usage error with a did-you-mean.
std::string_view known_rule(std::string_view name) {
  if (find_rule(name)) return name;
  std::vector<std::string_view> ids;
  for (const RuleInfo& r : all_rules()) ids.push_back(r.id);
  std::string message = fmt::format("unknown rule '{}'", name);
  std::vector<std::string_view> starting;
  for (std::string_view id : ids)
    if (!name.empty() && id.starts_with(name)) starting.push_back(id);
  if (auto hint = did_you_mean(name, ids)) message += fmt::format("; did you mean '{}'?", *hint);
  else if (!starting.empty()) message += fmt::format("; did you mean {}?", fmt::join(starting, " or "));
  throw Error(message + "\nRun 'strat explain' for the list of rules.");
}

int run(const ExplainArgs& args) {
  if (args.format == "man") {
    if (!args.rule.empty()) throw Error("--format man prints the page of every rule; leave out the rule");
    write_stdout(rules_man_page());
  } else if (args.rule.empty()) {
    write_stdout(rules_overview_text());
  } else {
    std::string_view rule = known_rule(args.rule);
    if (args.format == "markdown") write_stdout(*rule_page(rule));
    else write_stdout(rule_page_text(rule, use_color(args.common)));
  }
  return 0;
}

}  // namespace

void setup_explain(CLI::App& cmd, int& status) {
  auto args = std::make_shared<ExplainArgs>();
  cmd.add_option("rule", args->rule, "The rule to explain (default: list every rule)")->type_name("RULE");
  completes_to(cmd.add_option("--format,-f", args->format, "text (default), markdown (the page's source) or man (strat-rules(7))"),
               {"text", "markdown", "man"})
      ->type_name("FORMAT")->check(CLI::IsMember({"text", "markdown", "man"}).description(""));
  one_of(cmd.add_option("--color", args->common.color, "Colour the output: auto (on a terminal), always or never"),
         {"auto", "always", "never"})
      ->type_name("WHEN");
  cmd.footer(R"(Examples:
  strat explain                       every rule, its default severity and summary
  strat explain tactic-without-goal   what it catches, why it matters, an example, the fix
  strat explain budget-overrun --format markdown

Exit status: 0, or 2 for an unknown rule. See man strat-explain and man strat-rules.)");
  cmd.callback([args, &status] { status = run(*args); });
}

}  // namespace strat::cli
