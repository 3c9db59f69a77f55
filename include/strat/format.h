// Output format tables: every subcommand lists its formats as rows of a Format<Report> table,
// and looks a --format name up with find_format.
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strat {

/// One row of a subcommand's format table: a name for --format, a line for help, a renderer.
template <class Report>
struct Format {
  std::string_view name;
  std::string_view description;
  std::string (*render)(const Report&);
};

/// The input of a stage's format table: the stage's data and how to lay it out.
template <class Data, class Options>
struct Rendering {
  const Data& data;
  const Options& options;
};

/// A table row's render made from a renderer of the two parts.
template <class Data, class Options, std::string (*Render)(const Data&, const Options&)>
std::string render_parts(const Rendering<Data, Options>& in) {
  return Render(in.data, in.options);
}

/// The format names of a subcommand ("check", "calendar", "diff", "report") in table order;
/// empty for any other name. Config validation reads these, and each table is tested to agree.
std::span<const std::string_view> format_names(std::string_view subcommand);

/// "unknown format 'x'; valid formats: a, b, c", then "; did you mean 'y'?" for a likely typo.
std::string unknown_format_message(std::string_view name, std::span<const std::string_view> names);

/// Throws strat::Error with unknown_format_message(name, names).
[[noreturn]] void throw_unknown_format(std::string_view name, std::span<const std::string_view> names);

/// The row of `table` named `name`, or null.
template <class Report>
const Format<Report>* lookup_format(std::span<const Format<Report>> table, std::string_view name) {
  auto it = std::find_if(table.begin(), table.end(), [&](const Format<Report>& f) { return f.name == name; });
  return it == table.end() ? nullptr : &*it;
}

/// The row of `table` named `name`; throws strat::Error (unknown_format_message) when none is.
template <class Report>
const Format<Report>& find_format(std::span<const Format<Report>> table, std::string_view name) {
  if (const Format<Report>* f = lookup_format(table, name)) return *f;
  std::vector<std::string_view> names;
  for (const Format<Report>& f : table) names.push_back(f.name);
  throw_unknown_format(name, names);
}

}  // namespace strat
