// --format gitlab: a GitLab Code Quality report (a JSON array of Code Climate issues).
#include <set>

#include <fmt/format.h>

#include "format/formats.h"

namespace strat {

namespace {

/// Code Quality has five severities; strat's three map onto the lower ones.
std::string_view severity(Severity s) {
  switch (s) {
    case Severity::error: return "major";
    case Severity::warning: return "minor";
    case Severity::note: return "info";
  }
  return "minor";
}

}  // namespace

std::string render_gitlab(const CheckReport& report) {
  std::vector<std::string> paths = root_relative_paths(report.diagnostics, report.root);
  std::vector<std::string> prints = stable_fingerprints(report.diagnostics, paths);
  std::set<uint64_t> used;
  JsonWriter w;
  w.begin_array();
  for (size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    // The stable fingerprint ends in an occurrence counter, so its hash is unique too; on the
    // off chance that two hashes collide, the later one is hashed again.
    uint64_t print = fnv1a64(prints[i]);
    while (!used.insert(print).second) print = fnv1a64(fmt::format("{:016x}", print));
    w.begin_object(true).key("type").value("issue").key("check_name").value(d.rule);
    w.key("description").value(d.message).key("severity").value(severity(d.severity));
    w.key("fingerprint").value(fmt::format("{:016x}", print));
    w.key("location").begin_object(true).key("path").value(paths[i]);
    w.key("lines").begin_object(true).key("begin").value(d.pos.known() ? d.pos.line : 1);
    w.end_object().end_object().end_object();
  }
  w.end_array();
  return w.str();
}

}  // namespace strat
