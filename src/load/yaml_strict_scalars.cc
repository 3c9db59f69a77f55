// The strictness pass: quoted scalars ([7.3], escapes [62]), flow line prefixes ([69]) and block scalar headers ([8.1.1]).
#include <fmt/format.h>

#include "load/yaml_strict_checker.h"

namespace strat::yaml::strict {

size_t Checker::scan_quoted(size_t q, int indent) {
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

size_t Checker::check_escape(size_t i) {
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

void Checker::check_continuation(size_t line, int indent, bool comments_allowed) {
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

void Checker::check_block_scalar(size_t h, int indent) {
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

}  // namespace strat::yaml::strict
