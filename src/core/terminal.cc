// Terminal facts and ANSI styling, shared by every subcommand's text output.
#include "strat/terminal.h"

#include <cstdlib>
#include <cstring>
#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/format.h>

namespace strat {

namespace {

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}

}  // namespace

bool color_wanted(std::string_view when, int fd) {
  if (when != "auto") return when == "always";
  if (env("NO_COLOR")) return false;
  if (const char* force = env("CLICOLOR_FORCE"); force && std::strcmp(force, "0") != 0) return true;
  if (const char* term = env("TERM"); term && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(fd) == 1;
}

int terminal_width(int fd) {
  if (const char* columns = env("COLUMNS")) {
    char* end = nullptr;
    long n = std::strtol(columns, &end, 10);
    if (*end == '\0' && n > 0 && n < 10000) return static_cast<int>(n);
  }
  struct winsize ws {};
  if (::isatty(fd) == 1 && ::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

bool utf8_locale() {
  const char* locale = env("LC_ALL");
  if (!locale) locale = env("LC_CTYPE");
  if (!locale) locale = env("LANG");
  if (!locale) return true;  // unset (C.UTF-8 containers, CI): UTF-8, as Debian's default
  std::string_view l(locale);
  if (l == "C" || l == "POSIX") return false;
  return l.find("UTF-8") != l.npos || l.find("utf8") != l.npos || l.find("UTF8") != l.npos ||
         l.find("utf-8") != l.npos;
}

std::string Style::paint(std::string_view sgr, std::string_view text) const {
  return on ? fmt::format("\x1b[{}m{}\x1b[0m", sgr, text) : std::string(text);
}

std::string plural(long long count, std::string_view singular, std::string_view plural_form) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural_form);
}

/// Bidirectional embeddings, overrides (U+202A..U+202E) and isolates (U+2066..U+2069): they
/// reorder what follows on screen, so a file could make a message read as something else.
bool bidi_control(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 2 >= s.size() || at(i) != 0xE2) return false;
  return (at(i + 1) == 0x80 && at(i + 2) >= 0xAA && at(i + 2) <= 0xAE) ||
         (at(i + 1) == 0x81 && at(i + 2) >= 0xA6 && at(i + 2) <= 0xA9);
}

std::string visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool c1 = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0 &&
              static_cast<unsigned char>(text[i + 1]) >= 0x80;  // U+0080..U+009F
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if ((c < 0x20 && c != '\t') || c == 0x7F) out += fmt::format("\\x{:02x}", c);
    else if (c1) out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[++i]));
    else if (bidi_control(text, i)) {
      out += fmt::format("\\u{:04x}", ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F) | 0x2000);
      i += 2;
    } else out += static_cast<char>(c);
  }
  return out;
}

}  // namespace strat
