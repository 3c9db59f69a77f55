#include "load/yaml_split.h"

#include <vector>

#include <fmt/format.h>

#include "load/reader.h"
#include "strat/text.h"

namespace strat::yaml {

namespace {

using Kind = Event::Kind;

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/// Three digits, then perhaps decimals: what follows a thousands separator (000, 500.50).
bool thousands_group(std::string_view s) {
  return s.size() >= 3 && all_digits(s.substr(0, 3)) &&
         (s.size() == 3 || (s[3] == '.' && all_digits(s.substr(4))));
}

class SplitFinder {
 public:
  SplitFinder(std::string_view text, const Stream& stream) : text_(text), events_(stream.events) {}

  std::optional<ParseError> run() {
    struct Frame {
      bool map, flow;
      uint32_t children = 0;
    };
    std::vector<Frame> stack;
    for (size_t i = 0; i < events_.size(); ++i) {
      const Event& e = events_[i];
      switch (e.kind) {
        case Kind::document_start: stack.clear(); continue;
        case Kind::document_end: continue;
        case Kind::map_end:
        case Kind::seq_end:
          if (!stack.empty()) stack.pop_back();
          continue;
        default: break;
      }
      if (!stack.empty()) {
        Frame& parent = stack.back();
        if (parent.flow && parent.children > 0) {
          std::optional<ParseError> split;
          if (!parent.map) split = in_sequence(i);
          else if (parent.children % 2 == 0) split = in_mapping(i);
          if (split) return split;
        }
        ++parent.children;
      }
      if (e.kind == Kind::map_start || e.kind == Kind::seq_start)
        stack.push_back({e.kind == Kind::map_start, e.flow});
    }
    return std::nullopt;
  }

 private:
  /// A plain scalar on one line, as written.
  std::optional<std::string_view> plain(size_t i) const {
    if (i >= events_.size()) return std::nullopt;
    const Event& e = events_[i];
    if (e.kind != Kind::scalar || !e.plain || !e.in_source || e.offset + e.size > text_.size())
      return std::nullopt;
    std::string_view s = text_.substr(e.offset, e.size);
    if (s.empty() || s.find_first_of("\r\n") != std::string_view::npos) return std::nullopt;
    return s;
  }
  size_t end_of(size_t i) const { return events_[i].offset + events_[i].size; }
  char at(size_t off) const { return off < text_.size() ? text_[off] : '\0'; }

  /// The offset of the ',' that directly follows the scalar at `prev`, or npos.
  size_t comma_after(size_t prev) const {
    size_t c = end_of(prev);
    return at(c) == ',' ? c : std::string_view::npos;
  }
  /// Only blanks between `from` and `to`.
  bool blanks_between(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k)
      if (text_[k] != ' ' && text_[k] != '\t') return false;
    return from <= to;
  }
  /// The key at `k` is a split piece after the scalar at `prev`: a plain key on the same line
  /// right after the ',' that ends `prev`, written without ':' (its value is a null).
  bool split_key(size_t k, size_t prev) const {
    if (!plain(k) || !plain(prev) || k + 1 >= events_.size() || events_[k + 1].kind != Kind::null)
      return false;
    size_t comma = comma_after(prev);
    if (comma == std::string_view::npos || !blanks_between(comma + 1, events_[k].offset)) return false;
    size_t after = end_of(k);
    while (at(after) == ' ' || at(after) == '\t') ++after;
    return at(after) == ',' || at(after) == '}';
  }

  Pos pos_at(size_t prev, size_t off) const {
    const Event& e = events_[prev];
    return {e.pos.line, e.pos.col + static_cast<uint32_t>(off - e.offset)};
  }

  std::optional<ParseError> in_mapping(size_t k) const {
    if (!split_key(k, k - 1)) return std::nullopt;
    std::string_view value = *plain(k - 1);
    std::vector<std::string_view> pieces{*plain(k)};  // `{title: a, b, c}`: b and c
    size_t last = k;
    while (split_key(last + 2, last)) pieces.push_back(*plain(last += 2));
    std::string_view whole = text_.substr(events_[k - 1].offset, end_of(last) - events_[k - 1].offset);
    bool amount = all_digits(value);
    bool thousands = true;
    for (std::string_view p : pieces) {
      amount = amount && all_digits(p);
      thousands = thousands && p.size() == 3;
    }
    std::string message;
    if (amount && thousands) {
      message = fmt::format("'{}' was read as {} and a key '{}': write amounts without separators, "
                            "{}{}, or quote the text",
                            whole, value, pieces[0], value, fmt::join(pieces, ""));
    } else if (amount && pieces.size() == 1) {
      message = fmt::format("'{}' was read as {} and a key '{}': write decimals with a point, {}.{}, "
                            "or quote the text", whole, value, pieces[0], value, pieces[0]);
    } else {
      std::optional<std::string_view> name = plain(k - 2);
      constexpr size_t kMax = 60;
      std::string meant = display_width(whole) <= kMax ? std::string(whole)
                                                       : truncate_to_width(whole, kMax, "…");
      message = fmt::format("this ',' cut {} in two: it was read as {} and a key {}; put the whole "
                            "value in quotes: \"{}\"",
                            name ? fmt::format("the value of '{}'", *name) : std::string("a value"),
                            load::quote(value), load::quote(pieces[0]), meant);
    }
    return ParseError{pos_at(k - 1, end_of(k - 1)), std::move(message), false, true};
  }

  std::optional<ParseError> in_sequence(size_t i) const {
    std::optional<std::string_view> prev = plain(i - 1), item = plain(i);
    if (!prev || !item || !all_digits(*prev) || !thousands_group(*item)) return std::nullopt;
    size_t comma = comma_after(i - 1);
    if (comma == std::string_view::npos || events_[i].offset != comma + 1) return std::nullopt;
    return ParseError{pos_at(i - 1, comma),
                      fmt::format("'{},{}' was read as two items, {} and {}: write numbers without "
                                  "separators, {}{}, or quote the text",
                                  *prev, *item, *prev, *item, *prev, *item),
                      false, true};
  }

  std::string_view text_;
  const EventLog& events_;
};

}  // namespace

std::optional<ParseError> find_split_value(std::string_view text, const Stream& stream) {
  return SplitFinder(text, stream).run();
}

}  // namespace strat::yaml
