// UTF-8 text helpers: display width for alignment, and did-you-mean.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat {

/// Columns `text` takes on a terminal (wide CJK = 2, combining marks = 0, tab = 1).
size_t display_width(std::string_view text);
/// `text` padded with spaces on the right to `width` display columns.
std::string pad_right(std::string_view text, size_t width);
/// The byte offset of the first ill-formed UTF-8 sequence, or npos.
size_t first_invalid_utf8(std::string_view text);
/// Number of Unicode code points (invalid bytes count one each).
size_t codepoint_count(std::string_view text);

/// Levenshtein distance between two strings.
size_t edit_distance(std::string_view a, std::string_view b);
/// The closest candidate when it is close enough to be a likely typo.
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string_view>& candidates);

}  // namespace strat
