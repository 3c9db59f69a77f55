// Typed reading of YAML nodes: each read_* consumes exactly one node and reports a
// positioned diagnostic (wrong-type, missing-field, unknown-key) when it is not what the
// format expects. The schema of each entity lives in strategy_loader.cc and plan_loader.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/cursor.h"
#include "strat/diagnostic.h"
#include "strat/id.h"
#include "strat/load.h"
#include "strat/model.h"

namespace strat::load {

/// Thrown when a file holds more entities than Limits::max_entities.
struct TooManyEntities {
  Pos pos;
};

class Reader {
 public:
  Reader(yaml::Stream& stream, const SourcePtr& source, const Limits& limits,
         std::vector<Diagnostic>& out);

  yaml::Cursor& cursor() { return c_; }
  const SourcePtr& source() const { return source_; }
  Pos pos() const { return c_.peek().pos; }
  bool at_null() const { return c_.kind() == yaml::Event::Kind::null; }

  void report(Pos pos, std::string_view rule, std::string message, std::string entity = {});
  /// Reports a Limits bound the file goes past (limit-exceeded, exit status 2).
  void limit(Pos pos, std::string message);
  bool limit_hit() const { return limit_hit_; }
  const Limits& limits() const { return limits_; }

  // Scalars. Each returns nullopt (after reporting, unless the value is null) when the node
  // is not a valid value of its type; `key` names the field in messages.
  std::optional<std::string> read_text(std::string_view key);
  std::optional<std::string> read_id(std::string_view key);
  std::optional<Located<Date>> read_date(std::string_view key);
  std::optional<Located<double>> read_number(std::string_view key);
  std::optional<Located<Money>> read_money(std::string_view key);
  std::optional<Located<Interval>> read_interval(std::string_view key);
  /// `every:`: an interval with optional weekdays ("week on monday", "month on first tuesday").
  std::optional<Located<Every>> read_every(std::string_view key);
  /// A list of days and ranges of days ("2027-04-10", "2027-08-01..2027-08-31"), or one.
  void read_day_spans(std::string_view key, std::vector<Located<DaySpan>>& out);
  std::optional<Located<TimeOfDay>> read_time_of_day(std::string_view key);  ///< "10:00"
  std::optional<Located<Minutes>> read_duration(std::string_view key);       ///< "1h30m"
  /// One of `names`; returns its index.
  std::optional<size_t> read_enum(std::string_view key, std::span<const std::string_view> names);

  /// A single reference or a list of them (`goal: a` or `goals: [a, b]`), appended to `refs`.
  void read_refs(std::string_view key, std::vector<Ref>& refs);
  std::optional<Ref> read_ref(std::string_view key);
  /// A list of text, or one text as a one-item list.
  void read_text_list(std::string_view key, std::vector<std::string>& out);
  /// {from, to}.
  void read_range(std::string_view key, DateRange& range);

  /// Calls item() once per element of a sequence; each call must consume one node.
  template <class F>
  void each_item(std::string_view key, F&& item) {
    if (!expect_container(yaml::Event::Kind::seq_start, key, "a list")) return;
    c_.next();
    while (c_.kind() != yaml::Event::Kind::seq_end) item();
    c_.next();
  }

  /// Reads a list of entities (a mapping each) into `out`, calling read_one(entity) for each
  /// and counting it against Limits::max_entities; any other item is reported and skipped.
  template <class T, class F>
  void read_entities(std::string_view key, std::vector<T>& out, F&& read_one) {
    out.reserve(out.size() + count_items());  // exactly: a plan can hold 100,000 tactics
    each_item(key, [&] {
      if (c_.kind() == yaml::Event::Kind::map_start) {
        count_entity();
        read_one(out.emplace_back());
        stream_.release_before(c_.index());  // the events read are in the model now
      } else {
        not_an_entity(key);
      }
    });
  }

  /// Which keys of a mapping had a value (an empty value counts as absent).
  struct Given {
    uint64_t mask = 0;
    bool has(size_t key) const { return mask & (uint64_t{1} << key); }
  };

  /// Calls field(index of key in `keys`, key position) for each known key of a mapping
  /// that has a value; each call must consume the value node. Unknown and repeated keys are
  /// reported here. `what` names the entity in messages ("tactic 'weekly-video'").
  template <class F>
  Given each_field(std::string_view what, std::span<const std::string_view> keys, F&& field) {
    Given given;
    if (!expect_container(yaml::Event::Kind::map_start, what, "a mapping")) return given;
    c_.next();
    uint64_t seen = 0;
    while (c_.kind() != yaml::Event::Kind::map_end) {
      std::optional<size_t> k = read_key(what, keys, seen);
      if (!k || at_null()) {
        c_.skip_node();
        continue;
      }
      given.mask |= uint64_t{1} << *k;
      field(*k, pos());
    }
    c_.next();
    return given;
  }

  /// The scalar value of `key` in the mapping at the cursor, without consuming anything;
  /// empty when there is none.
  std::string peek_field(std::string_view key) const;
  /// The entity's id, if it is a valid one.
  std::string peek_id() const;

  /// Counts one entity against Limits::max_entities.
  void count_entity();

 private:
  void not_an_entity(std::string_view key);
  /// The number of items in the sequence at the cursor (0 for anything else).
  size_t count_items() const;
  bool expect_container(yaml::Event::Kind kind, std::string_view key, std::string_view what);
  std::optional<size_t> read_key(std::string_view what, std::span<const std::string_view> keys,
                                 uint64_t& seen);
  /// The scalar text at the cursor, consumed; reports wrong-type for a mapping or a list.
  std::optional<std::string_view> scalar(std::string_view key, std::string_view expected);
  void wrong_type(Pos pos, std::string_view key, std::string_view expected, std::string_view got);
  /// wrong-type at an invisible character of the id `id` read at `at` for `key`.
  void report_hidden(Pos at, std::string_view key, std::string_view id, const HiddenCharacter& hidden);

  yaml::Stream& stream_;
  yaml::Cursor c_;
  SourcePtr source_;
  const Limits& limits_;
  DiagnosticSink sink_;
  size_t entities_ = 0;
  bool limit_hit_ = false;
};

/// Shortens a value for quoting in a message: 40 columns at most, cut between grapheme clusters.
std::string quote(std::string_view value);

/// "tactic 'weekly-video'", or "tactic" when the id is unknown.
std::string describe(std::string_view kind, std::string_view id);

/// Reports missing-field for a required value that was absent.
void require(Reader& r, bool present, Pos where, std::string_view what, std::string_view key,
             std::string_view entity = {});

}  // namespace strat::load
