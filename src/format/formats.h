// The renderers behind the format table in formats.cc, and the helpers they share.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "strat/check_format.h"
#include "strat/json.h"
#include "strat/text.h"

namespace strat {

std::string render_text(const CheckReport& report);
std::string render_json(const CheckReport& report);
std::string render_sarif(const CheckReport& report);
std::string render_github(const CheckReport& report);
std::string render_gitlab(const CheckReport& report);
std::string render_junit(const CheckReport& report);

/// `path` relative and lexically normal, for CI systems that want repository-relative paths:
/// "./a/../b.yaml" → "b.yaml"; an absolute path is made relative to `cwd` (kept when it has
/// no relative form, e.g. an empty `cwd`).
std::string relative_path(std::string_view path, std::string_view cwd);
/// relative_path() of each path, asking for the current directory only when one is absolute.
std::vector<std::string> relative_paths(std::vector<std::string> paths);
/// relative_paths() of the diagnostics' files.
std::vector<std::string> relative_paths(const std::vector<Diagnostic>& ds);
/// The diagnostics' files relative to `root` (absolute), wherever strat runs below it; a file
/// outside `root` keeps its absolute path. An empty `root` gives relative_paths().
std::vector<std::string> root_relative_paths(const std::vector<Diagnostic>& ds, const std::string& root);

/// A relative path as a URI reference: every byte but A-Z a-z 0-9 - . _ ~ and '/' becomes
/// %XX (upper-case hex), so spaces, '%', ':', '#', '?' and non-ASCII UTF-8 are all encoded.
std::string uri_path(std::string_view path);

/// 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3) over the bytes of `data`.
uint64_t fnv1a64(std::string_view data);

/// Per diagnostic, "HASH:N": HASH is 16 hex digits of fnv1a64(rule NUL path NUL entity), with
/// the message instead of the entity when the finding names none; N counts the findings with
/// the same HASH so far (1, 2, ...), in output order. Line numbers play no part, so the value
/// survives edits elsewhere in the file. `paths` are the relative_paths() of `ds`.
std::vector<std::string> stable_fingerprints(const std::vector<Diagnostic>& ds,
                                             const std::vector<std::string>& paths);

/// A rule's page where the build published the docs (cmake -DSTRAT_DOCS_URL=BASE, for SARIF's
/// helpUri): "BASE/rules/RULE.md", one '/' between; "" when `base` is empty.
std::string rule_page_uri(std::string_view base, std::string_view rule);

/// The 1-based code-point column of a diagnostic (0 when it has no position).
uint32_t display_column(const Diagnostic& d);


}  // namespace strat
