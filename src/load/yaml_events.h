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

/// One parser event: 20 bytes, since a 100,000-tactic file has millions of them.
struct Event {
  enum class Kind : uint8_t { document_start, document_end, map_start, map_end, seq_start,
                              seq_end, scalar, null, alias };
  Kind kind;
  bool plain = false;      ///< scalar: written without quotes or tag
  bool flow = false;       ///< map/seq start: written in flow style ([…] or {…})
  bool in_source = false;  ///< scalar: its text is verbatim in the source (not in Stream::text)
  Pos pos;
  union {
    uint32_t offset = 0;  ///< scalar: start of its text, in the source or in Stream::text
    uint32_t last;        ///< map/seq start: index of the matching end event
    uint32_t anchor;      ///< alias: index into Stream::anchors
  };
  uint32_t size = 0;  ///< scalar: length of its text
};

/// Every event of every document in one file.
struct Stream {
  std::string_view source;           ///< the text parsed
  std::vector<Event> events;
  std::string text;                  ///< scalar texts that differ from the source, back to back
  std::vector<uint32_t> anchors{0};  ///< anchor number → index of the anchored event

  std::string_view scalar(const Event& e) const {
    return (e.in_source ? source : std::string_view(text)).substr(e.offset, e.size);
  }
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
static_assert(sizeof(strat::yaml::Event) == 20, "Event grew: it is hot for memory");
