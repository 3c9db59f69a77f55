#include "strat/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "strat/rule_table.h"

namespace strat {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.file, a.pos, a.rule, a.message) < std::tie(b.file, b.pos, b.rule, b.message);
}

void sort_unique(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), diagnostic_less);
  auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return a.file == b.file && a.pos == b.pos && a.rule == b.rule && a.message == b.message;
  };
  ds.erase(std::unique(ds.begin(), ds.end(), same), ds.end());
}

void DiagnosticSink::report(const SourcePtr& source, Pos pos, std::string_view rule,
                            std::string message, std::string entity) {
  const RuleInfo& info = rule_info(rule);  // an id not in the table throws: a bug, never hidden
  out_.push_back(Diagnostic{source, source ? source->path() : std::string{}, pos, info.severity,
                            std::string(rule),
                            std::move(message), std::move(entity)});
}

Summary summarize(const std::vector<Diagnostic>& ds, int files) {
  Summary s;
  s.files = files;
  for (const Diagnostic& d : ds) {
    switch (d.severity) {
      case Severity::error: ++s.errors; break;
      case Severity::warning: ++s.warnings; break;
      case Severity::note: ++s.notes; break;
    }
  }
  return s;
}

}  // namespace strat

