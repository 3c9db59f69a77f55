#include "strat/text.h"

#include <algorithm>
#include <utf8proc.h>

namespace strat {

namespace {

/// Decodes one code point at `s[i]`, advancing i; returns -1 for an invalid sequence (1 byte).
utf8proc_int32_t next_codepoint(std::string_view s, size_t& i) {
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  i += n > 0 ? static_cast<size_t>(n) : 1;
  return n > 0 ? cp : -1;
}

}  // namespace

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = next_codepoint(text, i);
    if (cp < 0 || cp == '\t') {
      width += 1;
    } else {
      int w = utf8proc_charwidth(cp);
      width += w > 0 ? static_cast<size_t>(w) : 0;
    }
  }
  return width;
}

std::string pad_right(std::string_view text, size_t width) {
  std::string out(text);
  size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

size_t first_invalid_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    if (next_codepoint(text, i) < 0) return at;
  }
  return std::string_view::npos;
}

size_t codepoint_count(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++n) next_codepoint(text, i);
  return n;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
    }
  }
  return row[b.size()];
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string_view>& candidates) {
  // Close enough to be a typo: at most two edits, or a third of the word for long words,
  // and never a complete rewrite of a short word.
  size_t best = std::min(std::max<size_t>(2, word.size() / 3), word.size() - 1) + 1;
  std::optional<std::string> match;
  for (std::string_view c : candidates) {
    size_t d = edit_distance(word, c);
    if (d < best) {
      best = d;
      match = std::string(c);
    }
  }
  if (match || word.size() < 3) return match;
  for (std::string_view c : candidates) {  // a shortened word: "warn" → "warning"
    if (!c.starts_with(word)) continue;
    if (match) return std::nullopt;  // ambiguous
    match = std::string(c);
  }
  return match;
}

}  // namespace strat
