// --format junit: JUnit XML, a test suite per checked file and a test case per rule and entity.
#include <map>

#include <fmt/format.h>

#include "format/formats.h"

namespace strat {

namespace {

/// `text` as XML 1.0 character data (or, with `attribute`, an attribute value in double quotes).
/// Characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF, ill-formed
/// UTF-8) become U+FFFD; in attributes tab and line breaks become references, so that
/// attribute-value normalisation keeps them.
std::string xml_escape(std::string_view raw, bool attribute) {
  std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += attribute ? "&quot;" : "\""; continue;
      case '\r': out += "&#13;"; continue;
      case '\n': out += attribute ? "&#10;" : "\n"; continue;
      case '\t': out += attribute ? "&#9;" : "\t"; continue;
      default: break;
    }
    if (static_cast<unsigned char>(c) < 0x20) {
      out += "\xEF\xBF\xBD";
    } else if (text.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < text.size() &&
               (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      out += "\xEF\xBF\xBD";  // U+FFFE, U+FFFF
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string attr(std::string_view text) { return xml_escape(text, true); }

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
                        attr(path), suite_tests, suite_failures);
    if (suite.cases.empty())
      body += fmt::format("    <testcase name=\"strat check\" classname=\"{}\"/>\n", attr(path));
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
          attr(c.name), attr(path), attr(message), attr(c.rule), xml_escape(details, false));
    }
    body += "  </testsuite>\n";
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"strat check\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}</testsuites>\n",
      tests, failures, body);
}

}  // namespace strat
