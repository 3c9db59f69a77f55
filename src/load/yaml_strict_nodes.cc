// The strictness pass: the walk over nodes: block keys ([188]), properties ([96]) and tags ([89], [40]).
#include <algorithm>

#include <fmt/format.h>

#include "load/yaml_strict_checker.h"

namespace strat::yaml::strict {

void Checker::walk_nodes() {
  std::sort(tag_handles_.begin(), tag_handles_.end());
  std::vector<Frame> stack;
  uint32_t doc_line = 0;
  for (size_t i = 0; i < stream_.events.size(); ++i) {
    const Event& e = stream_.events[i];
    switch (e.kind) {
      case Event::Kind::document_start:
        stack.clear();
        doc_line = e.pos.line;
        continue;
      case Event::Kind::document_end:
        continue;
      case Event::Kind::map_end:
      case Event::Kind::seq_end:
        if (!stack.empty()) stack.pop_back();
        continue;
      default:
        break;
    }
    Frame* parent = stack.empty() ? nullptr : &stack.back();
    bool key = parent && parent->map && parent->children % 2 == 0;
    if (parent) {
      if (parent->map && !parent->flow && !key) check_key_has_colon(*parent, e);
      if (key) parent->key = e.kind == Event::Kind::null ? Pos{} : e.pos;
      ++parent->children;
    }
    bool in_flow = parent && parent->flow;
    int indent = !parent ? kRootIndent : parent->flow ? kUnknownIndent : parent->indent;
    size_t off = offset_of(e.pos);
    if (off != npos && e.kind != Event::Kind::null) check_node(e, off, doc_line, in_flow, key, indent);
    if (e.kind == Event::Kind::map_start || e.kind == Event::Kind::seq_start)
      stack.push_back({.map = e.kind == Event::Kind::map_start,
                       .flow = e.flow,
                       .indent = e.flow ? kUnknownIndent : block_indent(e, off)});
  }
}

void Checker::check_node(const Event& e, size_t off, uint32_t doc_line, bool in_flow, bool key, int indent) {
  Properties props = properties_at(off);
  check_tags(props, doc_line);
  if (in_flow) return;  // scan_flow sees the whole flow collection
  if (!key) check_properties_indented(props, indent);
  char c = at(props.content);
  if (e.kind == Event::Kind::scalar && !e.plain) {
    if (c == '"' || c == '\'') scan_quoted(props.content, indent);
    else if (c == '|' || c == '>') check_block_scalar(props.content, indent);
  }
  if (e.flow && (c == '[' || c == '{')) scan_flow(props.content, indent);
}

int Checker::block_indent(const Event& e, size_t off) const {
  if (off == npos) return kUnknownIndent;
  char c = text_[off];
  if (c == '&' || c == '!') return kUnknownIndent;  // properties, perhaps on a line of their own
  if (e.kind == Event::Kind::seq_start && c != '-') return kUnknownIndent;
  return column_of(off);
}

void Checker::check_key_has_colon(const Frame& map, const Event& value) {
  if (value.kind == Event::Kind::null && value.pos.known() && value.pos == map.key)
    if (size_t off = offset_of(value.pos); off != npos) report(off, std::string(kNotKeyValue));
}

Properties Checker::properties_at(size_t off) const {
  Properties props;
  size_t i = off;
  while (props.count < 2 && (at(i) == '&' || at(i) == '!')) {
    size_t b = i;
    bool tag = text_[i] == '!';
    if (tag && at(i + 1) == '<') {  // a verbatim tag: !<…>
      while (i < text_.size() && text_[i] != '>' && !is_blank(text_[i]) && !is_break(text_[i])) ++i;
      if (at(i) == '>') ++i;
    } else {
      // A tag runs to the next blank or flow end; an anchor stops at any flow indicator too.
      while (i < text_.size() && !is_blank(text_[i]) && !is_break(text_[i]) && text_[i] != ',' &&
             text_[i] != ']' && text_[i] != '}' && (tag || (text_[i] != '[' && text_[i] != '{')))
        ++i;
    }
    props.tokens[props.count++] = text_.substr(b, i - b);
    i = skip_separation(i);
  }
  props.content = i;
  return props;
}

size_t Checker::skip_separation(size_t i) const {
  while (i < text_.size()) {
    char c = text_[i];
    if (is_blank(c) || is_break(c)) {
      ++i;
    } else if (c == '#' && i > 0 && (is_blank(text_[i - 1]) || is_break(text_[i - 1]))) {
      i = text_.find('\n', i);
      if (i == npos) return text_.size();
    } else {
      break;
    }
  }
  return i;
}

void Checker::check_properties_indented(const Properties& props, int indent) {
  if (indent == kUnknownIndent) return;
  for (size_t k = 0; k < props.count; ++k) {
    size_t off = static_cast<size_t>(props.tokens[k].data() - text_.data());
    if (first_on_line(off) && column_of(off) <= indent)
      report(off, fmt::format("'{}' starts a line, so it must be indented more than the key or "
                              "'-' it belongs to; indent it, or move it to the end of the line above",
                              props.tokens[k].substr(0, 40)));
  }
}

void Checker::check_tags(const Properties& props, uint32_t doc_line) {
  for (size_t k = 0; k < props.count; ++k) {
    std::string_view tag = props.tokens[k];
    if (tag[0] != '!' || (tag.size() > 1 && tag[1] == '<')) continue;
    size_t h = 1;
    while (h < tag.size() && is_word_char(tag[h])) ++h;
    size_t suffix = 1;
    if (h < tag.size() && tag[h] == '!') {
      suffix = h + 1;
      std::string_view handle = tag.substr(0, h + 1);
      if (h > 1 && !std::binary_search(tag_handles_.begin(), tag_handles_.end(),
                                       std::pair<uint32_t, std::string_view>{doc_line, handle}))
        report(static_cast<size_t>(tag.data() - text_.data()),
               fmt::format("the tag handle '{}' is not declared for this document; add a "
                           "'%TAG {} …' line before the document's '---'",
                           handle, handle));
    }
    for (size_t i = suffix; i < tag.size(); ++i) {
      if (tag[i] == '%' && i + 2 < tag.size() && is_hex(tag[i + 1]) && is_hex(tag[i + 2])) {
        i += 2;
      } else if (!is_tag_char(tag[i])) {
        report(static_cast<size_t>(tag.data() - text_.data()) + i,
               is_printable(tag[i])
                   ? fmt::format("a tag cannot contain '{}'; put a space between the tag and the "
                                 "value, or remove the character",
                                 tag[i])
                   : std::string("a tag can contain only plain ASCII letters, digits and URI "
                                 "punctuation; remove this character"));
        break;
      }
    }
  }
}

}  // namespace strat::yaml::strict
