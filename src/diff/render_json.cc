// The json rendering: {"changes": [...], "impact": {...}, "findings": {...}}, documented in
// strat-diff(1). Money is a number in the currency unit, as in the file.
#include "diff/render_util.h"
#include "strat/json.h"

namespace strat {
namespace {

using namespace diff;

void location(JsonWriter& w, std::string_view name, const Location& l) {
  if (l.file.empty()) return;
  w.key(name).begin_object(true).key("file").value(l.file).key("line").value(static_cast<int64_t>(l.line)).end_object();
}

void change(JsonWriter& w, const Change& c) {
  w.begin_object(true);
  w.key("op").value(to_string(c.op)).key("kind").value(c.kind).key("id").value(c.id);
  if (!c.old_id.empty()) w.key("old_id").value(c.old_id);
  w.key("path").value(c.path);
  if (!c.field.empty()) w.key("field").value(c.field);
  if (c.op == ChangeOp::changed || c.op == ChangeOp::moved || c.op == ChangeOp::renamed) {
    w.key("old").value(c.old_value);
    w.key("new").value(c.new_value);
  }
  location(w, "old_location", c.old_location);
  location(w, "new_location", c.new_location);
  w.key("file").value(c.file);
  w.end_object();
}

void money(JsonWriter& w, const MoneyDelta& d, std::string_view key_name) {
  w.begin_object(true);
  if (!key_name.empty()) w.key(key_name).value(d.key);
  w.key("old").number(money_number(d.old_total.cents));
  w.key("new").number(money_number(d.new_total.cents));
  w.key("delta").number(money_number(d.delta()));
  w.end_object();
}

void money_list(JsonWriter& w, std::string_view name, std::string_view key_name, const std::vector<MoneyDelta>& ds) {
  w.key(name).begin_array();
  for (const MoneyDelta& d : ds) money(w, d, key_name);
  w.end_array();
}

void strings(JsonWriter& w, const std::vector<std::string>& ss) {
  w.begin_array(true);
  for (const std::string& s : ss) w.value(s);
  w.end_array();
}

void plan(JsonWriter& w, const PlanImpact& p) {
  w.begin_object();
  w.key("name").value(p.name).key("file").value(p.file).key("currency").value(p.currency);
  w.key("budget");
  money(w, p.budget, "");
  money_list(w, "by_goal", "goal", p.by_goal);
  money_list(w, "by_channel", "channel", p.by_channel);
  money_list(w, "by_owner", "owner", p.by_owner);
  w.key("schedule").begin_array();
  for (const DateShift& s : p.shifts)
    w.begin_object(true).key("id").value(s.id).key("path").value(s.path).key("end").value(s.start ? "start" : "end")
        .key("old").value(s.old_day.str()).key("new").value(s.new_day.str()).key("days").value(s.days()).end_object();
  w.end_array();
  w.key("occurrences").begin_array();
  for (const OccurrenceChange& o : p.occurrences)
    w.begin_object(true).key("id").value(o.id).key("path").value(o.path).key("old").value(o.old_count)
        .key("new").value(o.new_count).end_object();
  w.end_array();
  w.key("goals").begin_array();
  for (const GoalTactics& g : p.goals) {
    w.begin_object(true).key("goal").value(g.goal).key("lost");
    strings(w, g.lost);
    w.key("gained");
    strings(w, g.gained);
    w.key("orphaned").value(g.orphaned).end_object();
  }
  w.end_array();
  w.end_object();
}

void findings(JsonWriter& w, std::string_view name, const std::vector<Diagnostic>& ds) {
  w.key(name).begin_array();
  for (const Diagnostic& d : ds) {
    uint32_t col = d.source ? d.source->codepoint_column(d.pos) : d.pos.col;
    w.begin_object(true).key("file").value(d.file).key("line").value(static_cast<int64_t>(d.pos.line))
        .key("column").value(static_cast<int64_t>(col)).key("severity").value(to_string(d.severity))
        .key("rule").value(d.rule).key("entity").value(d.entity).key("message").value(d.message).end_object();
  }
  w.end_array();
}

}  // namespace

std::string render_diff_json(const DiffResult& d, const DiffRenderOptions& o) {
  JsonWriter w;
  w.begin_object();
  if (!o.impact_only) {
    w.key("changes").begin_array();
    for (const Change& c : d.changes) change(w, c);
    w.end_array();
  }
  w.key("impact").begin_object();
  w.key("plans").begin_array();
  for (const PlanImpact& p : d.impact.plans) plan(w, p);
  w.end_array();
  w.key("kpis").begin_array();
  for (const KpiMove& k : d.impact.kpis) {
    w.begin_object(true).key("goal").value(k.goal).key("id").value(k.id).key("metric").value(k.metric)
        .key("unit").value(k.unit).key("old_target").value(k.old_target).key("new_target").value(k.new_target)
        .key("direction").value(k.new_target > k.old_target ? "up" : "down").key("percent");
    if (k.percent) w.value(*k.percent);
    else w.null();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.key("findings").begin_object();
  findings(w, "introduced", d.findings.introduced);
  findings(w, "fixed", d.findings.fixed);
  w.end_object();
  w.end_object();
  return w.str();
}

}  // namespace strat
