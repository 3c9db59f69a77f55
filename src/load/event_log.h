// The parser events of one file, kept in fixed-size chunks so that the reader can give the
// ones behind it back to the system as it goes: a big file's events and the model built from
// them then do not take memory at the same time. Chunks are mapped pages of their own (not
// heap blocks), so that a released chunk leaves the process's resident memory at once.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "load/event.h"

namespace strat::yaml {

class EventLog {
 public:
  EventLog() = default;
  EventLog(EventLog&&) noexcept = default;
  EventLog& operator=(EventLog&&) noexcept = default;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Event& operator[](size_t i) { return chunks_[i / kChunk].get()[i % kChunk]; }
  const Event& operator[](size_t i) const { return chunks_[i / kChunk].get()[i % kChunk]; }
  Event& back() { return (*this)[size_ - 1]; }

  Event& emplace_back();
  void pop_back() { --size_; }
  /// Keeps the first n events (n ≤ size()).
  void truncate(size_t n) { size_ = n; }
  /// Frees the whole chunks before event i. Reading an event before i is then an error.
  void release_before(size_t i);

  static constexpr size_t kChunk = 8192;  ///< events per chunk: 160 KiB

 private:
  struct Unmap {
    void operator()(Event* p) const;
  };
  using Chunk = std::unique_ptr<Event, Unmap>;
  std::vector<Chunk> chunks_;
  size_t size_ = 0;
  size_t released_ = 0;  ///< chunks before this one are freed
};

}  // namespace strat::yaml
