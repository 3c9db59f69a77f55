#include "strat/source.h"

#include <algorithm>

#include "strat/text.h"

namespace strat {

Source::Source(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  if (text_.starts_with("\xEF\xBB\xBF")) text_.erase(0, 3);  // YAML positions skip a UTF-8 BOM
  line_starts_.reserve(static_cast<size_t>(std::count(text_.begin(), text_.end(), '\n')) + 1);
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
}

std::string_view Source::line(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  std::string_view s(text_.data() + begin, end - begin);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

void Source::release_text() const {
  std::string().swap(text_);
  std::vector<uint32_t>().swap(line_starts_);
  memo_ = {};
}

uint32_t Source::codepoint_column(Pos pos) const {
  if (line_starts_.empty()) return pos.col;  // released
  // Findings are formatted in order, many to a line at worst (20,000 on one line of
  // `[{},{},…]`): count on from the last answer on the same line instead of from its start.
  std::string_view s = line(pos.line);
  size_t bytes = utf8_sequence_start(s, pos.col ? pos.col - 1 : 0);
  if (memo_.line != pos.line || memo_.bytes > bytes) memo_ = {pos.line, 0, 1};
  memo_.col += static_cast<uint32_t>(codepoint_count(s.substr(memo_.bytes, bytes - memo_.bytes)));
  memo_.bytes = bytes;
  return memo_.col;
}

std::string_view wide_encoding(std::string_view text) {
  if (text.starts_with(std::string_view("\xFF\xFE\0\0", 4)) || text.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
    return "UTF-32";
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return "UTF-16";
  // Without a mark: the first characters of a YAML file are ASCII, each with NUL bytes beside
  // it in a fixed place (k\0i\0 or \0k\0i in UTF-16, k\0\0\0 or \0\0\0k in UTF-32).
  size_t n = std::min<size_t>(text.size(), 64) / 4 * 4;
  if (n < 8) return {};
  auto pattern = [&](size_t width, size_t ascii_at) {
    for (size_t i = 0; i < n; ++i) {
      bool ascii = i % width == ascii_at;
      if (ascii ? text[i] == '\0' || static_cast<unsigned char>(text[i]) >= 0x80 : text[i] != '\0')
        return false;
    }
    return true;
  };
  if (pattern(4, 0) || pattern(4, 3)) return "UTF-32";
  if (pattern(2, 0) || pattern(2, 1)) return "UTF-16";
  return {};
}

std::string encoding_message(std::string_view encoding) {
  return encoding == "UTF-16"
             ? std::string("this file is UTF-16 (what Excel and Notepad save as \"Unicode\"); save it as UTF-8")
             : "this file is " + std::string(encoding) + "; save it as UTF-8";
}

}  // namespace strat
