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

/// A character whose presentation a variation selector chooses (U+FE0E text, one column;
/// U+FE0F emoji, two): the bases of Unicode's emoji variation sequences lie in these ranges.
bool emoji_variation_base(utf8proc_int32_t cp) {
  return cp == '#' || cp == '*' || (cp >= '0' && cp <= '9') || cp == 0xA9 || cp == 0xAE ||
         (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3030 && cp <= 0x3299) ||
         (cp >= 0x1F000 && cp <= 0x1FAFF);
}

/// Printable ASCII: one column each, and a cluster of its own unless a non-ASCII code point
/// (a combining mark, a variation selector) follows it. Most plan text is this; it needs no
/// table lookups.
bool plain_ascii(char c) { return c >= 0x20 && c < 0x7F; }

/// One extended grapheme cluster starting at `s[i]`: advances i past it and returns its width.
/// A cluster is as wide as its widest code point; a regional-indicator pair (a flag) is 2, and
/// a presentation selector right after its base makes it 2 (U+FE0F) or 1 (U+FE0E). Invalid
/// bytes and tabs are 1 each.
size_t next_cluster(std::string_view s, size_t& i) {
  if (plain_ascii(s[i]) && (i + 1 == s.size() || static_cast<unsigned char>(s[i + 1]) < 0x80)) {
    ++i;
    return 1;
  }
  utf8proc_int32_t first = next_codepoint(s, i);
  if (first < 0 || first == '\t') return 1;
  int width = utf8proc_charwidth(first);
  bool regional = first >= 0x1F1E6 && first <= 0x1F1FF;
  utf8proc_int32_t state = 0;
  utf8proc_int32_t prev = first;
  while (i < s.size()) {
    size_t at = i;
    utf8proc_int32_t cp = next_codepoint(s, i);
    if (cp < 0 || cp == '\t' || utf8proc_grapheme_break_stateful(prev, cp, &state)) {
      i = at;
      break;
    }
    bool selects = prev == first && emoji_variation_base(first);
    if ((cp == 0xFE0F && selects) || (regional && cp >= 0x1F1E6 && cp <= 0x1F1FF)) width = 2;
    else if (cp == 0xFE0E && selects) width = 1;
    else width = std::max(width, utf8proc_charwidth(cp));
    prev = cp;
  }
  return width > 0 ? static_cast<size_t>(width) : 0;
}

}  // namespace

size_t display_width(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), plain_ascii)) return text.size();
  size_t width = 0;
  for (size_t i = 0; i < text.size();) width += next_cluster(text, i);
  return width;
}

std::string truncate_to_width(std::string_view text, size_t width, std::string_view ellipsis) {
  if (display_width(text) <= width) return std::string(text);
  bool fits = width >= display_width(ellipsis);  // else the text is cut without it
  size_t room = fits ? width - display_width(ellipsis) : width;
  size_t used = 0;
  size_t end = 0;
  for (size_t i = 0; i < text.size();) {
    size_t w = next_cluster(text, i);
    if (used + w > room) break;
    used += w;
    end = i;
  }
  std::string out(text.substr(0, end));
  if (fits) out += ellipsis;
  return out;
}

std::string pad_right(std::string_view text, size_t width) {
  std::string out(text);
  size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view text, size_t width) {
  size_t w = display_width(text);
  return std::string(w < width ? width - w : 0, ' ') + std::string(text);
}

std::string center(std::string_view text, size_t width) {
  size_t w = display_width(text);
  if (w >= width) return std::string(text);
  size_t left = (width - w) / 2;
  return std::string(left, ' ') + std::string(text) + std::string(width - w - left, ' ');
}

size_t first_invalid_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    if (next_codepoint(text, i) < 0) return at;
  }
  return std::string_view::npos;
}

std::string valid_utf8(std::string_view text) {
  if (first_invalid_utf8(text) == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    if (next_codepoint(text, i) < 0) out += "\xEF\xBF\xBD";
    else out.append(text.substr(at, i - at));
  }
  return out;
}

size_t utf8_sequence_start(std::string_view text, size_t i) {
  if (i >= text.size()) return text.size();
  auto continuation = [&](size_t k) { return (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80; };
  for (int back = 0; back < 3 && i > 0 && continuation(i); ++back) --i;
  return i;
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
