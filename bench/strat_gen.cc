// strat-gen: writes a synthetic strategy + plan set, and optionally the findings it must produce.
//
//   strat-gen OUTDIR [--files F] [--tactics N] [--goals G] [--seed S]
//                    [--defect NAME=K]... [--expected FILE] [--revision [--changes FILE]]
//
// N counts the tactics of each plan file, nested ones included. The expected findings are
// written one per line as `rule<TAB>file<TAB>line<TAB>column`, sorted by file and position.
// --revision writes revision B of the same set (bench/gen.h, Spec::revision), for strat diff;
// --changes FILE then writes what `strat diff A B --format json` must count, one
// `op<TAB>count` a line (added, changed, removed, renamed).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include "gen.h"

namespace fs = std::filesystem;
using strat::bench::Defect;

namespace {

[[noreturn]] void usage(const std::string& why) {
  if (!why.empty()) std::fprintf(stderr, "strat-gen: error: %s\n", why.c_str());
  std::fprintf(stderr,
               "usage: strat-gen OUTDIR [--files F] [--tactics N] [--goals G] [--seed S]\n"
               "                        [--defect NAME=K]... [--expected FILE] [--revision [--changes FILE]]\n"
               "defects:");
  for (int d = 0; d < strat::bench::kDefectKinds; ++d)
    std::fprintf(stderr, " %s", strat::bench::defect_name(static_cast<Defect>(d)));
  std::fprintf(stderr, "\n");
  std::exit(2);
}

long number(const char* text, const char* what) {
  char* end = nullptr;
  long n = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || n < 0 || n > 100'000'000) usage(std::string("bad ") + what + ": " + text);
  return n;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
  strat::bench::Spec spec;
  std::string outdir, expected_path, changes_path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) usage(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--files") spec.files = static_cast<int>(number(value(), "--files"));
    else if (arg == "--tactics") spec.tactics_per_file = static_cast<int>(number(value(), "--tactics"));
    else if (arg == "--goals") spec.goals = static_cast<int>(number(value(), "--goals"));
    else if (arg == "--seed") spec.seed = static_cast<uint64_t>(number(value(), "--seed"));
    else if (arg == "--expected") expected_path = value();
    else if (arg == "--revision") spec.revision = true;
    else if (arg == "--changes") changes_path = value();
    else if (arg == "--defect") {
      std::string v = value();
      auto eq = v.find('=');
      std::string name = v.substr(0, eq);
      int d = 0;
      while (d < strat::bench::kDefectKinds && name != strat::bench::defect_name(static_cast<Defect>(d))) ++d;
      if (d == strat::bench::kDefectKinds) usage("unknown defect '" + name + "'");
      spec.defects[d] = eq == std::string::npos ? 1 : static_cast<int>(number(v.c_str() + eq + 1, "defect count"));
    } else if (arg == "-h" || arg == "--help") usage("");
    else if (!arg.empty() && arg[0] == '-') usage("unknown option " + arg);
    else if (outdir.empty()) outdir = arg;
    else usage("one OUTDIR only");
  }
  if (outdir.empty()) usage("no OUTDIR");
  try {
    auto set = strat::bench::generate(spec);
    fs::create_directories(outdir);
    for (const auto& [name, text] : set.files) write(fs::path(outdir) / name, text);
    if (!expected_path.empty()) {
      std::string lines;
      for (const auto& e : set.expected)
        lines += e.rule + '\t' + e.file + '\t' + std::to_string(e.line) + '\t' + std::to_string(e.column) + '\n';
      write(expected_path, lines);
    }
    if (!changes_path.empty()) {
      const strat::bench::Changes& c = set.changes;
      write(changes_path, "added\t" + std::to_string(c.added) + "\nchanged\t" +
                              std::to_string(c.budgets + c.dates + c.plan_budgets) + "\nremoved\t" +
                              std::to_string(c.removed) + "\nrenamed\t" + std::to_string(c.renamed) + "\n");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "strat-gen: error: %s\n", e.what());
    return 2;
  }
  return 0;
}
