#include "load/event_log.h"

#include <sys/mman.h>

#include <new>

namespace strat::yaml {

namespace {
constexpr size_t kChunkBytes = EventLog::kChunk * sizeof(Event);
}

void EventLog::Unmap::operator()(Event* p) const { munmap(p, kChunkBytes); }

Event& EventLog::emplace_back() {
  if (size_ == chunks_.size() * kChunk) {
    void* p = mmap(nullptr, kChunkBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    Chunk chunk(static_cast<Event*>(p));  // unmapped again if the push throws
    chunks_.push_back(std::move(chunk));
  }
  Event* e = &(*this)[size_++];
  return *new (e) Event{};
}

void EventLog::release_before(size_t i) {
  for (; released_ < i / kChunk && released_ < chunks_.size(); ++released_) chunks_[released_].reset();
}

}  // namespace strat::yaml
