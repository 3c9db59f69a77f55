// Inline suppressions: `# strat: disable-line=RULE` comments in plan and strategy files.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strat/config.h"
#include "strat/diagnostic.h"

namespace strat {

/// One YAML comment: where its '#' is and the text after it, to the end of the line.
struct Comment {
  Pos pos;
  std::string_view text;
};

/// The comments of a YAML text: a '#' at the start of a line or after a space or tab that is
/// not inside a quoted scalar or a block scalar (`|`, `>`). Linear; never throws. A
/// pragmatic scanner, not a YAML parser: see strat-check(1), SUPPRESSIONS.
std::vector<Comment> yaml_comments(std::string_view text);

/// One rule named by a suppression comment.
struct Suppression {
  enum class Scope { line, next_line, file };
  Scope scope = Scope::line;
  std::string rule;
  Pos pos;            ///< of the rule's name inside the comment
  uint32_t line = 0;  ///< the line it covers; 0 for Scope::file
};

/// The suppression comments of one file, and what was wrong with them.
struct FileSuppressions {
  std::vector<Suppression> items;
  std::vector<Diagnostic> problems;  ///< unknown rules (unknown-reference), directives (unknown-key)
};

/// Reads `# strat: disable-line=R[,R]`, `# strat: disable-next-line=R[,R]` and
/// `# strat: disable-file=R[,R]` comments. A comment whose first word after `strat:` neither
/// contains '=' nor starts with "disable" is free text and is left alone.
FileSuppressions parse_suppressions(const SourcePtr& source);

/// Drops the findings of `ds` that a suppression in their file covers, then adds a problem
/// for each bad suppression comment and an unused-suppression finding for each suppression
/// that covered nothing, except for rules that are off in the file's config and files whose
/// YAML could not be read to the end (yaml-syntax, limit-exceeded). A suppression of
/// unused-suppression itself covers those findings and is never reported unused. `files` are
/// the files whose comments count; added findings get their config's severity. Leaves `ds`
/// unsorted.
void apply_suppressions(std::vector<Diagnostic>& ds, std::span<const SourcePtr> files,
                        ConfigSet& configs);

}  // namespace strat
