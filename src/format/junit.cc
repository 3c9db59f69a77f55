// --format junit: JUnit XML, a test suite per checked file and a test case per rule and entity.
#include <map>

#include <fmt/format.h>

#include "format/formats.h"
#include "strat/xml.h"

namespace strat {

namespace {

struct Case {
  std::string name;
  std::string rule;
  std::vector<const Diagnostic*> findings;
};

struct Suite {
  std::vector<Case> cases;  ///< in order of their first finding
  std::map<std::string, size_t> by_key;
};

}  // namespace

std::string render_junit(const CheckReport& report) {
  std::vector<std::string> files(report.files.begin(), report.files.end());
  files = relative_paths(std::move(files));
  std::vector<std::string> paths = relative_paths(report.diagnostics);

  std::map<std::string, Suite> suites;  // by path, bytewise
  for (const std::string& f : files) suites[f];
  for (size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    Suite& suite = suites[paths[i]];
    std::string name = d.rule + ": ";
    if (!d.entity.empty()) name += d.entity;
    else if (d.pos.known()) name += fmt::format("line {}, column {}", d.pos.line, display_column(d));
    else name += d.message;
    auto [it, fresh] = suite.by_key.emplace(name, suite.cases.size());
    if (fresh) suite.cases.push_back({name, d.rule, {}});
    suite.cases[it->second].findings.push_back(&d);
  }

  int tests = 0, failures = 0;
  std::string body;
  for (const auto& [path, suite] : suites) {
    int suite_failures = static_cast<int>(suite.cases.size());
    int suite_tests = suite.cases.empty() ? 1 : suite_failures;
    tests += suite_tests;
    failures += suite_failures;
    body += fmt::format("  <testsuite name=\"{0}\" tests=\"{1}\" failures=\"{2}\" errors=\"0\" skipped=\"0\">\n",
                        xml_attribute(path), suite_tests, suite_failures);
    if (suite.cases.empty())
      body += fmt::format("    <testcase name=\"strat check\" classname=\"{}\"/>\n", xml_attribute(path));
    for (const Case& c : suite.cases) {
      std::string message = c.findings.front()->message;
      if (c.findings.size() > 1) message += fmt::format(" (and {} more)", c.findings.size() - 1);
      std::string details;
      for (const Diagnostic* d : c.findings) {
        details += path;
        if (d->pos.known()) details += fmt::format(":{}:{}", d->pos.line, display_column(*d));
        details += fmt::format(": {}: {} [{}]\n", to_string(d->severity), d->message, d->rule);
      }
      body += fmt::format(
          "    <testcase name=\"{}\" classname=\"{}\">\n"
          "      <failure message=\"{}\" type=\"{}\">{}</failure>\n"
          "    </testcase>\n",
          xml_attribute(c.name), xml_attribute(path), xml_attribute(message), xml_attribute(c.rule), xml_text(details));
    }
    body += "  </testsuite>\n";
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"strat check\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}</testsuites>\n",
      tests, failures, body);
}

}  // namespace strat
