// `strat explain`: the rule pages (docs/rules/*.md, embedded at build time) as terminal text,
// as the strat-rules(7) manual page, and the failing example each page holds.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "strat/embedded.h"

namespace strat {

/// docs/rules/*.md as they were at build time ("README.md" and one "RULE.md" per rule).
std::span<const EmbeddedFile> rule_pages();
/// The Markdown page of `rule`, if it has one.
std::optional<std::string_view> rule_page(std::string_view rule);

/// A rule's page for a terminal: headings, paragraphs, indented examples, no Markdown
/// markup; the example strategy the page refers to is appended. Bold headings when `color`.
std::string rule_page_text(std::string_view rule, bool color);
/// `strat explain` with no rule: every rule with its default severity and summary.
std::string rules_overview_text();
/// man/strat-rules.7: the README page, then every rule's page, in registry order.
std::string rules_man_page();

/// The failing example on a rule's page: its files (the example strategy added when the page
/// sits next to it), the options of the `strat check` line, and the output shown.
struct PageExample {
  std::vector<std::pair<std::string, std::string>> files;  ///< name, YAML
  std::vector<std::string> options;                        ///< e.g. {"--today", "2027-04-01"}
  std::vector<std::string> expected;                       ///< the text blocks, in order
};
PageExample page_example(std::string_view rule);

}  // namespace strat
