// libFuzzer target: `strat report` on an in-memory directory. The input is up to three files
// separated by NUL bytes (p/plan.yaml, p/strategy.yaml, p/.strat.yaml, as fuzz_check), loaded
// through load_run and checked as the report does; the report is built for a day picked from
// the input's length (before, inside or after a typical period), once for everything and once
// for the first owner and goal of the plan, and rendered in every format with all sections
// and with one. Each render must be byte-stable (the same bytes from a second build), and the
// HTML must hold no element the input could have smuggled in (text from the files is escaped).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_files.h"
#include "strat/check.h"
#include "strat/format.h"
#include "strat/fs.h"
#include "strat/report.h"
#include "strat/run.h"

namespace {

void render_all(const strat::Report& a, const strat::Report& b, const strat::ReportRender& r) {
  for (std::string_view format : strat::format_names("report")) {
    std::string out = strat::render_report(format, a, r);
    if (out != strat::render_report(format, b, r)) std::abort();  // not byte-stable
    if (format == "html" && (out.find("<script") != std::string::npos || out.find("<iframe") != std::string::npos))
      std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  strat::MemoryFileSystem fs = strat::fuzz::plan_files(data, size);
  strat::LoadedRun run = strat::fuzz::load_plan_files(fs);

  static const char* kDays[] = {"2026-12-15", "2027-02-14", "2027-03-31", "2028-01-01"};
  strat::ReportOptions options;
  options.today = *strat::Date::parse(kDays[size % 4]);
  strat::CheckResult checked = strat::check_loaded(run, options.today);

  strat::ReportRender r;
  r.width = 30 + static_cast<int>(size % 120);
  r.color = size % 3 == 0;
  r.ascii = size % 2;
  render_all(strat::build_report(run.workspace, checked.diagnostics, options),
             strat::build_report(run.workspace, checked.diagnostics, options), r);

  // Filtered by the first plan's first owner and goal, with one section.
  for (const auto& plan : run.workspace.plans) {
    if (!plan->team.empty()) options.owners = {plan->team.front().id};
    for (const auto& t : plan->tactics)
      if (!t.goals.empty()) {
        options.goals = {t.goals.front().id};
        break;
      }
    break;
  }
  auto sections = strat::report_section_names();
  r.sections = {*strat::parse_report_section(sections[size % sections.size()])};
  render_all(strat::build_report(run.workspace, checked.diagnostics, options),
             strat::build_report(run.workspace, checked.diagnostics, options), r);
  return 0;
}
