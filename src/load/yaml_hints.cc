#include "load/yaml_hints.h"

#include <vector>

#include <fmt/format.h>

#include "strat/text.h"

namespace strat::yaml {

namespace {

constexpr size_t npos = std::string_view::npos;
constexpr size_t kFlowScan = 64 * 1024;  // how far a flow collection is scanned for the mistake

bool blank(char c) { return c == ' ' || c == '\t'; }
bool flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

class Text {
 public:
  explicit Text(std::string_view text) : t_(text) {}

  char at(size_t i) const { return i < t_.size() ? t_[i] : '\0'; }
  bool end_of_line(size_t i) const { return i >= t_.size() || t_[i] == '\n' || t_[i] == '\r'; }
  size_t line_start(size_t off) const {
    size_t nl = off == 0 ? npos : t_.rfind('\n', off - 1);
    return nl == npos ? 0 : nl + 1;
  }
  /// The end of the line at `off`, before a comment (" #") and trailing blanks.
  size_t content_end(size_t off) const {
    size_t e = off;
    while (!end_of_line(e) && !(t_[e] == '#' && e > 0 && blank(t_[e - 1]))) ++e;
    while (e > off && blank(t_[e - 1])) --e;
    return e;
  }
  /// Where the text of the line at `start` begins, after its indentation and any "- ".
  size_t content_start(size_t start) const {
    size_t i = start;
    for (;;) {
      while (blank(at(i))) ++i;
      if (at(i) != '-' || !(blank(at(i + 1)) || end_of_line(i + 1))) return i;
      ++i;
    }
  }
  /// The start of the last line before the line at `start` that holds more than a comment.
  size_t previous_content_line(size_t start) const {
    while (start > 0) {
      start = line_start(start - 1);
      size_t c = content_start(start);
      if (!end_of_line(c) && at(c) != '#') return start;
    }
    return npos;
  }
  /// A ':' at `i` that separates a key from its value: followed by a blank or the line's end.
  bool value_indicator(size_t i, bool in_flow) const {
    return at(i) == ':' && (blank(at(i + 1)) || end_of_line(i + 1) || (in_flow && flow_indicator(at(i + 1))));
  }
  /// Skips a quoted scalar starting at `q`: the offset after its closing quote, or npos.
  size_t after_quoted(size_t q) const {
    char quote = t_[q];
    for (size_t i = q + 1; i < t_.size(); ++i) {
      if (quote == '"' && t_[i] == '\\') ++i;
      else if (t_[i] == quote && quote == '\'' && at(i + 1) == '\'') ++i;
      else if (t_[i] == quote) return i + 1;
    }
    return npos;
  }
  size_t offset(Pos p) const {
    size_t off = 0;
    for (uint32_t line = 1; line < p.line; ++line) {
      off = t_.find('\n', off);
      if (off == npos) return npos;
      ++off;
    }
    return off + p.col - 1;
  }
  Pos pos(size_t off) const {
    uint32_t line = 1;
    for (size_t i = 0; i < off && i < t_.size(); ++i) line += t_[i] == '\n';
    return {line, static_cast<uint32_t>(off - line_start(off) + 1)};
  }
  std::string_view sub(size_t from, size_t to) const { return t_.substr(from, to - from); }

 private:
  std::string_view t_;
};

/// `value` written so that YAML reads it as the text it is, for a message (60 columns at most).
std::string in_quotes(std::string_view value) {
  std::string v = display_width(value) <= 60 ? std::string(value) : truncate_to_width(value, 60, "…");
  if (v.find('"') == std::string::npos) return fmt::format("\"{}\"", v);
  std::string out = "'";
  for (char c : v) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

ParseError at(const Text& t, size_t off, std::string message) { return {t.pos(off), std::move(message)}; }

/// `unit: %`, `title: @maison`: yaml-cpp says "unknown token".
std::optional<ParseError> reserved_start(const Text& t, const Stop& s) {
  char c = t.at(s.offset);
  if (c != '%' && c != '@' && c != '`') return std::nullopt;
  size_t end = s.offset;
  while (!t.end_of_line(end) && !flow_indicator(t.at(end)) && !(t.at(end) == '#' && blank(t.at(end - 1)))) ++end;
  while (end > s.offset && blank(t.at(end - 1))) --end;
  return at(t, s.offset, fmt::format("a plain value cannot start with '%', '@' or '`'; put it in "
                                     "quotes: {}", in_quotes(t.sub(s.offset, end))));
}

/// `*: error`: an alias where the text * (or *name) was meant.
std::optional<ParseError> alias_key(const Text& t, size_t star) {
  size_t end = star + 1;
  while (!t.end_of_line(end) && !blank(t.at(end)) && !flow_indicator(t.at(end)) && !t.value_indicator(end, true))
    ++end;
  std::string_view meant = t.sub(star, end);
  if (meant.size() > 1)  // `*name`: perhaps an anchor that is missing, perhaps text
    return at(t, star, fmt::format("this alias ('{}') refers to no anchor ('&{}'); to write the text "
                                   "{}, quote it: {}", meant, meant.substr(1), meant, in_quotes(meant)));
  return at(t, star, fmt::format("'*' at the start of a key or value is an alias (a reference to "
                                 "an '&anchor'); to write the text *, quote it: \"*\""));
}

/// "illegal map value" on a `key: value` line after a line yaml-cpp took as the first half of
/// a key: `owner:ops` (no space after the colon) or `*: error`.
std::optional<ParseError> half_key_above(const Text& t, const Stop& s) {
  size_t line = t.line_start(s.offset);
  size_t c = t.content_start(line);
  for (size_t i = c; i < s.offset; ++i)
    if (blank(t.at(i)) || t.at(i) == ':') return std::nullopt;  // not `word:` at the line's start
  size_t above = t.previous_content_line(line);
  if (above == npos) return std::nullopt;
  size_t a = t.content_start(above), end = t.content_end(a);
  if (t.at(a) == '*') return alias_key(t, a);
  for (size_t i = a; i < end; ++i) {
    char ch = t.at(i);
    if (ch == ':' && i > a && !blank(t.at(i + 1)) && t.at(i + 1) != '/' && i + 1 < end)
      return at(t, i, fmt::format("a ':' needs a space after it: write '{}: {}' (or, if the ':' is "
                                  "part of the value, put the value in quotes)",
                                  t.sub(a, i), t.sub(i + 1, end)));
    bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                ch == '_' || ch == '-';
    if (!word) return std::nullopt;
  }
  return std::nullopt;
}

/// `title: "Lancement" de la collection`: yaml-cpp says the mapping is not closed.
std::optional<ParseError> text_after_quote(const Text& t, const Stop& s) {
  if (!s.quoted || *s.quoted >= s.offset) return std::nullopt;
  size_t q = *s.quoted;
  if (t.at(q) != '"' && t.at(q) != '\'') return std::nullopt;
  size_t close = t.after_quoted(q);
  if (close == npos || close > s.offset || t.end_of_line(s.offset)) return std::nullopt;
  for (size_t i = close; i < s.offset; ++i)
    if (!blank(t.at(i))) return std::nullopt;
  std::string message = "text after a closing quote is not allowed; put the whole value in quotes";
  if (t.line_start(q) == t.line_start(s.offset))
    message += fmt::format(": {}", in_quotes(t.sub(q, t.content_end(s.offset))));
  return at(t, s.offset, std::move(message));
}

/// `{title: Offre spéciale : -20%}`: a second ': ' in one entry; yaml-cpp says the '{' is never
/// closed, at the end of the file.
std::optional<ParseError> second_colon_in_flow(const Text& t, const Stop& s) {
  size_t b = s.flow && s.flow->known() ? t.offset(*s.flow) : npos;
  if (b == npos || (t.at(b) != '{' && t.at(b) != '[')) return std::nullopt;
  struct Level {
    size_t value = npos;  // where the entry's value starts, once its ':' is seen
  };
  std::vector<Level> levels;
  for (size_t i = b; i < b + kFlowScan && t.at(i) != '\0'; ++i) {
    char c = t.at(i);
    if (c == '"' || c == '\'') {
      i = t.after_quoted(i);
      if (i == npos) return std::nullopt;
      --i;
    } else if (c == '#' && (i == 0 || blank(t.at(i - 1)) || t.end_of_line(i - 1))) {
      while (!t.end_of_line(i + 1)) ++i;
    } else if (c == '{' || c == '[') {
      levels.push_back({});
    } else if (c == '}' || c == ']') {
      levels.pop_back();
      if (levels.empty()) return std::nullopt;
    } else if (levels.empty()) {
      return std::nullopt;
    } else if (c == ',') {
      levels.back() = {};
    } else if (t.value_indicator(i, true)) {
      if (levels.back().value == npos) {
        size_t v = i + 1;
        while (blank(t.at(v))) ++v;
        levels.back().value = v;
        continue;
      }
      size_t v = levels.back().value, end = i;
      while (!t.end_of_line(end) && !flow_indicator(t.at(end))) ++end;
      while (end > v && blank(t.at(end - 1))) --end;
      return at(t, i, fmt::format("a ':' followed by a space cannot be inside an unquoted value in "
                                  "{{ }} or [ ]; put the value in quotes: {}", in_quotes(t.sub(v, end))));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<ParseError> explain_stop(std::string_view text, const Stop& stop) {
  Text t(text);
  if (stop.offset > text.size()) return std::nullopt;
  if (stop.message == "unknown token") return reserved_start(t, stop);
  if (stop.message == "illegal map value") return half_key_above(t, stop);
  if (stop.message == "the referenced anchor is not defined" && t.at(stop.offset) == '*')
    return alias_key(t, stop.offset);
  if (stop.message == "end of map not found" || stop.message == "end of sequence not found")
    return text_after_quote(t, stop);
  if (stop.message == "end of map flow not found" || stop.message == "end of sequence flow not found")
    return second_colon_in_flow(t, stop);
  return std::nullopt;
}

}  // namespace strat::yaml
