// --format ics: an RFC 5545 calendar. One VEVENT per tactic (its timing from ics_timing.cc:
// a recurrence as an RRULE with RDATEs and EXDATEs), a VTODO per deadline, a VEVENT per
// milestone; all-day dates with exclusive ends, timed ones in UTC; CRLF; folded at 75 octets.
#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ics_timing.h"
#include "strat/calendar_render.h"
#include "strat/text.h"

namespace strat {

namespace {

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped;
/// other control characters, which TEXT forbids, become spaces.
std::string text(std::string_view s) {
  std::string out;
  for (char c : valid_utf8(s)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\\' || c == ';' || c == ',') out += {'\\', c};
    else if (c == '\n') out += "\\n";
    else if (c == '\r') continue;
    else if ((u < 0x20 && c != '\t') || u == 0x7f) out += ' ';
    else out += c;
  }
  return out;
}

/// 64-bit FNV-1a, for UIDs that are stable across runs and machines.
uint64_t fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

class Writer {
 public:
  /// With a sink, the text goes to it in pieces as it is made (RenderOptions::sink).
  explicit Writer(const Sink& sink) : out_(sink) {}

  /// Appends one content line, folded (RFC 5545 3.1): at most 75 octets a line, a fold never
  /// inside a UTF-8 sequence, continuation lines starting with a space.
  void line(std::string_view content) {
    size_t used = 0;
    for (size_t i = 0; i < content.size();) {
      size_t n = 1;
      unsigned char c = static_cast<unsigned char>(content[i]);
      if (c >= 0xF0) n = 4;
      else if (c >= 0xE0) n = 3;
      else if (c >= 0xC0) n = 2;
      n = std::min(n, content.size() - i);
      if (used + n > 75) {
        out_ += "\r\n ";
        used = 1;
      }
      out_ += content.substr(i, n);
      used += n;
      i += n;
    }
    out_ += "\r\n";
  }
  void prop(std::string_view name, std::string_view value) { line(std::string(name) + ":" + std::string(value)); }
  /// The end of the file: with a sink, the rest goes to it and "" is returned; else the whole.
  std::string finish() { return out_.finish(); }

 private:
  Output out_;
};

std::string_view event_status(Status s) {
  switch (s) {
    case Status::planned: return "TENTATIVE";
    case Status::active:
    case Status::done: return "CONFIRMED";
    case Status::dropped: return "CANCELLED";
  }
  return "TENTATIVE";
}

std::string_view todo_status(Status s) {
  switch (s) {
    case Status::planned: return "NEEDS-ACTION";
    case Status::active: return "IN-PROCESS";
    case Status::done: return "COMPLETED";
    case Status::dropped: return "CANCELLED";
  }
  return "NEEDS-ACTION";
}

std::string description(const TacticInfo& t) {
  std::vector<std::string> parts;
  for (size_t i = 0; i < t.goals.size(); ++i)
    parts.push_back(!t.goal_title(i).empty() ? fmt::format("Goal: {} ({})", t.goal_title(i), t.goals[i])
                        : fmt::format("Goal: {}", t.goals[i]));
  if (auto kpis = t.kpis(); !kpis.empty()) parts.push_back(fmt::format("KPI: {}", fmt::join(kpis, ", ")));
  if (!t.owner.empty())
    parts.push_back(t.owner_name.empty() ? fmt::format("Owner: {}", t.owner)
                                         : fmt::format("Owner: {} ({})", t.owner_name, t.owner));
  if (!t.channel.empty()) parts.push_back(fmt::format("Channel: {}", t.channel));
  if (t.budget)
    parts.push_back(fmt::format("Budget: {}{}{}", t.budget->str(), t.currency.empty() ? "" : " ", t.currency));
  if (!t.parent_id.empty()) parts.push_back(fmt::format("Part of: {} ({})", t.parent_title, t.parent_id));
  if (t.milestone == MilestoneKind::none) parts.push_back(fmt::format("Status: {}", to_string(t.status)));
  if (!t.notes.empty()) parts.emplace_back(t.notes);
  parts.push_back(fmt::format("Source: {}:{}", t.file, t.line));
  return fmt::format("{}", fmt::join(parts, "\n"));
}

/// LAST-MODIFIED and SEQUENCE for a tactic whose file git tracks: the last commit that changed
/// the file, and how many did, which only grows as the file is committed, so that clients
/// update a moved event in place. Nothing outside git: the output then does not depend on it.
void revision(Writer& w, const TacticInfo& t, const RenderOptions& o) {
  auto it = o.histories.find(t.file);
  if (it == o.histories.end()) return;
  w.prop("LAST-MODIFIED", cal::ics_utc(it->second.last_commit));
  w.prop("SEQUENCE", std::to_string(it->second.commits));
}

void component(Writer& w, const TacticInfo& t, const RenderOptions& o) {
  auto it = o.repo_paths.find(t.file);
  std::string_view where = it != o.repo_paths.end() ? std::string_view(it->second) : t.file;
  std::string uid =
      fmt::format("{:016x}@strat", fnv1a(fmt::format("{}\n{}\n{}\n{}", where, t.plan, to_string(t.milestone), t.path)));
  bool todo = t.kind == OccurrenceKind::due;
  w.prop("BEGIN", todo ? "VTODO" : "VEVENT");
  w.prop("UID", uid);
  w.prop("DTSTAMP", cal::ics_date(o.today) + "T000000Z");
  revision(w, t, o);
  for (const cal::IcsProp& p : cal::ics_timing(t)) w.prop(p.name, p.value);
  w.prop("SUMMARY", text(t.title));
  w.prop("DESCRIPTION", text(description(t)));
  std::vector<std::string> cats;
  for (std::string_view g : t.goals) cats.push_back(text(g));
  if (!t.channel.empty()) cats.push_back(text(t.channel));
  if (t.milestone != MilestoneKind::none) cats.push_back("milestone");
  if (!cats.empty()) {
    std::string c;
    for (const std::string& s : cats) c += (c.empty() ? "" : ",") + s;
    w.prop("CATEGORIES", c);
  }
  if (todo) w.prop("STATUS", todo_status(t.status));
  else w.prop("STATUS", t.milestone != MilestoneKind::none ? "CONFIRMED" : event_status(t.status));
  if (!todo) w.prop("TRANSP", "TRANSPARENT");
  w.prop("END", todo ? "VTODO" : "VEVENT");
}

}  // namespace

std::string render_ics(const Calendar& cal, const RenderOptions& o) {
  Writer w(o.sink);
  w.prop("BEGIN", "VCALENDAR");
  w.prop("VERSION", "2.0");
  w.prop("PRODID", "-//strat//strat calendar//EN");
  w.prop("CALSCALE", "GREGORIAN");
  if (o.ics_publish) w.prop("METHOD", "PUBLISH");
  std::vector<std::string_view> names;
  for (const auto& t : cal.tactics)
    if (std::find(names.begin(), names.end(), t->plan) == names.end()) names.push_back(t->plan);
  std::string calname = fmt::format("{}", fmt::join(names, ", "));
  if (!calname.empty()) w.prop("X-WR-CALNAME", text(calname));
  for (const auto& t : cal.tactics) component(w, *t, o);
  w.prop("END", "VCALENDAR");
  return w.finish();
}

}  // namespace strat
