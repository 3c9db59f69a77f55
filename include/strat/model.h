// The typed model of strategies and plans. Plain structs: no YAML, no I/O.
// Every entity and field keeps the position it was written at.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "strat/date.h"
#include "strat/recurrence.h"
#include "strat/time_of_day.h"
#include "strat/source.h"

namespace strat {

/// Entity ids (as id_key() spells them: NFC, no invisible characters) → positions in the
/// vector they index. Keys are owned, so a model that holds one may be copied and moved freely.
using IdIndex = std::unordered_map<std::string, size_t>;

/// A value and where it was written.
template <class T>
struct Located {
  T value{};
  Pos pos;
};

/// A reference to another entity by id, e.g. a tactic's goal.
struct Ref {
  std::string id;
  Pos pos;
};

/// An amount of money in hundredths of the plan's currency unit (exact sums).
struct Money {
  int64_t cents = 0;
  static std::optional<Money> parse(std::string_view text);  ///< "1200", "99.5"; no separators
  std::string str() const;                                   ///< "1200", "99.50"
  friend auto operator<=>(const Money&, const Money&) = default;
};

/// An inclusive range of dates; either end may be missing.
struct DateRange {
  std::optional<Located<Date>> from;
  std::optional<Located<Date>> to;
};

// ---------------------------------------------------------------- strategy

struct Objective {
  std::string id;
  Pos pos;
  std::string title;
};

struct Audience {
  std::string id;
  Pos pos;
  std::string title;
  std::string description;
};

enum class ChannelType { owned, paid, earned };

struct Kpi;  // below: a channel is measured as a goal is

struct Channel {
  std::string id;
  Pos pos;
  std::optional<ChannelType> type;
  std::string title;
  std::vector<Kpi> kpis;  ///< how the channel is measured (KPIs are chosen per platform)
};

struct Competitor {
  std::string name;
  Pos pos;
  std::string notes;
};

struct Positioning {
  std::string value_proposition;
  std::vector<std::string> differentiators;
  std::string message;
};

enum class Direction { up, down };

/// A key performance indicator: how a goal is measured (SMART: target and due date); channels
/// and tactics have KPIs of the same shape.
struct Kpi {
  std::string id;
  Pos pos;
  std::string metric;
  std::optional<Located<double>> baseline;
  std::optional<Located<double>> target;
  std::optional<Located<double>> actual;
  std::optional<Located<Date>> measured;  ///< the day `actual` was measured
  std::string unit;
  Direction direction = Direction::up;
  std::optional<Located<Date>> due;
  /// Fields written with a value that is not valid, so left empty above. The loader reported
  /// each (wrong-type); rules that look for a missing value skip them, so it is said once.
  struct Invalid {
    bool baseline = false, target = false, actual = false, due = false;
  } invalid;
};

/// A marketing goal, serving one or more business objectives.
struct Goal {
  std::string id;
  Pos pos;
  std::string title;
  std::vector<Ref> objectives;
  std::vector<Ref> audiences;
  std::vector<Kpi> kpis;
};

/// The slow layer: who we serve, why, where we appear, and the goals.
struct Strategy {
  SourcePtr source;
  Pos pos;  ///< the document's start
  std::string name;
  std::string owner;
  std::optional<Located<Date>> reviewed;
  Located<Interval> review_every{Interval{12, Interval::Unit::month}, {}};
  DateRange horizon;
  std::string vision;
  std::vector<Objective> objectives;
  std::vector<Audience> audiences;
  Positioning positioning;
  std::vector<Channel> channels;
  std::vector<Competitor> competitors;
  std::vector<std::string> opportunities;
  std::vector<std::string> threats;
  std::vector<Goal> goals;

  const Objective* find_objective(std::string_view id) const;
  const Audience* find_audience(std::string_view id) const;
  const Channel* find_channel(std::string_view id) const;
  const Goal* find_goal(std::string_view id) const;
  void build_index();  ///< call after loading or editing; the first of duplicate ids wins

 private:
  // Ids → positions in the vectors, owning their keys: a copy or a move of the strategy is a
  // whole strategy whose lookups still work (diff holds two revisions at once).
  IdIndex objective_index_, audience_index_, channel_index_, goal_index_;
};

// ---------------------------------------------------------------- plan

struct TeamMember {
  std::string id;
  Pos pos;
  std::string name;
  std::string role;
  std::string email;
};

enum class Status { planned, active, done, dropped };
/// The status as the files spell it: "planned", "active", "done", "dropped".
std::string_view to_string(Status s);
/// The status spelled `text`; nullopt for any other text.
std::optional<Status> parse_status(std::string_view text);

/// The common content types of a tactic (`type:`). Any other word is allowed; one a letter or
/// two away from these is likely a typo (tactic-type-typo).
inline constexpr std::string_view kCommonTacticTypes[] = {
    "article", "video", "post", "campaign", "ad", "newsletter", "email", "landing-page", "event",
    "webinar", "podcast", "seo", "automation", "site", "app"};

/// A concrete action. Tactics can contain tactics; a nested tactic inherits its
/// parent's goals and owner when it names none (see the *_inherited flags).
struct Tactic {
  std::string id;
  Pos pos;
  std::string title;
  std::vector<Ref> goals;
  bool goals_inherited = false;
  std::optional<Ref> channel;
  std::optional<Ref> audience;
  std::optional<Ref> owner;
  bool owner_inherited = false;
  DateRange span;                      ///< from/to
  std::optional<Located<Date>> on;     ///< a single day
  std::optional<Located<Date>> due;    ///< a deadline
  std::optional<Located<Every>> every;
  std::vector<Located<DaySpan>> except;  ///< days and ranges a recurrence skips
  Pos except_pos;                        ///< where `except:` was written (unset: not written)
  std::optional<Located<TimeOfDay>> at;  ///< the time of day; none: all day
  std::optional<Located<Minutes>> duration;  ///< how long a timed tactic lasts
  std::optional<Located<Money>> budget;
  std::optional<Located<Money>> spent;
  Status status = Status::planned;
  Pos status_pos;                      ///< where `status:` was written (unset: not written)
  std::string notes;
  /// The content type (video, article, campaign, ...): an open set; see kCommonTacticTypes.
  std::optional<Located<std::string>> type;
  std::vector<Kpi> kpis;  ///< how the tactic itself is measured (a goal's KPIs are the goal's)
  /// Why the tactic was dropped: meant for `status: dropped` (free text).
  std::optional<Located<std::string>> dropped_because;
  std::vector<Tactic> tactics;
  /// Where it sits: the ids from the top-level tactic down to this one, joined by '/'
  /// ("ads/ads-jan"); the parent's path is everything before the last '/'.
  std::string path;
  std::string parent_id;               ///< the enclosing tactic's id; empty at the top level

  /// The first and last day it occupies (from/to, on, or due), if it has dates.
  std::optional<Date> first_day() const;
  std::optional<Date> last_day() const;
};

/// A key date of the plan's timeline, such as a launch or a go-live.
struct Milestone {
  std::string id;
  Pos pos;
  std::string title;
  std::optional<Located<Date>> on;
};

/// The fast layer: what we do, when, with what budget, and who is responsible.
struct Plan {
  SourcePtr source;
  Pos pos;
  std::string name;
  std::optional<Located<std::string>> strategy_path;  ///< as written, relative to this file
  std::shared_ptr<const Strategy> strategy;           ///< resolved (file or inline); may be null
  DateRange period;
  std::string currency;
  std::optional<Located<Money>> budget;
  std::optional<Located<std::string>> week_start;  ///< mon, sun or sat (strat calendar)
  std::optional<Located<std::string>> timezone;    ///< an IANA name, for tactics' `at:`
  std::vector<TeamMember> team;
  std::vector<Tactic> tactics;
  std::vector<Milestone> milestones;

  const TeamMember* find_member(std::string_view id) const;
  void build_index();

 private:
  IdIndex member_index_;  // copy- and move-safe, as Strategy's
};

/// Calls fn(tactic, parent-or-null) for every tactic, depth first, in file order.
template <class Fn>
void for_each_tactic(const std::vector<Tactic>& ts, Fn&& fn, const Tactic* parent = nullptr) {
  for (const Tactic& t : ts) {
    fn(t, parent);
    for_each_tactic(t.tactics, fn, &t);
  }
}

}  // namespace strat
