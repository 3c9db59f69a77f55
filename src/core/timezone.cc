#include "strat/timezone.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <sys/stat.h>

namespace strat {

/// The footer's POSIX TZ string, "CET-1CEST,M3.5.0,M10.5.0/3": a standard offset, and
/// optionally a daylight offset with the days it starts and ends on.
struct TimeZone::Rule {
  struct When {
    char kind = 'M';  ///< 'M' month.week.day, 'J' Julian day 1..365 (no Feb 29), 'D' day 0..365
    int month = 0, week = 0, day = 0;
    int32_t time = 7200;  ///< local seconds after midnight (may be negative or past a day)
  };
  int32_t std_off = 0, dst_off = 0;  ///< east positive
  bool has_dst = false;
  When start, end;

  /// UTC seconds of `w` in `year`, reading its local time with offset `off`.
  static int64_t at(const When& w, int year, int32_t off) {
    Date d;
    if (w.kind == 'M') {
      Date first = Date::from_ymd(year, static_cast<unsigned>(w.month), 1);
      unsigned wd = static_cast<unsigned>((w.day + 6) % 7);  // POSIX 0 = Sunday; ours 0 = Monday
      d = first.plus_days(static_cast<int>((wd + 7 - first.weekday()) % 7) + 7 * (w.week - 1));
      while (d.month() != static_cast<unsigned>(w.month)) d = d.plus_days(-7);  // week 5: the last
    } else {
      Date jan1 = Date::from_ymd(year, 1, 1);
      bool leap = Date::from_ymd(year, 3, 1).plus_days(-1).day() == 29;
      int n = w.kind == 'J' ? w.day - 1 + (leap && w.day >= 60 ? 1 : 0) : w.day;
      d = jan1.plus_days(n);
    }
    return int64_t{d.days()} * 86400 + w.time - off;
  }

  int32_t offset_at(int64_t utc) const {
    if (!has_dst) return std_off;
    int64_t local_days = (utc + std_off) / 86400 - ((utc + std_off) % 86400 < 0 ? 1 : 0);
    int year = Date::min().plus_days(static_cast<int>(local_days - Date::min().days())).year();
    int64_t s = at(start, year, std_off), e = at(end, year, dst_off);
    bool dst = s < e ? (s <= utc && utc < e) : (utc < e || s <= utc);
    return dst ? dst_off : std_off;
  }
};

namespace {

/// A reader of the POSIX TZ grammar (a subset: what zic writes).
struct PosixReader {
  std::string_view s;
  bool name() {
    if (!s.empty() && s[0] == '<') {
      size_t close = s.find('>');
      if (close == std::string_view::npos) return false;
      s.remove_prefix(close + 1);
      return true;
    }
    size_t n = 0;
    while (n < s.size() && ((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= 'a' && s[n] <= 'z'))) ++n;
    s.remove_prefix(n);
    return n >= 3;
  }
  std::optional<int> number() {
    size_t n = 0;
    int v = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') v = v * 10 + (s[n++] - '0');
    if (n == 0 || n > 3) return std::nullopt;
    s.remove_prefix(n);
    return v;
  }
  /// [+-]hh[:mm[:ss]] in seconds.
  std::optional<int32_t> time() {
    int sign = 1;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
      sign = s[0] == '-' ? -1 : 1;
      s.remove_prefix(1);
    }
    auto h = number();
    if (!h) return std::nullopt;
    int32_t total = *h * 3600;
    for (int unit : {60, 1}) {
      if (s.empty() || s[0] != ':') break;
      s.remove_prefix(1);
      auto v = number();
      if (!v) return std::nullopt;
      total += *v * unit;
    }
    return sign * total;
  }
  std::optional<TimeZone::Rule::When> when() {
    TimeZone::Rule::When w;
    if (!s.empty() && s[0] == 'M') {
      s.remove_prefix(1);
      auto m = number();
      if (!m || s.empty() || s[0] != '.') return std::nullopt;
      s.remove_prefix(1);
      auto wk = number();
      if (!wk || s.empty() || s[0] != '.') return std::nullopt;
      s.remove_prefix(1);
      auto d = number();
      if (!d || *m < 1 || *m > 12 || *wk < 1 || *wk > 5 || *d > 6) return std::nullopt;
      w.month = *m;
      w.week = *wk;
      w.day = *d;
    } else {
      w.kind = !s.empty() && s[0] == 'J' ? 'J' : 'D';
      if (w.kind == 'J') s.remove_prefix(1);
      auto n = number();
      if (!n || *n > 365 || (w.kind == 'J' && *n < 1)) return std::nullopt;
      w.day = *n;
    }
    if (!s.empty() && s[0] == '/') {
      s.remove_prefix(1);
      auto t = time();
      if (!t) return std::nullopt;
      w.time = *t;
    }
    return w;
  }
};

std::optional<TimeZone::Rule> parse_rule(std::string_view text) {
  PosixReader r{text};
  TimeZone::Rule rule;
  if (!r.name()) return std::nullopt;
  auto std_west = r.time();
  if (!std_west) return std::nullopt;
  rule.std_off = -*std_west;
  if (r.s.empty()) return rule;
  if (!r.name()) return std::nullopt;
  rule.has_dst = true;
  rule.dst_off = rule.std_off + 3600;
  if (!r.s.empty() && r.s[0] != ',') {
    auto dst_west = r.time();
    if (!dst_west) return std::nullopt;
    rule.dst_off = -*dst_west;
  }
  if (r.s.empty() || r.s[0] != ',') return std::nullopt;
  r.s.remove_prefix(1);
  auto start = r.when();
  if (!start || r.s.empty() || r.s[0] != ',') return std::nullopt;
  r.s.remove_prefix(1);
  auto end = r.when();
  if (!end || !r.s.empty()) return std::nullopt;
  rule.start = *start;
  rule.end = *end;
  return rule;
}

int64_t big_endian(std::string_view b, size_t at, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  if (n == 4) return static_cast<int32_t>(static_cast<uint32_t>(v));
  return static_cast<int64_t>(v);
}

bool valid_name(std::string_view name) {
  if (name.empty() || name.size() > 200 || name[0] == '/' || name.find("..") != std::string_view::npos)
    return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_' ||
           c == '-' || c == '+';
  });
}

std::optional<std::string> read_file(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (1 << 20)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

}  // namespace

std::shared_ptr<const TimeZone> TimeZone::from_tzif(std::string name, std::string_view b) {
  auto header = [&](size_t at, int64_t counts[6]) {
    if (b.size() < at + 44 || b.substr(at, 4) != "TZif") return false;
    for (int i = 0; i < 6; ++i) counts[i] = big_endian(b, at + 20 + 4 * i, 4);
    return std::all_of(counts, counts + 6, [](int64_t c) { return c >= 0 && c < (1 << 20); });
  };
  int64_t c[6];  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  if (!header(0, c)) return nullptr;
  size_t at = 44, tsize = 4;
  auto block = [&](size_t ts) { return c[3] * ts + c[3] + c[4] * 6 + c[5] + c[2] * (ts + 4) + c[1] + c[0]; };
  if (b[4] >= '2') {  // skip the 32-bit block for the 64-bit one
    at += static_cast<size_t>(block(4));
    if (!header(at, c)) return nullptr;
    at += 44;
    tsize = 8;
  }
  if (c[4] == 0 || b.size() < at + static_cast<size_t>(block(tsize))) return nullptr;
  auto tz = std::make_shared<TimeZone>();
  tz->name_ = std::move(name);
  size_t times = at, indices = at + c[3] * tsize, types = indices + c[3];
  auto utoff = [&](int64_t type) { return static_cast<int32_t>(big_endian(b, types + 6 * type, 4)); };
  tz->initial_ = utoff(0);
  for (int64_t i = 0; i < c[3]; ++i) {
    int64_t type = static_cast<unsigned char>(b[indices + i]);
    if (type >= c[4]) return nullptr;
    tz->transitions_.push_back(big_endian(b, times + i * tsize, tsize));
    tz->offsets_.push_back(utoff(type));
  }
  size_t footer = at + static_cast<size_t>(block(tsize));
  if (tsize == 8 && footer < b.size() && b[footer] == '\n') {
    size_t end = b.find('\n', footer + 1);
    if (end != std::string_view::npos && end > footer + 1)
      if (auto rule = parse_rule(b.substr(footer + 1, end - footer - 1)))
        tz->rule_ = std::make_shared<const Rule>(*rule);
  }
  return tz;
}

std::string TimeZone::database_dir() {
  const char* dir = std::getenv("TZDIR");
  return dir && *dir ? dir : "/usr/share/zoneinfo";
}

std::shared_ptr<const TimeZone> TimeZone::find(std::string_view name, Problem* problem) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const TimeZone>, std::less<>> cache;
  auto set = [&](Problem p) {
    if (problem) *problem = p;
  };
  std::string dir = database_dir();
  std::lock_guard lock(mutex);
  if (auto it = cache.find(name); it != cache.end()) {
    set(Problem::none);
    return it->second;
  }
  struct stat st {};
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    set(Problem::no_database);
    return nullptr;
  }
  std::shared_ptr<const TimeZone> tz;
  if (valid_name(name))
    if (auto bytes = read_file(dir + "/" + std::string(name))) tz = from_tzif(std::string(name), *bytes);
  if (!tz) {
    set(Problem::unknown);
    return nullptr;
  }
  set(Problem::none);
  cache.emplace(std::string(name), tz);
  return tz;
}

std::vector<std::string> TimeZone::known_names() {
  std::vector<std::string> names{"UTC"};
  for (const char* table : {"zone1970.tab", "zone.tab"}) {
    auto text = read_file(database_dir() + "/" + table);
    if (!text) continue;
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream cols(line);
      std::string code, coords, zone;
      if (cols >> code >> coords >> zone && std::find(names.begin(), names.end(), zone) == names.end())
        names.push_back(zone);
    }
  }
  return names;
}

int32_t TimeZone::offset_at(int64_t utc) const {
  if (transitions_.empty() || utc < transitions_.front()) return transitions_.empty() && rule_ ? rule_->offset_at(utc) : initial_;
  if (rule_ && utc >= transitions_.back()) return rule_->offset_at(utc);
  auto it = std::upper_bound(transitions_.begin(), transitions_.end(), utc);
  return offsets_[static_cast<size_t>(it - transitions_.begin()) - 1];
}

int64_t TimeZone::to_utc(Date day, int minutes) const {
  int64_t local = int64_t{day.days()} * 86400 + int64_t{minutes} * 60;
  int32_t before = offset_at(local - 86400 - 14 * 3600), after = offset_at(local + 86400 + 14 * 3600);
  std::optional<int64_t> best;
  for (int32_t off : {before, after}) {
    int64_t u = local - off;
    if (offset_at(u) == off && (!best || u < *best)) best = u;
  }
  return best ? *best : local - before;  // in a gap: the offset before it
}

}  // namespace strat
