// The zsh completion script: compadd with descriptions, _files for paths; works from fpath
// (as _strat) and when sourced.
#include <fmt/format.h>

#include "strat/completion.h"

namespace strat {

namespace {

std::string single_quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// compadd of `words`, each shown with its description when there is one.
std::string add(const std::vector<std::pair<std::string, std::string>>& words, std::string_view indent) {
  size_t width = 0;
  for (const auto& w : words) width = std::max(width, w.first.size());
  std::string shown, plain;
  for (const auto& [word, help] : words) {
    std::string line = help.empty() ? word : fmt::format("{:<{}}  -- {}", word, width, help);
    shown += " " + single_quoted(line);
    plain += " " + single_quoted(word);
  }
  return fmt::format("{0}local -a shown=({1})\n{0}compadd -l -d shown --{2}\n", indent, shown, plain);
}

std::string reply(const CompletionValues& values, std::string_view indent) {
  switch (values.kind) {
    case CompletionValues::Kind::words: {
      std::vector<std::pair<std::string, std::string>> words;
      for (const std::string& w : values.words) words.emplace_back(w, "");
      return add(words, indent);
    }
    case CompletionValues::Kind::files: return fmt::format("{}_files\n", indent);
    case CompletionValues::Kind::dirs: return fmt::format("{}_files -/\n", indent);
    case CompletionValues::Kind::none: break;
  }
  return fmt::format("{}return 1\n", indent);
}

std::vector<std::pair<std::string, std::string>> option_words(const std::vector<CompletionOption>& options) {
  std::vector<std::pair<std::string, std::string>> words;
  for (const CompletionOption& o : options)
    for (const std::string& n : o.names) words.emplace_back(n, o.help);
  return words;
}

}  // namespace

std::string zsh_completion(const CompletionSpec& spec) {
  std::string fn = "_" + spec.program;
  std::vector<std::pair<std::string, std::string>> first;
  for (const CompletionCommand& c : spec.commands) first.emplace_back(c.name, c.summary);
  for (const auto& o : option_words(spec.options)) first.push_back(o);

  std::string out = fmt::format(
      "#compdef {0}\n"
      "# zsh completion for {0}, written by '{0} completion zsh'. Install it as {1} in a\n"
      "# directory of $fpath, or load it with: source <({0} completion zsh)\n"
      "{1}() {{\n"
      "  local cmd=\"\" cur=\"${{words[CURRENT]}}\" prev=\"${{words[CURRENT-1]}}\" i\n"
      "  for ((i = 2; i < CURRENT; i++)); do\n"
      "    [[ ${{words[i]}} != -* ]] && {{ cmd=\"${{words[i]}}\"; break; }}\n"
      "  done\n"
      "  if [[ $cur == --*=* ]]; then prev=\"${{cur%%=*}}\"; compset -P '*='; cur=\"${{cur#*=}}\"; fi\n"
      "  if [[ -z $cmd ]]; then\n{2}    return\n  fi\n"
      "  case \"$cmd\" in\n",
      spec.program, fn, add(first, "    "));
  for (const CompletionCommand& c : spec.commands) {
    out += fmt::format("    {})\n      case \"$prev\" in\n", c.name);
    for (const CompletionOption& o : c.options) {
      if (!o.takes_value) continue;
      std::string names;
      for (const std::string& n : o.names) names += (names.empty() ? "" : "|") + n;
      out += fmt::format("        {})\n{}          return ;;\n", names, reply(o.values, "          "));
    }
    out += "      esac\n      if [[ $cur == -* ]]; then\n" + add(option_words(c.options), "        ") +
           "        return\n      fi\n" + reply(c.positional, "      ") + "      ;;\n";
  }
  out += fmt::format(
      "  esac\n}}\n"
      "if [[ ${{zsh_eval_context[-1]}} == loadautofunc ]]; then\n  {0} \"$@\"\nelse\n  compdef {0} {1}\nfi\n",
      fn, spec.program);
  return out;
}

}  // namespace strat
