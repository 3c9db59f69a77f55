// --format github: GitHub Actions workflow commands, one annotation per finding.
#include <fmt/format.h>

#include "format/formats.h"

namespace strat {

namespace {

/// The message of a workflow command: the runner decodes %25, %0D and %0A.
std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

/// A property value (file=, title=): additionally ':' and ',', which end it.
std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view command(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "notice";
  }
  return "warning";
}

}  // namespace

std::string render_github(const CheckReport& report) {
  std::vector<std::string> paths = root_relative_paths(report.diagnostics, report.root);
  std::string out;
  for (size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    std::string props = "file=" + escape_property(valid_utf8(paths[i]));
    if (d.pos.known()) props += fmt::format(",line={},col={}", d.pos.line, display_column(d));
    props += ",title=" + escape_property(valid_utf8(d.rule));
    out += fmt::format("::{} {}::{}\n", command(d.severity), props, escape_data(valid_utf8(d.message)));
  }
  return out;
}

}  // namespace strat
