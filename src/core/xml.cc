// xml_text and xml_attribute: the one place XML and HTML text is escaped.
#include "strat/xml.h"

#include "strat/text.h"

namespace strat {

namespace {

std::string escape(std::string_view raw, bool attribute) {
  std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += attribute ? "&quot;" : "\""; continue;
      case '\r': out += "&#13;"; continue;
      case '\n': out += attribute ? "&#10;" : "\n"; continue;
      case '\t': out += attribute ? "&#9;" : "\t"; continue;
      default: break;
    }
    if (static_cast<unsigned char>(c) < 0x20) {
      out += "\xEF\xBF\xBD";
    } else if (text.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < text.size() &&
               (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      out += "\xEF\xBF\xBD";  // U+FFFE, U+FFFF
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string xml_text(std::string_view text) { return escape(text, false); }
std::string xml_attribute(std::string_view text) { return escape(text, true); }

}  // namespace strat
