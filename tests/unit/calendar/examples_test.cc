// Calendar and check agree on every example: each recurring tactic has as many occurrences as
// the Recurrence that check counts (and limits) gives it, each other dated tactic one.
#include <filesystem>

#include "calendar/calendar_test_util.h"

namespace strat::test {

TEST_CASE("calendar: every example's occurrences are the ones check counts") {
  std::string root = std::string(STRAT_SOURCE_DIR) + "/examples";
  DiskFileSystem fs;
  int plans = 0;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (!entry.is_directory() || entry.path().filename() == "broken") continue;
    Workspace ws = load_workspace({entry.path().string()}, fs);
    CalendarOptions o;
    o.range = {Date::min(), Date::max()};
    o.milestones = false;
    Calendar cal = build_calendar(ws, o);
    std::map<std::string, int64_t> counted;  // plan file + tactic path → occurrences
    for (const Occurrence& occ : cal.occurrences) ++counted[fmt::format("{}#{}", occ.tactic->file, occ.tactic->path)];
    for (const auto& p : ws.plans) {
      ++plans;
      for_each_tactic(p->tactics, [&](const Tactic& t, const Tactic* parent) {
        if (t.status == Status::dropped || (parent && parent->status == Status::dropped) || !t.first_day()) return;
        auto r = tactic_recurrence(t, parent, *p);
        int64_t want = r ? r->count() : 1;
        INFO(p->source->path() << " " << t.path);
        CHECK(counted[p->source->path() + "#" + t.path] == want);
      });
    }
  }
  CHECK(plans >= 8);
}

}  // namespace strat::test
