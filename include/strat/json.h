// A small streaming JSON writer, so that no format assembles JSON by hand.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "strat/output.h"

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
/// With a sink, a long document is streamed: piece() after each element of a long list hands
/// the text to the sink once it fills a piece (kRenderChunk), and finish() the rest.
///
/// Misuse (a value where a key is due, unbalanced ends) is a programming error: asserted.
class JsonWriter {
 public:
  explicit JsonWriter(Sink sink = {}) : sink_(std::move(sink)) {}

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
  /// With a sink: hands it the text so far once that fills a piece.
  void piece() {
    if (sink_ && out_.size() >= kRenderChunk) flush();
  }
  /// The end of the document: with a sink, the rest goes to it and "" is returned; else the
  /// whole document.
  std::string finish() {
    if (!sink_) return out_;
    flush();
    return {};
  }

 private:
  struct Level {
    bool one_line;
    bool object;
    bool empty = true;
    bool after_key = false;
  };
  void flush() {
    sink_(std::string_view(out_));
    out_.clear();
  }
  JsonWriter& signed_value(int64_t n);
  JsonWriter& unsigned_value(uint64_t n);
  void before_value();
  JsonWriter& open(char bracket, bool object, bool one_line);
  JsonWriter& close(char bracket, bool object);
  size_t indent_depth() const;

  Sink sink_;
  std::string out_;
  std::vector<Level> stack_;
};

}  // namespace strat
