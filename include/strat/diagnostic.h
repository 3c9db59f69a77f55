// Findings about the user's files: plain records, sorted before output.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strat/source.h"

namespace strat {

enum class Severity { note, warning, error };

std::string_view to_string(Severity s);

/// One finding: where, how bad, which rule, and a message a marketer understands.
struct Diagnostic {
  SourcePtr source;     ///< the file it points into; null for a file that could not be read
  std::string file;     ///< the path as the user gave it
  Pos pos;              ///< byte-based position; Source::codepoint_column converts for display
  Severity severity = Severity::error;
  std::string rule;     ///< stable kebab-case rule id
  std::string message;
  std::string entity;   ///< id of the entity it is about, if any (stable across line moves)
};

/// Orders diagnostics by file, line, column, rule, message: output never depends on scheduling.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);

/// Sorts and removes exact duplicates.
void sort_unique(std::vector<Diagnostic>& ds);

/// Collects diagnostics for one source file.
class DiagnosticSink {
 public:
  explicit DiagnosticSink(std::vector<Diagnostic>& out) : out_(out) {}
  /// Reports `message` under `rule` at `pos` in `source`, with the rule's default severity.
  void report(const SourcePtr& source, Pos pos, std::string_view rule, std::string message,
              std::string entity = {});

 private:
  std::vector<Diagnostic>& out_;
};

/// Counts for the summary line.
struct Summary {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int files = 0;
  int unreadable = 0;  ///< paths that could not be read (reported on stderr)
};

Summary summarize(const std::vector<Diagnostic>& ds, int files);

}  // namespace strat
