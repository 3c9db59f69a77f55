// The markdown rendering, for a pull-request comment: the summary, a table of budget deltas,
// the other impacts, and the field changes in a collapsible <details>. Every piece of user
// text is escaped for GitHub's Markdown (and its HTML).
#include <fmt/format.h>

#include "diff/render_util.h"
#include "strat/terminal.h"

namespace strat {
namespace {

using namespace diff;

/// `text` safe inside a GitHub Markdown paragraph or table cell: HTML and Markdown
/// punctuation backslash-escaped or as entities, line breaks as spaces.
std::string md(std::string_view text) {
  std::string out;
  for (char c : visible(text)) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '|': out += "\\|"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '~':
      case '!': case '@': case ':': case '$':  // '@' mentions, ':' emoji, '$' math
        out += '\\';
        out += c;
        break;
      case '+': case '-': case '.': case '=':  // a list, a rule or a heading only at the start
        if (out.empty()) out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

/// `text` as inline code: a backtick fence longer than any run inside it.
std::string code(std::string_view text) {
  if (text.empty()) return "";
  std::string v = visible(text);
  for (char& c : v)
    if (c == '\n' || c == '\r') c = ' ';
  size_t run = 0, longest = 0;
  for (char c : v) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  std::string pad = !v.empty() && (v.front() == '`' || v.back() == '`') ? " " : "";
  std::string out = fence + pad + v + pad + fence;
  std::string escaped;
  for (char c : out) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
  return escaped;
}

void money_rows(std::string& out, std::string_view what, const std::vector<MoneyDelta>& ds) {
  for (const MoneyDelta& d : ds)
    out += fmt::format("| {} {} | {} | {} | {} |\n", what, code(d.key), d.old_total.str(), d.new_total.str(),
                       signed_money(d.delta()));
}

}  // namespace

std::string render_diff_markdown(const DiffResult& d, const DiffRenderOptions& o) {
  std::string out;
  std::vector<SummaryRow> rows = summary_rows(d);
  if (!o.impact_only) {
    out += "### " + md(summary_line(rows)) + "\n\n";
    for (const SummaryRow& r : rows) {
      std::string_view verb = r.op == ChangeOp::added     ? "Added"
                              : r.op == ChangeOp::removed ? "Removed"
                              : r.op == ChangeOp::changed ? "Changed"
                              : r.op == ChangeOp::moved   ? "Moved"
                                                          : "Renamed";
      out += fmt::format("- **{}:** {}\n", verb, md(name_list(r.names)));
    }
    out += "\n";
  }
  for (const PlanImpact& p : d.impact.plans) {
    out += fmt::format("#### Impact on {} ({})\n\n", md(p.name), code(p.file));
    if (p.budget.delta() != 0 || !p.by_goal.empty() || !p.by_channel.empty() || !p.by_owner.empty()) {
      out += fmt::format("| budget{} | before | after | change |\n|---|---:|---:|---:|\n",
                         p.currency.empty() ? "" : " (" + md(p.currency) + ")");
      out += fmt::format("| **total** | {} | {} | {} |\n", p.budget.old_total.str(), p.budget.new_total.str(),
                         signed_money(p.budget.delta()));
      money_rows(out, "goal", p.by_goal);
      money_rows(out, "channel", p.by_channel);
      money_rows(out, "owner", p.by_owner);
      out += "\n";
    }
    for (const DateShift& s : p.shifts)
      out += fmt::format("- {} {} ({} → {})\n", code(s.id), shift_phrase(s), s.old_day.str(), s.new_day.str());
    for (const OccurrenceChange& c : p.occurrences)
      out += fmt::format("- {} occurs {} times instead of {}\n", code(c.id), c.new_count, c.old_count);
    for (const GoalTactics& g : p.goals)
      out += fmt::format("- goal {} {}{}\n", code(g.goal), md(goal_phrase(g)), g.orphaned ? " ⚠️" : "");
    if (!p.shifts.empty() || !p.occurrences.empty() || !p.goals.empty()) out += "\n";
  }
  if (!d.impact.kpis.empty()) {
    out += "#### KPI targets\n\n";
    for (const KpiMove& k : d.impact.kpis) out += fmt::format("- {} {}\n", code(k.id), md(kpi_phrase(k)));
    out += "\n";
  }
  if (!d.findings.introduced.empty() || !d.findings.fixed.empty()) {
    out += "#### Findings\n\n";
    auto finding = [&](std::string_view what, const Diagnostic& f) {
      out += fmt::format("- {} {} {}: {} ({})\n", what, code(fmt::format("{}:{}", f.file, f.pos.line)),
                         to_string(f.severity), md(f.message), code(f.rule));
    };
    for (const Diagnostic& f : d.findings.introduced) finding("introduced", f);
    for (const Diagnostic& f : d.findings.fixed) finding("fixed", f);
    out += "\n";
  }
  if (!o.impact_only && !d.changes.empty()) {
    out += fmt::format("<details><summary>{}</summary>\n\n", plural(static_cast<long long>(d.changes.size()), "change", "changes"));
    out += "| | entity | change | old | new |\n|---|---|---|---|---|\n";
    for (const Change& c : d.changes)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", op_sign(c.op) == "-" ? "\\-" : op_sign(c.op) == "+" ? "\\+" : op_sign(c.op) == "~" ? "\\~" : "→",
                         code(c.path), md(change_phrase(c)), code(c.old_location.str()), code(c.new_location.str()));
    out += "\n</details>\n";
  }
  return out;
}

}  // namespace strat
