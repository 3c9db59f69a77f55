// --format json: the range, every occurrence and the unscheduled tactics, for scripts.
#include "strat/calendar_render.h"
#include "strat/json.h"

namespace strat {

namespace {

void tactic_fields(JsonWriter& w, const TacticInfo& t) {
  w.key("plan").value(t.plan);
  w.key("tactic").value(t.id);
  w.key("title").value(t.title);
  w.key("path").value(t.path);
  w.key("parent");
  if (t.parent_id.empty()) w.null();
  else w.value(t.parent_id);
  w.key("goals").begin_array(true);
  for (std::string_view g : t.goals) w.value(g);
  w.end_array();
  w.key("channel");
  if (t.channel.empty()) w.null();
  else w.value(t.channel);
  w.key("owner");
  if (t.owner.empty()) w.null();
  else w.value(t.owner);
  w.key("status");
  if (t.milestone != MilestoneKind::none) w.null();
  else w.value(to_string(t.status));
}

}  // namespace

std::string render_json(const Calendar& cal, const RenderOptions& o) {
  JsonWriter w(o.sink);
  w.begin_object();
  w.key("range").begin_object(true).key("from").value(cal.range.from.str()).key("to").value(cal.range.to.str()).end_object();
  w.key("today").value(o.today.str());
  w.key("occurrences").begin_array();
  for (const Occurrence& occ : cal.occurrences) {
    const TacticInfo& t = *occ.tactic;
    w.begin_object(true);
    tactic_fields(w, t);
    w.key("start").value(occ.start.str());
    w.key("end").value(occ.end.str());
    w.key("kind").value(to_string(occ.kind));
    if (auto utc = utc_span(t, occ.start)) {  // a timed occurrence: local time and UTC instants
      w.key("at").value(t.at->str());
      w.key("duration").value(static_cast<int64_t>(t.duration.value));
      w.key("timezone").value(t.timezone ? t.timezone->name() : "UTC");
      w.key("start_utc").value(iso_utc(utc->start));
      w.key("end_utc").value(iso_utc(utc->end));
    }
    if (t.milestone != MilestoneKind::none) w.key("milestone").value(to_string(t.milestone));
    w.key("index").value(occ.index + 1);
    w.key("count").value(occ.count);
    w.key("budget");
    if (occ.budget_share()) w.number(occ.budget_share()->str());
    else w.null();
    w.key("overdue").value(is_overdue(t, o.today));
    w.key("file").value(t.file);
    w.key("line").value(static_cast<int64_t>(t.line));
    w.end_object();
    w.piece();
  }
  w.end_array();
  w.key("unscheduled").begin_array();
  for (const auto& t : cal.unscheduled) {
    w.begin_object(true);
    tactic_fields(w, *t);
    w.key("file").value(t->file);
    w.key("line").value(static_cast<int64_t>(t->line));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.finish();
}

}  // namespace strat
