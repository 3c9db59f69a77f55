// The month view: a grid like cal(1) and remind -c, occurrences listed in their day cells,
// spans drawn across the days they cover (start, middle and end markers, as khal does).
#include <algorithm>
#include <array>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "calendar/render_util.h"
#include "strat/text.h"

namespace strat {

namespace {

/// The box-drawing pieces of the grid.
struct Box {
  std::string_view h, v, tl, tm, tr, ml, mm, mr, bl, bm, br;
  static const Box& of(bool ascii) {
    static const Box unicode{"─", "│", "┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘"};
    static const Box plain{"-", "|", "+", "+", "+", "+", "+", "+", "+", "+", "+"};
    return ascii ? plain : unicode;
  }
};

std::string rule(const Box& b, size_t cw, std::string_view left, std::string_view mid, std::string_view right) {
  std::string line(left);
  for (int d = 0; d < 7; ++d) {
    for (size_t i = 0; i < cw; ++i) line += b.h;
    line += d < 6 ? mid : right;
  }
  return line + "\n";
}

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

/// One entry in a day's cell: an occurrence, or nothing (a lane free on that day).
struct Slot {
  const Occurrence* occ = nullptr;
};

class MonthGrid {
 public:
  MonthGrid(const Calendar& cal, const RenderOptions& o)
      : cal_(cal), o_(o), g_(cal::Glyphs::of(o.ascii)), box_(Box::of(o.ascii)), palette_(o) {
    cw_ = static_cast<size_t>(std::max((std::max(o.width, 36) - 8) / 7, 4));
    max_rows_ = cw_ >= 14 ? 5 : 4;
    // Each occurrence filed under the weeks it touches, once: drawing a week never scans the
    // whole calendar.
    for (const Occurrence& occ : cal.occurrences) {
      Date a = std::max(occ.start, cal.range.from), b = std::min(occ.end, cal.range.to);
      for (Date wk = week_first_day(a, o.week_start); wk <= b; wk = wk.plus_days(7)) by_week_[wk.days()].push_back(&occ);
    }
  }

  std::string month(int year, unsigned month) {
    DayRange m = month_range(year, month);
    std::string out = center(fmt::format("{} {}", cal::month_name(month), year), 7 * cw_ + 8) + "\n";
    while (out.ends_with(' ') || out.ends_with('\n')) out.pop_back();
    out += "\n" + rule(box_, cw_, box_.tl, box_.tm, box_.tr);
    std::string head(box_.v);
    for (int d = 0; d < 7; ++d)
      head += cal::cell(cal::weekday_name((static_cast<unsigned>(o_.week_start) + d) % 7), cw_) + std::string(box_.v);
    out += head + "\n";
    for (Date wk = week_first_day(m.from, o_.week_start); wk <= m.to; wk = wk.plus_days(7))
      out += rule(box_, cw_, box_.ml, box_.mm, box_.mr) + week(wk, m);
    return out + rule(box_, cw_, box_.bl, box_.bm, box_.br);
  }

 private:
  /// One week's rows. A cell lists the day's one-day items first, then the spans, each span
  /// in one row (a lane) for the whole week, shortest spans first; what does not fit is
  /// counted in a last "+N more" row.
  std::string week(Date wk, const DayRange& m) {
    DayRange shown{std::max({wk, m.from, cal_.range.from}), std::min({wk.plus_days(6), m.to, cal_.range.to})};
    std::vector<std::vector<Slot>> singles(7);
    std::vector<const Occurrence*> spans;
    auto filed = by_week_.find(wk.days());
    if (shown.from <= shown.to && filed != by_week_.end())
      for (const Occurrence* o : filed->second) {
        if (o->kind == OccurrenceKind::span && shown.overlaps(o->start, o->end)) spans.push_back(o);
        else if (o->kind != OccurrenceKind::span && shown.contains(o->start))
          singles[o->start.days() - wk.days()].push_back({o});
      }
    std::stable_sort(spans.begin(), spans.end(), [](const Occurrence* a, const Occurrence* b) {
      return a->end.days() - a->start.days() < b->end.days() - b->start.days();
    });
    // Each span takes the first lane free on all its days. A lane's days taken are a 7-bit
    // mask, and the lanes are filed by mask, so that finding the first free one looks at 128
    // masks, not at every lane (a week of a large plan has thousands).
    std::vector<std::vector<Slot>> lane_slots;
    std::vector<unsigned> lane_mask;
    std::array<std::set<size_t>, 128> lanes_by_mask;
    for (const Occurrence* o : spans) {
      Date a = std::max(o->start, shown.from), b = std::min(o->end, shown.to);
      unsigned want = 0;
      for (Date d = a; d <= b; d = d.plus_days(1)) want |= 1u << (d.days() - wk.days());
      size_t lane = lane_slots.size();
      for (unsigned m = 0; m < 128; ++m)
        if (!(m & want) && !lanes_by_mask[m].empty()) lane = std::min(lane, *lanes_by_mask[m].begin());
      if (lane == lane_slots.size()) {
        lane_slots.emplace_back(7);
        lane_mask.push_back(0);
      } else {
        lanes_by_mask[lane_mask[lane]].erase(lane);
      }
      lane_mask[lane] |= want;
      lanes_by_mask[lane_mask[lane]].insert(lane);
      for (Date d = a; d <= b; d = d.plus_days(1)) lane_slots[lane][d.days() - wk.days()].occ = o;
    }
    size_t single_rows = 0;
    for (const auto& col : singles) single_rows = std::max(single_rows, col.size());
    std::vector<std::vector<Slot>> days(7);
    for (int i = 0; i < 7; ++i) {
      days[i] = singles[i];
      days[i].resize(single_rows);
      for (const auto& lane : lane_slots) days[i].push_back(lane[i]);
      while (!days[i].empty() && !days[i].back().occ) days[i].pop_back();
    }
    size_t needed = single_rows + lane_slots.size();
    size_t rows = std::max<size_t>(1, std::min(needed, max_rows_));
    bool overflow = needed > max_rows_;

    std::string out(box_.v);
    for (int i = 0; i < 7; ++i) {
      Date d = wk.plus_days(i);
      std::string text;
      if (m.contains(d)) text = d == o_.today ? fmt::format("{} today", d.day()) : fmt::format("{}", d.day());
      std::string c = cal::cell(text, cw_);
      out += (m.contains(d) && d == o_.today ? palette_.style().paint("7", c) : c) + std::string(box_.v);
    }
    out += "\n";
    for (size_t r = 0; r < rows; ++r) {
      std::string line(box_.v);
      for (int i = 0; i < 7; ++i) {
        Date d = wk.plus_days(i);
        line += slot_text(days[i], r, overflow && r + 1 == rows, d, d == shown.from) + std::string(box_.v);
      }
      out += line + "\n";
    }
    return out;
  }

  /// The text of row `r` of a day's cell: an occurrence, blank, or "+N more" in the last row.
  std::string slot_text(const std::vector<Slot>& col, size_t r, bool more_row, Date d, bool row_start) {
    if (more_row) {
      long hidden = r < col.size() ? std::count_if(col.begin() + static_cast<long>(r), col.end(), [](const Slot& s) { return s.occ; }) : 0;
      return hidden ? cal::cell(fmt::format("{}{} more", g_.more, hidden), cw_) : std::string(cw_, ' ');
    }
    if (r >= col.size() || !col[r].occ) return std::string(cw_, ' ');
    const Occurrence& o = *col[r].occ;
    const TacticInfo& t = *o.tactic;
    std::string text;
    if (o.kind == OccurrenceKind::span) {
      bool first = d == o.start, last = d == o.end;
      if (first) text = std::string(g_.span_start) + cal::timed_title(t);
      else if (row_start) text = std::string(last ? g_.span_end : g_.span_mid) + cal::timed_title(t);
      else if (last) text = repeat(g_.span_mid, cw_ - 1) + std::string(g_.span_end);
      else text = repeat(g_.span_mid, cw_);
    } else {
      std::string_view mark = t.milestone != MilestoneKind::none ? g_.milestone
                              : is_overdue(t, o_.today)           ? g_.overdue
                              : o.kind == OccurrenceKind::due      ? g_.due
                                                                   : "";
      text = std::string(mark) + cal::timed_title(t);
    }
    return palette_.paint(t, cal::cell(text, cw_));
  }

  const Calendar& cal_;
  const RenderOptions& o_;
  const cal::Glyphs& g_;
  const Box& box_;
  cal::Palette palette_;
  size_t cw_ = 10;
  size_t max_rows_ = 4;
  std::unordered_map<int, std::vector<const Occurrence*>> by_week_;  // a week's first day → its occurrences
};

}  // namespace

std::string render_month(const Calendar& cal, const RenderOptions& o) {
  MonthGrid grid(cal, o);
  std::string out;
  Date first = Date::from_ymd(cal.range.from.year(), cal.range.from.month(), 1);
  for (Date m = first; m <= cal.range.to; m = m.plus_months(1)) {
    if (!out.empty()) out += "\n";
    out += grid.month(m.year(), m.month());
  }
  return out + cal::unscheduled_section(cal, o);
}

}  // namespace strat
