// EventLog: chunked storage that keeps indices stable and frees what the reader has passed.
#include <doctest/doctest.h>

#include "load/event_log.h"
#include "load/yaml_events.h"
#include "strat/load.h"

using namespace strat;
using yaml::Event;
using yaml::EventLog;

namespace {

void fill(EventLog& log, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    Event& e = log.emplace_back();
    e.kind = Event::Kind::scalar;
    e.offset = static_cast<uint32_t>(i);
  }
}

}  // namespace

TEST_CASE("events keep their index across chunks, and new ones start blank") {
  EventLog log;
  CHECK(log.empty());
  fill(log, 3 * EventLog::kChunk + 5);
  REQUIRE(log.size() == 3 * EventLog::kChunk + 5);
  for (size_t i : {size_t{0}, EventLog::kChunk - 1, EventLog::kChunk, 3 * EventLog::kChunk + 4})
    CHECK(log[i].offset == i);
  log.truncate(EventLog::kChunk + 1);
  log.pop_back();
  CHECK(log.size() == EventLog::kChunk);
  CHECK(log.back().offset == EventLog::kChunk - 1);
  Event& reused = log.emplace_back();  // in a chunk that held an event before
  CHECK(reused.kind == Event::Kind::document_start);
  CHECK(reused.offset == 0);
}

TEST_CASE("release_before frees whole chunks only, and leaves the events after it") {
  EventLog log;
  fill(log, 2 * EventLog::kChunk + 10);
  log.release_before(EventLog::kChunk - 1);  // inside the first chunk: nothing to free
  CHECK(log[0].offset == 0);
  log.release_before(2 * EventLog::kChunk + 3);
  CHECK(log[2 * EventLog::kChunk + 3].offset == 2 * EventLog::kChunk + 3);
  CHECK(log.back().offset == 2 * EventLog::kChunk + 9);
  log.release_before(100 * EventLog::kChunk);  // past the end: every chunk, no crash
}

TEST_CASE("a stream with anchors keeps every event, since an alias may replay it") {
  std::string text = "a: &x [1, 2]\nb: *x\nc: [";
  for (size_t i = 0; i < EventLog::kChunk; ++i) text += "0, ";
  text += "0]\n";
  yaml::Stream stream;
  REQUIRE(!yaml::parse(text, Limits{}, stream));
  size_t n = stream.events.size();
  REQUIRE(n > EventLog::kChunk);
  stream.release_before(n);
  CHECK(stream.events[0].kind == Event::Kind::document_start);  // still readable
}
