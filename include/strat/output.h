// A renderer's text as it is made: kept whole, or handed to a sink in pieces, so that a large
// export or report written to stdout is never held whole in memory. Every subcommand's
// streaming renderers use it (or flush their own writer at kRenderChunk).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace strat {

/// Takes a renderer's text piece by piece; an empty one means "keep the text whole".
using Sink = std::function<void(std::string_view)>;

/// The size of the pieces a renderer hands to its sink.
inline constexpr size_t kRenderChunk = 64 * 1024;

class Output {
 public:
  explicit Output(const Sink& sink) : sink_(sink) {}

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

  const Sink& sink_;
  std::string text_;
  bool flushed_ = false;
};

}  // namespace strat
