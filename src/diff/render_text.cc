// The text rendering: the summary naming the entities, the impact, then the changes by file
// and kind, `+ - ~ →`, with file:line on each side.
#include <algorithm>

#include <fmt/format.h>

#include "diff/render_util.h"
#include "strat/terminal.h"
#include "strat/text.h"

namespace strat {
namespace {

using namespace diff;

std::string_view op_color(ChangeOp op) {
  switch (op) {
    case ChangeOp::added: return "32";
    case ChangeOp::removed: return "31";
    case ChangeOp::changed: return "33";
    default: return "36";
  }
}

std::string_view op_verb(ChangeOp op) {
  switch (op) {
    case ChangeOp::added: return "add";
    case ChangeOp::removed: return "remove";
    case ChangeOp::changed: return "change";
    case ChangeOp::moved: return "move";
    case ChangeOp::renamed: return "rename";
  }
  return "";
}

/// Rows of label and value, the labels padded to one width.
void table(std::string& out, const std::vector<std::pair<std::string, std::string>>& rows, std::string_view indent) {
  size_t w = 0;
  for (const auto& [k, v] : rows) w = std::max(w, display_width(k));
  for (const auto& [k, v] : rows) out += fmt::format("{}{}  {}\n", indent, pad_right(k, w), v);
}

void money_rows(std::vector<std::pair<std::string, std::string>>& rows, std::string_view what,
                const std::vector<MoneyDelta>& ds) {
  for (const MoneyDelta& d : ds)
    rows.push_back({fmt::format("{} {}", what, visible(d.key)),
                    fmt::format("{} → {}  ({})", d.old_total.str(), d.new_total.str(), signed_money(d.delta()))});
}

void plan_impact(std::string& out, const PlanImpact& p, const Style& style) {
  out += fmt::format("\nImpact on {} ({}):\n", style.paint("1", "'" + visible(p.name) + "'"), visible(p.file));
  if (p.budget.delta() != 0 || !p.by_goal.empty() || !p.by_channel.empty() || !p.by_owner.empty()) {
    out += fmt::format("  Budget{}: {} → {}  ({})\n", p.currency.empty() ? "" : " (" + visible(p.currency) + ")",
                       p.budget.old_total.str(), p.budget.new_total.str(), signed_money(p.budget.delta()));
    std::vector<std::pair<std::string, std::string>> rows;
    money_rows(rows, "goal", p.by_goal);
    money_rows(rows, "channel", p.by_channel);
    money_rows(rows, "owner", p.by_owner);
    table(out, rows, "    ");
  }
  if (!p.shifts.empty() || !p.occurrences.empty()) {
    out += "  Schedule:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const DateShift& s : p.shifts)
      rows.push_back({visible(s.id), fmt::format("{} ({} → {})", shift_phrase(s), s.old_day.str(), s.new_day.str())});
    for (const OccurrenceChange& o : p.occurrences)
      rows.push_back({visible(o.id), fmt::format("occurs {} instead of {}", plural(o.new_count, "time", "times"),
                                                 o.old_count)});
    table(out, rows, "    ");
  }
  if (!p.goals.empty()) {
    out += "  Goals:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const GoalTactics& g : p.goals) rows.push_back({visible(g.goal), visible(goal_phrase(g))});
    table(out, rows, "    ");
  }
}

void changes(std::string& out, const DiffResult& d, const Style& style) {
  std::string file;
  std::string kind;
  std::vector<const Change*> group;
  size_t w = 0;  // one path column for every file, up to a limit
  for (const Change& c : d.changes) w = std::max(w, std::min<size_t>(48, display_width(visible(c.path))));
  auto flush = [&] {
    if (group.empty()) return;
    for (const Change* c : group) {
      std::string where;
      if (c->op == ChangeOp::added) where = c->new_location.str();
      else if (c->op == ChangeOp::removed) where = c->old_location.str();
      else if (c->old_location.file != c->new_location.file) where = c->old_location.str() + " → " + c->new_location.str();
      else if (c->old_location.line == c->new_location.line) where = c->new_location.str();
      else where = fmt::format("{} → {}", c->old_location.str(), c->new_location.line);
      std::string sign = style.paint(op_color(c->op), op_sign(c->op));
      out += fmt::format("  {} {}  {}  {}\n", sign, pad_right(visible(c->path), w),
                         style.paint(op_color(c->op), change_phrase(*c)), where);
    }
    group.clear();
  };
  for (const Change& c : d.changes) {
    if (c.file != file) {
      flush();
      file = c.file;
      kind.clear();
      out += fmt::format("\n{}\n", style.paint("1", visible(file)));
    }
    if (c.kind != kind) {
      flush();
      kind = c.kind;
    }
    group.push_back(&c);
  }
  flush();
}

}  // namespace

std::string render_diff_text(const DiffResult& d, const DiffRenderOptions& o) {
  Style style{o.color};
  std::string out;
  if (!o.header.empty()) out += style.paint("1", o.header) + "\n";
  std::vector<SummaryRow> rows = summary_rows(d);
  if (!o.impact_only) {
    out += summary_line(rows) + "\n";
    std::vector<std::pair<std::string, std::string>> names;
    for (const SummaryRow& r : rows)
      names.push_back({style.paint(op_color(r.op), fmt::format("{} {}", op_sign(r.op), op_verb(r.op))),
                       visible(name_list(r.names))});
    table(out, names, "  ");
  }
  for (const PlanImpact& p : d.impact.plans) plan_impact(out, p, style);
  if (!d.impact.kpis.empty()) {
    out += "\nKPI targets:\n";
    std::vector<std::pair<std::string, std::string>> k;
    for (const KpiMove& m : d.impact.kpis) k.push_back({visible(m.id), visible(kpi_phrase(m))});
    table(out, k, "  ");
  }
  if (!d.findings.introduced.empty() || !d.findings.fixed.empty()) {
    out += "\nFindings:\n";
    for (const Diagnostic& f : d.findings.introduced)
      out += fmt::format("  {} introduced  {}\n", style.paint("31", "+"), visible(finding_line(f)));
    for (const Diagnostic& f : d.findings.fixed)
      out += fmt::format("  {} fixed       {}\n", style.paint("32", "-"), visible(finding_line(f)));
  }
  if (!o.impact_only) changes(out, d, style);
  return out;
}

}  // namespace strat
