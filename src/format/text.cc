// The default, human format: gcc-style lines with the source line and a caret.
#include <fmt/format.h>

#include "format/formats.h"
#include "strat/terminal.h"
#include "strat/text.h"

namespace strat {

namespace {

std::string_view severity_color(Severity s) {
  switch (s) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;35";
    case Severity::note: return "1;36";
  }
  return "1";
}

/// Blank space as wide on screen as `prefix`, keeping its tabs so that the caret lines up.
std::string blank_like(std::string_view prefix) {
  std::string out;
  size_t start = 0;
  for (size_t tab; (tab = prefix.find('\t', start)) != std::string_view::npos; start = tab + 1)
    out += std::string(display_width(prefix.substr(start, tab - start)), ' ') + '\t';
  return out + std::string(display_width(prefix.substr(start)), ' ');
}

/// The part of a source line to quote, and its part before the caret, both made visible().
struct Excerpt {
  std::string text;
  std::string before;
};

/// A long line (minified YAML, one line of 20,000 entries) is quoted as a window around the
/// caret, so that the report grows with the findings, not with findings × line length.
Excerpt excerpt(std::string_view line, size_t caret) {
  constexpr size_t kContext = 100;  // bytes on each side
  size_t start = caret > kContext ? utf8_sequence_start(line, caret - kContext) : 0;
  size_t end = line.size() - caret > kContext ? utf8_sequence_start(line, caret + kContext) : line.size();
  std::string lead = start > 0 ? "…" : "";
  std::string tail = end < line.size() ? "…" : "";
  return {lead + visible(line.substr(start, end - start)) + tail,
          lead + visible(line.substr(start, caret - start))};
}

}  // namespace

std::string render_text(const CheckReport& report) {
  Style style{report.color};
  std::string out;
  for (const Diagnostic& d : report.diagnostics) {
    std::string where = visible(d.file);
    if (d.pos.known()) {
      where += fmt::format(":{}:{}", d.pos.line, display_column(d));
    }
    out += fmt::format("{}: {} {} {}\n", style.paint("1", where),
                       style.paint(severity_color(d.severity), fmt::format("{}:", to_string(d.severity))),
                       visible(d.message), style.paint("2", fmt::format("[{}]", d.rule)));
    if (!d.source || !d.pos.known()) continue;
    std::string_view line = d.source->line(d.pos.line);
    if (line.empty()) continue;
    std::string gutter = fmt::format("{:>5}", d.pos.line);
    Excerpt shown = excerpt(line, std::min<size_t>(d.pos.col - 1, line.size()));
    out += fmt::format("{} | {}\n", gutter, shown.text);
    out += fmt::format("{} | {}{}\n", std::string(gutter.size(), ' '), blank_like(shown.before),
                       style.paint("1;32", "^"));
  }
  const Summary& s = report.summary;
  std::string counts;
  if (s.errors + s.warnings + s.notes == 0) {
    counts = "no problems";
  } else {
    counts = plural(s.errors, "error", "errors") + ", " + plural(s.warnings, "warning", "warnings");
    if (s.notes) counts += ", " + plural(s.notes, "note", "notes");
  }
  out += fmt::format("{} in {}", counts, plural(s.files, "file", "files"));
  if (s.unreadable) out += fmt::format("; {} could not be read", plural(s.unreadable, "path", "paths"));
  out += '\n';
  return out;
}

}  // namespace strat
