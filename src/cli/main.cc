// strat: wires the command line to libstrat. Each subcommand lives in its own file.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "strat/error.h"
#include "strat/text.h"

namespace {

/// `strat chek` → "unknown command 'chek'; did you mean 'check'?"
bool unknown_command(std::string_view word) {
  std::vector<std::string_view> names{"help"};
  for (const strat::cli::Command& c : strat::cli::commands()) names.push_back(c.name);
  for (std::string_view name : names)
    if (name == word) return false;
  std::string message = fmt::format("unknown command '{}'", word);
  if (auto hint = strat::did_you_mean(word, names))
    message += fmt::format("; did you mean '{}'?", *hint);
  fmt::print(stderr, "strat: error: {}\nRun 'strat --help' for the commands.\n", message);
  return true;
}

int run(int argc, char** argv) {
  CLI::App app{"strat: check, see, diff and report marketing strategies and work plans kept as YAML", "strat"};
  app.set_version_flag("--version", "strat " STRAT_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Run 'strat help COMMAND' or 'strat COMMAND --help' for a command's options.\n"
             "See man strat, man strat-COMMAND and man 5 strat.");

  int status = 0;
  for (const strat::cli::Command& c : strat::cli::commands())
    c.setup(*app.add_subcommand(std::string(c.name), std::string(c.summary)), status);
  std::string help_topic;
  CLI::App* help = app.add_subcommand("help", "Show help for a command");
  help->add_option("command", help_topic, "The command to explain")->type_name("COMMAND");

  if (argc > 1 && argv[1][0] != '-' && unknown_command(argv[1])) return 2;
  try {
    app.parse(argc, argv);
    if (app.get_subcommands().empty() || help->parsed()) {
      if (help_topic.empty())  // app.help() would describe the parsed `help` subcommand
        std::cout << app.get_formatter()->make_help(&app, "strat", CLI::AppFormatMode::Normal);
      else if (unknown_command(help_topic)) return 2;
      else std::cout << app.get_subcommand(help_topic)->help("strat");
    }
    return status;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    fmt::print(stderr, "strat: error: {}\nRun 'strat --help' or 'strat help COMMAND' for the options.\n", e.what());
    return 2;
  } catch (const strat::Error& e) {
    fmt::print(stderr, "strat: error: {}\n", e.what());
    return 2;
  }
}

}  // namespace

int main(int argc, char** argv) {
  int status = run(argc, argv);
  // Help and --version go through std::cout (CLI11's way): a full disk or a closed stdout
  // must not pass for success.
  if (!std::cout.flush() || std::fflush(stdout) != 0 || std::ferror(stdout)) {
    fmt::print(stderr, "strat: error: cannot write to standard output: {}\n", std::strerror(errno));
    return 2;
  }
  return status;
}
