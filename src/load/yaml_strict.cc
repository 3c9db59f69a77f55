#include "load/yaml_strict.h"

#include <algorithm>

#include "load/yaml_strict_checker.h"

namespace strat::yaml {

namespace strict {

std::optional<ParseError> Checker::run() {
  index_lines();
  collect_documents();
  check_documents_are_separated();
  check_directives();
  walk_nodes();
  if (!message_.empty()) return ParseError{pos_of(first_), std::move(message_)};
  return std::nullopt;
}

bool Checker::is_marker(size_t i, std::string_view marker) const {
  return text_.substr(i, 3) == marker && (at_end_of_line(i + 3) || is_blank(text_[i + 3]));
}

size_t Checker::offset_of(Pos p) const {
  if (!p.known() || p.line > line_starts_.size() || p.col == 0) return npos;
  size_t off = line_starts_[p.line - 1] + (p.col - 1);
  return off < text_.size() ? off : npos;
}

Pos Checker::pos_of(size_t off) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  if (line == 0) return {1, 1};
  return {line, static_cast<uint32_t>(off - line_starts_[line - 1] + 1)};
}

bool Checker::first_on_line(size_t off) const {
  for (size_t i = line_start_of(off); i < off; ++i)
    if (!is_blank(text_[i])) return false;
  return true;
}

void Checker::report(size_t off, std::string message) {
  if (off >= first_ && !message_.empty()) return;
  first_ = off;
  message_ = std::move(message);
}

}  // namespace strict

std::optional<ParseError> check_strict(std::string_view text, Stream& stream) {
  // Offsets are 32-bit. load_source refuses a file over kLargestFileBytes before parsing, so
  // this holds for every text it passes; a caller that breaks it gets an error, not a skip.
  if (text.size() > kLargestFileBytes)
    return ParseError{{1, 1}, "the file is too large to check (more than 2 GiB)"};
  std::optional<ParseError> error = strict::Checker(text, stream).run();
  if (error) stream.drop_documents_from(error->pos);
  return error;
}

}  // namespace strat::yaml
