// The terminal: whether to colour, how wide it is, whether it shows UTF-8, and ANSI styles.
#pragma once

#include <string>
#include <string_view>

namespace strat {

/// Whether to colour output on file descriptor `fd` under `when` ("auto", "always", "never"):
/// for auto, NO_COLOR (set and not empty) says no, then CLICOLOR_FORCE (set, not "0") says yes,
/// then TERM=dumb says no, then colour only when `fd` is a terminal.
bool color_wanted(std::string_view when, int fd);

/// Columns to lay output out in: COLUMNS when it is a positive number, else the width of the
/// terminal on `fd`, else 80 (a pipe or a file).
int terminal_width(int fd);

/// Whether the locale's character set is UTF-8 (LC_ALL, then LC_CTYPE, then LANG); box
/// drawing and block characters fall back to ASCII when it is not.
bool utf8_locale();

/// ANSI SGR colouring that is a no-op when off: Style{on}.paint("1;31", "error").
struct Style {
  bool on = false;
  std::string paint(std::string_view sgr, std::string_view text) const;
};

/// `text` with control characters written as escapes (\n, \r, \x1b, \u0085), so that a file
/// cannot move the cursor or colour the terminal, nor reorder a line with bidirectional
/// overrides and isolates (\u202e, \u2066); tabs and the marks U+200E/U+200F stay.
std::string visible(std::string_view text);

/// "1 error", "2 errors": `count` and the noun, with `plural_form` when count is not 1.
std::string plural(long long count, std::string_view singular, std::string_view plural_form);

}  // namespace strat
