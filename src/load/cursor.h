// Walks a yaml::Stream node by node, replaying aliases as if their anchored node were
// written in place, within a budget that stops alias bombs and a bound on the nesting that
// replays build up (a chain of aliases nests deeper than any text does).
#pragma once

#include <vector>

#include "load/yaml_events.h"

namespace strat::yaml {

/// Thrown when alias replay exceeds its budget, or nests deeper than the depth limit.
struct AliasBudgetExceeded {
  Pos pos;
  bool too_deep = false;
};

class Cursor {
 public:
  Cursor(const Stream& stream, size_t alias_budget, int max_depth)
      : s_(stream), budget_(alias_budget), max_depth_(max_depth) {}

  bool done() const { return i_ >= s_.events.size(); }
  size_t index() const { return i_; }  ///< of the current event
  const Event& peek() const { return s_.events[i_]; }
  Event::Kind kind() const { return peek().kind; }
  std::string_view scalar() const { return s_.scalar(peek()); }

  /// Moves past the current event.
  void next() {
    Event::Kind k = kind();
    if (k == Event::Kind::map_start || k == Event::Kind::seq_start) ++depth_;
    if (k == Event::Kind::map_end || k == Event::Kind::seq_end) --depth_;
    ++i_;
    settle();
    if (depth_ > max_depth_) throw AliasBudgetExceeded{peek().pos, true};
  }
  /// Moves past the current node (a scalar, or a whole mapping or sequence).
  void skip_node() {
    const Event& e = peek();
    if (e.kind == Event::Kind::map_start || e.kind == Event::Kind::seq_start) {
      i_ = e.last;  // at the end event, which next() counts as leaving the node
      ++depth_;
    }
    next();
  }

 private:
  struct Replay {
    size_t last;    // the anchored node's last event
    size_t resume;  // where to continue after it
  };
  /// Leaves finished replays and enters aliases, so that peek() is always a real event.
  void settle() {
    for (;;) {
      while (!replays_.empty() && i_ > replays_.back().last) {
        i_ = replays_.back().resume;
        replays_.pop_back();
      }
      if (done() || s_.events[i_].kind != Event::Kind::alias) return;
      const Event& alias = s_.events[i_];
      size_t target = s_.anchors[alias.anchor];
      const Event& node = s_.events[target];
      bool container = node.kind == Event::Kind::map_start || node.kind == Event::Kind::seq_start;
      size_t last = container ? node.last : target;
      // An alias inside the node it names (`&a [*a]`) would replay forever, one level
      // deeper each time: its expansion is infinite, whatever the budget left.
      bool recursive = target < i_ && i_ <= last;
      if (recursive || last - target + 1 > budget_) throw AliasBudgetExceeded{alias.pos};
      budget_ -= last - target + 1;
      replays_.push_back({last, i_ + 1});
      i_ = target;
    }
  }

  const Stream& s_;
  size_t budget_;
  int max_depth_;
  size_t i_ = 0;
  int depth_ = 0;  // mappings and sequences entered and not left, replays included
  std::vector<Replay> replays_;
};

}  // namespace strat::yaml

