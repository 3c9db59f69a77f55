// The pieces the views share, and the lists of views and formats.
#include "calendar/render_util.h"

#include <fmt/format.h>

#include "strat/format.h"
#include "strat/text.h"

namespace strat {

std::string isolate(std::string_view text) { return "\u2068" + std::string(text) + "\u2069"; }

const std::vector<std::string_view>& calendar_views() {
  static const std::vector<std::string_view> names{"agenda", "month", "timeline"};
  return names;
}

namespace {

std::string render_view(const Calendar& cal, const RenderOptions& o) {
  if (o.view == "month") return render_month(cal, o);
  if (o.view == "timeline") return render_timeline(cal, o);
  return render_agenda(cal, o);
}

template <std::string (*Render)(const Calendar&, const RenderOptions&)>
constexpr auto row = render_parts<Calendar, RenderOptions, Render>;

constexpr CalendarFormat kFormats[] = {
    {"text", "the --view (agenda, month or timeline), for a terminal", row<render_view>},
    {"ics", "an RFC 5545 calendar for Google, Outlook, Apple, Thunderbird, khal", row<render_ics>},
    {"mermaid", "a Mermaid gantt block, which GitHub renders in Markdown", row<render_mermaid>},
    {"csv", "RFC 4180, one row per occurrence, for spreadsheets", row<render_csv>},
    {"json", "the range, the occurrences and the unscheduled tactics", row<render_json>},
};

}  // namespace

std::span<const CalendarFormat> calendar_formats() { return kFormats; }

namespace cal {

const Glyphs& Glyphs::of(bool ascii) {
  static const Glyphs unicode{"◆", "!", "▶", "━", "◀", "█", "●", "◇", "▼", "+"};
  static const Glyphs plain{"*", "!", ">", "=", "<", "#", "o", "x", "v", "+"};
  return ascii ? plain : unicode;
}

std::string cell(std::string_view text, size_t width) {
  std::string safe = visible(valid_utf8(text));
  for (char& c : safe)
    if (c == '\t') c = ' ';
  std::string cut = truncate_to_width(safe, width);
  return pad_right(cut.empty() ? cut : isolate(cut), width);
}

std::string Palette::paint(const TacticInfo& t, std::string_view text) {
  if (!style_.on) return std::string(text);
  static constexpr std::string_view kColours[] = {"36", "33", "35", "32", "34", "31", "96", "93", "95", "92"};
  std::string_view key = by_ == "channel" ? t.channel : by_ == "owner" ? t.owner : first_goal(t);
  if (t.milestone != MilestoneKind::none) return style_.paint("1", text);
  auto [it, added] = index_.try_emplace(std::string(key), index_.size());
  return style_.paint(kColours[it->second % std::size(kColours)], text);
}

std::string_view weekday_name(unsigned weekday) {
  static constexpr std::string_view kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return kNames[weekday % 7];
}

std::string_view month_name(unsigned month) {
  static constexpr std::string_view kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};
  return kNames[(month + 11) % 12];
}

std::string unscheduled_section(const Calendar& cal, const RenderOptions& o) {
  if (cal.unscheduled.empty()) return {};
  std::string out = fmt::format("\nUnscheduled ({}, no dates):\n", plural(static_cast<long long>(cal.unscheduled.size()),
                                                                           "tactic", "tactics"));
  size_t width = o.width > 20 ? static_cast<size_t>(o.width) : 20;
  for (const auto& t : cal.unscheduled) {
    std::string where = fmt::format("  {}:{}", t->file, t->line);
    std::string who = t->owner.empty() ? "" : fmt::format("  {}", t->owner);
    size_t room = width > 4 + display_width(where) + display_width(who) ? width - 4 - display_width(where) - display_width(who) : 8;
    out += "  - " + cell(t->title, std::min(room, display_width(t->title))) + visible(who) + visible(where) + "\n";
  }
  return out;
}

}  // namespace cal
}  // namespace strat
