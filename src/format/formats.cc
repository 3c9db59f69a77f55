// The table of output formats. Adding a format: one file in src/format/ and one row here.
#include "format/formats.h"

namespace strat {

namespace {

constexpr OutputFormat kFormats[] = {
    {"text", "FILE:LINE:COL: SEVERITY: MESSAGE [RULE], the source line and a caret", render_text},
    {"json", "one JSON object: diagnostics and a summary", render_json},
    {"sarif", "a SARIF 2.1.0 log, for GitHub code scanning", render_sarif},
    {"github", "GitHub Actions workflow commands (::error file=...::message)", render_github},
    {"gitlab", "a GitLab Code Quality report (JSON array)", render_gitlab},
    {"junit", "JUnit XML: a test suite per file, a test case per rule and entity", render_junit},
};

}  // namespace

std::span<const OutputFormat> output_formats() { return kFormats; }

const OutputFormat* find_format(std::string_view name) { return lookup_format(output_formats(), name); }

}  // namespace strat
