// The strictness pass's one class, Checker, shared by the files that implement it, one per
// YAML production: yaml_strict.cc (geometry and the driver), yaml_strict_documents.cc
// (markers, documents, directives), yaml_strict_nodes.cc (nodes, properties, tags),
// yaml_strict_scalars.cc (quoted and block scalars) and yaml_strict_flow.cc (flow collections
// and plain scalars in them). Internal to yaml_strict*.cc.
#pragma once

#include <climits>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/yaml_events.h"

namespace strat::yaml::strict {

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

inline bool is_blank(char c) { return c == ' ' || c == '\t'; }
inline bool is_break(char c) { return c == '\n' || c == '\r'; }
inline bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
/// ns-word-char [38]: the characters of a tag handle's name.
inline bool is_word_char(char c) { return is_digit(c) || is_alpha(c) || c == '-'; }
/// ns-tag-char [40]: a URI character other than '!' and the flow indicators ('%' escapes aside).
inline bool is_tag_char(char c) {
  return is_word_char(c) || (c != '\0' && std::strchr("#;/?:@&=+$_.~*'()", c) != nullptr);
}
/// A printable ASCII character, safe to quote in a message.
inline bool is_printable(char c) { return c > ' ' && c < 127; }

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

  std::optional<ParseError> run();

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
  bool is_marker(size_t i, std::string_view marker) const;

  size_t offset_of(Pos p) const;

  Pos pos_of(size_t off) const;

  size_t line_start_of(size_t off) const { return line_starts_[pos_of(off).line - 1]; }
  int column_of(size_t off) const { return static_cast<int>(off - line_start_of(off)); }

  /// True when only blanks precede `off` on its line.
  bool first_on_line(size_t off) const;

  /// Keeps the violation that comes first in the text.
  void report(size_t off, std::string message);

  // ----- markers and documents -----

  /// Line starts, and the lines that begin with '...' or '%' (document markers [203]
  /// and directives [82] must start at column 1).
  void index_lines();

  /// [205] l-document-suffix: '...' may be followed by a comment only.
  void check_nothing_after_document_end(size_t i);

  /// True when a '...' line lies within lines [from, to].
  bool document_end_between(uint32_t from, uint32_t to) const;

  void collect_documents();

  /// [211] l-yaml-stream: a document that follows another must start with '---',
  /// unless the one before ended with '...'. yaml-cpp silently opens a new document
  /// for text it cannot fit into the previous one.
  /// yaml-cpp misreads a root block scalar whose text is not indented: it ends the
  /// scalar there and starts a new document. That is valid YAML, so that document and
  /// its '%' lines go unchecked.
  void check_documents_are_separated();

  /// True for a scalar written as '|' or '>' text.
  bool is_block_scalar(const Event& e) const;

  bool root_is_block_scalar(const Document& doc) const;

  /// What to tell about text that yaml-cpp put into a document of its own.
  std::string_view message_after(const Document& previous) const;

  /// The first document that starts after line `line`, or nullptr.
  const Document* document_after(uint32_t line) const;

  /// A '%' at column 1 is a directive unless yaml-cpp read it as part of a scalar
  /// (a plain scalar's next line, a quoted or block scalar). Then [211] l-yaml-stream:
  /// directives come only at the start of the stream or after '...', and [209]
  /// l-directive-document: they must be followed by a '---' line.
  void check_directives();

  void check_directive(size_t start, uint32_t line, uint32_t last_doc_line);

  // ----- nodes -----

  /// One pass over the events, keeping the chain of open collections.
  void walk_nodes();

  void check_node(const Event& e, size_t off, uint32_t doc_line, bool in_flow, bool key, int indent);

  /// The column of a block collection's keys or '-' entries, when its position shows it.
  int block_indent(const Event& e, size_t off) const;

  /// [188] ns-l-block-map-implicit-entry: a key in a block mapping is followed by ':'.
  /// yaml-cpp takes a line without one as a key with no value, a null at the key's own position.
  void check_key_has_colon(const Frame& map, const Event& value);

  /// Reads the anchor and tag at `off` and skips the separation after them.
  Properties properties_at(size_t off) const;

  /// Skips blanks, line breaks and comments.
  size_t skip_separation(size_t i) const;

  /// [96] c-ns-properties after [97] s-separate(n+1): an anchor or tag on a line of its
  /// own belongs to the node below it and must be indented more than that node's parent.
  void check_properties_indented(const Properties& props, int indent);

  /// [89] c-ns-shorthand-tag: a named handle ('!name!') must be declared by a %TAG
  /// directive of the same document ([6.8.1]: directives do not carry over), and a tag
  /// holds URI characters only ([40] ns-tag-char).
  void check_tags(const Properties& props, uint32_t doc_line);

  /// [7.3] quoted scalars: closed by their quote; in double quotes only the escapes of
  /// [62] c-ns-esc-char; lines after the first indented like any flow line (see
  /// check_continuation); a comment after the closing quote needs a blank before it.
  /// Returns the offset after the closing quote, or npos when there is none.
  size_t scan_quoted(size_t q, int indent);

  /// [62] c-ns-esc-char: the escapes double-quoted text may hold. Returns where to go on.
  size_t check_escape(size_t i);

  /// [69] s-flow-line-prefix(n): a line inside a quoted scalar or a flow collection
  /// (other than an empty or, outside quotes, a comment line) is indented more than the
  /// block collection that holds the value, with spaces: a tab is not indentation.
  void check_continuation(size_t line, int indent, bool comments_allowed);

  /// [8.1.1] block scalar header: indicators, then a blank before any comment.
  /// [8.1.1.1]: with no indentation indicator, the leading empty lines may not hold
  /// more spaces than the first line of text.
  void check_block_scalar(size_t h, int indent);

  /// [7.4] flow collections, scanned once from the outermost '[' or '{': no empty entry
  /// ([138] ns-s-flow-seq-entries), no '-' standing alone ([126] ns-plain-first), a blank
  /// before each comment, and every line indented (check_continuation).
  void scan_flow(size_t b, int indent);

  /// True when the character at `i` cannot continue a plain scalar begun by '-', '?' or ':'
  /// in flow context ([126] ns-plain-first: they need an ns-plain-safe character after them).
  bool ends_plain_first(size_t i) const;

  /// Skips a plain scalar's text on the current line, in flow context ([133] ns-plain-one-line).
  size_t scan_plain(size_t i) const;

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

}  // namespace strat::yaml::strict
