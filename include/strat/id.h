// How ids are compared: two ids that look the same are the same id. Ids keep the spelling
// they were written with (for display); indexes and comparisons use id_key().
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace strat {

/// The form ids are compared in: Unicode NFC, without the invisible and bidi control
/// characters hidden_character() finds, so that a decomposed "é" (e + U+0301) equals "é" and
/// "ops" followed by a right-to-left mark equals "ops". Plain ASCII comes back as it is.
std::string id_key(std::string_view id);
/// id_key(a) == id_key(b), without normalising when the bytes already agree or are ASCII.
bool same_id(std::string_view a, std::string_view b);

/// A character in an id that nobody can see.
struct HiddenCharacter {
  size_t offset = 0;      ///< byte offset in the id
  size_t length = 0;      ///< its UTF-8 length in bytes
  std::string name;       ///< "U+200F RIGHT-TO-LEFT MARK"
  size_t count = 1;       ///< how many hidden characters the text holds in all
};
/// The first invisible or bidi control character in `text`: LRM, RLM, ALM, ZWSP, ZWNJ, ZWJ,
/// word joiner, BOM, the embeddings and overrides (U+202A-U+202E) and the isolates
/// (U+2066-U+2069). A ZWJ inside an emoji sequence (👩‍💻) is allowed, and so are ZWJ and
/// ZWNJ after a letter of a script they shape (Arabic to Sinhala, U+0600-U+0DFF: Persian
/// "می‌خواهم" needs its ZWNJ).
std::optional<HiddenCharacter> hidden_character(std::string_view text);

/// Folded for "is this name nearly that one": NFC, case folded, accents stripped
/// ("Stratégie" → "strategie"). For suggestions only, never for identity.
std::string loose_key(std::string_view text);

}  // namespace strat
