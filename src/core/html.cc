#include "strat/html.h"

#include "strat/text.h"

namespace strat {

std::string html_escape(std::string_view text) {
  std::string valid = valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(valid[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) out += "\xEF\xBF\xBD";
        else if (c == 0xC2 && i + 1 < valid.size() && static_cast<unsigned char>(valid[i + 1]) < 0xA0) {
          out += "\xEF\xBF\xBD";  // a C1 control character, U+0080..U+009F
          ++i;
        } else out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace strat
