// The small Markdown subset the rule pages use, as blocks that renderers turn into text or roff.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace strat::md {

struct Block {
  enum class Kind { heading, paragraph, item, code, table } kind;
  int level = 0;                   ///< heading: 1 for '#', 2 for '##'
  std::string info;                ///< code: the fence's language ("yaml", "text")
  std::vector<std::string> lines;  ///< table: one line per row, the |---| row left out
};

/// Headings, paragraphs, '- ' items, fenced code and tables; blank lines separate blocks.
std::vector<Block> parse(std::string_view markdown);

/// The cells of a table row: "| a | b |" → {"a", "b"}.
std::vector<std::string> cells(std::string_view row);

/// Inline markup: `code`, **bold**, [text](target). Calls `code`, `bold` and `link` for each
/// span and `plain` for the text between them; returns what they build, concatenated.
struct Inline {
  std::string (*plain)(std::string_view);
  std::string (*code)(std::string_view);
  std::string (*bold)(std::string_view);
  std::string (*link)(std::string_view text, std::string_view target);
};
std::string inline_spans(std::string_view text, const Inline& how);

/// `markdown` cut to the section under the heading `title` (up to the next heading of its
/// level or higher), without the heading; empty when there is none.
std::vector<Block> section(const std::vector<Block>& blocks, std::string_view title);

}  // namespace strat::md
