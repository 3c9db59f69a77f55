// The rule pages: lookup, the overview, and the failing example each page holds.
#include <fmt/format.h>

#include "explain/markdown.h"
#include "explain/pages.h"
#include "strat/explain.h"
#include "strat/rules.h"
#include "strat/text.h"

namespace strat {

std::optional<std::string_view> rule_page(std::string_view rule) {
  if (!find_rule(rule)) return std::nullopt;
  const EmbeddedFile* page = find_embedded(rule_pages(), fmt::format("{}.md", rule));
  if (!page) return std::nullopt;
  return page->text;
}

std::string rules_overview_text() {
  size_t width = 0;
  for (const RuleInfo& r : all_rules()) width = std::max(width, r.id.size());
  std::string out = "The rules of strat check, with their default severities:\n\n";
  for (const RuleInfo& r : all_rules())
    out += fmt::format("  {}  {:<7}  {}\n", pad_right(r.id, width), to_string(r.severity), r.summary);
  out += "\nRun 'strat explain RULE' for what a rule catches, why it matters, a failing example,\n"
         "the fix, and how to change its severity or suppress it. See also man strat-rules.\n";
  return out;
}

namespace {

/// The last `NAME.yaml` in backquotes in `text`, or "".
std::string yaml_name(std::string_view text) {
  std::string found;
  for (size_t open = text.find('`'); open != std::string_view::npos;) {
    size_t close = text.find('`', open + 1);
    if (close == std::string_view::npos) break;
    std::string_view span = text.substr(open + 1, close - open - 1);
    if (span.ends_with(".yaml") && span.find(' ') == std::string_view::npos) found = span;
    open = text.find('`', close + 1);
  }
  return found;
}

/// The options of a "`strat check OPTIONS FILE...` reports:" line, or nothing.
std::optional<std::vector<std::string>> check_options(std::string_view text) {
  size_t at = text.find("`strat check");
  if (at == std::string_view::npos) return std::nullopt;
  size_t close = text.find('`', at + 1);
  std::string_view command = text.substr(at + 13, close - at - 13);
  std::vector<std::string> options;
  while (!command.empty()) {
    size_t space = command.find(' ');
    std::string_view word = command.substr(0, space);
    if (!word.empty() && !word.ends_with(".yaml")) options.emplace_back(word);
    command = space == std::string_view::npos ? std::string_view{} : command.substr(space + 1);
  }
  return options;
}

std::string joined(const std::vector<std::string>& lines, std::string_view sep) {
  std::string out;
  for (const std::string& l : lines) out += l + std::string(sep);
  return out;
}

}  // namespace

std::string example_strategy() {
  const EmbeddedFile* readme = find_embedded(rule_pages(), "README.md");
  if (!readme) return {};
  for (const md::Block& b : md::section(md::parse(readme->text), "The example strategy"))
    if (b.kind == md::Block::Kind::code && b.info == "yaml") return joined(b.lines, "\n");
  return {};
}

PageExample page_example(std::string_view rule) {
  PageExample example;
  std::optional<std::string_view> page = rule_page(rule);
  if (!page) return example;
  std::string name;
  for (const md::Block& b : md::section(md::parse(*page), "Example")) {
    if (b.kind == md::Block::Kind::paragraph) {
      std::string text = joined(b.lines, " ");
      name = yaml_name(text);
      if (auto options = check_options(text)) example.options = *options;
    } else if (b.kind == md::Block::Kind::code) {
      if (b.info == "yaml" && !name.empty()) example.files.emplace_back(name, joined(b.lines, "\n"));
      if (b.info == "text") example.expected.push_back(joined(b.lines, "\n"));
      name.clear();
    }
  }
  bool has_strategy = false;
  for (const auto& [file, text] : example.files) has_strategy |= file == "strategy.yaml";
  if (!has_strategy && page->find("README.md#the-example-strategy") != std::string_view::npos)
    example.files.emplace(example.files.begin(), "strategy.yaml", example_strategy());
  return example;
}

}  // namespace strat
