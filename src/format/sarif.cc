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

// Where the tool lives. The project has no public home yet; change this when it does.
constexpr std::string_view kInformationUri = "https://example.invalid/strat";
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

std::string rule_json(const RuleEntry& r) {
  std::string id = json_escape(r.id);
  std::string summary = json_escape(r.summary);
  std::string full = json_escape(sentence(r.summary));
  return fmt::format(
      "            {{\n"
      "              \"id\": \"{0}\",\n"
      "              \"name\": \"{0}\",\n"
      "              \"shortDescription\": {{\"text\": \"{1}\"}},\n"
      "              \"fullDescription\": {{\"text\": \"{3} Default severity: {2}.\"}},\n"
      "              \"help\": {{\n"
      "                \"text\": \"{3} 'strat explain {0}' prints the rule's page (docs/rules/{0}.md): "
      "why it matters, an example and the fix.\",\n"
      "                \"markdown\": \"{3} `strat explain {0}` prints the rule's page "
      "([docs/rules/{0}.md]({4})): why it matters, an example and the fix.\"\n"
      "              }},\n"
      "              \"helpUri\": \"{4}\",\n"
      "              \"defaultConfiguration\": {{\"level\": \"{2}\"}}\n"
      "            }}",
      id, summary, level(r.severity), full, json_escape(fmt::format("{}/docs/rules/{}.md", kInformationUri, r.id)));
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

  std::string out = fmt::format(
      "{{\n"
      "  \"$schema\": \"{}\",\n"
      "  \"version\": \"2.1.0\",\n"
      "  \"runs\": [\n"
      "    {{\n"
      "      \"tool\": {{\n"
      "        \"driver\": {{\n"
      "          \"name\": \"strat\",\n"
      "          \"version\": \"{}\",\n"
      "          \"informationUri\": \"{}\",\n"
      "          \"rules\": [\n",
      kSchema, STRAT_VERSION, kInformationUri);
  for (size_t i = 0; i < rules.size(); ++i) {
    out += rule_json(rules[i]) + (i + 1 < rules.size() ? ",\n" : "\n");
  }
  out +=
      "          ]\n"
      "        }\n"
      "      },\n"
      "      \"columnKind\": \"unicodeCodePoints\",\n"
      "      \"results\": [";

  std::vector<std::string> paths = relative_paths(report.diagnostics);
  std::vector<std::string> prints = stable_fingerprints(report.diagnostics, paths);
  const char* sep = "\n";
  for (size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    // Code scanning needs a startLine: a finding without a position points at line 1.
    std::string region = d.pos.known()
        ? fmt::format("{{\"startLine\": {}, \"startColumn\": {}}}", d.pos.line, display_column(d))
        : std::string("{\"startLine\": 1}");
    out += fmt::format(
        "{}        {{\n"
        "          \"ruleId\": \"{}\",\n"
        "          \"ruleIndex\": {},\n"
        "          \"level\": \"{}\",\n"
        "          \"message\": {{\"text\": \"{}\"}},\n"
        "          \"locations\": [\n"
        "            {{\n"
        "              \"physicalLocation\": {{\n"
        "                \"artifactLocation\": {{\"uri\": \"{}\", \"uriBaseId\": \"%SRCROOT%\"}},\n"
        "                \"region\": {}\n"
        "              }}\n"
        "            }}\n"
        "          ],\n"
        "          \"partialFingerprints\": {{\"strat/v1\": \"{}\"}}\n"
        "        }}",
        sep, json_escape(d.rule), index.find(d.rule)->second, level(d.severity),
        json_escape(d.message), uri_path(paths[i]), region,
        prints[i]);
    sep = ",\n";
  }
  out += report.diagnostics.empty() ? "]\n" : "\n      ]\n";
  out +=
      "    }\n"
      "  ]\n"
      "}\n";
  return out;
}

}  // namespace strat
