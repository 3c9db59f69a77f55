// The YAML edge: text → a flat list of parser events with positions.
// The only code that knows yaml-cpp; another YAML backend would replace yaml_events.cc alone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strat/load.h"
#include "strat/source.h"

namespace strat::yaml {

struct Event {
  enum class Kind : uint8_t { document_start, document_end, map_start, map_end, seq_start,
                              seq_end, scalar, null, alias };
  Kind kind;
  bool plain = false;  ///< a scalar written without quotes or tag
  bool flow = false;   ///< map/seq start: written in flow style ([…] or {…})
  Pos pos;
  uint32_t offset = 0;  ///< scalar: start of its text in Stream::text
  uint32_t size = 0;    ///< scalar: length of its text
  uint32_t last = 0;    ///< map/seq start: index of the matching end event
  uint32_t anchor = 0;  ///< alias: index into Stream::anchors (0 = none)
};

/// Every event of every document in one file.
struct Stream {
  std::vector<Event> events;
  std::string text;                  ///< scalar texts, back to back
  std::vector<uint32_t> anchors{0};  ///< anchor number → index of the anchored event

  std::string_view scalar(const Event& e) const { return {text.data() + e.offset, e.size}; }
};

/// Why parsing stopped early: invalid YAML, or a Limits bound.
struct ParseError {
  Pos pos;
  std::string message;
  bool limit = false;
};

/// Parses `text` into `out`. On error, `out` holds the complete documents before it.
std::optional<ParseError> parse(std::string_view text, const Limits& limits, Stream& out);

}  // namespace strat::yaml
