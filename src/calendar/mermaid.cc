// --format mermaid: a Mermaid gantt block, one section per goal (channel, owner), with
// absolute dates (never durations or `excludes`) and Mermaid's exclusive end dates.
#include <map>

#include <fmt/format.h>

#include "calendar/render_util.h"
#include "strat/text.h"

namespace strat {

namespace {

/// Text Mermaid cannot misread: `:` `#` `;` and the like as entity codes ("#58;"), line
/// breaks as spaces, and a leading keyword ("gantt", "section") with its first letter coded.
std::string sanitize(std::string_view text) {
  std::string out;
  for (char c : valid_utf8(text)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == ':' || c == '#' || c == ';' || c == '%' || c == '<' || c == '>' || c == '&' || c == '"' || c == '`' || c == '\\')
      out += fmt::format("#{};", static_cast<int>(u));
    else if (u < 0x20 || u == 0x7f) out += ' ';
    else out += c;
  }
  static constexpr std::string_view kKeywords[] = {"gantt", "section", "title", "dateformat", "axisformat",
                                                   "tickinterval", "todaymarker", "excludes", "includes",
                                                   "weekday", "inclusiveenddates", "topaxis", "accTitle",
                                                   "accDescr", "click", "displaymode"};
  std::string lower;
  for (char c : out) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::string_view k : kKeywords) {
    std::string kl;
    for (char c : k) kl += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower.starts_with(kl)) {
      out = fmt::format("#{};", static_cast<int>(static_cast<unsigned char>(out[0]))) + out.substr(1);
      break;
    }
  }
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  // A task name that starts like a date ("2027-02-17") is read as one: code its first digit.
  if (!out.empty() && out[0] >= '0' && out[0] <= '9') out = fmt::format("#{};", static_cast<int>(out[0])) + out.substr(1);
  return out.empty() ? "#32;" : out;
}

}  // namespace

std::string render_mermaid(const Calendar& cal, const RenderOptions& o) {
  // One task per tactic: a recurring one runs from its first to its last step in range.
  struct Task {
    const TacticInfo* t;
    Date start, end;  // inclusive
  };
  std::vector<std::string> order;
  std::map<std::string, std::vector<Task>> sections;
  std::map<const TacticInfo*, size_t> index;
  for (const Occurrence& occ : cal.occurrences) {
    const TacticInfo& t = *occ.tactic;
    std::string_view key = t.milestone != MilestoneKind::none ? "Milestones"
                      : o.group_by == "channel"          ? (t.channel.empty() ? "(no channel)" : t.channel)
                      : o.group_by == "owner"            ? (t.owner.empty() ? "(no owner)" : t.owner)
                      : t.goals.empty()                  ? "(no goal)"
                      : !t.goal_title(0).empty() ? t.goal_title(0)
                                                                            : t.goals[0];
    auto [it, added] = sections.try_emplace(std::string(key));
    if (added) order.emplace_back(key);
    auto [pos, fresh] = index.try_emplace(&t, it->second.size());
    if (fresh) it->second.push_back({&t, occ.start, occ.end});
    else it->second[pos->second].end = std::max(it->second[pos->second].end, occ.end);
  }
  std::string_view title = cal.tactics.empty() ? "Calendar" : cal.tactics.front()->plan;
  std::string out = "gantt\n    title " + sanitize(title) + "\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n    todayMarker off\n";
  size_t n = 0;
  for (const std::string& key : order) {
    out += "    section " + sanitize(key) + "\n";
    for (const Task& task : sections[key]) {
      const TacticInfo& t = *task.t;
      std::string tags;
      if (t.milestone != MilestoneKind::none || t.kind == OccurrenceKind::due) tags = "milestone, ";
      else if (t.status == Status::done) tags = "done, ";
      else if (t.status == Status::active) tags = "active, ";
      std::string name(t.title);
      if (t.recurrence) name += " (every " + t.recurrence->every.str() + ")";
      Date end = tags == "milestone, " ? task.start : task.end.plus_days(1);  // Mermaid's end is exclusive
      out += fmt::format("    {} :{}t{}, {}, {}\n", sanitize(name), tags, ++n, task.start.str(), end.str());
    }
  }
  if (cal.range.contains(o.today))
    out += fmt::format("    section Today\n    Today {} :milestone, today, {}, {}\n", o.today.str(), o.today.str(), o.today.str());
  return out;
}

}  // namespace strat
