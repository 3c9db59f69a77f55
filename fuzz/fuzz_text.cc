// libFuzzer target: the small parsers of user text and the output layer: dates, intervals,
// globs, recurrence counting, display width and truncation, JSON and XML escaping. The input
// is split at its first NUL into a pattern and a text for glob_match.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "strat/config.h"
#include "strat/date.h"
#include "strat/json.h"
#include "strat/recurrence.h"
#include "strat/text.h"
#include "strat/xml.h"

namespace {

void require(bool ok) {
  if (!ok) __builtin_trap();
}

bool valid(std::string_view s) { return strat::first_invalid_utf8(s) == std::string_view::npos; }

/// truncate_to_width fits, keeps a prefix of the input (plus the ellipsis), and keeps UTF-8
/// valid; text wider than a padding is left alone, narrower text padded to the width.
void check_widths(std::string_view in) {
  size_t w = strat::display_width(in);
  for (size_t width : {size_t{0}, size_t{1}, size_t{2}, size_t{3}, w / 2, w ? w - 1 : 0, w, w + 1}) {
    std::string t = strat::truncate_to_width(in, width);
    require(strat::display_width(t) <= width);
    if (w <= width) {
      require(t == in);
      require(strat::pad_left(in, width).size() == in.size() + (width - w));
      continue;
    }
    std::string_view kept = t;
    if (width >= 1) {  // room for the ellipsis
      require(kept.ends_with("…"));
      kept.remove_suffix(std::string_view("…").size());
    }
    require(in.starts_with(kept));
    if (valid(in)) require(valid(t));
    require(strat::pad_right(in, width) == in);  // wider than `width`: left as it is
    require(strat::center(in, width) == in);
  }
  require(valid(strat::valid_utf8(in)));
  for (size_t i : {size_t{0}, in.size() / 2, in.size()}) {
    size_t start = strat::utf8_sequence_start(in, i);
    require(start <= std::min(i, in.size()) && start + 3 >= std::min(i, in.size()));
  }
}

/// A JSON string holding `in`: its quotes balance, it has no raw control bytes, and it is UTF-8.
void check_json(std::string_view in) {
  strat::JsonWriter w;
  w.begin_object(true).key(in).begin_array(true).value(in).end_array().end_object();
  std::string_view out = w.str();
  require(out.starts_with("{\"") && out.ends_with("\"]}\n") && valid(out));
  out.remove_suffix(1);
  int quotes = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    require(c >= 0x20);
    if (c == '\\') ++i;  // an escape: the next byte is part of it
    else if (c == '"') ++quotes;
  }
  require(quotes == 4);
}

/// XML text has no raw '<', attributes no raw '"' or line breaks; both are UTF-8.
void check_xml(std::string_view in) {
  std::string text = strat::xml_text(in), attribute = strat::xml_attribute(in);
  require(valid(text) && valid(attribute));
  require(text.find('<') == std::string::npos && attribute.find('<') == std::string::npos);
  require(attribute.find_first_of("\"\n\r\t") == std::string::npos);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto d = strat::Date::parse(in)) {
    // A date that parses prints back as itself.
    if (d->str() != in) __builtin_trap();
    (void)d->weekday();
  }
  if (auto i = strat::Interval::parse(in)) {
    (void)i->str();
    for (const char* date : {"0001-01-01", "2027-01-31", "9999-12-31"}) (void)i->after(*strat::Date::parse(date));
    // The counted occurrences are exactly those on or before `to`: the last one counted is
    // not after it, the next one is.
    strat::Date from = *strat::Date::parse("2024-01-31"), to = *strat::Date::parse("2031-02-28");
    strat::Recurrence rec{from, to, *i};
    int64_t n = rec.count();
    if (n < 1 || rec.nth(n - 1) > to || rec.nth(n) <= to) __builtin_trap();
  }
  // `every:` with weekdays: the k-th occurrence is counted at its own day and not before it.
  std::string why;
  if (auto e = strat::Every::parse(in, &why)) {
    (void)e->str();
    strat::Date from = *strat::Date::parse("2027-01-06"), to = *strat::Date::parse("2029-12-31");
    strat::Recurrence rec{from, to, *e, {{*strat::Date::parse("2027-03-01"), *strat::Date::parse("2027-05-31")}}};
    for (int64_t k = 0, n = std::min<int64_t>(rec.count(), 50); k < n; ++k) {
      strat::Date d = rec.nth(k);
      if (d < from || d > to || rec.count_until(d) != k + 1 || rec.count_until(d.plus_days(-1)) != k) __builtin_trap();
    }
  }
  check_widths(in);
  check_json(in);
  check_xml(in);
  size_t nul = in.find('\0');
  if (nul != std::string_view::npos) (void)strat::glob_match(in.substr(0, nul), in.substr(nul + 1));
  else (void)strat::is_glob(in);
  return 0;
}
