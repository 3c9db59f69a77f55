// The fish completion script: one `complete` line per command, option and value list.
#include <fmt/format.h>

#include "strat/completion.h"

namespace strat {

namespace {

std::string quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string words(const std::vector<std::string>& ws) {
  std::string joined;
  for (const std::string& w : ws) joined += (joined.empty() ? "" : " ") + w;
  return quoted(joined);
}

/// The flags of `complete` that offer `values` (after an option, or as arguments).
std::string offer(const CompletionValues& values) {
  switch (values.kind) {
    case CompletionValues::Kind::words: return " -x -a " + words(values.words);
    case CompletionValues::Kind::files: return " -r -F";
    case CompletionValues::Kind::dirs: return " -x -a '(__fish_complete_directories (commandline -ct))'";
    case CompletionValues::Kind::none: break;
  }
  return " -x";
}

std::string names(const CompletionOption& o) {
  std::string out;
  for (const std::string& n : o.names) {
    if (n.starts_with("--")) out += " -l " + n.substr(2);
    else if (n.size() == 2) out += " -s " + n.substr(1);
    else out += " -o " + n.substr(1);
  }
  return out;
}

}  // namespace

std::string fish_completion(const CompletionSpec& spec) {
  const std::string& p = spec.program;
  std::vector<std::string> commands;
  for (const CompletionCommand& c : spec.commands) commands.push_back(c.name);
  std::string out = fmt::format(
      "# fish completion for {0}, written by '{0} completion fish'. Install it as {0}.fish in\n"
      "# ~/.config/fish/completions, or load it with: {0} completion fish | source\n"
      "complete -c {0} -f\n",
      p);
  std::string none = fmt::format("not __fish_seen_subcommand_from {}", fmt::join(commands, " "));
  for (const CompletionOption& o : spec.options)
    out += fmt::format("complete -c {} -n {}{} -d {}\n", p, quoted(none), names(o), quoted(o.help));
  for (const CompletionCommand& c : spec.commands)
    out += fmt::format("complete -c {} -n {} -a {} -d {}\n", p, quoted(none), c.name, quoted(c.summary));
  for (const CompletionCommand& c : spec.commands) {
    std::string in = quoted("__fish_seen_subcommand_from " + c.name);
    for (const CompletionOption& o : c.options)
      out += fmt::format("complete -c {} -n {}{}{} -d {}\n", p, in, names(o),
                         o.takes_value ? offer(o.values) : "", quoted(o.help));
    if (c.positional.kind == CompletionValues::Kind::files) out += fmt::format("complete -c {} -n {} -F\n", p, in);
    else if (c.positional.kind != CompletionValues::Kind::none)
      out += fmt::format("complete -c {} -n {}{}\n", p, in, offer(c.positional));
  }
  return out;
}

}  // namespace strat
