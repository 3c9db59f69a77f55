// --format json: exactly one JSON object, one diagnostic per line.
#include <fmt/format.h>

#include "format/formats.h"

namespace strat {

std::string json_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : valid_utf8(text)) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) out += fmt::format("\\u{:04x}", c);
        else out += ch;
    }
  }
  return out;
}

std::string render_json(const CheckReport& report) {
  std::string out = "{\"diagnostics\": [";
  const char* sep = "\n  ";
  for (const Diagnostic& d : report.diagnostics) {
    out += fmt::format(
        "{}{{\"file\": \"{}\", \"line\": {}, \"column\": {}, \"severity\": \"{}\", "
        "\"rule\": \"{}\", \"message\": \"{}\"}}",
        sep, json_escape(d.file), d.pos.line, display_column(d), to_string(d.severity), json_escape(d.rule),
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
