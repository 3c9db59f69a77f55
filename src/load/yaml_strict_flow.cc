// The strictness pass: flow collections ([7.4]) and the plain scalars inside them ([126], [133]).
#include "load/yaml_strict_checker.h"

namespace strat::yaml::strict {

void Checker::scan_flow(size_t b, int indent) {
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

bool Checker::ends_plain_first(size_t i) const {
  return at_end_of_line(i) || is_blank(text_[i]) || is_flow_indicator(text_[i]);
}

size_t Checker::scan_plain(size_t i) const {
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

}  // namespace strat::yaml::strict
