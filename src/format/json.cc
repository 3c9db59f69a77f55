// --format json: exactly one JSON object, one diagnostic per line.
#include "format/formats.h"

namespace strat {

std::string render_json(const CheckReport& report) {
  JsonWriter w;
  w.begin_object(true).key("diagnostics").begin_array();
  for (const Diagnostic& d : report.diagnostics) {
    w.begin_object(true);
    w.key("file").value(d.file).key("line").value(d.pos.line).key("column").value(display_column(d));
    w.key("severity").value(to_string(d.severity)).key("rule").value(d.rule);
    w.key("message").value(d.message);
    w.end_object();
  }
  w.end_array();
  const Summary& s = report.summary;
  w.key("summary").begin_object(true);
  w.key("errors").value(s.errors).key("warnings").value(s.warnings).key("notes").value(s.notes);
  w.key("files").value(s.files);
  w.end_object().end_object();
  return w.str();
}

}  // namespace strat
