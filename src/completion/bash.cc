// The bash completion script: one function, a case per command, then per option value.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "strat/completion.h"

namespace strat {

namespace {

/// A shell word list in single quotes (the words are ids and option names, but be safe).
std::string quoted(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) {
    if (!joined.empty()) joined += ' ';
    for (char c : w) joined += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return "'" + joined + "'";
}

/// The lines that fill COMPREPLY with `values` for the word being completed.
std::string reply(const CompletionValues& values, std::string_view indent) {
  switch (values.kind) {
    case CompletionValues::Kind::words:
      return fmt::format("{}COMPREPLY=($(compgen -W {} -- \"$cur\"))\n", indent, quoted(values.words));
    case CompletionValues::Kind::files:
      return fmt::format("{}compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))\n", indent);
    case CompletionValues::Kind::dirs:
      return fmt::format("{}compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))\n", indent);
    case CompletionValues::Kind::none:
      break;
  }
  return fmt::format("{}COMPREPLY=()\n", indent);
}

std::vector<std::string> option_names(const std::vector<CompletionOption>& options) {
  std::vector<std::string> names;
  for (const CompletionOption& o : options) names.insert(names.end(), o.names.begin(), o.names.end());
  return names;
}

}  // namespace

std::string bash_completion(const CompletionSpec& spec) {
  std::string fn = "_" + spec.program;
  std::vector<std::string> commands;
  for (const CompletionCommand& c : spec.commands) commands.push_back(c.name);
  std::vector<std::string> first = commands;
  for (const std::string& n : option_names(spec.options)) first.push_back(n);

  std::string out = fmt::format(
      "# bash completion for {0}, written by '{0} completion bash'.\n"
      "# Load it with: source <({0} completion bash)\n"
      "{1}() {{\n"
      "  local cur=\"${{COMP_WORDS[COMP_CWORD]}}\" prev=\"\" cmd=\"\" i\n"
      "  (( COMP_CWORD > 0 )) && prev=\"${{COMP_WORDS[COMP_CWORD-1]}}\"\n"
      "  # --opt=value: bash splits at '=', so the option is two words back\n"
      "  if [[ $cur == = ]]; then cur=\"\"; elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then "
      "prev=\"${{COMP_WORDS[COMP_CWORD-2]}}\"; fi\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case \"${{COMP_WORDS[i]}}\" in -*) ;; *) cmd=\"${{COMP_WORDS[i]}}\"; break ;; esac\n"
      "  done\n"
      "  if [[ -z $cmd ]]; then\n"
      "    COMPREPLY=($(compgen -W {2} -- \"$cur\"))\n"
      "    return\n"
      "  fi\n"
      "  case \"$cmd\" in\n",
      spec.program, fn, quoted(first));
  for (const CompletionCommand& c : spec.commands) {
    out += fmt::format("    {})\n      case \"$prev\" in\n", c.name);
    for (const CompletionOption& o : c.options) {
      if (!o.takes_value) continue;
      out += fmt::format("        {})\n{}          return ;;\n", fmt::join(o.names, "|"), reply(o.values, "          "));
    }
    out += "      esac\n";
    out += fmt::format("      if [[ $cur == -* ]]; then\n        COMPREPLY=($(compgen -W {} -- \"$cur\"))\n"
                       "        return\n      fi\n",
                       quoted(option_names(c.options)));
    out += reply(c.positional, "      ") + "      ;;\n";
  }
  out += fmt::format("  esac\n}}\ncomplete -F {} {}\n", fn, spec.program);
  return out;
}

}  // namespace strat
