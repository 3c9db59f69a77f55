// One YAML parser event, as the loader reads it.
#pragma once

#include <cstdint>

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

}  // namespace strat::yaml

static_assert(sizeof(strat::yaml::Event) == 20, "Event grew: it is hot for memory");
