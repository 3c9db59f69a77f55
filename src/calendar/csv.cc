// --format csv: RFC 4180, one row per occurrence with a header, for spreadsheets.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "strat/calendar_render.h"
#include "strat/text.h"

namespace strat {

namespace {

/// One field: quoted when it holds a comma, a quote or a line break (quotes doubled).
std::string field(std::string_view text) {
  std::string s = valid_utf8(text);
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string render_csv(const Calendar& cal, const RenderOptions& o) {
  std::string out =
      "plan,tactic,title,parent,goals,channel,owner,status,start,end,kind,index,count,budget,overdue,file,line,"
      "at,duration,start_utc,end_utc\r\n";
  for (const Occurrence& occ : cal.occurrences) {
    const TacticInfo& t = *occ.tactic;
    std::string goals = fmt::format("{}", fmt::join(t.goals, ";"));
    std::string_view fields[] = {t.plan, t.id, t.title, t.parent_id, goals, t.channel, t.owner};
    for (std::string_view f : fields) out += field(f) + ",";
    out += std::string(t.milestone != MilestoneKind::none ? "" : to_string(t.status)) + ",";
    out += occ.start.str() + "," + occ.end.str() + "," + std::string(to_string(occ.kind)) + ",";
    out += std::to_string(occ.index + 1) + "," + std::to_string(occ.count) + ",";
    out += (occ.budget_share() ? occ.budget_share()->str() : "") + ",";
    out += std::string(is_overdue(t, o.today) ? "yes" : "no") + ",";
    out += field(t.file) + "," + std::to_string(t.line) + ",";
    if (auto utc = utc_span(t, occ.start))
      out += t.at->str() + "," + std::to_string(t.duration.value) + "," + iso_utc(utc->start) + "," + iso_utc(utc->end);
    else
      out += ",,,";
    out += "\r\n";
  }
  return out;
}

}  // namespace strat
