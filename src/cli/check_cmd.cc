// strat check [PATH...]: options → run_check → a formatter → stdout and the exit status.
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/check.h"
#include "strat/error.h"
#include "strat/format.h"
#include "strat/rules.h"
#include "strat/text.h"

namespace strat::cli {

namespace {

struct CheckArgs {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string format = "text";
  bool list_rules = false;
  size_t max_file_size = Limits{}.max_file_bytes;
  int jobs = 0;
  std::string config;  // --config FILE
  bool no_config = false;
};

std::string list_rules() {
  size_t width = 0;
  for (const RuleInfo& r : all_rules()) width = std::max(width, r.id.size());
  std::string out;
  for (const RuleInfo& r : all_rules())
    out += fmt::format("{}  {:<7}  {}\n", pad_right(r.id, width), to_string(r.severity), r.summary);
  return out;
}

int run(const CheckArgs& args) {
  if (args.list_rules) {
    write_stdout(list_rules());
    return 0;
  }
  const OutputFormat* format = find_format(args.format);
  if (!format) {
    std::vector<std::string_view> names;
    for (const OutputFormat& f : output_formats()) names.push_back(f.name);
    throw Error(fmt::format("unknown format '{}'; valid formats: {}", args.format, fmt::join(names, ", ")));
  }
  CheckOptions options;
  options.paths = args.paths;
  options.today = today(args.common);
  options.limits.max_file_bytes = args.max_file_size;
  options.jobs = args.jobs;
  if (args.no_config && !args.config.empty()) throw Error("--config and --no-config cannot be used together");
  if (args.no_config) options.config.mode = ConfigChoice::Mode::none;
  else if (!args.config.empty()) options.config = {ConfigChoice::Mode::file, args.config};

  DiskFileSystem fs;
  CheckResult result = run_check(options, fs);
  for (const std::string& e : result.io_errors) fmt::print(stderr, "strat: error: {}\n", e);
  Summary summary = summarize(result.diagnostics, result.files);
  summary.unreadable = static_cast<int>(result.io_errors.size());
  CheckReport report{result.diagnostics, summary, format->name == "text" && use_color(args.common)};
  write_stdout(format->render(report));
  return exit_status(result);
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, int& status) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand("check", "Check strategies and plans for consistency");
  cmd->add_option("paths", args->paths, "Files and directories to check (default: .)")->type_name("PATH");
  cmd->add_option("--format,-f", args->format, "Output format: text or json")->type_name("FORMAT");
  cmd->add_flag("--list-rules", args->list_rules, "List every rule with its default severity and exit");
  cmd->add_option("--max-file-size", args->max_file_size, "Refuse files larger than this many bytes")
      ->type_name("BYTES")->check(CLI::Range(size_t{1}, size_t{1} << 40).description(""));
  cmd->add_option("--jobs,-j", args->jobs, "Parse files on this many threads (default: one per core)")
      ->type_name("N")->check(CLI::Range(1, 1024).description(""));
  cmd->add_option("--config", args->config, "Use this config file for every file (default: .strat.yaml, found upward)")
      ->type_name("FILE");
  cmd->add_flag("--no-config", args->no_config, "Use no config file at all");
  add_common_options(*cmd, args->common);
  cmd->footer(R"(Examples:
  strat check                         check every plan and strategy under .
  strat check examples/clinic/        check one directory (recursively)
  strat check plan.yaml --format json one JSON object, for scripts
  strat check --list-rules            the rules, their severities and what they catch

Exit status: 0 no error-level findings, 1 error-level findings,
2 a usage error, an unreadable path, or a file over a safety limit.
See man strat-check and man 5 strat.)");
  cmd->callback([args, &status] { status = run(*args); });
  return cmd;
}

}  // namespace strat::cli
