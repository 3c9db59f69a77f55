// What the calendar's views share: cell text, colour keys, names of days and months.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "strat/calendar_render.h"
#include "strat/terminal.h"

namespace strat::cal {

/// Glyphs of the views, Unicode or ASCII.
struct Glyphs {
  std::string_view milestone, overdue, span_start, span_mid, span_end, bar, dot, due, today, more;
  static const Glyphs& of(bool ascii);
};

/// `text` made safe for a cell: control characters escaped, then cut to `width` columns
/// (never inside a grapheme cluster), isolated (FSI … PDI) and padded to exactly `width`.
std::string cell(std::string_view text, size_t width);

/// Assigns each goal (channel, owner) a colour in order of first appearance.
class Palette {
 public:
  Palette(const RenderOptions& o) : style_{o.color}, by_(o.color_by) {}
  /// `text` coloured for the tactic's key (its first goal, its channel or its owner).
  std::string paint(const TacticInfo& t, std::string_view text);
  Style style() const { return style_; }

 private:
  Style style_;
  std::string by_;
  std::map<std::string, size_t, std::less<>> index_;
};

std::string_view weekday_name(unsigned weekday);  ///< "Mon" … "Sun"
std::string_view month_name(unsigned month);      ///< "January" …
/// "Unscheduled (N tactics)" and one line per tactic; empty when there are none.
std::string unscheduled_section(const Calendar& cal, const RenderOptions& o);
/// The title as views show it: with the time of day first ("10:00 Webinar", or with `span`
/// "10:00-11:30 Webinar") for a timed tactic.
inline std::string timed_title(const TacticInfo& t, bool span = false) {
  if (!t.at) return std::string(t.title);
  return (span ? local_times(t) : t.at->str()) + " " + std::string(t.title);
}
/// The first goal, or "".
inline std::string_view first_goal(const TacticInfo& t) { return t.goals.empty() ? std::string_view() : t.goals.front(); }

}  // namespace strat::cal
