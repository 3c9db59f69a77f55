// Source files and positions inside them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace strat {

/// A 1-based line and byte column in a source file; line 0 means "no position".
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  bool known() const { return line != 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
  friend auto operator<=>(const Pos&, const Pos&) = default;
};

/// The text of one input file (without a UTF-8 byte-order mark), shared by the model and the diagnostics that point into it.
class Source {
 public:
  Source(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// The text of 1-based line `line`, without its line break; empty when out of range.
  std::string_view line(uint32_t line) const;
  /// The 1-based column of `pos` counted in Unicode code points rather than bytes.
  /// Linear over a line's findings in column order; call it from one thread at a time.
  uint32_t codepoint_column(Pos pos) const;

  /// Frees the text and its line index, for a stage that has printed its load diagnostics and
  /// reads only the model from then on (the model holds copies, never views into the text).
  /// Afterwards text() and line() are empty and codepoint_column() returns the byte column.
  /// Like the column memo, this changes only what a const Source caches for quoting.
  void release_text() const;

 private:
  std::string path_;
  mutable std::string text_;
  mutable std::vector<uint32_t> line_starts_;  // byte offset of each line's first byte; empty once released
  mutable struct {
    uint32_t line = 0;
    size_t bytes = 0;
    uint32_t col = 1;
  } memo_;  // the last codepoint_column answer
};

using SourcePtr = std::shared_ptr<const Source>;

/// "UTF-16" or "UTF-32" when `text` is encoded so: a byte-order mark, or (without one) the NUL
/// bytes that ASCII text has between its characters in those encodings; empty otherwise.
/// A file in them is not UTF-8, and would otherwise look binary (it holds NUL bytes).
std::string_view wide_encoding(std::string_view text);
/// What to tell about a file in `encoding` (one wide_encoding returned).
std::string encoding_message(std::string_view encoding);

}  // namespace strat
