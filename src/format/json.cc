// --format json: exactly one JSON object, one diagnostic per line.
#include <fmt/format.h>

#include "format/formats.h"

namespace strat {

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
