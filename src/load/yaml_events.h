// The YAML edge: text → a flat list of parser events with positions.
// yaml_events.cc is the only code that includes yaml-cpp, but it is not the only code built
// around it: the strictness pass (yaml_strict*.cc) exists because yaml-cpp 0.7 accepts invalid
// YAML and misreads some valid YAML (a root block scalar that is not indented, a '%' line
// inside a scalar, ...), and it reads yaml-cpp's events to find those cases. Another backend
// would replace yaml_events.cc and need yaml_strict*.cc reviewed check by check: some checks
// would become redundant, and those that work around yaml-cpp's misreadings would be wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/event_log.h"
#include "strat/load.h"
#include "strat/source.h"

namespace strat::yaml {

/// Every event of every document in one file.
struct Stream {
  std::string_view source;           ///< the text parsed
  EventLog events;
  std::string text;                  ///< scalar texts that differ from the source, back to back
  std::vector<uint32_t> anchors{0};  ///< anchor number → index of the anchored event

  std::string_view scalar(const Event& e) const {
    return (e.in_source ? source : std::string_view(text)).substr(e.offset, e.size);
  }
  /// Frees the events before event i, unless an alias may still replay them.
  void release_before(size_t i) {
    if (anchors.size() == 1) events.release_before(i);
  }
  /// Drops the document holding `pos` and every one after it.
  void drop_documents_from(Pos pos);
};

/// Why parsing stopped early: invalid YAML, or a Limits bound.
struct ParseError {
  Pos pos;
  std::string message;
  bool limit = false;
  bool misread = false;  ///< valid YAML that does not say what was meant (a split value)

  /// The message for the user: "invalid YAML: …", unless the YAML is valid but misread.
  std::string said() const;
};

/// Parses `text` into `out`. On error, `out` holds the complete documents before it.
std::optional<ParseError> parse(std::string_view text, const Limits& limits, Stream& out);

}  // namespace strat::yaml
