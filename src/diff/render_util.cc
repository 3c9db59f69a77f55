#include "diff/render_util.h"

#include <cmath>
#include <map>

#include <fmt/format.h>

#include "strat/terminal.h"
#include "strat/text.h"

namespace strat::diff {

std::vector<SummaryRow> summary_rows(const DiffResult& d) {
  std::vector<SummaryRow> rows = {{ChangeOp::added, {}}, {ChangeOp::changed, {}}, {ChangeOp::removed, {}},
                                  {ChangeOp::moved, {}}, {ChangeOp::renamed, {}}};
  auto row = [&](ChangeOp op) -> std::vector<std::string>& {
    for (SummaryRow& r : rows)
      if (r.op == op) return r.names;
    return rows[0].names;
  };
  auto name = [](const Change& c) { return c.id.empty() ? c.kind : c.kind + " " + c.id; };
  std::map<std::string, size_t> changed;  // file + path → index in the changed row
  for (const Change& c : d.changes) {
    switch (c.op) {
      case ChangeOp::added: row(c.op).push_back(c.kind == "file" ? c.id + " file " + c.path : name(c)); break;
      case ChangeOp::removed: row(c.op).push_back(c.kind == "file" ? c.id + " file " + c.path : name(c)); break;
      case ChangeOp::moved: row(c.op).push_back(name(c)); break;
      case ChangeOp::renamed: row(c.op).push_back(c.kind + " " + c.old_id + " → " + c.id); break;
      case ChangeOp::changed: {
        auto& names = row(c.op);
        auto [it, fresh] = changed.try_emplace(c.file + '\0' + c.path, names.size());
        if (fresh) names.push_back(name(c) + " (" + c.field + ")");
        else names[it->second].insert(names[it->second].size() - 1, ", " + c.field);
        break;
      }
    }
  }
  std::vector<SummaryRow> out;
  for (SummaryRow& r : rows)
    if (!r.names.empty()) out.push_back(std::move(r));
  return out;
}

std::string summary_line(const std::vector<SummaryRow>& rows) {
  static const std::map<ChangeOp, std::string_view> verbs = {
      {ChangeOp::added, "to add"}, {ChangeOp::changed, "to change"}, {ChangeOp::removed, "to remove"},
      {ChangeOp::moved, "to move"}, {ChangeOp::renamed, "to rename"}};
  std::string out;
  for (const SummaryRow& r : rows) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", r.names.size(), verbs.at(r.op));
  return "Plan: " + (out.empty() ? std::string("no changes") : out) + ".";
}

std::string name_list(const std::vector<std::string>& names, size_t max) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < max; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > max) out += fmt::format(" and {} more", names.size() - max);
  return out;
}

std::string money_number(int64_t cents) { return Money{cents}.str(); }

std::string signed_money(int64_t cents) {
  if (cents == 0) return "0";
  Money m{cents < 0 ? -cents : cents};
  return (cents < 0 ? "-" : "+") + m.str();
}

std::string shift_phrase(const DateShift& s) {
  int n = s.days();
  return fmt::format("{} {} {}", s.start ? "starts" : "ends", plural(n < 0 ? -n : n, "day", "days"),
                     n < 0 ? "earlier" : "later");
}

std::string kpi_phrase(const KpiMove& k) {
  std::string out = fmt::format("target {} → {}{}", k.old_target, k.new_target, k.unit.empty() ? "" : " " + k.unit);
  if (k.percent) {
    double p = std::round(*k.percent * 10) / 10;
    out += fmt::format(", {}{}%", p > 0 ? "+" : "", p);
  }
  return out;
}

std::string goal_phrase(const GoalTactics& g) {
  std::string out;
  if (!g.lost.empty()) out += "lost " + name_list(g.lost);
  if (!g.gained.empty()) out += (out.empty() ? "gained " : "; gained ") + name_list(g.gained);
  if (g.orphaned) out += "; now has no tactic";
  return out;
}

std::string finding_line(const Diagnostic& d) {
  return fmt::format("{}:{}: {}: {} [{}]", d.file, d.pos.line, to_string(d.severity), d.message, d.rule);
}

std::string change_phrase(const Change& c, size_t width) {
  auto show = [&](const std::string& v) { return v.empty() ? std::string("(none)") : truncate_to_width(visible(v), width); };
  switch (c.op) {
    case ChangeOp::added: return "added";
    case ChangeOp::removed: return "removed";
    case ChangeOp::moved: return "moved from " + visible(c.old_value) + " to " + visible(c.new_value);
    case ChangeOp::renamed: return "renamed from " + visible(c.old_id);
    case ChangeOp::changed: return c.field + ": " + show(c.old_value) + " → " + show(c.new_value);
  }
  return "";
}

std::string_view op_sign(ChangeOp op) {
  switch (op) {
    case ChangeOp::added: return "+";
    case ChangeOp::removed: return "-";
    case ChangeOp::changed: return "~";
    case ChangeOp::moved:
    case ChangeOp::renamed: return "→";
  }
  return "";
}

}  // namespace strat::diff
