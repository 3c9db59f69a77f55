// UTF-8 text helpers: display width for alignment, and did-you-mean.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat {

/// Columns `text` takes on a terminal (wide CJK = 2, combining marks = 0, tab = 1), counted
/// per extended grapheme cluster: 👩‍💻 and 🇫🇷 are 2, e + U+0301 is 1, ❤️ (U+FE0F) is 2 and
/// ⌚︎ (U+FE0E, text presentation) is 1.
size_t display_width(std::string_view text);
/// The longest prefix of `text` that fits in `width` columns, never splitting a grapheme
/// cluster; when `text` is cut, `ellipsis` (counted in the width) ends it, unless even the
/// ellipsis is wider than `width`.
std::string truncate_to_width(std::string_view text, size_t width, std::string_view ellipsis = "…");
/// `text` padded with spaces on the right (pad_right), left (pad_left) or both sides (center,
/// the odd column on the right) to `width` display columns; wider text is left as it is.
std::string pad_right(std::string_view text, size_t width);
std::string pad_left(std::string_view text, size_t width);
std::string center(std::string_view text, size_t width);
/// The byte offset of the first ill-formed UTF-8 sequence, or npos.
size_t first_invalid_utf8(std::string_view text);
/// `text` with ill-formed UTF-8 replaced by U+FFFD, one per bad byte.
std::string valid_utf8(std::string_view text);
/// Number of Unicode code points (invalid bytes count one each).
size_t codepoint_count(std::string_view text);
/// `i` moved back to the first byte of the UTF-8 sequence it falls in (at most three bytes
/// back), so that text can be cut there; text.size() when `i` is past the end.
size_t utf8_sequence_start(std::string_view text, size_t i);

/// Levenshtein distance between two strings.
size_t edit_distance(std::string_view a, std::string_view b);
/// The closest candidate when it is close enough to be a likely typo.
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string_view>& candidates);

}  // namespace strat
