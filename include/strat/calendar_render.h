// Renderers of a Calendar: the terminal views (agenda, month, timeline) and the exports
// (ics, json, csv, mermaid), one file each in src/calendar/. Each returns the whole text, except
// that json and ics hand it to RenderOptions::sink in pieces when one is set.
#pragma once

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strat/calendar.h"
#include "strat/format.h"
#include "strat/git.h"
#include "strat/output.h"

namespace strat {

/// How to lay a calendar out.
struct RenderOptions {
  Date today;
  WeekStart week_start = WeekStart::mon;
  int width = 80;            ///< terminal columns
  bool color = false;        ///< ANSI colours (a terminal)
  bool ascii = false;        ///< ASCII box drawing and markers only
  std::string color_by = "goal";  ///< goal, channel or owner
  std::string group_by = "goal";  ///< mermaid sections: goal, channel or owner
  std::string scale;         ///< timeline: day, week or month; empty: what fits
  std::string view = "agenda";  ///< the text format's view: agenda, month or timeline
  bool ics_publish = false;  ///< ICS: METHOD:PUBLISH
  bool several_plans = false;  ///< label each occurrence with its plan
  /// A file (as the user gave it) → its path relative to its repository, for ICS UIDs that
  /// do not depend on the directory strat runs in; files not listed are used as given.
  std::map<std::string, std::string, std::less<>> repo_paths;
  /// A file (as the user gave it) → its git history, for ICS LAST-MODIFIED and SEQUENCE;
  /// files not listed (outside git, or git missing) get neither.
  std::map<std::string, GitFileHistory, std::less<>> histories;
  /// json, ics and the agenda: when set, the text goes here in pieces of about 64 KiB as it is
  /// made, and the renderer returns "", so that a large export is never held whole in memory.
  Sink sink;
};

/// Fills `o.repo_paths` and `o.histories` for the files of `cal`'s tactics: one git run per
/// file inside a repository, none outside one.
void add_ics_sources(const Calendar& cal, RenderOptions& o);

std::string render_agenda(const Calendar& cal, const RenderOptions& o);
std::string render_month(const Calendar& cal, const RenderOptions& o);
std::string render_timeline(const Calendar& cal, const RenderOptions& o);
std::string render_ics(const Calendar& cal, const RenderOptions& o);
std::string render_json(const Calendar& cal, const RenderOptions& o);
std::string render_csv(const Calendar& cal, const RenderOptions& o);
std::string render_mermaid(const Calendar& cal, const RenderOptions& o);

/// `text` wrapped in Unicode isolates (FSI … PDI) so that a right-to-left title cannot pull
/// the cells around it into its direction; the isolates take no columns.
std::string isolate(std::string_view text);

/// The names of the views, for --view and did-you-mean.
const std::vector<std::string_view>& calendar_views();

/// A calendar format renders the calendar, laid out as RenderOptions says.
using CalendarFormat = Format<Rendering<Calendar, RenderOptions>>;

/// The calendar's format table: text (the view of RenderOptions::view), then the exports, in
/// the order of format_names("calendar").
std::span<const CalendarFormat> calendar_formats();

}  // namespace strat
