// The keys of every mapping in strategy, plan and config files: one table per entity, read by
// the loaders' dispatch (the key arrays) and by `strat schema` (types, descriptions, values),
// so that the JSON Schema and the loader cannot drift apart.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "strat/model.h"

namespace strat::load {

/// How a value is read (reader.h) and what the schema says of it.
enum class FieldType {
  kind,         ///< the document's `kind:` (a constant)
  text,         ///< any scalar
  id,           ///< one word without spaces
  refs,         ///< an id, or a list of ids
  ref,          ///< an id
  date,         ///< YYYY-MM-DD
  interval,     ///< "2 weeks"
  every,        ///< "2 weeks", "week on monday and thursday", "month on first tuesday"
  day_list,     ///< a day or a day range (2027-08-01..2027-08-31), or a list of them
  time_of_day,  ///< "10:00"
  duration,     ///< "90m", "1h30m", "2h"
  number,
  money,        ///< 1200 or "99.50", not negative
  enumeration,  ///< one of Field::values
  text_list,    ///< a text, or a list of them
  range,        ///< {from: date, to: date}
  entities,     ///< a list of Field::entity mappings
  object,       ///< one Field::entity mapping
  strategy,     ///< a strategy file's path, or the strategy itself
  rule_levels,  ///< rule name or glob → error, warning, note or off
  format,       ///< one of the output formats of the subcommand named in Field::entity
  suggested,    ///< any text; Field::values are the common ones (the schema's examples)
};

struct Field {
  std::string_view name;
  FieldType type;
  std::string_view description;
  bool required = false;
  std::span<const std::string_view> values = {};  ///< enumeration; suggested: the common ones
  std::string_view entity = {};                   ///< entities, object: the Entity's name
};

struct Entity {
  std::string_view name;
  std::string_view description;
  std::span<const Field> fields;
};

/// The key names of `fields`, in order: what Reader::each_field matches.
template <size_t N>
constexpr std::array<std::string_view, N> keys_of(const Field (&fields)[N]) {
  std::array<std::string_view, N> keys{};
  for (size_t i = 0; i < N; ++i) keys[i] = fields[i].name;
  return keys;
}

inline constexpr std::string_view kChannelTypes[] = {"owned", "paid", "earned"};
inline constexpr std::string_view kDirections[] = {"up", "down"};
inline constexpr std::string_view kStatuses[] = {"planned", "active", "done", "dropped"};
inline constexpr std::string_view kLevels[] = {"error", "warning", "note", "off"};
inline constexpr std::string_view kWeekStarts[] = {"mon", "sun", "sat"};
inline constexpr std::string_view kFailOn[] = {"error", "warning", "never"};

using FT = FieldType;

inline constexpr Field kRangeFields[] = {
    {"from", FT::date, "The first day (YYYY-MM-DD)."},
    {"to", FT::date, "The last day (YYYY-MM-DD)."},
};
inline constexpr Field kObjectiveFields[] = {
    {"id", FT::id, "What goals refer to, one word.", true},
    {"title", FT::text, "The business objective, such as revenue or market share to gain.", true},
};
inline constexpr Field kAudienceFields[] = {
    {"id", FT::id, "What goals and tactics refer to, one word.", true},
    {"title", FT::text, "Who: a persona or a segment.", true},
    {"description", FT::text, "More about the audience."},
};
inline constexpr Field kChannelFields[] = {
    {"id", FT::id, "What tactics refer to, such as facebook or newsletter.", true},
    {"type", FT::enumeration, "owned (site, blog, newsletter), paid (ads) or earned (press, word of mouth).", false,
     kChannelTypes},
    {"title", FT::text, "The channel's name."},
    {"kpis", FT::entities, "How the channel is measured, as a goal's KPIs.", false, {}, "kpi"},
};
inline constexpr Field kCompetitorFields[] = {
    {"name", FT::text, "The competitor's name.", true},
    {"notes", FT::text, "What they do, and how the company differs."},
};
inline constexpr Field kPositioningFields[] = {
    {"value_proposition", FT::text, "The benefit the audiences get, in one sentence."},
    {"differentiators", FT::text_list, "What sets the company apart from its competitors."},
    {"message", FT::text, "The lead message."},
};
inline constexpr Field kKpiFields[] = {
    {"id", FT::id, "The KPI's id, one word.", true},
    {"metric", FT::text, "What is measured, such as Cost per lead.", true},
    {"baseline", FT::number, "The value when the goal was set."},
    {"target", FT::number, "The value to reach by due."},
    {"actual", FT::number, "The latest measured value."},
    {"unit", FT::text, "The unit of the values, such as EUR or %."},
    {"direction", FT::enumeration, "Whether higher (up) or lower (down) is better.", false, kDirections},
    {"due", FT::date, "When the target should be reached (YYYY-MM-DD)."},
    {"measured", FT::date, "When the actual value was measured (YYYY-MM-DD); without it, today."},
};
inline constexpr Field kGoalFields[] = {
    {"id", FT::id, "What tactics refer to, one word.", true},
    {"title", FT::text, "The marketing goal.", true},
    {"objective", FT::refs, "The business objective (or objectives) the goal serves."},
    {"objectives", FT::refs, "The business objectives the goal serves."},
    {"audience", FT::refs, "The audience (or audiences) the goal addresses."},
    {"audiences", FT::refs, "The audiences the goal addresses."},
    {"kpis", FT::entities, "How the goal is measured.", false, {}, "kpi"},
};
inline constexpr Field kStrategyFields[] = {
    {"kind", FT::kind, "strategy: this file is a marketing strategy.", true},
    {"name", FT::text, "The strategy's name.", true},
    {"owner", FT::text, "Who is responsible for the strategy (free text)."},
    {"reviewed", FT::date, "When the strategy was last reviewed (YYYY-MM-DD)."},
    {"review_every", FT::interval, "How often the strategy should be reviewed (default 12 months)."},
    {"horizon", FT::range, "The period the strategy covers."},
    {"vision", FT::text, "The long-term direction, in a sentence or two."},
    {"objectives", FT::entities, "The business objectives: what the business hopes to gain.", false, {}, "objective"},
    {"audiences", FT::entities, "Who the strategy addresses: personas, segments.", false, {}, "audience"},
    {"positioning", FT::object, "How the company wants its audiences to see it.", false, {}, "positioning"},
    {"channels", FT::entities, "Where the company chooses to appear.", false, {}, "channel"},
    {"competitors", FT::entities, "The competitive landscape.", false, {}, "competitor"},
    {"opportunities", FT::text_list, "What may help the strategy: a gap in the market."},
    {"threats", FT::text_list, "What may hurt the strategy: a new competitor."},
    {"goals", FT::entities, "The marketing goals.", false, {}, "goal"},
};
inline constexpr Field kMemberFields[] = {
    {"id", FT::id, "What tactics' owner refers to, one word.", true},
    {"name", FT::text, "The person's name."},
    {"role", FT::text, "What they do in the team."},
    {"email", FT::text, "Their e-mail address."},
};
inline constexpr Field kTacticFields[] = {
    {"id", FT::id, "The tactic's id, one word.", true},
    {"title", FT::text, "What is done.", true},
    {"type", FT::suggested, "The content type, such as video, article, campaign, newsletter, landing-page or event (any word).",
     false, kCommonTacticTypes},
    {"goal", FT::refs, "The marketing goal (or goals) the tactic serves."},
    {"goals", FT::refs, "The marketing goals the tactic serves."},
    {"channel", FT::ref, "The strategy's channel the tactic runs on."},
    {"audience", FT::ref, "The strategy's audience the tactic addresses."},
    {"owner", FT::ref, "The team member responsible for the tactic."},
    {"from", FT::date, "The first day (YYYY-MM-DD)."},
    {"to", FT::date, "The last day (YYYY-MM-DD)."},
    {"on", FT::date, "The one day of a one-day tactic (YYYY-MM-DD)."},
    {"due", FT::date, "When the tactic should be done (YYYY-MM-DD)."},
    {"every", FT::every, "How often the tactic repeats, such as 1 week, 2 months, 1 quarter, week on monday and thursday, or month on first tuesday."},
    {"except", FT::day_list, "Days (YYYY-MM-DD) and ranges of days (YYYY-MM-DD..YYYY-MM-DD) a recurrence skips."},
    {"at", FT::time_of_day, "The time of day it happens (HH:MM, 24-hour clock, in the plan's timezone); without it, all day."},
    {"duration", FT::duration, "How long a timed tactic lasts, such as 45m, 90m, 1h30m or 2h (default 1h)."},
    {"budget", FT::money, "What the tactic may cost, in the plan's currency."},
    {"spent", FT::money, "What it has cost so far."},
    {"status", FT::enumeration, "planned, active, done or dropped (a dropped tactic counts for nothing).", false,
     kStatuses},
    {"notes", FT::text, "Anything else worth knowing."},
    {"kpis", FT::entities, "How the tactic itself is measured, as a goal's KPIs.", false, {}, "kpi"},
    {"dropped_because", FT::text, "Why the tactic was dropped (with status: dropped)."},
    {"tactics", FT::entities, "Nested tactics, such as the flights of a campaign.", false, {}, "tactic"},
};
inline constexpr Field kMilestoneFields[] = {
    {"id", FT::id, "The milestone's id, one word.", true},
    {"title", FT::text, "What is reached, such as the launch.", true},
    {"on", FT::date, "The day (YYYY-MM-DD).", true},
};
inline constexpr Field kPlanFields[] = {
    {"kind", FT::kind, "plan: this file is a work plan.", true},
    {"name", FT::text, "The plan's name.", true},
    {"strategy", FT::strategy, "The strategy file the plan carries out (a path relative to the plan), or the strategy itself.",
     true},
    {"period", FT::range, "The period the plan covers."},
    {"currency", FT::text, "The currency of every budget, such as EUR."},
    {"budget", FT::money, "What the plan may spend in all."},
    {"team", FT::entities, "The people who own tactics.", false, {}, "member"},
    {"tactics", FT::entities, "What is done, when, by whom, and for which goal.", false, {}, "tactic"},
    {"milestones", FT::entities, "The key dates of the plan's timeline.", false, {}, "milestone"},
    {"week_start", FT::enumeration, "The first day of the week in calendars: mon, sun or sat.", false, kWeekStarts},
    {"timezone", FT::text, "The IANA time zone tactics' at: times are in, such as Europe/Paris."},
};
inline constexpr Field kConfigFields[] = {
    {"rules", FT::rule_levels, "Rule severities: a rule name or glob and error, warning, note or off; later entries win."},
    {"ignore", FT::text_list, "Paths below this directory that directory scans skip (globs)."},
    {"fail-on", FT::enumeration, "The default of --fail-on: error, warning or never.", false, kFailOn},
    {"format", FT::format, "The default of strat check --format.", false, {}, "check"},
    {"check", FT::object, "Defaults for strat check; they win over the top-level ones.", false, {}, "check-section"},
    {"calendar", FT::object, "Defaults for strat calendar.", false, {}, "calendar-section"},
    {"diff", FT::object, "Defaults for strat diff.", false, {}, "diff-section"},
    {"report", FT::object, "Defaults for strat report.", false, {}, "report-section"},
};
inline constexpr Field kCheckSectionFields[] = {
    {"format", FT::format, "The default of --format.", false, {}, "check"},
    {"fail-on", FT::enumeration, "The default of --fail-on: error, warning or never.", false, kFailOn},
};
inline constexpr Field kCalendarSectionFields[] = {
    {"format", FT::format, "The default of --format.", false, {}, "calendar"},
    {"week_start", FT::enumeration, "The first day of the week in calendars: mon, sun or sat.", false, kWeekStarts},
};
inline constexpr Field kDiffSectionFields[] = {{"format", FT::format, "The default of --format.", false, {}, "diff"}};
inline constexpr Field kReportSectionFields[] = {
    {"format", FT::format, "The default of --format.", false, {}, "report"},
    {"on-track", FT::number, "A KPI is on track at this share of its expected progress or more (default 0.95).", false},
    {"off-track", FT::number, "A KPI is off track below this share of its expected progress (default 0.75).", false},
    {"stale-after", FT::interval, "A KPI measured longer ago than this is stale (default 14 days).", false},
};

inline constexpr auto kRangeKeys = keys_of(kRangeFields);
inline constexpr auto kObjectiveKeys = keys_of(kObjectiveFields);
inline constexpr auto kAudienceKeys = keys_of(kAudienceFields);
inline constexpr auto kChannelKeys = keys_of(kChannelFields);
inline constexpr auto kCompetitorKeys = keys_of(kCompetitorFields);
inline constexpr auto kPositioningKeys = keys_of(kPositioningFields);
inline constexpr auto kKpiKeys = keys_of(kKpiFields);
inline constexpr auto kGoalKeys = keys_of(kGoalFields);
inline constexpr auto kStrategyKeys = keys_of(kStrategyFields);
inline constexpr auto kMemberKeys = keys_of(kMemberFields);
inline constexpr auto kTacticKeys = keys_of(kTacticFields);
inline constexpr auto kMilestoneKeys = keys_of(kMilestoneFields);
inline constexpr auto kPlanKeys = keys_of(kPlanFields);
inline constexpr auto kConfigKeys = keys_of(kConfigFields);
inline constexpr auto kCheckSectionKeys = keys_of(kCheckSectionFields);
inline constexpr auto kCalendarSectionKeys = keys_of(kCalendarSectionFields);
inline constexpr auto kReportSectionKeys = keys_of(kReportSectionFields);

/// Every entity, by the names Field::entity uses.
inline constexpr Entity kEntities[] = {
    {"strategy", "A marketing strategy: objectives, audiences, positioning, channels, goals and KPIs.",
     kStrategyFields},
    {"objective", "A business objective.", kObjectiveFields},
    {"audience", "An audience: a persona or a segment.", kAudienceFields},
    {"positioning", "How the company wants its audiences to see it.", kPositioningFields},
    {"channel", "A channel the company chooses to appear on.", kChannelFields},
    {"competitor", "A competitor.", kCompetitorFields},
    {"goal", "A marketing goal, serving business objectives, measured by KPIs.", kGoalFields},
    {"kpi", "A KPI: a metric with a target and a due date.", kKpiFields},
    {"plan", "A work plan: the tactics done in a period, with dates, budget, channel and owner.", kPlanFields},
    {"member", "A team member.", kMemberFields},
    {"tactic", "A tactic: what is done, when, by whom, on which channel, for which goal.", kTacticFields},
    {"milestone", "A key date of the plan.", kMilestoneFields},
    {"range", "A date range.", kRangeFields},
    {"config", "A .strat.yaml: rule severities, ignored paths, default options.", kConfigFields},
    {"check-section", "Defaults for strat check.", kCheckSectionFields},
    {"calendar-section", "Defaults for strat calendar.", kCalendarSectionFields},
    {"diff-section", "Defaults for strat diff.", kDiffSectionFields},
    {"report-section", "Defaults for strat report.", kReportSectionFields},
};

/// The key at `index` of `keys` is `name`: for static_asserts that a loader's enum of keys
/// follows its table.
template <size_t N>
constexpr bool key_at(const std::array<std::string_view, N>& keys, size_t index, std::string_view name) {
  return index < N && keys[index] == name;
}

}  // namespace strat::load
