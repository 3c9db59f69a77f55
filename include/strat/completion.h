// `strat completion bash|zsh|fish`: shell completion scripts, written from a plain description
// of the command line that src/cli builds from its subcommand table and CLI11's option lists.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strat {

/// What a value (of an option, or a positional argument) completes to.
struct CompletionValues {
  enum class Kind { none, words, files, dirs } kind = Kind::none;
  std::vector<std::string> words;  ///< for Kind::words
};

struct CompletionOption {
  std::vector<std::string> names;  ///< with their dashes: {"--format", "-f"}
  std::string help;
  bool takes_value = false;
  CompletionValues values;
};

struct CompletionCommand {
  std::string name;
  std::string summary;
  std::vector<CompletionOption> options;
  CompletionValues positional;  ///< what its arguments complete to
};

struct CompletionSpec {
  std::string program = "strat";
  std::vector<CompletionOption> options;    ///< before any command (--help, --version)
  std::vector<CompletionCommand> commands;  ///< in the order of `strat --help`
};

/// The shells there is a script for, in the order the help lists them.
std::span<const std::string_view> completion_shells();
/// The completion script of `shell` (one of completion_shells()) for `spec`.
std::string completion_script(std::string_view shell, const CompletionSpec& spec);

std::string bash_completion(const CompletionSpec& spec);
std::string zsh_completion(const CompletionSpec& spec);
std::string fish_completion(const CompletionSpec& spec);

}  // namespace strat
