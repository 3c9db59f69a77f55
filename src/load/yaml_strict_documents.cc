// The strictness pass: markers ([203], [205]), documents ([211]) and directives ([82], [209]).
#include <algorithm>

#include "load/yaml_strict_checker.h"

namespace strat::yaml::strict {

void Checker::index_lines() {
  line_starts_.reserve(text_.size() / 32 + 1);
  size_t start = 0;
  for (;;) {
    line_starts_.push_back(static_cast<uint32_t>(start));
    uint32_t line = static_cast<uint32_t>(line_starts_.size());
    if (is_marker(start, "...")) {
      doc_end_lines_.push_back(line);
      check_nothing_after_document_end(start + 3);
    } else if (at(start) == '%') {
      percent_lines_.push_back(start);
    }
    size_t eol = text_.find('\n', start);
    if (eol == npos) break;
    start = eol + 1;
  }
}

void Checker::check_nothing_after_document_end(size_t i) {
  while (i < text_.size() && is_blank(text_[i])) ++i;
  if (at_end_of_line(i) || text_[i] == '#') return;
  report(i, "nothing may follow '...' on its line except a comment; move this text to a line of "
            "its own");
}

bool Checker::document_end_between(uint32_t from, uint32_t to) const {
  auto it = std::lower_bound(doc_end_lines_.begin(), doc_end_lines_.end(), from);
  return it != doc_end_lines_.end() && *it <= to;
}

void Checker::collect_documents() {
  const auto& events = stream_.events;
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].kind != Event::Kind::document_start) continue;
    size_t off = offset_of(events[i].pos);
    if (off == npos) continue;
    docs_.push_back({events[i].pos.line, off, i, events[i].pos.col == 1 && is_marker(off, "---")});
  }
}

void Checker::check_documents_are_separated() {
  bool misread = false;  // in the documents yaml-cpp made of a root block scalar's text
  for (size_t k = 1; k < docs_.size(); ++k) {
    const Document& doc = docs_[k];
    bool at_document_end = doc.offset == line_starts_[doc.line - 1] && is_marker(doc.offset, "...");
    if (is_break(text_[doc.offset])) continue;  // yaml-cpp opens a document at a lone '\r'
    if (doc.explicit_start || at_document_end || document_end_between(docs_[k - 1].line, doc.line)) {
      misread = false;  // (a document opened at a stray '...' is left to the directive checks)
      continue;
    }
    misread = misread || root_is_block_scalar(docs_[k - 1]);
    if (!misread) report(doc.offset, std::string(message_after(docs_[k - 1])));
  }
}

bool Checker::is_block_scalar(const Event& e) const {
  if (e.kind != Event::Kind::scalar || e.plain) return false;
  size_t off = offset_of(e.pos);
  if (off == npos) return false;
  char c = at(properties_at(off).content);
  return c == '|' || c == '>';
}

bool Checker::root_is_block_scalar(const Document& doc) const {
  return doc.event + 1 < stream_.events.size() && is_block_scalar(stream_.events[doc.event + 1]);
}

std::string_view Checker::message_after(const Document& previous) const {
  const auto& events = stream_.events;
  if (previous.event + 1 >= events.size()) return kAfterDocument;
  const Event& root = events[previous.event + 1];
  if (root.flow || is_block_scalar(root)) return kAfterDocument;
  if (root.kind == Event::Kind::seq_start) return kNotListItem;
  if (root.kind == Event::Kind::map_start) return kNotKeyValue;
  return kAfterDocument;
}

const Checker::Document* Checker::document_after(uint32_t line) const {
  auto it = std::upper_bound(docs_.begin(), docs_.end(), line,
                             [](uint32_t l, const Document& d) { return l < d.line; });
  return it == docs_.end() ? nullptr : &*it;
}

void Checker::check_directives() {
  const auto& events = stream_.events;
  size_t next = 0;             // the first event not yet passed
  size_t last_node = npos;     // the last positioned event (not a null) before the line
  size_t search_from = 0;      // where the next line of last_node's value may be found
  bool last_node_ended = false;
  bool last_node_block = false;  // last_node is a '|' or '>' scalar
  uint32_t last_doc_line = 0;  // the line of the last document start before the line
  for (size_t start : percent_lines_) {
    uint32_t line = pos_of(start).line;
    for (; next < events.size(); ++next) {
      const Event& e = events[next];
      if (!e.pos.known() || e.kind == Event::Kind::null) continue;
      if (e.pos.line >= line) break;
      if (e.kind == Event::Kind::document_start) last_doc_line = e.pos.line;
      last_node = next;
      last_node_block = is_block_scalar(e);
      search_from = 0;
      last_node_ended = false;
    }
    if (next < events.size() && events[next].pos.line == line) continue;  // a node on this line
    if (last_node_block) continue;  // see check_documents_are_separated
    if (last_node != npos && events[last_node].kind == Event::Kind::scalar && !last_node_ended) {
      // A line that continues a scalar shows up in its value.
      size_t end = start;
      while (end < text_.size() && end - start < 64 && !is_blank(text_[end]) && !is_break(text_[end]))
        ++end;
      size_t found = stream_.scalar(events[last_node]).find(text_.substr(start, end - start), search_from);
      if (found != npos) {
        search_from = found + (end - start);
        continue;
      }
      last_node_ended = true;
    }
    check_directive(start, line, last_doc_line);
  }
}

void Checker::check_directive(size_t start, uint32_t line, uint32_t last_doc_line) {
  if (last_doc_line != 0 && !document_end_between(last_doc_line, line))
    report(start, "a '%' directive must come before the document's '---'; end the document above "
                  "with a '...' line first");
  const Document* doc = document_after(line);
  if (!doc || !doc->explicit_start || document_end_between(line + 1, doc->line))
    report(start, "a '%' directive must be followed by a '---' line that starts the document");
  if (doc && text_.substr(start, 5) == "%TAG ") {
    size_t b = start + 5;
    while (b < text_.size() && is_blank(text_[b])) ++b;
    size_t e = b;
    while (e < text_.size() && !is_blank(text_[e]) && !is_break(text_[e])) ++e;
    tag_handles_.emplace_back(doc->line, text_.substr(b, e - b));
  }
}

}  // namespace strat::yaml::strict
