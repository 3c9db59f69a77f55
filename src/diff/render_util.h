// What the text and markdown renderers share: the summary and impact phrases.
#pragma once

#include <string>
#include <vector>

#include "strat/diff.h"

namespace strat::diff {

/// The entities one kind of operation touches, for the summary line.
struct SummaryRow {
  ChangeOp op;
  std::vector<std::string> names;  ///< "tactic ads-jan", "plan", "tactic blog-post → blog-article"
};

/// Rows for added, changed, removed, moved and renamed entities (empty rows left out); an
/// entity with field changes counts once, with the fields in parentheses.
std::vector<SummaryRow> summary_rows(const DiffResult& d);
/// "Plan: 2 to add, 1 to change, 1 to remove, 1 to move, 1 to rename."
std::string summary_line(const std::vector<SummaryRow>& rows);
/// The names, joined with ", ", at most `max` of them and then "and N more".
std::string name_list(const std::vector<std::string>& names, size_t max = 8);

/// "-200.50", "1200" (Money::str is for amounts that are not negative).
std::string money_number(int64_t cents);
/// "+200.50", "-1200", "0".
std::string signed_money(int64_t cents);
/// "starts 7 days later", "ends 1 day earlier".
std::string shift_phrase(const DateShift& s);
/// "target 200 → 150 leads, -25%".
std::string kpi_phrase(const KpiMove& k);
/// "lost video, ads; gained blog; now has no tactic".
std::string goal_phrase(const GoalTactics& g);
/// One line for a finding: "plan.yaml:5:9: error: MESSAGE [rule]".
std::string finding_line(const Diagnostic& d);
/// The phrase of one change for the list: "title: A → B", "moved from X to Y", "renamed from x".
std::string change_phrase(const Change& c, size_t max_value_width = 60);
/// "+", "-", "~", "→".
std::string_view op_sign(ChangeOp op);

}  // namespace strat::diff
