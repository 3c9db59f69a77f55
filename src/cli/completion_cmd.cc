// strat completion bash|zsh|fish: a completion script, written from the subcommand table and
// the options CLI11 holds for each command, so that it follows every command added.
#include "cli/commands.h"
#include "cli/common.h"
#include "strat/completion.h"
#include "strat/rules.h"

namespace strat::cli {

namespace {

/// What the values of `option` complete to: its recorded values, else by its type name.
CompletionValues values_of(const CLI::Option* option) {
  if (const std::vector<std::string>* words = completion_values(option))
    return {CompletionValues::Kind::words, *words};
  std::string type = option->get_type_name();
  if (type == "FILE" || type == "PATH") return {CompletionValues::Kind::files, {}};
  if (type == "DIR") return {CompletionValues::Kind::dirs, {}};
  if (type == "RULE") {
    CompletionValues rules{CompletionValues::Kind::words, {}};
    for (const RuleInfo& r : all_rules()) rules.words.emplace_back(r.id);
    return rules;
  }
  return {};
}

CompletionOption option_of(const CLI::Option* option) {
  CompletionOption o;
  for (const std::string& n : option->get_lnames()) o.names.push_back("--" + n);
  for (const std::string& n : option->get_snames()) o.names.push_back("-" + n);
  o.help = option->get_description();
  o.takes_value = option->get_expected_min() != 0;
  if (o.takes_value) o.values = values_of(option);
  return o;
}

/// The command line as `app` holds it once every subcommand is set up.
CompletionSpec spec_of(const CLI::App& app) {
  CompletionSpec spec;
  for (const CLI::Option* option : app.get_options())
    if (!option->get_positional()) spec.options.push_back(option_of(option));
  for (const CLI::App* sub : app.get_subcommands({})) {
    CompletionCommand c{sub->get_name(), sub->get_description(), {}, {}};
    for (const CLI::Option* option : sub->get_options()) {
      if (option->get_positional()) c.positional = values_of(option);
      else c.options.push_back(option_of(option));
    }
    spec.commands.push_back(std::move(c));
  }
  for (CompletionCommand& c : spec.commands)  // `strat help COMMAND`
    if (c.name == "help") {
      c.positional = {CompletionValues::Kind::words, {}};
      for (const CompletionCommand& other : spec.commands) c.positional.words.push_back(other.name);
    }
  return spec;
}

}  // namespace

void setup_completion(CLI::App& cmd, int& status) {
  auto shell = std::make_shared<std::string>();
  std::vector<std::string> shells(completion_shells().begin(), completion_shells().end());
  one_of(cmd.add_option("shell", *shell, "The shell: bash, zsh or fish"), shells)->required()->type_name("SHELL");
  cmd.footer(R"(Examples:
  source <(strat completion bash)     in ~/.bashrc
  source <(strat completion zsh)      in ~/.zshrc, after compinit
  strat completion fish | source      in ~/.config/fish/config.fish

Installed packages put the scripts where each shell finds them by itself.
See man strat-completion.)");
  cmd.callback([shell, &cmd, &status] {
    write_stdout(completion_script(*shell, spec_of(*cmd.get_parent())));
    status = 0;
  });
}

}  // namespace strat::cli
