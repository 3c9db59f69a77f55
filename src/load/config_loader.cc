// parse_config: the text of a .strat.yaml → Config, through the same typed reader as plans,
// so a malformed config gets the same positioned diagnostics (yaml-syntax, wrong-type,
// unknown-key with did-you-mean) as a malformed plan.
#include <set>

#include <fmt/format.h>

#include "load/fields.h"
#include "load/reader.h"
#include "load/yaml_events.h"
#include "strat/config.h"
#include "strat/format.h"
#include "strat/rule_table.h"
#include "strat/text.h"

namespace strat {

namespace {

using load::Reader;
using Kind = yaml::Event::Kind;

using load::kFailOn;
using load::kLevels;
constexpr auto& kKeys = load::kConfigKeys;  // the tables `strat schema config` is written from
constexpr size_t kFirstCommand = 4;  // kKeys from here on are subcommand sections
constexpr auto& kCheckKeys = load::kCheckSectionKeys;
static_assert(load::key_at(kKeys, 3, "format") && load::key_at(kKeys, kFirstCommand, "check") &&
              kKeys.size() == kFirstCommand + 4 && load::key_at(kCheckKeys, 1, "fail-on"));
constexpr auto& kCalendarKeys = load::kCalendarSectionKeys;
using load::kWeekStarts;
static_assert(load::key_at(kCalendarKeys, 1, "week_start"));
constexpr auto& kReportKeys = load::kReportSectionKeys;
static_assert(load::key_at(kReportKeys, 1, "on-track") && load::key_at(kReportKeys, 3, "stale-after"));

std::optional<Severity> level_severity(size_t level) {
  switch (level) {
    case 0: return Severity::error;
    case 1: return Severity::warning;
    case 2: return Severity::note;
    default: return std::nullopt;
  }
}

/// "; did you mean 'budget-overrun'?" for a misspelt rule id, "; did you mean 'budget-*'?"
/// for a glob whose literal prefix is misspelt; empty when nothing is close.
std::string rule_hint(std::string_view name) {
  std::vector<std::string_view> ids;
  for (const RuleInfo& r : all_rules()) ids.push_back(r.id);
  if (!is_glob(name)) {
    auto hint = did_you_mean(name, ids);
    return hint ? fmt::format("; did you mean '{}'?", *hint) : std::string{};
  }
  size_t star = name.find_first_of("*?");
  std::string_view prefix = name.substr(0, star);
  if (prefix.size() < 3) return {};
  std::set<std::string_view> prefixes;
  for (std::string_view id : ids)
    if (id.size() >= prefix.size()) prefixes.insert(id.substr(0, prefix.size()));
  auto hint = did_you_mean(prefix, {prefixes.begin(), prefixes.end()});
  return hint ? fmt::format("; did you mean '{}{}'?", *hint, name.substr(star)) : std::string{};
}

void read_rules(Reader& r, Config& config) {
  yaml::Cursor& c = r.cursor();
  if (c.kind() != Kind::map_start) {
    if (!r.at_null())
      r.report(r.pos(), "wrong-type",
               "'rules' must be a mapping from rule names to severities, like 'budget-overrun: warning'");
    c.skip_node();
    return;
  }
  c.next();
  while (c.kind() != Kind::map_end) {
    Pos at = r.pos();
    if (c.kind() != Kind::scalar) {
      r.report(at, "wrong-type", "a key in 'rules' must be a rule name or a glob like 'budget-*'");
      c.skip_node();
      c.skip_node();
      continue;
    }
    std::string name(c.scalar());
    c.next();
    if (r.at_null()) {
      r.report(at, "wrong-type",
               fmt::format("rule '{}' needs a severity: error, warning, note or off", name));
      c.skip_node();
      continue;
    }
    std::optional<size_t> level = r.read_enum(name, kLevels);
    bool known = false;
    for (const RuleInfo& rule : all_rules()) known |= glob_match(name, rule.id);
    if (!known) {
      r.report(at, "unknown-reference",
               is_glob(name)
                   ? fmt::format("the config's rule pattern '{}' matches no rule{}", name, rule_hint(name))
                   : fmt::format("the config refers to rule '{}', which does not exist{}", name,
                                 rule_hint(name)),
               name);
      continue;
    }
    if (level) config.rules.push_back({name, at, level_severity(*level)});
  }
  c.next();
}

void read_ignore(Reader& r, Config& config) {
  auto one = [&] {
    Pos at = r.pos();
    std::optional<std::string> p = r.read_text("ignore");
    if (!p) return;
    std::string pattern = *p;
    while (pattern.starts_with("./")) pattern.erase(0, 2);
    while (pattern.size() > 1 && pattern.ends_with('/')) pattern.pop_back();
    if (pattern.empty() || pattern.starts_with('/') || pattern == "." || pattern.starts_with("../")) {
      r.report(at, "wrong-type",
               fmt::format("'ignore' takes paths below the config's directory, not '{}'", *p));
      return;
    }
    config.ignore.push_back(std::move(pattern));
  };
  if (r.cursor().kind() == Kind::seq_start) r.each_item("ignore", one);
  else one();
}

/// What one level of the config (the top level or a subcommand's section) says.
struct Settings {
  std::optional<std::string> format;
  std::optional<std::string> fail_on;
  std::optional<std::string> week_start;  ///< calendar's
  Config::ReportThresholds report;        ///< report's
};

/// A KPI pace threshold: a share of the expected progress, above 0 and at most 10.
std::optional<double> read_share(Reader& r, std::string_view key) {
  std::optional<Located<double>> v = r.read_number(key);
  if (!v) return std::nullopt;
  if (v->value > 0 && v->value <= 10) return v->value;
  r.report(v->pos, "wrong-type",
           fmt::format("'{}' is a share of the expected progress, such as 0.95, not {}", key, v->value));
  return std::nullopt;
}

void read_format(Reader& r, std::string_view subcommand, Settings& out) {
  std::span<const std::string_view> names = format_names(subcommand);
  if (auto v = r.read_enum("format", names)) out.format = std::string(names[*v]);
}

void read_fail_on(Reader& r, Settings& out) {
  if (auto v = r.read_enum("fail-on", kFailOn)) out.fail_on = std::string(kFailOn[*v]);
}

/// `check: {format: sarif, fail-on: warning}`, `calendar: {format: ics}`, ...: `fail-on` only
/// where it means something (check).
Settings read_section(Reader& r, std::string_view subcommand) {
  Settings section;
  std::span<const std::string_view> keys = kCheckKeys;
  if (subcommand == "calendar") keys = kCalendarKeys;
  else if (subcommand == "report") keys = kReportKeys;
  else if (subcommand != "check") keys = keys.first(1);
  r.each_field(subcommand, keys, [&](size_t k, Pos) {
    if (k == 0) read_format(r, subcommand, section);
    else if (subcommand == "report") {
      if (k == 1) section.report.on_track = read_share(r, "on-track");
      else if (k == 2) section.report.off_track = read_share(r, "off-track");
      else if (auto v = r.read_interval("stale-after")) section.report.stale_after = v->value;
    } else if (subcommand == "calendar") {
      if (auto v = r.read_enum("week_start", kWeekStarts)) section.week_start = std::string(kWeekStarts[*v]);
    } else read_fail_on(r, section);
  });
  return section;
}

void read_config(Reader& r, Config& config) {
  Settings top, check;
  r.each_field("the config", kKeys, [&](size_t k, Pos) {
    switch (k) {
      case 0: read_rules(r, config); break;
      case 1: read_ignore(r, config); break;
      case 2: read_fail_on(r, top); break;
      case 3: read_format(r, "check", top); break;
      default: {
        std::string_view subcommand = kKeys[k];
        Settings section = read_section(r, subcommand);
        if (k == kFirstCommand) check = std::move(section);
        else if (section.format) config.formats[std::string(subcommand)] = *section.format;
        if (subcommand == "calendar") config.week_start = section.week_start;
        if (subcommand == "report") config.report = section.report;
      }
    }
  });
  // The top-level keys are check's (they came first); its own section wins over them.
  config.format = check.format ? check.format : top.format;
  config.fail_on = check.fail_on ? check.fail_on : top.fail_on;
}

/// Resolves the ordered rule entries into one level per rule.
void resolve_levels(Config& config) {
  std::span<const RuleInfo> rules = all_rules();
  config.levels.assign(rules.size(), -1);
  for (const RuleSetting& s : config.rules)
    for (size_t i = 0; i < rules.size(); ++i)
      if (glob_match(s.pattern, rules[i].id))
        config.levels[i] = s.severity ? static_cast<int8_t>(*s.severity) : Config::kOff;
}

}  // namespace

Config parse_config(const SourcePtr& source, const std::string& dir) {
  Config config;
  config.source = source;
  config.dir = dir;

  const std::string& text = source->text();
  DiagnosticSink sink(config.diagnostics);
  Limits limits;
  if (std::string_view wide = wide_encoding(text); !wide.empty()) {
    sink.report(source, {1, 1}, "yaml-syntax", encoding_message(wide));
    config.diagnostics.back().source = nullptr;  // its lines are not UTF-8 text: show none
    resolve_levels(config);
    return config;
  }
  if (text.find('\0') != std::string::npos || first_invalid_utf8(text) != std::string::npos) {
    sink.report(source, {1, 1}, "yaml-syntax", "the config is not UTF-8 text; save it as UTF-8");
    resolve_levels(config);
    return config;
  }
  yaml::Stream stream;
  if (auto error = yaml::parse(text, limits, stream))
    sink.report(source, error->pos.known() ? error->pos : Pos{1, 1},
                error->limit ? "limit-exceeded" : "yaml-syntax",
                error->said());

  Reader r(stream, source, limits, config.diagnostics);
  try {
    for (int doc = 0; !r.cursor().done(); ++doc) {
      r.cursor().next();  // document_start
      if (doc > 0) {
        r.report(r.pos().known() ? r.pos() : Pos{1, 1}, "wrong-type",
                 "a config file holds one YAML document; this one is ignored");
        r.cursor().skip_node();
      } else if (r.cursor().kind() == Kind::map_start) {
        read_config(r, config);
      } else if (r.at_null()) {
        r.cursor().skip_node();  // an empty config sets nothing
      } else {
        r.report(r.pos(), "wrong-type",
                 "the config must be a mapping with 'rules', 'ignore', 'fail-on' or 'format'");
        r.cursor().skip_node();
      }
      r.cursor().next();  // document_end
    }
  } catch (const yaml::AliasBudgetExceeded& e) {
    sink.report(source, e.pos, "limit-exceeded", "aliases in the config expand to too many values");
  }
  resolve_levels(config);
  return config;
}

}  // namespace strat
