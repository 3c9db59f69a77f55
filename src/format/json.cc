// --format json: exactly one JSON object, one diagnostic per line.
#include <fmt/format.h>

#include "format/formats.h"

namespace strat {

std::string json_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\u{:04x}", c);
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {  // copy a well-formed UTF-8 sequence; replace anything else with U+FFFD
      size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
      bool ok = len && i + len <= text.size();
      for (size_t k = 1; ok && k < len; ++k)
        ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
      if (ok && len == 3) {  // no overlongs, no surrogates
        unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
        ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
      }
      if (ok && len == 4) {
        unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
        ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
      }
      if (ok) {
        out.append(text.substr(i, len));
        i += len - 1;
      } else {
        out += "\xEF\xBF\xBD";
      }
    }
  }
  return out;
}

std::string render_json(const CheckReport& report) {
  std::string out = "{\"diagnostics\": [";
  const char* sep = "\n  ";
  for (const Diagnostic& d : report.diagnostics) {
    uint32_t col = d.source && d.pos.known() ? d.source->codepoint_column(d.pos) : d.pos.col;
    out += fmt::format(
        "{}{{\"file\": \"{}\", \"line\": {}, \"column\": {}, \"severity\": \"{}\", "
        "\"rule\": \"{}\", \"message\": \"{}\"}}",
        sep, json_escape(d.file), d.pos.line, col, to_string(d.severity), json_escape(d.rule),
        json_escape(d.message));
    sep = ",\n  ";
  }
  if (!report.diagnostics.empty()) out += "\n";
  const Summary& s = report.summary;
  out += fmt::format("], \"summary\": {{\"errors\": {}, \"warnings\": {}, \"files\": {}}}}}\n",
                     s.errors, s.warnings, s.files);
  return out;
}

}  // namespace strat
