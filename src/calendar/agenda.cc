// The agenda view: day by day, grouped by week, one line per occurrence.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "calendar/render_util.h"
#include "strat/text.h"

namespace strat {

namespace {

/// What a line's note says: nothing, "2 of 12" (a step), "starts, 14 days", "day 3 of 14",
/// "ends, day 14 of 14".
enum class Note : uint8_t { none, step, starts, day, ends };

/// One line of the agenda: an occurrence on one day. Small, as there is one per line: the
/// note is written when the line is.
struct Line {
  Date day;
  Note note;
  uint32_t seq;  ///< the order lines were made in: lines of a day keep it
  const Occurrence* occ;
};

std::string note_text(const Line& l) {
  const Occurrence& o = *l.occ;
  SpanDay sd = span_day(o, l.day);
  switch (l.note) {
    case Note::none: return "";
    case Note::step: return fmt::format("{} of {}", o.index + 1, o.count);
    case Note::starts: return fmt::format("starts, {} days", sd.of);
    case Note::day: return fmt::format("day {} of {}", sd.day, sd.of);
    case Note::ends: return fmt::format("ends, day {} of {}", sd.of, sd.of);
  }
  return "";
}

/// A span is listed on its first day in each week of the range and on its last day, so that
/// a quarter-long campaign does not fill ninety lines.
void span_lines(const Occurrence& o, const DayRange& range, WeekStart ws, std::vector<Line>& out) {
  Date first = std::max(o.start, range.from), last = std::min(o.end, range.to);
  auto seq = [&] { return static_cast<uint32_t>(out.size()); };
  for (Date d = first; d <= last;) {
    Date week_end = week_first_day(d, ws).plus_days(6);
    out.push_back({d, d == o.start ? Note::starts : Note::day, seq(), &o});
    if (o.end <= week_end && o.end != d && o.end <= last) {
      out.push_back({o.end, Note::ends, seq(), &o});
      break;
    }
    d = week_end.plus_days(1);
  }
}

std::string joined_goals(const TacticInfo& t) {
  return fmt::format("{}", fmt::join(t.goals, ","));
}

}  // namespace

std::string render_agenda(const Calendar& cal, const RenderOptions& o) {
  const cal::Glyphs& g = cal::Glyphs::of(o.ascii);
  cal::Palette palette(o);
  Style style = palette.style();
  std::vector<Line> lines;
  for (const Occurrence& occ : cal.occurrences) {
    if (occ.kind == OccurrenceKind::span) span_lines(occ, cal.range, o.week_start, lines);
    else if (cal.range.contains(occ.start))
      lines.push_back({occ.start, occ.count > 1 ? Note::step : Note::none, static_cast<uint32_t>(lines.size()), &occ});
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return a.day != b.day ? a.day < b.day : a.seq < b.seq;  // stable by day, with no buffer
  });

  // Columns: "Mon 2027-01-04 " (15), a marker and a space, the title, then owner, channel,
  // goal (and plan) each as wide as its longest value, capped so that the title keeps room.
  size_t owner_w = 0, channel_w = 0, goal_w = 0, plan_w = 0;
  for (const Line& l : lines) {
    const TacticInfo& t = *l.occ->tactic;
    owner_w = std::max(owner_w, display_width(t.owner));
    channel_w = std::max(channel_w, display_width(t.channel));
    goal_w = std::max(goal_w, display_width(joined_goals(t)));
    if (o.several_plans) plan_w = std::max(plan_w, display_width(t.plan));
  }
  size_t width = static_cast<size_t>(std::max(o.width, 40));
  auto cap = [](size_t& w, size_t max) { w = std::min(w, max); };
  cap(owner_w, 12), cap(channel_w, 14), cap(goal_w, 16), cap(plan_w, 16);
  auto fixed = [&] { return 17 + (owner_w ? owner_w + 2 : 0) + (channel_w ? channel_w + 2 : 0) + (goal_w ? goal_w + 2 : 0) + (plan_w ? plan_w + 2 : 0); };
  size_t title_min = std::max<size_t>(20, width * 9 / 20);  // the title keeps 45% of the line
  while (fixed() + title_min > width && (owner_w > 6 || channel_w > 6 || goal_w > 6 || plan_w > 6))
    for (size_t* w : {&plan_w, &goal_w, &channel_w, &owner_w})
      if (*w > 6) --*w;
  size_t title_w = width > fixed() ? width - fixed() : 10;

  Output out(o.sink);  // a long agenda is written as it is made
  out += fmt::format("{} to {}, today {}\n", cal.range.from.str(), cal.range.to.str(), o.today.str());
  if (lines.empty()) out += "\nNothing is planned in this range.\n";
  std::optional<Date> week, day;
  for (const Line& l : lines) {
    const TacticInfo& t = *l.occ->tactic;
    Date wk = week_first_day(l.day, o.week_start);
    if (week != wk) {
      week = wk;
      day.reset();
      out += fmt::format("\n{}\n", style.paint("1", fmt::format("Week {} of {}, {} to {}", week_number(l.day, o.week_start),
                                                                week_year(l.day, o.week_start), wk.str(), wk.plus_days(6).str())));
    }
    std::string date = day == l.day ? std::string(15, ' ') : fmt::format("{} {} ", cal::weekday_name(l.day.weekday()), l.day.str());
    if (day != l.day && l.day == o.today) date = style.paint("7", date);
    day = l.day;
    std::string_view mark = t.milestone != MilestoneKind::none ? g.milestone : is_overdue(t, o.today) ? g.overdue
                            : l.occ->kind == OccurrenceKind::due                                       ? g.due
                                                                                                       : " ";
    // The note ("day 3 of 14") is kept whole; the title gives way.
    std::string note = l.note == Note::none ? "" : fmt::format(" ({})", note_text(l));
    size_t note_w = std::min(display_width(note), title_w > 20 ? title_w - 10 : title_w / 2);
    std::string shown = cal::timed_title(t, true);
    std::string title = cal::cell(shown, std::min(display_width(shown), title_w - note_w));
    std::string row = date + std::string(mark) + " " + palette.paint(t, pad_right(title + truncate_to_width(note, note_w), title_w));
    if (owner_w) row += "  " + cal::cell(t.owner, owner_w);
    if (channel_w) row += "  " + cal::cell(t.channel, channel_w);
    if (goal_w) row += "  " + cal::cell(joined_goals(t), goal_w);
    if (plan_w) row += "  " + cal::cell(t.plan, plan_w);
    while (row.ends_with(' ')) row.pop_back();
    out += row + "\n";
  }
  if (!lines.empty())
    out += fmt::format("\n{} overdue  {} milestone  {} deadline\n", g.overdue, g.milestone, g.due);
  out += cal::unscheduled_section(cal, o);
  return out.finish();
}

}  // namespace strat
