#include "load/reader.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "load/fields.h"
#include "strat/id.h"
#include "strat/text.h"

namespace strat::load {

using Kind = yaml::Event::Kind;

namespace {

std::string_view kind_name(Kind k) {
  switch (k) {
    case Kind::map_start: return "a mapping";
    case Kind::seq_start: return "a list";
    case Kind::null: return "empty";
    default: return "a single value";
  }
}

bool is_id(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return false;
  return true;
}

/// A date written like YYYY-MM-DD (or with an ISO 8601 expanded year: more digits, a sign)
/// whose year strat cannot hold: 0, negative, or past 9999, such as 10000-01-01 or -0044-03-15.
bool beyond_date_range(std::string_view s) {
  bool negative = s.starts_with('-');
  size_t start = negative || s.starts_with('+');
  size_t dash = s.find('-', start);
  if (dash == std::string_view::npos || dash < start + 4 || s.size() != dash + 6 || s[dash + 3] != '-')
    return false;
  for (size_t i = start; i < s.size(); ++i)
    if (i != dash && i != dash + 3 && (s[i] < '0' || s[i] > '9')) return false;
  std::string_view year = s.substr(start, dash - start);
  year.remove_prefix(std::min(year.find_first_not_of('0'), year.size()));
  return negative || year.empty() || year.size() > 4;
}

}  // namespace

std::string quote(std::string_view value) {
  constexpr size_t kMax = 40;
  if (display_width(value) <= kMax) return fmt::format("'{}'", value);
  return fmt::format("'{}…'", truncate_to_width(value, kMax, ""));
}

std::string describe(std::string_view kind, std::string_view id) {
  return id.empty() ? std::string(kind) : fmt::format("{} '{}'", kind, id);
}

void require(Reader& r, bool present, Pos where, std::string_view what, std::string_view key,
             std::string_view entity) {
  if (!present)
    r.report(where, "missing-field", fmt::format("{} has no '{}'", what, key), std::string(entity));
}

Reader::Reader(yaml::Stream& stream, const SourcePtr& source, const Limits& limits,
               std::vector<Diagnostic>& out)
    : stream_(stream), c_(stream, limits.max_alias_events, limits.max_depth), source_(source), limits_(limits),
      sink_(out) {}

void Reader::report(Pos pos, std::string_view rule, std::string message, std::string entity) {
  sink_.report(source_, pos, rule, std::move(message), std::move(entity));
}

void Reader::limit(Pos pos, std::string message) {
  report(pos, "limit-exceeded", std::move(message));
  limit_hit_ = true;
}

void Reader::count_entity() {
  if (++entities_ > limits_.max_entities) throw TooManyEntities{pos()};
}

void Reader::wrong_type(Pos pos, std::string_view key, std::string_view expected,
                        std::string_view got) {
  report(pos, "wrong-type", fmt::format("'{}' must be {}, not {}", key, expected, got));
}

size_t Reader::count_items() const {
  if (c_.kind() != Kind::seq_start) return 0;
  yaml::Cursor c = c_;
  size_t n = 0;
  for (c.next(); c.kind() != Kind::seq_end; c.skip_node()) ++n;
  return n;
}

void Reader::not_an_entity(std::string_view key) {
  std::string got = c_.kind() == Kind::scalar ? quote(c_.scalar()) : std::string(kind_name(c_.kind()));
  report(pos(), "wrong-type",
         fmt::format("each item of '{}' must be a mapping like '{{id: …, title: …}}', not {}", key, got));
  c_.skip_node();
}

bool Reader::expect_container(Kind kind, std::string_view key, std::string_view what) {
  if (c_.kind() == kind) return true;
  if (c_.kind() != Kind::null) {
    std::string got = c_.kind() == Kind::scalar ? quote(c_.scalar()) : std::string(kind_name(c_.kind()));
    wrong_type(pos(), key, what, got);
  }
  c_.skip_node();
  return false;
}

std::optional<std::string_view> Reader::scalar(std::string_view key, std::string_view expected) {
  Kind k = c_.kind();
  if (k == Kind::scalar) {
    std::string_view s = c_.scalar();
    c_.next();
    return s;
  }
  if (k != Kind::null) wrong_type(pos(), key, expected, kind_name(k));
  c_.skip_node();
  return std::nullopt;
}

std::optional<size_t> Reader::read_key(std::string_view what,
                                       std::span<const std::string_view> keys, uint64_t& seen) {
  Pos at = pos();
  if (c_.kind() != Kind::scalar) {
    report(at, "wrong-type", fmt::format("a key in {} must be a single word, not {}", what,
                                         kind_name(c_.kind())));
    c_.skip_node();  // the key; the caller skips the value
    return std::nullopt;
  }
  std::string_view key = c_.scalar();
  c_.next();
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != key) continue;
    if (seen & (uint64_t{1} << i)) {
      report(at, "yaml-syntax", fmt::format("'{}' appears twice in {}", key, what));
      return std::nullopt;
    }
    seen |= uint64_t{1} << i;
    return i;
  }
  std::string message = fmt::format("unknown key {} in {}", quote(key), what);
  if (auto hint = did_you_mean(key, {keys.begin(), keys.end()}))
    message += fmt::format("; did you mean '{}'?", *hint);
  report(at, "unknown-key", std::move(message));
  return std::nullopt;
}

std::optional<std::string> Reader::read_text(std::string_view key) {
  auto s = scalar(key, "text");
  return s ? std::optional<std::string>(*s) : std::nullopt;
}

std::optional<std::string> Reader::read_id(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "an id");
  if (!s) return std::nullopt;
  if (!is_id(*s)) {
    wrong_type(at, key, "an id (one word without spaces)", quote(*s));
    return std::nullopt;
  }
  if (auto hidden = hidden_character(*s)) report_hidden(at, key, *s, *hidden);
  return std::string(*s);  // still usable: id_key() compares it without the character
}

void Reader::report_hidden(Pos at, std::string_view key, std::string_view id,
                           const HiddenCharacter& hidden) {
  // Point at the character itself: find its bytes on the value's line (an escaped "\u200F"
  // or a value over several lines keeps the value's position).
  std::string_view line = source_->line(at.line);
  size_t from = at.col > 0 ? at.col - 1 : 0;
  size_t found = from < line.size() ? line.find(id.substr(hidden.offset, hidden.length), from)
                                    : std::string_view::npos;
  Pos where = found == std::string_view::npos ? at : Pos{at.line, static_cast<uint32_t>(found + 1)};
  std::string before = id_key(id.substr(0, hidden.offset));
  std::string more = hidden.count == 1 ? "" : fmt::format(", and {} more after it", hidden.count - 1);
  std::string message =
      fmt::format("'{}' holds an invisible character, {}, {}{} (often pasted along from a word "
                  "processor): delete {}; strat reads the id as {}",
                  key, hidden.name, before.empty() ? "at its start" : "after " + quote(before),
                  more, hidden.count == 1 ? "it" : "them", quote(id_key(id)));
  report(where, "wrong-type", std::move(message));
}

std::optional<Located<Date>> Reader::read_date(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "a date");
  if (!s) return std::nullopt;
  if (auto d = Date::parse(*s)) return Located<Date>{*d, at};
  if (beyond_date_range(*s)) {
    limit(at, fmt::format("'{}' is {}, outside the dates strat can handle ({} to {})", key, *s,
                          Date::min().str(), Date::max().str()));
    return std::nullopt;
  }
  bool shaped = s->size() == 10 && (*s)[4] == '-' && (*s)[7] == '-';
  report(at, "wrong-type",
         shaped ? fmt::format("'{}' is not a real date: {} does not exist", key, quote(*s))
                : fmt::format("'{}' must be a date written YYYY-MM-DD, not {}", key, quote(*s)));
  return std::nullopt;
}

std::optional<Located<double>> Reader::read_number(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "a number");
  if (!s) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), value);
  if (ec == std::errc{} && end == s->data() + s->size() && std::isfinite(value))
    return Located<double>{value, at};
  wrong_type(at, key, "a number", quote(*s));
  return std::nullopt;
}

std::optional<Located<Money>> Reader::read_money(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "an amount");
  if (!s) return std::nullopt;
  if (auto m = Money::parse(*s)) return Located<Money>{*m, at};
  wrong_type(at, key, "an amount of money (like 1200 or 99.50, not negative)", quote(*s));
  return std::nullopt;
}

std::optional<Located<Interval>> Reader::read_interval(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "an interval");
  if (!s) return std::nullopt;
  if (auto i = Interval::parse(*s)) return Located<Interval>{*i, at};
  // Beyond the limit only when the number has more than 4 digits after its leading zeros
  // (00001 week is badly written, not long), as with years in beyond_date_range.
  size_t digits = s->find_first_not_of("0123456789");
  if (digits != std::string_view::npos && digits - s->find_first_not_of('0') > 4 &&
      Interval::parse(fmt::format("1{}", s->substr(digits)))) {
    limit(at, fmt::format("'{}' is {}, longer than the intervals strat can handle (at most 9999 of "
                          "a unit)", key, *s));
    return std::nullopt;
  }
  std::string hint;
  if (auto fixed = Interval::suggest(*s)) hint = fmt::format("; did you mean '{}'?", *fixed);
  wrong_type(at, key, "an interval like '2 weeks' (days, weeks, months, quarters or years)", quote(*s) + hint);
  return std::nullopt;
}

std::optional<Located<Every>> Reader::read_every(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "an interval");
  if (!s) return std::nullopt;
  std::string why;
  if (auto e = Every::parse(*s, &why)) return Located<Every>{*e, at};
  // An interval that is not one: "'every' must be ..."; weekdays that are not: "'every: X' names ...".
  report(at, "wrong-type", why.starts_with("must") ? fmt::format("'{}' {}", key, why)
                                                  : fmt::format("'{}: {}' {}", key, *s, why));
  return std::nullopt;
}

void Reader::read_day_spans(std::string_view key, std::vector<Located<DaySpan>>& out) {
  auto one = [&] {
    Pos at = pos();
    auto s = scalar(key, "a day or a range of days");
    if (!s) return;
    if (auto d = parse_day_span(*s)) {
      out.push_back({*d, at});
      return;
    }
    size_t dots = s->find("..");
    auto a = Date::parse(s->substr(0, dots));
    auto b = dots == std::string_view::npos ? a : Date::parse(s->substr(dots + 2));
    report(at, "wrong-type",
           a && b ? fmt::format("'{}' range {} ends before it starts; write the earlier day first", key, quote(*s))
                  : fmt::format("'{}' takes days (2027-04-10) and ranges of days (2027-08-01..2027-08-31), "
                                "written YYYY-MM-DD and real, not {}", key, quote(*s)));
  };
  if (c_.kind() == Kind::seq_start) each_item(key, one);
  else one();
}

std::optional<Located<TimeOfDay>> Reader::read_time_of_day(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "a time of day");
  if (!s) return std::nullopt;
  if (auto t = TimeOfDay::parse(*s)) return Located<TimeOfDay>{*t, at};
  wrong_type(at, key, "a time of day on the 24-hour clock, like \"10:00\" or \"18:30\" (quoted)", quote(*s));
  return std::nullopt;
}

std::optional<Located<Minutes>> Reader::read_duration(std::string_view key) {
  Pos at = pos();
  auto s = scalar(key, "a duration");
  if (!s) return std::nullopt;
  if (auto m = Minutes::parse(*s)) return Located<Minutes>{*m, at};
  wrong_type(at, key, "a duration like 45m, 90m, 1h30m or 2h (at most 7 days)", quote(*s));
  return std::nullopt;
}

std::optional<size_t> Reader::read_enum(std::string_view key,
                                        std::span<const std::string_view> names) {
  Pos at = pos();
  auto s = scalar(key, "a single value");
  if (!s) return std::nullopt;
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == *s) return i;
  std::string message = fmt::format("'{}' must be one of {}, not {}", key,
                                    fmt::join(names.begin(), names.end(), ", "), quote(*s));
  if (auto hint = did_you_mean(*s, {names.begin(), names.end()}))
    message += fmt::format("; did you mean '{}'?", *hint);
  report(at, "wrong-type", std::move(message));
  return std::nullopt;
}

std::optional<Ref> Reader::read_ref(std::string_view key) {
  Pos at = pos();
  auto id = read_id(key);
  return id ? std::optional<Ref>(Ref{std::move(*id), at}) : std::nullopt;
}

void Reader::read_refs(std::string_view key, std::vector<Ref>& refs) {
  if (c_.kind() != Kind::seq_start) {
    if (auto r = read_ref(key)) refs.push_back(std::move(*r));
    return;
  }
  each_item(key, [&] {
    if (auto r = read_ref(key)) refs.push_back(std::move(*r));
  });
}

void Reader::read_text_list(std::string_view key, std::vector<std::string>& out) {
  if (c_.kind() != Kind::seq_start) {
    if (auto t = read_text(key)) out.push_back(std::move(*t));
    return;
  }
  each_item(key, [&] {
    if (auto t = read_text(key)) out.push_back(std::move(*t));
  });
}

void Reader::read_range(std::string_view key, DateRange& range) {
  static constexpr auto& kKeys = kRangeKeys;
  each_field(fmt::format("'{}'", key), kKeys, [&](size_t k, Pos) {
    (k == 0 ? range.from : range.to) = read_date(kKeys[k]);
  });
}

std::string Reader::peek_field(std::string_view key) const {
  if (c_.kind() != Kind::map_start) return {};
  yaml::Cursor c = c_;
  c.next();
  while (c.kind() != Kind::map_end) {
    bool found = c.kind() == Kind::scalar && c.scalar() == key;
    c.skip_node();
    if (found && c.kind() == Kind::scalar) return std::string(c.scalar());
    c.skip_node();
  }
  return {};
}

std::string Reader::peek_id() const {
  std::string id = peek_field("id");
  return is_id(id) ? id : std::string{};
}

}  // namespace strat::load
