#include "load/yaml_strict.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace strat::yaml {

namespace {

constexpr size_t npos = std::string_view::npos;

/// The indentation of a node's block parent is not known: skip the checks that need it.
constexpr int kUnknownIndent = INT_MIN;
/// The parent of a document's root node: any indentation will do.
constexpr int kRootIndent = -1;

constexpr std::string_view kNotKeyValue =
    "this line is not a 'key: value' pair; add ':' after the key or indent it under the key above";
constexpr std::string_view kNotListItem =
    "this line is not a list item; start it with '- ' or indent it under the item above";
constexpr std::string_view kAfterDocument =
    "this text comes after the end of the document above; remove it, or put a '---' line before "
    "it to start a new document";
constexpr std::string_view kCommentSpace = "a comment needs a space before '#'; add one";

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }
bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
/// ns-word-char [38]: the characters of a tag handle's name.
bool is_word_char(char c) { return is_digit(c) || is_alpha(c) || c == '-'; }
/// ns-tag-char [40]: a URI character other than '!' and the flow indicators ('%' escapes aside).
bool is_tag_char(char c) {
  return is_word_char(c) || (c != '\0' && std::strchr("#;/?:@&=+$_.~*'()", c) != nullptr);
}
/// A printable ASCII character, safe to quote in a message.
bool is_printable(char c) { return c > ' ' && c < 127; }

/// A node's properties (YAML 1.2 [96] c-ns-properties: an anchor and/or a tag), and where its content starts.
struct Properties {
  std::string_view tokens[2];
  size_t count = 0;
  size_t content = npos;
};

/// The whole pass: geometry of the text, then one pass over the markers and one over the events.
class Checker {
 public:
  Checker(std::string_view text, const Stream& stream) : text_(text), stream_(stream) {}

  std::optional<ParseError> run() {
    index_lines();
    collect_documents();
    check_documents_are_separated();
    check_directives();
    walk_nodes();
    if (!message_.empty()) return ParseError{pos_of(first_), std::move(message_)};
    return std::nullopt;
  }

 private:
  struct Document {
    uint32_t line;
    size_t offset;
    size_t event;
    bool explicit_start;  // starts with a '---' line
  };

  struct Frame {
    bool map;
    bool flow;
    int indent;  // column (0-based) of a block collection's keys or '-', or kUnknownIndent
    uint32_t children = 0;
    Pos key = {};  // position of the latest key of a mapping
  };

  // ----- geometry -----

  char at(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }
  bool at_end_of_line(size_t i) const { return i >= text_.size() || is_break(text_[i]); }

  /// True when `marker` ("---" or "...") starts the line at `i` and stands alone (c-forbidden [206]).
  bool is_marker(size_t i, std::string_view marker) const {
    return text_.substr(i, 3) == marker && (at_end_of_line(i + 3) || is_blank(text_[i + 3]));
  }

  size_t offset_of(Pos p) const {
    if (!p.known() || p.line > line_starts_.size() || p.col == 0) return npos;
    size_t off = line_starts_[p.line - 1] + (p.col - 1);
    return off < text_.size() ? off : npos;
  }

  Pos pos_of(size_t off) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
    uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
    if (line == 0) return {1, 1};
    return {line, static_cast<uint32_t>(off - line_starts_[line - 1] + 1)};
  }

  size_t line_start_of(size_t off) const { return line_starts_[pos_of(off).line - 1]; }
  int column_of(size_t off) const { return static_cast<int>(off - line_start_of(off)); }

  /// True when only blanks precede `off` on its line.
  bool first_on_line(size_t off) const {
    for (size_t i = line_start_of(off); i < off; ++i)
      if (!is_blank(text_[i])) return false;
    return true;
  }

  /// Keeps the violation that comes first in the text.
  void report(size_t off, std::string message) {
    if (off >= first_ && !message_.empty()) return;
    first_ = off;
    message_ = std::move(message);
  }

  // ----- markers and documents -----

  /// Line starts, and the lines that begin with '...' or '%' (document markers [203]
  /// and directives [82] must start at column 1).
  void index_lines() {
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

  /// [205] l-document-suffix: '...' may be followed by a comment only.
  void check_nothing_after_document_end(size_t i) {
    while (i < text_.size() && is_blank(text_[i])) ++i;
    if (at_end_of_line(i) || text_[i] == '#') return;
    report(i, "nothing may follow '...' on its line except a comment; move this text to a line of "
              "its own");
  }

  /// True when a '...' line lies within lines [from, to].
  bool document_end_between(uint32_t from, uint32_t to) const {
    auto it = std::lower_bound(doc_end_lines_.begin(), doc_end_lines_.end(), from);
    return it != doc_end_lines_.end() && *it <= to;
  }

  void collect_documents() {
    const auto& events = stream_.events;
    for (size_t i = 0; i < events.size(); ++i) {
      if (events[i].kind != Event::Kind::document_start) continue;
      size_t off = offset_of(events[i].pos);
      if (off == npos) continue;
      docs_.push_back({events[i].pos.line, off, i, events[i].pos.col == 1 && is_marker(off, "---")});
    }
  }

  /// [211] l-yaml-stream: a document that follows another must start with '---',
  /// unless the one before ended with '...'. yaml-cpp silently opens a new document
  /// for text it cannot fit into the previous one.
  /// yaml-cpp misreads a root block scalar whose text is not indented: it ends the
  /// scalar there and starts a new document. That is valid YAML, so that document and
  /// its '%' lines go unchecked.
  void check_documents_are_separated() {
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

  /// True for a scalar written as '|' or '>' text.
  bool is_block_scalar(const Event& e) const {
    if (e.kind != Event::Kind::scalar || e.plain) return false;
    size_t off = offset_of(e.pos);
    if (off == npos) return false;
    char c = at(properties_at(off).content);
    return c == '|' || c == '>';
  }

  bool root_is_block_scalar(const Document& doc) const {
    return doc.event + 1 < stream_.events.size() && is_block_scalar(stream_.events[doc.event + 1]);
  }

  /// What to tell about text that yaml-cpp put into a document of its own.
  std::string_view message_after(const Document& previous) const {
    const auto& events = stream_.events;
    if (previous.event + 1 >= events.size()) return kAfterDocument;
    const Event& root = events[previous.event + 1];
    if (root.flow || is_block_scalar(root)) return kAfterDocument;
    if (root.kind == Event::Kind::seq_start) return kNotListItem;
    if (root.kind == Event::Kind::map_start) return kNotKeyValue;
    return kAfterDocument;
  }

  /// The first document that starts after line `line`, or nullptr.
  const Document* document_after(uint32_t line) const {
    auto it = std::upper_bound(docs_.begin(), docs_.end(), line,
                               [](uint32_t l, const Document& d) { return l < d.line; });
    return it == docs_.end() ? nullptr : &*it;
  }

  /// A '%' at column 1 is a directive unless yaml-cpp read it as part of a scalar
  /// (a plain scalar's next line, a quoted or block scalar). Then [211] l-yaml-stream:
  /// directives come only at the start of the stream or after '...', and [209]
  /// l-directive-document: they must be followed by a '---' line.
  void check_directives() {
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

  void check_directive(size_t start, uint32_t line, uint32_t last_doc_line) {
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

  // ----- nodes -----

  /// One pass over the events, keeping the chain of open collections.
  void walk_nodes() {
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

  void check_node(const Event& e, size_t off, uint32_t doc_line, bool in_flow, bool key, int indent) {
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

  /// The column of a block collection's keys or '-' entries, when its position shows it.
  int block_indent(const Event& e, size_t off) const {
    if (off == npos) return kUnknownIndent;
    char c = text_[off];
    if (c == '&' || c == '!') return kUnknownIndent;  // properties, perhaps on a line of their own
    if (e.kind == Event::Kind::seq_start && c != '-') return kUnknownIndent;
    return column_of(off);
  }

  /// [188] ns-l-block-map-implicit-entry: a key in a block mapping is followed by ':'.
  /// yaml-cpp takes a line without one as a key with no value, a null at the key's own position.
  void check_key_has_colon(const Frame& map, const Event& value) {
    if (value.kind == Event::Kind::null && value.pos.known() && value.pos == map.key)
      if (size_t off = offset_of(value.pos); off != npos) report(off, std::string(kNotKeyValue));
  }

  /// Reads the anchor and tag at `off` and skips the separation after them.
  Properties properties_at(size_t off) const {
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

  /// Skips blanks, line breaks and comments.
  size_t skip_separation(size_t i) const {
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

  /// [96] c-ns-properties after [97] s-separate(n+1): an anchor or tag on a line of its
  /// own belongs to the node below it and must be indented more than that node's parent.
  void check_properties_indented(const Properties& props, int indent) {
    if (indent == kUnknownIndent) return;
    for (size_t k = 0; k < props.count; ++k) {
      size_t off = static_cast<size_t>(props.tokens[k].data() - text_.data());
      if (first_on_line(off) && column_of(off) <= indent)
        report(off, fmt::format("'{}' starts a line, so it must be indented more than the key or "
                                "'-' it belongs to; indent it, or move it to the end of the line above",
                                props.tokens[k].substr(0, 40)));
    }
  }

  /// [89] c-ns-shorthand-tag: a named handle ('!name!') must be declared by a %TAG
  /// directive of the same document ([6.8.1]: directives do not carry over), and a tag
  /// holds URI characters only ([40] ns-tag-char).
  void check_tags(const Properties& props, uint32_t doc_line) {
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

  /// [7.3] quoted scalars: closed by their quote; in double quotes only the escapes of
  /// [62] c-ns-esc-char; lines after the first indented like any flow line (see
  /// check_continuation); a comment after the closing quote needs a blank before it.
  /// Returns the offset after the closing quote, or npos when there is none.
  size_t scan_quoted(size_t q, int indent) {
    char quote = text_[q];
    size_t i = q + 1;
    while (i < text_.size()) {
      char c = text_[i];
      if (c == quote) {
        if (quote == '\'' && at(i + 1) == '\'') {
          i += 2;
          continue;
        }
        ++i;
        if (at(i) == '#') report(i, std::string(kCommentSpace));
        return i;
      }
      if (c == '\\' && quote == '"') {
        i = check_escape(i);
        continue;
      }
      if (c == '\n') check_continuation(i + 1, indent, false);
      ++i;
    }
    report(q, fmt::format("this quoted text has no closing {0}; add a {0} where the text ends", quote));
    return npos;
  }

  /// [62] c-ns-esc-char: the escapes double-quoted text may hold. Returns where to go on.
  size_t check_escape(size_t i) {
    char c = at(i + 1);
    if (is_break(c)) return i + 1;  // an escaped line break: the loop sees the break
    size_t hex = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (hex) {
      size_t n = 0;
      while (n < hex && is_hex(at(i + 2 + n))) ++n;
      if (n == hex) return i + 2 + hex;
      report(i, fmt::format("the escape \\{} needs {} hexadecimal digits", c, hex));
      return i + 2;
    }
    if (c != '\0' && std::strchr("0abt\tnvfre \"/\\N_LP", c)) return i + 2;
    report(i, is_printable(c) ? fmt::format("\\{} is not a valid escape in double-quoted text; "
                                            "remove the backslash, or write \\\\ for a backslash",
                                            c)
                              : std::string("this backslash starts no valid escape; remove it, "
                                            "or write \\\\ for a backslash"));
    return i + 1;
  }

  /// [69] s-flow-line-prefix(n): a line inside a quoted scalar or a flow collection
  /// (other than an empty or, outside quotes, a comment line) is indented more than the
  /// block collection that holds the value, with spaces: a tab is not indentation.
  void check_continuation(size_t line, int indent, bool comments_allowed) {
    if (indent == kUnknownIndent) return;
    size_t i = line;
    while (i < text_.size() && text_[i] == ' ') ++i;
    if (static_cast<int>(i - line) > indent) return;
    size_t j = i;
    while (j < text_.size() && is_blank(text_[j])) ++j;
    if (at_end_of_line(j) || (comments_allowed && text_[j] == '#')) return;
    if (text_[i] == '\t')
      report(i, "this line is indented with a tab; indent it with spaces");
    else
      report(j, "this line continues the value above, so it must be indented more than its key "
                "or '-'; add spaces at its start");
  }

  /// [8.1.1] block scalar header: indicators, then a blank before any comment.
  /// [8.1.1.1]: with no indentation indicator, the leading empty lines may not hold
  /// more spaces than the first line of text.
  void check_block_scalar(size_t h, int indent) {
    size_t i = h + 1;
    bool explicit_indent = false;
    for (int k = 0; k < 2; ++k) {
      char c = at(i);
      if (c >= '1' && c <= '9') explicit_indent = true;
      else if (c != '+' && c != '-') break;
      ++i;
    }
    if (at(i) == '#') {
      report(i, std::string(kCommentSpace));
      return;
    }
    if (explicit_indent || indent == kUnknownIndent) return;
    size_t line = text_.find('\n', i);
    size_t most = 0, most_at = npos;
    while (line != npos && ++line < text_.size()) {
      size_t k = line;
      while (k < text_.size() && text_[k] == ' ') ++k;
      if (!at_end_of_line(k)) {
        size_t spaces = k - line;
        if (static_cast<int>(spaces) > indent && most > spaces)
          report(most_at + spaces, "this empty line has more spaces than the first line of text "
                                   "below it; remove the extra spaces");
        return;
      }
      if (k - line > most) most = k - line, most_at = line;
      line = text_.find('\n', k);
    }
  }

  /// [7.4] flow collections, scanned once from the outermost '[' or '{': no empty entry
  /// ([138] ns-s-flow-seq-entries), no '-' standing alone ([126] ns-plain-first), a blank
  /// before each comment, and every line indented (check_continuation).
  void scan_flow(size_t b, int indent) {
    std::vector<char> open;
    enum { kOpen, kComma, kOther } prev = kOther;
    size_t i = b;
    while (i < text_.size()) {
      char c = text_[i];
      switch (c) {
        case '\n':
          check_continuation(i + 1, indent, true);
          ++i;
          break;
        case ' ':
        case '\t':
        case '\r':
          ++i;
          break;
        case '#':
          if (i > 0 && !is_blank(text_[i - 1]) && !is_break(text_[i - 1]))
            report(i, std::string(kCommentSpace));
          i = text_.find('\n', i);
          if (i == npos) return;
          break;
        case '[':
        case '{':
          open.push_back(c);
          prev = kOpen;
          ++i;
          break;
        case ']':
        case '}':
          if (open.empty()) return;
          open.pop_back();
          prev = kOther;
          ++i;
          if (at(i) == '#') report(i, std::string(kCommentSpace));
          if (open.empty()) return;
          break;
        case ',':
          if (prev != kOther && !open.empty())
            report(i, open.back() == '[' ? "this list has an empty entry; remove the extra ','"
                                         : "this mapping has an empty entry; remove the extra ','");
          prev = kComma;
          ++i;
          if (at(i) == '#') report(i, std::string(kCommentSpace));
          break;
        case '"':
        case '\'':
          i = scan_quoted(i, indent);
          if (i == npos) return;
          prev = kOther;
          break;
        case '&':
        case '!':
        case '*':
          while (i < text_.size() && !is_blank(text_[i]) && !is_break(text_[i]) &&
                 !is_flow_indicator(text_[i]))
            ++i;
          prev = kOther;
          break;
        default:
          if ((c == '-' || c == '?' || c == ':') && ends_plain_first(i + 1)) {
            if (c == '-')
              report(i, "a '-' cannot stand alone inside [ ] or { }; remove it, or put the item "
                        "in quotes");
            ++i;  // '?' and ':' here are the key and value indicators
          } else {
            i = scan_plain(i);
          }
          prev = kOther;
          break;
      }
    }
  }

  /// True when the character at `i` cannot continue a plain scalar begun by '-', '?' or ':'
  /// in flow context ([126] ns-plain-first: they need an ns-plain-safe character after them).
  bool ends_plain_first(size_t i) const {
    return at_end_of_line(i) || is_blank(text_[i]) || is_flow_indicator(text_[i]);
  }

  /// Skips a plain scalar's text on the current line, in flow context ([133] ns-plain-one-line).
  size_t scan_plain(size_t i) const {
    size_t j = i + 1;
    while (j < text_.size()) {
      char c = text_[j];
      if (is_break(c) || is_flow_indicator(c)) break;
      if (c == ':' && ends_plain_first(j + 1)) break;
      if (is_blank(c) && at(j + 1) == '#') break;
      ++j;
    }
    return j;
  }

  std::string_view text_;
  const Stream& stream_;
  std::vector<uint32_t> line_starts_;    // byte offset of each line's start
  std::vector<uint32_t> doc_end_lines_;  // lines that are '...' markers
  std::vector<size_t> percent_lines_;    // offsets of the lines that start with '%'
  std::vector<Document> docs_;
  std::vector<std::pair<uint32_t, std::string_view>> tag_handles_;  // (document line, handle)
  size_t first_ = npos;
  std::string message_;
};

/// Drops the document holding `pos` and every one after it.
void drop_documents_from(Stream& stream, Pos pos) {
  size_t cut = 0;
  for (size_t i = 0; i < stream.events.size(); ++i) {
    const Event& e = stream.events[i];
    if (e.kind != Event::Kind::document_start) continue;
    if (e.pos > pos) break;
    cut = i;
  }
  stream.events.truncate(cut);
}

}  // namespace

std::optional<ParseError> check_strict(std::string_view text, Stream& stream) {
  if (text.size() >= UINT32_MAX) return std::nullopt;  // offsets are 32-bit; the loader's size limit is far lower
  std::optional<ParseError> error = Checker(text, stream).run();
  if (error) drop_documents_from(stream, error->pos);
  return error;
}

}  // namespace strat::yaml
