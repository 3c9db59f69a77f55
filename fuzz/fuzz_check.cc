// libFuzzer target: the whole of `strat check` on an in-memory directory, then every output
// format. The input is up to three files separated by NUL bytes (which YAML text never
// holds): p/plan.yaml, p/strategy.yaml (the name the plan's `strategy:` usually gives) and
// p/.strat.yaml, so the loader, the workspace linking, every rule, the config and the
// suppression comments all see fuzzed text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "strat/check.h"
#include "strat/format.h"
#include "strat/fs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static constexpr const char* kNames[] = {"p/plan.yaml", "p/strategy.yaml", "p/.strat.yaml"};
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  strat::MemoryFileSystem fs;
  for (const char* name : kNames) {
    size_t nul = rest.find('\0');
    fs.add(name, std::string(rest.substr(0, nul)));
    if (nul == std::string_view::npos) break;
    rest.remove_prefix(nul + 1);
  }

  strat::CheckOptions options;
  options.paths = {"p"};
  options.today = *strat::Date::parse("2027-03-15");
  options.jobs = 1;
  options.limits.max_file_bytes = 1 << 20;
  strat::CheckResult result = strat::run_check(options, fs);
  (void)strat::exit_status(result);

  strat::Summary summary = strat::summarize(result.diagnostics, result.files);
  summary.unreadable = static_cast<int>(result.io_errors.size());
  for (const strat::OutputFormat& format : strat::output_formats()) {
    for (bool color : {false, true}) {
      if (color && format.name != "text") continue;
      strat::CheckReport report{result.diagnostics, summary, color, result.file_paths};
      std::string out = format.render(report);
      (void)out;
    }
  }
  return 0;
}
