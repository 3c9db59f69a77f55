// Id comparison: NFC, invisible characters ignored (and reported by the loader).
#include "strat/id.h"

#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <utf8proc.h>

namespace strat {
namespace {

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

/// The name of a character nobody sees, or empty for any other.
std::string_view hidden_name(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x00AD: return "SOFT HYPHEN";
    case 0x061C: return "ARABIC LETTER MARK";
    case 0x200B: return "ZERO WIDTH SPACE";
    case 0x200C: return "ZERO WIDTH NON-JOINER";
    case 0x200D: return "ZERO WIDTH JOINER";
    case 0x200E: return "LEFT-TO-RIGHT MARK";
    case 0x200F: return "RIGHT-TO-LEFT MARK";
    case 0x202A: return "LEFT-TO-RIGHT EMBEDDING";
    case 0x202B: return "RIGHT-TO-LEFT EMBEDDING";
    case 0x202C: return "POP DIRECTIONAL FORMATTING";
    case 0x202D: return "LEFT-TO-RIGHT OVERRIDE";
    case 0x202E: return "RIGHT-TO-LEFT OVERRIDE";
    case 0x2060: return "WORD JOINER";
    case 0x2066: return "LEFT-TO-RIGHT ISOLATE";
    case 0x2067: return "RIGHT-TO-LEFT ISOLATE";
    case 0x2068: return "FIRST STRONG ISOLATE";
    case 0x2069: return "POP DIRECTIONAL ISOLATE";
    case 0xFEFF: return "BYTE ORDER MARK";
    default: return {};
  }
}

bool emoji(utf8proc_int32_t cp) {
  return utf8proc_get_property(cp)->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC;
}

/// A letter or mark of a script that ZWJ and ZWNJ shape (Arabic, Syriac, ..., the Indic ones).
bool shaped_letter(utf8proc_int32_t cp) {
  if (cp < 0x0600 || cp > 0x0DFF) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;  // letters, then marks
}

/// Calls fn(offset, length, name) for each hidden character of `s`, in order.
template <class Fn>
void each_hidden(std::string_view s, Fn&& fn) {
  auto data = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_int32_t base = -1;  // the last code point that is not an extender or a joiner
  for (size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(data + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // ill-formed: the loader reports it; step over the byte
      ++i;
      base = -1;
      continue;
    }
    std::string_view name = hidden_name(cp);
    bool allowed = false;
    if (cp == 0x200D || cp == 0x200C) {
      utf8proc_int32_t next = -1;
      if (i + n < s.size())
        utf8proc_iterate(data + i + n, static_cast<utf8proc_ssize_t>(s.size() - i - n), &next);
      allowed = (cp == 0x200D && base >= 0 && emoji(base) && next >= 0 && emoji(next)) ||
                (base >= 0 && shaped_letter(base));
    }
    if (!name.empty() && !allowed) fn(i, static_cast<size_t>(n), name, cp);
    if (name.empty() && utf8proc_get_property(cp)->boundclass != UTF8PROC_BOUNDCLASS_EXTEND) base = cp;
    i += static_cast<size_t>(n);
  }
}

std::string without_hidden(std::string_view s) {
  std::string out;
  size_t kept = 0;
  each_hidden(s, [&](size_t at, size_t n, std::string_view, utf8proc_int32_t) {
    out.append(s.substr(kept, at - kept));
    kept = at + n;
  });
  out.append(s.substr(kept));
  return out;
}

/// utf8proc_map with `options`, or `s` itself when it is not valid UTF-8.
std::string mapped(const std::string& s, int options) {
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &result,
                                    static_cast<utf8proc_option_t>(options | UTF8PROC_STABLE));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(result, &std::free);
  if (n < 0) return s;
  return std::string(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
}

}  // namespace

std::string id_key(std::string_view id) {
  if (is_ascii(id)) return std::string(id);
  return mapped(without_hidden(id), UTF8PROC_COMPOSE);
}

bool same_id(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (is_ascii(a) && is_ascii(b)) return false;
  return id_key(a) == id_key(b);
}

std::optional<HiddenCharacter> hidden_character(std::string_view text) {
  if (is_ascii(text)) return std::nullopt;
  std::optional<HiddenCharacter> found;
  each_hidden(text, [&](size_t at, size_t n, std::string_view name, utf8proc_int32_t cp) {
    if (found) ++found->count;
    else found = HiddenCharacter{at, n, fmt::format("U+{:04X} {}", cp, name)};
  });
  return found;
}

std::string loose_key(std::string_view text) {
  if (is_ascii(text)) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return mapped(without_hidden(text), UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
}

}  // namespace strat
