// A renderer's text as it is made: kept whole, or handed to ReportRender::sink in pieces of
// about kRenderChunk (the calendar exports' piece size) so that a large report is never held.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "strat/calendar_render.h"

namespace strat::report {

class Output {
 public:
  explicit Output(const std::function<void(std::string_view)>& sink) : sink_(sink) {}

  Output& operator+=(std::string_view text) {
    text_ += text;
    if (sink_ && text_.size() >= kRenderChunk) flush();
    return *this;
  }

  /// Whether nothing has been written yet (including what went to the sink).
  bool empty() const { return text_.empty() && !flushed_; }

  /// The end of the text: with a sink, the rest goes to it and "" is returned; else the whole.
  std::string finish() {
    if (!sink_) return std::move(text_);
    if (!text_.empty()) flush();
    return {};
  }

 private:
  void flush() {
    sink_(text_);
    text_.clear();
    flushed_ = true;
  }

  const std::function<void(std::string_view)>& sink_;
  std::string text_;
  bool flushed_ = false;
};

}  // namespace strat::report
