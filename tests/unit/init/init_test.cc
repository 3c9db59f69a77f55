// strat init's files: every template in every language checks clean; typos get did-you-mean;
// an existing .gitattributes keeps its lines.
#include <doctest/doctest.h>

#include <string>

#include "strat/check.h"
#include "strat/error.h"
#include "strat/init.h"

namespace strat::test {

namespace {

/// What init_files(options) throws, or "" when it does not.
std::string init_error(const InitOptions& options) {
  try {
    init_files(options);
  } catch (const Error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("every template has every language, a line saying what it is for, and each language a name") {
  std::vector<std::string> langs = init_languages();
  CHECK(langs == std::vector<std::string>{"ar", "en", "fr", "he", "it"});
  CHECK(init_template_names() == std::vector<std::string>{"b2b", "clinic", "launch", "minimal"});
  for (const std::string& t : init_template_names()) {
    CAPTURE(t);
    CHECK(init_languages(t) == langs);
    CHECK(!init_template_about(t).empty());
    CHECK(init_template_about(t).find('\n') == std::string::npos);
  }
  for (const std::string& l : langs) CHECK_MESSAGE(!init_language_name(l).empty(), l);
  CHECK(init_language_name("ar") == "Arabic (العربية)");
  CHECK(init_language_name("en") == "English");
  CHECK(init_language_name("xx").empty());
}

TEST_CASE("every template in every language checks clean, with the name quoted into it") {
  for (const std::string& t : init_template_names()) {
    for (const std::string& l : init_languages(t)) {
      CAPTURE(t);
      CAPTURE(l);
      InitOptions options;
      options.template_name = t;
      options.lang = l;
      options.name = "Acme \"Co\": #1 \\ x\n\x01\x7f";
      options.year = 2031;
      MemoryFileSystem fs;
      for (const auto& [name, text] : init_files(options)) fs.add(name, text);
      CheckOptions check;
      check.paths = {"strategy.yaml", "plan.yaml"};
      check.today = Date::from_ymd(2031, 3, 1);
      check.config.mode = ConfigChoice::Mode::none;
      check.jobs = 1;
      CheckResult result = run_check(check, fs);
      CHECK(result.files == 2);
      for (const Diagnostic& d : result.diagnostics) FAIL_CHECK(d.file << ": " << d.message);
    }
  }
}

TEST_CASE("an unknown template or language names the valid ones and the likely one") {
  InitOptions options;
  options.template_name = "clinc";
  CHECK(init_error(options) == "unknown template 'clinc'; the templates are: b2b, clinic, launch, minimal; "
                               "did you mean 'clinic'?");
  options.template_name = "Launch";
  CHECK(init_error(options).ends_with("did you mean 'launch'?"));
  options.template_name = "newsletter";
  CHECK(init_error(options) == "unknown template 'newsletter'; the templates are: b2b, clinic, launch, minimal");
  options.template_name = "clinic";
  options.lang = "arabic";
  CHECK(init_error(options) == "unknown language 'arabic'; the languages are: ar, en, fr, he, it; did you mean 'ar'?");
  options.lang = "Français";
  CHECK(init_error(options).ends_with("did you mean 'fr'?"));
  options.lang = "עברית";
  CHECK(init_error(options).ends_with("did you mean 'he'?"));
  options.lang = "itt";
  CHECK(init_error(options).ends_with("did you mean 'it'?"));
  options.lang = "ara";
  CHECK(init_error(options).ends_with("did you mean 'ar'?"));
  options.lang = "de";
  CHECK(init_error(options) == "unknown language 'de'; the languages are: ar, en, fr, he, it");
}

TEST_CASE("init adds the diff driver's line to a .gitattributes, once") {
  CHECK(gitattributes_with_driver("") == "*.yaml diff=strat\n");
  CHECK(gitattributes_with_driver("*.png binary") == "*.png binary\n*.yaml diff=strat\n");
  CHECK(gitattributes_with_driver("*.png binary\n") == "*.png binary\n*.yaml diff=strat\n");
  CHECK(!gitattributes_with_driver("*.png binary\n*.yaml diff=strat\n"));
  CHECK(!gitattributes_with_driver("*.yaml diff=strat  \r\n*.png binary"));
  CHECK(gitattributes_with_driver("# *.yaml diff=strat\n") == "# *.yaml diff=strat\n*.yaml diff=strat\n");
}

TEST_CASE("a new plan covers this year, or next year from October on") {
  CHECK(init_year(Date::from_ymd(2027, 1, 1)) == 2027);
  CHECK(init_year(Date::from_ymd(2027, 9, 30)) == 2027);
  CHECK(init_year(Date::from_ymd(2027, 10, 1)) == 2028);
  CHECK(init_year(Date::from_ymd(2026, 12, 31)) == 2027);
}

TEST_CASE("init writes the .gitattributes line only in a git work tree") {
  InitOptions options;
  auto has = [](const auto& files, std::string_view name) {
    for (const auto& f : files)
      if (f.first == name) return true;
    return false;
  };
  CHECK(!has(init_files(options), ".gitattributes"));
  CHECK(has(init_files(options), ".strat.yaml"));
  options.git = true;
  CHECK(has(init_files(options), ".gitattributes"));
}

}  // namespace strat::test
