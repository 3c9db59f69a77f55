// libFuzzer target: the whole of `strat check` on an in-memory directory, then every output
// format. The input is up to three files separated by NUL bytes (which YAML text never
// holds): p/plan.yaml, p/strategy.yaml (the name the plan's `strategy:` usually gives) and
// p/.strat.yaml, so the loader, the workspace linking, every rule, the config and the
// suppression comments all see fuzzed text. Each input is rendered as text (plain and
// coloured) and in one more format picked by its length: rendering every format each time
// (SARIF writes the whole rule table) took more time than the check itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "strat/check.h"
#include "strat/check_format.h"
#include "fuzz_files.h"
#include "strat/fs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  strat::MemoryFileSystem fs = strat::fuzz::plan_files(data, size);

  strat::CheckOptions options;
  options.paths = {"p"};
  options.today = *strat::Date::parse("2027-03-15");
  options.jobs = 1;
  options.limits.max_file_bytes = 1 << 20;
  strat::CheckResult result = strat::run_check(options, fs);
  (void)strat::exit_status(result);

  strat::Summary summary = strat::summarize(result.diagnostics, result.files);
  summary.unreadable = static_cast<int>(result.io_errors.size());
  auto formats = strat::output_formats();
  const strat::OutputFormat& text = *strat::find_format("text");
  const strat::OutputFormat& other = formats[size % formats.size()];
  for (bool color : {false, true}) (void)text.render({result.diagnostics, summary, color, result.file_paths});
  if (other.name != "text") (void)other.render({result.diagnostics, summary, false, result.file_paths});
  return 0;
}
