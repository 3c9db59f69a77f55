// load_source: events → documents, with limits turned into diagnostics.
#include <algorithm>

#include <fmt/format.h>

#include "load/schema.h"
#include "load/yaml_events.h"
#include "strat/load.h"
#include "strat/text.h"

namespace strat {

namespace {

using load::Reader;
using Kind = yaml::Event::Kind;

bool looks_binary(std::string_view text) { return text.substr(0, 8192).find('\0') != std::string_view::npos; }

Pos pos_of_offset(std::string_view text, size_t offset) {
  Pos pos{1, 1};
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') pos = {pos.line + 1, 1};
    else ++pos.col;
  }
  return pos;
}

Document read_document(Reader& r) {
  Document doc;
  doc.source = r.source();
  Pos start = r.pos();
  r.cursor().next();  // document_start
  Pos at = r.pos();
  if (r.cursor().kind() != Kind::map_start) {
    r.report(r.at_null() || !at.known() ? start : at, "missing-field",
             "this is not a strat file: write 'kind: strategy' or 'kind: plan' at the top");
    r.cursor().skip_node();
  } else {
    std::string kind = r.peek_field("kind");
    if (kind == "strategy") {
      doc.strategy = load::read_strategy_body(r);
    } else if (kind == "plan") {
      doc.plan = load::read_plan_body(r);
    } else {
      if (kind.empty()) {
        r.report(at, "missing-field", "the file has no 'kind'; write 'kind: strategy' or 'kind: plan'");
      } else {
        std::string message = fmt::format("'kind' must be strategy or plan, not '{}'", kind);
        if (auto hint = did_you_mean(kind, {"strategy", "plan"}))
          message += fmt::format("; did you mean '{}'?", *hint);
        r.report(at, "wrong-type", std::move(message));
      }
      r.cursor().skip_node();
    }
    doc.has_kind = !kind.empty();
  }
  r.cursor().next();  // document_end
  return doc;
}

}  // namespace

LoadResult refuse_too_big(const SourcePtr& source, uint64_t size, const Limits& limits) {
  LoadResult result;
  result.source = source;
  DiagnosticSink(result.diagnostics).report(source, {1, 1}, "limit-exceeded",
      fmt::format("the file is {} bytes, more than the limit of {} bytes", size,
                  std::min(limits.max_file_bytes, kLargestFileBytes)));
  result.limit_hit = true;
  return result;
}

LoadResult load_source(const SourcePtr& source, const Limits& limits) {
  LoadResult result;
  result.source = source;
  DiagnosticSink sink(result.diagnostics);
  auto limit = [&](Pos pos, std::string message) {
    sink.report(source, pos.known() ? pos : Pos{1, 1}, "limit-exceeded", std::move(message));
    result.limit_hit = true;
  };
  const std::string& text = source->text();
  if (text.size() > std::min(limits.max_file_bytes, kLargestFileBytes))
    return refuse_too_big(source, text.size(), limits);
  if (std::string_view wide = wide_encoding(text); !wide.empty()) {
    sink.report(source, {1, 1}, "yaml-syntax", encoding_message(wide));
    result.diagnostics.back().source = nullptr;  // its lines are not UTF-8 text: show none
    return result;
  }
  if (looks_binary(text)) {
    sink.report(source, {1, 1}, "yaml-syntax", "this is a binary file, not YAML text");
    return result;
  }
  if (size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    sink.report(source, pos_of_offset(text, bad), "yaml-syntax",
                "the file is not UTF-8 text here; save it as UTF-8");
    return result;
  }

  yaml::Stream stream;
  if (auto error = yaml::parse(text, limits, stream)) {
    if (error->limit) limit(error->pos, fmt::format("the file is too deeply nested: {}", error->message));
    else sink.report(source, error->pos.known() ? error->pos : Pos{1, 1}, "yaml-syntax",
                     error->said());
  }

  Reader reader(stream, source, limits, result.diagnostics);
  try {
    while (!reader.cursor().done()) result.documents.push_back(read_document(reader));
    result.limit_hit |= reader.limit_hit();
  } catch (const yaml::AliasBudgetExceeded& e) {
    limit(e.pos, e.too_deep ? fmt::format("aliases nest deeper than {} levels", limits.max_depth)
                            : fmt::format("aliases expand to more than {} values; is this an alias bomb?",
                                          limits.max_alias_events));
    result.documents.clear();
  } catch (const load::TooManyEntities& e) {
    limit(e.pos, fmt::format("the file has more than {} entities", limits.max_entities));
    result.documents.clear();
  }
  if (result.documents.empty() && result.diagnostics.empty())
    sink.report(source, {1, 1}, "missing-field",
                "the file is empty; write 'kind: strategy' or 'kind: plan' at the top");
  return result;
}

}  // namespace strat
