// strat init [DIR]: a strategy and a first plan from a template; never overwrites without --force.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "strat/error.h"
#include "strat/fs.h"
#include "strat/init.h"

namespace strat::cli {

namespace {

struct InitArgs {
  std::string dir = ".";
  InitOptions options;
  bool force = false;
  CommonOptions common;
};

/// A .gitattributes that exists keeps its lines: the driver's line is added to it, or, when it
/// has that line already, the file is left alone (dropped from `files`).
void add_to_gitattributes(const FileSystem& fs, const std::string& dir,
                          std::vector<std::pair<std::string, std::string>>& files) {
  auto it = std::find_if(files.begin(), files.end(), [](const auto& f) { return f.first == ".gitattributes"; });
  if (it == files.end()) return;
  std::string path = join_path(dir, it->first);
  if (fs.type(path) == FileSystem::Type::missing) return;
  ReadResult old = fs.read(path, 1 << 20);
  if (old.status != ReadResult::Status::ok)
    throw Error(fmt::format("cannot read {}: {}", path, old.error.empty() ? "not a file of at most 1 MiB" : old.error));
  if (auto merged = gitattributes_with_driver(old.text)) it->second = std::move(*merged);
  else files.erase(it);
}

/// The --help footer: the templates and languages built in, examples, the files, exit status.
std::string init_footer() {
  std::string out = "Templates (--template):\n";
  for (const std::string& t : init_template_names()) out += fmt::format("  {:<9}{}\n", t, init_template_about(t));
  out += "Languages (--lang), for every template:\n";
  for (const std::string& l : init_languages()) out += fmt::format("  {:<9}{}\n", l, init_language_name(l));
  out += R"(
Examples:
  strat init plans --name "Lev HaCarmel Clinic" --template clinic --lang he
  strat init launch-2027 --template launch --lang fr

Writes strategy.yaml, plan.yaml, .strat.yaml, the JSON Schemas they name for editors
(.strat/*.schema.json) and, in a git work tree, a .gitattributes line for strat diff.
Exit status: 0 written, 1 a file exists (nothing written), 2 a usage error. See man strat-init.)";
  return out;
}

int run(const InitArgs& args) {
  DiskFileSystem fs;
  InitOptions options = args.options;
  options.year = init_year(today(args.common));
  options.git = !repository_root(fs, args.dir).empty();
  auto files = init_files(options);
  add_to_gitattributes(fs, args.dir, files);
  std::vector<std::string> existing;
  for (const auto& [name, text] : files)
    if (name != ".gitattributes" && fs.type(join_path(args.dir, name)) != FileSystem::Type::missing)
      existing.push_back(join_path(args.dir, name));
  if (!existing.empty() && !args.force) {
    std::string out = "strat init would write:\n";
    for (const auto& [name, text] : files) out += fmt::format("  {}\n", join_path(args.dir, name));
    out += "but these exist already, and strat init never overwrites a file:\n";
    for (const std::string& path : existing) out += fmt::format("  {}\n", path);
    out += "Choose another directory, or pass --force to replace them.\n";
    fmt::print(stderr, "{}", out);
    return 1;
  }
  for (const auto& [name, text] : files) {
    std::string path = join_path(args.dir, name);
    std::error_code ec;
    std::filesystem::create_directories(parent_path(path), ec);
    if (ec) throw Error(fmt::format("cannot create {}: {}", parent_path(path), ec.message()));
    write_file_atomic(path, text);
  }
  std::string out = fmt::format("Wrote {} files in {}:\n", files.size(), args.dir);
  for (const auto& [name, text] : files) out += fmt::format("  {}\n", join_path(args.dir, name));
  out += fmt::format("Next: strat check {}\n", args.dir);
  write_stdout(out);
  return 0;
}

}  // namespace

void setup_init(CLI::App& cmd, int& status) {
  auto args = std::make_shared<InitArgs>();
  cmd.add_option("dir", args->dir, "Where to write the files (default: .)")->type_name("DIR");
  cmd.add_option("--name", args->options.name, "The company or team, for the names of the strategy and plan")
      ->type_name("NAME");
  completes_to(cmd.add_option("--template,-t", args->options.template_name, "The starting point (default: minimal)"),
               init_template_names())
      ->type_name("TEMPLATE");
  completes_to(cmd.add_option("--lang,-l", args->options.lang, "The language of comments and sample titles (default: en)"),
               init_languages())
      ->type_name("LANG");
  cmd.add_flag("--force", args->force, "Replace files that exist (each written atomically)");
  cmd.add_option("--today", args->common.today, "Take this date (YYYY-MM-DD) as today; it sets the plan's year")
      ->type_name("DATE");
  cmd.footer(init_footer());
  cmd.callback([args, &status] { status = run(*args); });
}

}  // namespace strat::cli
