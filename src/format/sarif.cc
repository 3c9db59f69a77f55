// --format sarif: a SARIF 2.1.0 log, as GitHub code scanning takes it.
#include <map>

#include <fmt/format.h>

#include "format/formats.h"
#include "strat/rules.h"

#ifndef STRAT_VERSION
#define STRAT_VERSION "unknown"
#endif

namespace strat {

namespace {

// informationUri and each rule's helpUri only when the build says where docs/ is published
// (cmake -DSTRAT_DOCS_URL=...): the project has no public home yet, and the rule pages travel
// with strat (`strat explain RULE`, and the help text below).
#ifndef STRAT_DOCS_URL
#define STRAT_DOCS_URL ""
#endif
constexpr std::string_view kDocsUrl = STRAT_DOCS_URL;
constexpr std::string_view kRoot = "%SRCROOT%";
constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "warning";
}

}  // namespace

std::string rule_page_uri(std::string_view base, std::string_view rule) {
  if (base.empty()) return {};
  while (base.ends_with('/')) base.remove_suffix(1);
  return fmt::format("{}/rules/{}.md", base, rule);
}

namespace {

struct RuleEntry {
  std::string id;
  Severity severity;
  std::string summary;
};

/// "a rule's summary" → "A rule's summary."
std::string sentence(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  if (!out.ends_with('.')) out += '.';
  return out;
}

void write_rule(JsonWriter& w, const RuleEntry& r) {
  std::string full = sentence(r.summary);
  w.begin_object().key("id").value(r.id).key("name").value(r.id);
  w.key("shortDescription").begin_object(true).key("text").value(r.summary).end_object();
  w.key("fullDescription").begin_object(true);
  w.key("text").value(fmt::format("{} Default severity: {}.", full, level(r.severity))).end_object();
  w.key("help").begin_object();
  w.key("text").value(fmt::format("{} 'strat explain {}' prints the rule's page (docs/rules/{}.md): "
                                  "why it matters, an example and the fix.", full, r.id, r.id));
  w.key("markdown").value(fmt::format("{} `strat explain {}` prints the rule's page (`docs/rules/{}.md`): "
                                      "why it matters, an example and the fix.", full, r.id, r.id));
  w.end_object();
  if (!kDocsUrl.empty()) w.key("helpUri").value(rule_page_uri(kDocsUrl, r.id));
  w.key("defaultConfiguration").begin_object(true).key("level").value(level(r.severity)).end_object();
  w.end_object();
}

void write_result(JsonWriter& w, const Diagnostic& d, size_t rule_index, std::string_view path,
                  std::string_view fingerprint) {
  w.begin_object().key("ruleId").value(d.rule).key("ruleIndex").value(rule_index);
  w.key("level").value(level(d.severity));
  w.key("message").begin_object(true).key("text").value(d.message).end_object();
  w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
  // Relative to %SRCROOT% (the repository's root), as code scanning resolves them; a file
  // outside it by its absolute file URI.
  w.key("artifactLocation").begin_object(true);
  if (path.starts_with('/')) w.key("uri").value("file://" + uri_path(path)).end_object();
  else w.key("uri").value(uri_path(path)).key("uriBaseId").value(kRoot).end_object();
  // Code scanning needs a startLine: a finding without a position points at line 1.
  w.key("region").begin_object(true);
  if (d.pos.known()) w.key("startLine").value(d.pos.line).key("startColumn").value(display_column(d));
  else w.key("startLine").value(1);
  w.end_object();
  w.end_object().end_object().end_array();
  w.key("partialFingerprints").begin_object(true).key("strat/v1").value(fingerprint).end_object();
  w.end_object();
}

}  // namespace

std::string render_sarif(const CheckReport& report) {
  // Every known rule, in documentation order, then any rule id only a finding names.
  std::vector<RuleEntry> rules;
  std::map<std::string, size_t, std::less<>> index;
  for (const RuleInfo& r : all_rules()) {
    index.emplace(std::string(r.id), rules.size());
    rules.push_back({std::string(r.id), r.severity, std::string(r.summary)});
  }
  for (const Diagnostic& d : report.diagnostics) {
    if (index.contains(d.rule)) continue;
    index.emplace(d.rule, rules.size());
    rules.push_back({d.rule, d.severity, "a finding of rule " + d.rule});
  }

  JsonWriter w;
  w.begin_object().key("$schema").value(kSchema).key("version").value("2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.key("name").value("strat").key("version").value(STRAT_VERSION);
  if (!kDocsUrl.empty()) w.key("informationUri").value(kDocsUrl);
  w.key("rules").begin_array();
  for (const RuleEntry& r : rules) write_rule(w, r);
  w.end_array().end_object().end_object();
  // The root's absolute URI is left out: it would be this machine's path, which means nothing
  // where the log is read (code scanning resolves the URIs against its checkout).
  w.key("originalUriBaseIds").begin_object().key(kRoot).begin_object().key("description");
  w.begin_object(true).key("text").value("The root of the git work tree strat ran in, or the directory it ran in outside one.");
  w.end_object().end_object().end_object();
  w.key("columnKind").value("unicodeCodePoints");

  std::vector<std::string> paths = root_relative_paths(report.diagnostics, report.root);
  std::vector<std::string> prints = stable_fingerprints(report.diagnostics, paths);
  w.key("results").begin_array();
  for (size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    write_result(w, d, index.find(d.rule)->second, paths[i], prints[i]);
  }
  w.end_array().end_object().end_array().end_object();
  return w.str();
}

}  // namespace strat
