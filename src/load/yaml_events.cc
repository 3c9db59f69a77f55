#include "load/yaml_events.h"
#include "load/yaml_hints.h"
#include "load/yaml_split.h"
#include "load/yaml_strict.h"

#include <algorithm>
#include <istream>
#include <streambuf>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace strat::yaml {

namespace {

/// An istream over a string_view, so that the text is not copied.
struct ViewBuffer : std::streambuf {
  explicit ViewBuffer(std::string_view s) {
    char* p = const_cast<char*>(s.data());
    setg(p, p, p + s.size());
  }
};

/// Thrown from the handler to stop the parser at a limit.
struct LimitReached {
  ParseError error;
};

Pos pos_of(const YAML::Mark& m) {
  if (m.line < 0 || m.column < 0) return {};
  return {static_cast<uint32_t>(m.line + 1), static_cast<uint32_t>(m.column + 1)};
}

class Recorder final : public YAML::EventHandler {
 public:
  Recorder(Stream& out, const Limits& limits) : out_(out), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark& m) override {
    if (m.pos == last_document_start_)  // yaml-cpp is stuck: it would open empty documents forever
      throw LimitReached{{pos_of(m), "the YAML parser cannot read past this point; check this line", false}};
    last_document_start_ = m.pos;
    anchor_base_ = static_cast<uint32_t>(out_.anchors.size() - 1);  // numbers restart per document
    push(Event::Kind::document_start, pos_of(m));
  }
  void OnDocumentEnd() override { push(Event::Kind::document_end, {}); }

  void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override {
    note_anchor(anchor);
    push(Event::Kind::null, pos_of(m));
  }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t anchor) override {
    Event& e = push(Event::Kind::alias, pos_of(m));
    e.anchor = anchor_base_ + static_cast<uint32_t>(anchor);
  }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    note_anchor(anchor);
    Event& e = push(Event::Kind::scalar, pos_of(m));
    e.plain = tag == "?";
    if (!e.plain) last_quoted_ = m;
    e.size = static_cast<uint32_t>(value.size());
    // Most scalars are written verbatim (after an opening quote, if quoted): point at the
    // source instead of copying them, which keeps memory near the size of the file.
    size_t start = static_cast<size_t>(m.pos) + (e.plain ? 0 : 1);
    if (m.pos >= 0 && out_.source.compare(std::min(start, out_.source.size()), value.size(), value) == 0) {
      e.in_source = true;
      e.offset = static_cast<uint32_t>(start);
    } else {
      e.offset = static_cast<uint32_t>(out_.text.size());
      out_.text += value;
    }
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(Event::Kind::seq_start, m, anchor).flow = style == YAML::EmitterStyle::Flow;
  }
  void OnSequenceEnd() override { close(Event::Kind::seq_end); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(Event::Kind::map_start, m, anchor).flow = style == YAML::EmitterStyle::Flow;
  }
  void OnMapEnd() override { close(Event::Kind::map_end); }

  /// Where the last event starts, if it is a quoted scalar.
  std::optional<YAML::Mark> last_quoted() const { return last_quoted_; }

  /// Where the innermost unclosed flow collection of this kind starts.
  std::optional<Pos> innermost_flow(Event::Kind kind) const {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      const Event& e = out_.events[*it];
      if (e.kind == kind && e.flow) return e.pos;
    }
    return std::nullopt;
  }

 private:
  Event& push(Event::Kind kind, Pos pos) {
    last_quoted_.reset();
    Event& e = out_.events.emplace_back();
    e.kind = kind;
    e.pos = pos;
    return e;
  }
  void note_anchor(YAML::anchor_t anchor) {
    if (anchor == YAML::NullAnchor) return;
    uint32_t n = anchor_base_ + static_cast<uint32_t>(anchor);
    if (out_.anchors.size() <= n) out_.anchors.resize(n + 1, 0);
    out_.anchors[n] = static_cast<uint32_t>(out_.events.size());
  }
  Event& open(Event::Kind kind, const YAML::Mark& m, YAML::anchor_t anchor) {
    if (static_cast<int>(open_.size()) >= limits_.max_depth)
      throw LimitReached{{pos_of(m),
                          fmt::format("nesting deeper than {} levels", limits_.max_depth), true}};
    note_anchor(anchor);
    open_.push_back(static_cast<uint32_t>(out_.events.size()));
    return push(kind, pos_of(m));
  }
  void close(Event::Kind kind) {
    out_.events[open_.back()].last = static_cast<uint32_t>(out_.events.size());
    open_.pop_back();
    push(kind, {});
  }

  Stream& out_;
  const Limits& limits_;
  std::vector<uint32_t> open_;  // indices of the unclosed map/seq starts
  uint32_t anchor_base_ = 0;
  int last_document_start_ = -1;  // byte offset of the last document's start
  std::optional<YAML::Mark> last_quoted_;
};

/// A quote left open (`owner: "maya`) swallows the lines after it up to the next quote of its
/// kind, and yaml-cpp fails only there, often many lines below. When the error follows, on
/// the same line, the quote that closed a quoted text begun on an earlier line, and that quote
/// opens a value (`title: "Campaign`), point at where the text began instead.
std::optional<ParseError> unclosed_quote(std::string_view text, const YAML::Mark& quoted,
                                         const YAML::Mark& error) {
  if (quoted.pos < 0 || quoted.line >= error.line || error.pos <= quoted.pos ||
      static_cast<size_t>(error.pos) > text.size())
    return std::nullopt;
  char quote = text[static_cast<size_t>(quoted.pos)];
  if (quote != '"' && quote != '\'') return std::nullopt;  // a tagged scalar starts at its tag
  auto at = static_cast<size_t>(error.pos);
  size_t line_start = text.rfind('\n', at - 1) + 1;  // npos + 1 is 0
  // The quote that closed it must look like an opening one: at the start of a value.
  size_t closing = text.substr(line_start, at - line_start).rfind(quote);
  if (closing == std::string_view::npos ||
      (closing > 0 && std::string_view(" \t:[{,").find(text[line_start + closing - 1]) ==
                          std::string_view::npos))
    return std::nullopt;
  return ParseError{pos_of(quoted),
                    fmt::format("this quoted text is closed only on line {}; is its closing "
                                "quote missing on this line?", error.line + 1),
                    false};
}

/// yaml-cpp's terse messages, said so that someone who edits YAML by hand can act on them.
std::string explain(const std::string& msg) {
  static constexpr std::pair<std::string_view, std::string_view> kPlain[] = {
      {"illegal map value", "a ':' here is not allowed; put text that contains ': ' in quotes"},
      {"end of map not found", "this mapping is not closed; check the indentation above"},
      {"end of sequence not found", "this list is not closed; check the indentation above"},
      {"end of map flow not found", "this '{' is never closed with '}'"},
      {"end of sequence flow not found", "this '[' is never closed with ']'"},
      {"the referenced anchor is not defined", "this alias ('*name') refers to no anchor ('&name')"},
  };
  for (auto [yaml_cpp, plain] : kPlain)
    if (msg == yaml_cpp) return std::string(plain);
  return msg;
}

/// Drops the events of a document that did not finish.
void drop_partial_document(Stream& out) {
  while (!out.events.empty() && out.events.back().kind != Event::Kind::document_end)
    out.events.pop_back();
}

}  // namespace

void Stream::drop_documents_from(Pos pos) {
  size_t cut = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (e.kind != Event::Kind::document_start) continue;
    if (e.pos > pos) break;
    cut = i;
  }
  events.truncate(cut);
}

std::string ParseError::said() const {
  return misread ? message : fmt::format("invalid YAML: {}", message);
}

std::optional<ParseError> parse(std::string_view text, const Limits& limits, Stream& out) {
  out.source = text;
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  Recorder recorder(out, limits);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(recorder)) {
    }
    if (auto error = check_strict(text, out)) return error;  // yaml-cpp lets some invalid YAML through
    std::optional<ParseError> split = find_split_value(text, out);
    if (split) out.drop_documents_from(split->pos);
    return split;
  } catch (const LimitReached& e) {
    drop_partial_document(out);
    return e.error;
  } catch (const YAML::DeepRecursion& e) {
    drop_partial_document(out);
    return ParseError{pos_of(e.mark), fmt::format("nesting deeper than {} levels", limits.max_depth), true};
  } catch (const YAML::Exception& e) {
    ParseError error{pos_of(e.mark), explain(e.msg), false};
    // An unclosed '[' or '{' is found at the end of the file; point at the bracket instead.
    std::optional<Pos> flow;
    if (e.msg == "end of sequence flow not found") flow = recorder.innermost_flow(Event::Kind::seq_start);
    if (e.msg == "end of map flow not found") flow = recorder.innermost_flow(Event::Kind::map_start);
    error.pos = flow.value_or(error.pos);
    // Some mistakes make yaml-cpp stop elsewhere, or say little: read the text around the stop.
    if (e.mark.pos >= 0) {
      std::optional<size_t> quoted;
      if (auto q = recorder.last_quoted(); q && q->pos >= 0) quoted = static_cast<size_t>(q->pos);
      Stop stop{e.msg, static_cast<size_t>(e.mark.pos), pos_of(e.mark), quoted, flow};
      error = explain_stop(text, stop).value_or(std::move(error));
    }
    // An open quote is found where a later quote closes it; point at the open quote instead.
    if (std::optional<YAML::Mark> quoted = recorder.last_quoted())
      error = unclosed_quote(text, *quoted, e.mark).value_or(std::move(error));
    drop_partial_document(out);
    return error;
  }
}

}  // namespace strat::yaml
