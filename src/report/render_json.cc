// The JSON report: the report data as one object, for dashboards (schema in strat-report(1)).
#include "report/report_util.h"
#include "strat/json.h"

namespace strat {

namespace {

void money(JsonWriter& w, std::string_view key, Money m) { w.key(key).number(m.str()); }

template <class T>
void optional_number(JsonWriter& w, std::string_view key, const std::optional<T>& v) {
  w.key(key);
  if (v) w.value(*v);
  else w.null();
}

void optional_date(JsonWriter& w, std::string_view key, const std::optional<Date>& d) {
  w.key(key);
  if (d) w.value(d->str());
  else w.null();
}

void tactic(JsonWriter& w, const TraceTactic& t) {
  w.begin_object(true).key("id").value(t.id).key("title").value(t.title);
  w.key("status").value(to_string(t.status));
  if (!t.dropped_because.empty()) w.key("dropped_because").value(t.dropped_because);
  money(w, "budget", t.budget);
  w.end_object();
}

void ids(JsonWriter& w, std::string_view key, const std::vector<std::string>& list) {
  w.key(key).begin_array(true);
  for (const std::string& id : list) w.value(id);
  w.end_array();
}

void traceability(JsonWriter& w, const Traceability& tr) {
  w.key("traceability").begin_object();
  w.key("objectives").begin_array();
  for (const TraceObjective& o : tr.objectives) {
    w.begin_object(true).key("id").value(o.id).key("title").value(o.title);
    ids(w, "goals", o.goals);
    w.end_object();
  }
  w.end_array().key("goals").begin_array();
  for (const TraceGoal& g : tr.goals) {
    w.begin_object().key("id").value(g.id).key("title").value(g.title);
    ids(w, "objectives", g.objectives);
    ids(w, "kpis", g.kpis);
    w.key("tactic_count").value(g.tactic_count);
    money(w, "budget", g.budget);
    w.key("tactics").begin_array();
    for (const TraceTactic& t : g.tactics) {
      tactic(w, t);
      w.piece();
    }
    w.end_array().end_object();
  }
  w.end_array().key("tactics_without_goal").begin_array();
  for (const TraceTactic& t : tr.without_goal) {
    tactic(w, t);
    w.piece();
  }
  w.end_array().end_object();
}

void rows(JsonWriter& w, std::string_view key, const std::vector<BudgetRow>& list, bool with_spent) {
  w.key(key).begin_array();
  for (const BudgetRow& r : list) {
    w.begin_object(true).key("key").value(r.key).key("label").value(r.label);
    money(w, "allocated", r.allocated);
    if (with_spent) money(w, "spent", r.spent);
    w.end_object();
    w.piece();
  }
  w.end_array();
}

void budget(JsonWriter& w, const Budget& b) {
  w.key("budget").begin_object();
  w.key("plan_budget");
  if (b.plan_budget) w.number(b.plan_budget->str());
  else w.null();
  money(w, "allocated", b.allocated);
  money(w, "spent", b.spent);
  money(w, "remaining", b.remaining);
  money(w, "planned_to_date", b.planned_to_date);
  w.key("spent_share").value(b.spent_share).key("elapsed_share").value(b.elapsed_share);
  w.key("over_allocated").value(b.over_allocated);
  rows(w, "by_goal", b.by_goal, true);
  rows(w, "by_channel", b.by_channel, true);
  rows(w, "by_owner", b.by_owner, true);
  rows(w, "by_month", b.by_month, false);
  w.key("overruns").begin_array();
  for (const BudgetOverrun& o : b.overruns) {
    w.begin_object(true).key("id").value(o.id).key("title").value(o.title);
    money(w, "budget", o.budget);
    money(w, "spent", o.spent);
    w.end_object();
    w.piece();
  }
  w.end_array().end_object();
}

void kpis(JsonWriter& w, const std::vector<KpiPace>& list) {
  w.key("kpis").begin_array();
  for (const KpiPace& k : list) {
    w.begin_object().key("goal").value(k.goal);
    if (!k.tactic.empty()) w.key("tactic").value(k.tactic);
    w.key("id").value(k.id).key("metric").value(k.metric);
    w.key("unit").value(k.unit).key("direction").value(report::direction_name(k.direction));
    optional_number(w, "baseline", k.baseline);
    optional_number(w, "target", k.target);
    optional_number(w, "actual", k.actual);
    optional_date(w, "due", k.due);
    w.key("pace").value(to_string(k.pace));
    if (!k.missing.empty()) {
      w.key("missing").value(k.missing);
    } else {
      w.key("baseline_date").value(k.baseline_date.str()).key("measured").value(k.measured.str());
      w.key("expected").value(k.expected);
      optional_number(w, "ratio", k.ratio);
      optional_number(w, "projected", k.projected);
      w.key("met").value(k.met).key("stale").value(k.stale).key("age_days").value(k.age_days);
    }
    w.key("candidates").begin_array();
    for (const PaceCandidate& c : k.candidates) {
      w.begin_object(true).key("id").value(c.id).key("title").value(c.title);
      money(w, "budget", c.budget);
      money(w, "spent", c.spent);
      w.end_object();
      w.piece();
    }
    w.end_array().end_object();
  }
  w.end_array();
}

void agenda_list(JsonWriter& w, std::string_view key, const std::vector<AgendaItem>& items) {
  w.key(key).begin_array();
  for (const AgendaItem& i : items) {
    w.begin_object(true).key("id").value(i.id).key("title").value(i.title).key("start").value(i.start.str())
        .key("end").value(i.end.str()).key("kind").value(i.kind).key("status").value(to_string(i.status))
        .key("owner").value(i.owner).end_object();
    w.piece();
  }
  w.end_array();
}

void agenda(JsonWriter& w, const Agenda& a) {
  w.key("agenda").begin_object();
  w.key("this_week").value(a.this_week.str()).key("next_week").value(a.next_week.str());
  agenda_list(w, "this_week_items", a.this_week_items);
  agenda_list(w, "next_week_items", a.next_week_items);
  w.key("this_week_running").value(a.this_week_running).key("next_week_running").value(a.next_week_running);
  agenda_list(w, "overdue", a.overdue);
  w.end_object();
}

void health(JsonWriter& w, const Health& h) {
  w.key("health").begin_object();
  w.key("errors").value(h.errors).key("warnings").value(h.warnings).key("notes").value(h.notes);
  w.key("rules").begin_array();
  for (const RuleCount& r : h.rules)
    w.begin_object(true).key("rule").value(r.rule).key("severity").value(to_string(r.severity))
        .key("count").value(r.count).end_object();
  w.end_array().key("reviews").begin_array();
  for (const ReviewStatus& r : h.reviews) {
    w.begin_object(true).key("strategy").value(r.strategy);
    optional_date(w, "reviewed", r.reviewed);
    w.key("every").value(r.every.str());
    optional_date(w, "due", r.due);
    if (r.reviewed) w.key("days_since").value(r.days_since);
    w.key("overdue").value(r.overdue).end_object();
  }
  w.end_array().end_object();
}

}  // namespace

std::string render_report_json(const Report& report, const ReportRender& options) {
  JsonWriter w(options.sink);
  w.begin_object().key("today").value(report.today.str());
  w.key("thresholds").begin_object(true).key("on_track").value(report.options.on_track)
      .key("off_track").value(report.options.off_track)
      .key("stale_after_days").value(report.options.stale_after_days).end_object();
  w.key("plans").begin_array();
  for (const PlanReport& p : report.plans) {
    w.begin_object().key("name").value(p.name).key("file").value(p.file);
    w.key("strategy").value(p.strategy);
    w.key("period").begin_object(true);
    optional_date(w, "from", p.from);
    optional_date(w, "to", p.to);
    w.end_object().key("currency").value(p.currency);
    if (options.shows(ReportSection::traceability)) traceability(w, p.traceability);
    if (options.shows(ReportSection::budget)) budget(w, p.budget);
    if (options.shows(ReportSection::kpis)) kpis(w, p.kpis);
    if (options.shows(ReportSection::agenda)) agenda(w, p.agenda);
    w.end_object();
    w.piece();
  }
  w.end_array();
  if (options.shows(ReportSection::health)) health(w, report.health);
  w.end_object();
  return w.finish();
}

}  // namespace strat
