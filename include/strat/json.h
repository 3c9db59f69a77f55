// A small streaming JSON writer, so that no format assembles JSON by hand.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace strat {

/// `text` as the inside of a JSON string literal (invalid UTF-8 becomes U+FFFD).
std::string json_escape(std::string_view text);

/// Writes one JSON value. Containers are laid out one element per line (indented two spaces a
/// level) or, when opened with `one_line`, on one line with ", " between elements:
///
///   JsonWriter w;
///   w.begin_object(true).key("items").begin_array();
///   w.begin_object(true).key("id").value("a").end_object();
///   w.end_array().end_object();
///   w.str()  // {"items": [\n  {"id": "a"}\n]}\n
///
/// Misuse (a value where a key is due, unbalanced ends) is a programming error: asserted.
class JsonWriter {
 public:
  JsonWriter& begin_object(bool one_line = false);
  JsonWriter& end_object();
  JsonWriter& begin_array(bool one_line = false);
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  /// Any integer type (int, uint32_t, size_t, ...), written in full.
  template <std::integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>)
  JsonWriter& value(T n) {
    if constexpr (std::is_signed_v<T>) return signed_value(n);
    else return unsigned_value(n);
  }
  JsonWriter& value(double x);  ///< shortest form that reads back the same; NaN and ±inf: null
  JsonWriter& value(bool b);
  JsonWriter& null();
  /// A number already written in JSON's syntax, e.g. Money::str() ("1200.50").
  JsonWriter& number(std::string_view digits);

  /// The document so far, ending in a newline once the top-level value is closed.
  const std::string& str() const { return out_; }
  /// Hands the text written so far to `sink` and forgets it, to stream a long document.
  template <typename Sink>
  void flush(Sink&& sink) {
    sink(std::string_view(out_));
    out_.clear();
  }

 private:
  struct Level {
    bool one_line;
    bool object;
    bool empty = true;
    bool after_key = false;
  };
  JsonWriter& signed_value(int64_t n);
  JsonWriter& unsigned_value(uint64_t n);
  void before_value();
  JsonWriter& open(char bracket, bool object, bool one_line);
  JsonWriter& close(char bracket, bool object);
  size_t indent_depth() const;

  std::string out_;
  std::vector<Level> stack_;
};

}  // namespace strat
