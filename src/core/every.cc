// `every:` as a marketer writes it: "2 weeks", "week on monday and thursday", "month on first
// tuesday", "1 quarter"; and `except:` days ("2027-04-10", "2027-08-01..2027-08-31").
#include <array>
#include <cctype>
#include <vector>

#include <fmt/format.h>

#include "strat/recurrence.h"
#include "strat/text.h"

namespace strat {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 5> kOrdinals = {"first", "second", "third", "fourth", "last"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// The words of `text`, split at spaces and commas ("and" is dropped: "monday and thursday").
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : std::string(text) + " ") {
    if (c == ' ' || c == ',') {
      if (!w.empty() && w != "and") out.push_back(lower(w));
      w.clear();
    } else {
      w += c;
    }
  }
  return out;
}

std::optional<unsigned> weekday_of(std::string_view w) {
  for (unsigned i = 0; i < kWeekdays.size(); ++i)
    if (w == kWeekdays[i] || (w.size() == 3 && kWeekdays[i].substr(0, 3) == w)) return i;
  return std::nullopt;
}

bool fail(std::string* why, std::string message) {
  if (why) *why = std::move(message);
  return false;
}

std::string hint(std::string_view word, std::vector<std::string_view> candidates) {
  auto h = did_you_mean(word, candidates);
  return h ? fmt::format("; did you mean '{}'?", *h) : std::string{};
}

/// Reads the weekdays after "on" into `e`, checking they suit its unit.
bool read_weekdays(std::string_view text, Every& e, std::string* why) {
  std::vector<std::string> ws = words(text);
  const char* examples = "'every: week on monday, thursday' or 'every: month on first tuesday'";
  if (ws.empty()) return fail(why, fmt::format("names no weekday after 'on'; write {}", examples));
  bool months = e.interval.unit == Interval::Unit::month;  // a quarter too; a year has no one month
  if (e.interval.unit != Interval::Unit::week && !months)
    return fail(why, fmt::format("can name weekdays only with weeks or months, as in {}", examples));
  for (size_t i = 0; i < kOrdinals.size(); ++i)
    if (ws[0] == kOrdinals[i]) e.on.ordinal = i == 4 ? -1 : static_cast<int>(i) + 1;
  if (e.on.ordinal != 0) ws.erase(ws.begin());
  for (const std::string& w : ws) {
    auto d = weekday_of(w);
    if (!d) {
      std::vector<std::string_view> all(kWeekdays.begin(), kWeekdays.end());
      if (months && e.on.ordinal == 0) all.insert(all.end(), kOrdinals.begin(), kOrdinals.end());
      return fail(why, fmt::format("names '{}', which is not a weekday (monday … sunday){}", w, hint(w, all)));
    }
    e.on.days |= static_cast<uint8_t>(1u << *d);
  }
  if (!e.on.any()) return fail(why, fmt::format("names no weekday after '{}'; write {}", text, examples));
  if (e.interval.unit == Interval::Unit::week && e.on.ordinal != 0)
    return fail(why, fmt::format("puts a week's day in order ('{1}'), which only a month has; write "
                                 "'every: month on {1} {0}', or 'every: week on {0}'",
                                 weekday_name(lowest_weekday(e.on.days)), kOrdinals[e.on.ordinal < 0 ? 4 : e.on.ordinal - 1]));
  if (months && e.on.ordinal == 0)
    return fail(why, fmt::format("does not say which {0} of the month: write 'every: month on first {0}' "
                                 "(first, second, third, fourth or last), or 'every: week on {0}' for every {0}",
                                 weekday_name(lowest_weekday(e.on.days))));
  if (months && (e.on.days & (e.on.days - 1)))
    return fail(why, "names more than one weekday of the month; a monthly recurrence takes one, such as "
                     "'every: month on last friday'");
  return true;
}

}  // namespace

unsigned lowest_weekday(uint8_t days) {
  for (unsigned i = 0; i < 7; ++i)
    if (days & (1u << i)) return i;
  return 0;
}

std::string_view weekday_name(unsigned weekday) { return kWeekdays[weekday % 7]; }

std::optional<Every> Every::parse(std::string_view text, std::string* why) {
  Every e;
  std::string_view head = text, tail;
  bool has_on = false;
  if (size_t on = text.find(" on "); on != std::string_view::npos) {
    head = text.substr(0, on);
    tail = text.substr(on + 4);
    has_on = true;
  }
  std::string interval(head);
  if (!interval.empty() && (interval[0] < '0' || interval[0] > '9')) interval = "1 " + interval;
  auto i = Interval::parse(interval);
  if (!i) {
    std::string message = fmt::format("must be an interval like '2 weeks' (days, weeks, months, quarters or "
                                      "years), or one on weekdays like 'week on monday', not '{}'", text);
    if (auto s = Interval::suggest(head)) message += fmt::format("; did you mean '{}'?", *s);
    fail(why, std::move(message));
    return std::nullopt;
  }
  e.interval = *i;
  if (has_on && !read_weekdays(tail, e, why)) return std::nullopt;
  return e;
}

std::string Every::str() const {
  std::string out = interval.str();
  if (!on.any()) return out;
  out += " on ";
  if (on.ordinal != 0) out += std::string(kOrdinals[on.ordinal < 0 ? 4 : on.ordinal - 1]) + " ";
  bool first = true;
  for (unsigned d = 0; d < 7; ++d)
    if (on.days & (1u << d)) {
      out += (first ? "" : ", ") + std::string(kWeekdays[d]);
      first = false;
    }
  return out;
}

std::optional<DaySpan> parse_day_span(std::string_view text) {
  size_t dots = text.find("..");
  auto first = Date::parse(text.substr(0, dots));
  if (!first) return std::nullopt;
  if (dots == std::string_view::npos) return DaySpan{*first, *first};
  auto last = Date::parse(text.substr(dots + 2));
  if (!last || *last < *first) return std::nullopt;
  return DaySpan{*first, *last};
}

}  // namespace strat
