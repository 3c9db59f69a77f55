// The timeline view: a Gantt chart in the terminal, one row per tactic (nested ones indented
// under their parent), bars on a day, week or month scale, a today marker and milestones.
#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "calendar/render_util.h"
#include "strat/text.h"

namespace strat {

namespace {

/// The columns of the chart: column i covers [starts[i], starts[i+1]).
struct Scale {
  std::string name;
  std::vector<Date> starts;
  Date end;  ///< the day after the last column
  /// The column holding `d`, or -1 outside.
  int column(Date d) const {
    if (d < starts.front() || d >= end) return -1;
    auto it = std::upper_bound(starts.begin(), starts.end(), d);
    return static_cast<int>(it - starts.begin()) - 1;
  }
};

Scale make_scale(const std::string& name, const DayRange& r, WeekStart ws) {
  Scale s{name, {}, r.to.plus_days(1)};
  if (name == "day")
    for (Date d = r.from; d <= r.to; d = d.plus_days(1)) s.starts.push_back(d);
  else if (name == "week")
    for (Date d = week_first_day(r.from, ws); d <= r.to; d = d.plus_days(7)) s.starts.push_back(d);
  else
    for (Date d = Date::from_ymd(r.from.year(), r.from.month(), 1); d <= r.to; d = d.plus_months(1)) s.starts.push_back(d);
  s.starts.front() = std::max(s.starts.front(), r.from);
  return s;
}

}  // namespace

std::string render_timeline(const Calendar& cal, const RenderOptions& o) {
  const cal::Glyphs& g = cal::Glyphs::of(o.ascii);
  cal::Palette palette(o);
  size_t width = static_cast<size_t>(std::max(o.width, 40));

  // Rows in run order: a tactic's rows sit under its parent's, as in the plan.
  std::vector<const TacticInfo*> rows = cal.tactics;
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    bool ma = a->milestone != MilestoneKind::none, mb = b->milestone != MilestoneKind::none;
    if (ma != mb) return mb;  // milestones after the tactics
    return ma ? a->first < b->first : a->order < b->order;
  });
  size_t label_w = 8;
  for (const auto& t : rows) label_w = std::max(label_w, 2 * static_cast<size_t>(t->depth) + 2 + display_width(cal::timed_title(*t)));
  label_w = std::min(label_w, std::max<size_t>(width / 3, 12));
  size_t room = width - label_w - 3;

  int days = cal.range.days();
  std::string scale_name = o.scale;
  if (scale_name.empty())
    scale_name = static_cast<size_t>(days) <= room ? "day" : make_scale("week", cal.range, o.week_start).starts.size() <= room ? "week" : "month";
  Scale scale = make_scale(scale_name, cal.range, o.week_start);
  size_t units = scale.starts.size();
  size_t unit_w = std::clamp<size_t>(room / units, 1, scale_name == "day" ? 2 : 6);  // columns a unit
  size_t cols = units * unit_w;

  std::string out = fmt::format("{} to {}, today {}, one column a {}\n", cal.range.from.str(), cal.range.to.str(),
                                o.today.str(), scale_name);
  // Month labels where each month starts, then the today marker.
  std::string labels(cols, ' ');
  std::vector<std::string> cells(cols, " ");
  for (size_t u = 0, last_end = 0; u < units; ++u) {
    Date d = scale.starts[u];
    bool starts_month = u == 0 || d.month() != scale.starts[u - 1].month();
    size_t i = u * unit_w;
    if (!starts_month || i < last_end) continue;
    std::string label = std::string(cal::month_name(d.month()).substr(0, 3));
    if (u == 0 || d.month() == 1) label += fmt::format(" {}", d.year());
    if (i + label.size() > cols || (u + 1 < units && scale.starts[u + 1].month() != d.month() && label.size() > unit_w * 2))
      label = label.substr(0, std::min<size_t>(3, cols - i));
    for (size_t k = 0; k < label.size() && i + k < cols; ++k) labels[i + k] = label[k];
    last_end = i + label.size() + 1;
  }
  auto row_line = [&](std::string_view label, const std::string& bars) {
    std::string line = cal::cell(label, label_w) + " " + std::string(o.ascii ? "|" : "│") + bars;
    while (line.ends_with(' ')) line.pop_back();
    return line + "\n";
  };
  out += row_line("", labels);
  int today_col = scale.column(o.today);
  std::string marker;
  for (size_t i = 0; i < cols; ++i) marker += today_col >= 0 && i == static_cast<size_t>(today_col) * unit_w ? std::string(g.today) : " ";
  if (today_col >= 0) out += row_line("today", marker);

  std::unordered_map<const TacticInfo*, std::vector<const Occurrence*>> of_tactic;  // rows never rescan
  for (const Occurrence& occ : cal.occurrences) of_tactic[occ.tactic].push_back(&occ);
  for (const auto& t : rows) {
    std::vector<std::string_view> bar(cols, " ");
    if (today_col >= 0) bar[static_cast<size_t>(today_col) * unit_w] = o.ascii ? ":" : "┊";
    for (const Occurrence* o : of_tactic[t]) {
      const Occurrence& occ = *o;
      if (occ.kind == OccurrenceKind::span) {
        int a = scale.column(std::max(occ.start, cal.range.from)), b = scale.column(std::min(occ.end, cal.range.to));
        for (int c = a; c >= 0 && c <= b; ++c)
          for (size_t k = 0; k < unit_w; ++k) bar[static_cast<size_t>(c) * unit_w + k] = g.bar;
      } else if (int c = scale.column(occ.start); c >= 0) {
        bar[static_cast<size_t>(c) * unit_w] =
            occ.kind == OccurrenceKind::milestone ? g.milestone : occ.kind == OccurrenceKind::due ? g.due : g.dot;
      }
    }
    std::string bars;
    for (std::string_view b : bar) bars += b;
    std::string label = std::string(2 * static_cast<size_t>(t->depth), ' ') +
                        (is_overdue(*t, o.today) ? std::string(g.overdue) : "") + cal::timed_title(*t);
    out += row_line(label, palette.paint(*t, bars));
  }
  if (rows.empty()) out += "\nNothing is planned in this range.\n";
  return out + cal::unscheduled_section(cal, o);
}

}  // namespace strat
