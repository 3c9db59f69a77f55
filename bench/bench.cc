// strat-bench: generates the benchmark inputs, times `strat check` against the yaml-cpp
// event-parse floor on each, then calendar, diff and report beside check on the 5,000- and
// 100,000-tactic sets (subcommands.h), and prints Markdown tables with every target of issues
// 4, 11, 12 and 13 marked met or not met. `make bench` runs it on a Release build.
//
//   strat-bench --strat BIN --floor BIN --work DIR --clinic DIR [--label TEXT] [--markdown FILE]
//               [--quick]
//
// Each figure is the median of several runs of a fresh process (wall time from fork to exit,
// peak RSS from wait4). Floor and strat runs alternate, so that drift hits both alike.
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "gen.h"
#include "measure.h"
#include "subcommands.h"

namespace fs = std::filesystem;
using namespace strat::bench;

namespace {

#ifndef STRAT_BENCH_COMPILER
#define STRAT_BENCH_COMPILER "unknown compiler"
#endif
#ifndef STRAT_BENCH_BUILD_TYPE
#define STRAT_BENCH_BUILD_TYPE "unknown build type"
#endif

// The targets of issue 4.
constexpr double kTypicalMaxMs = 5.0;       // clinic example, wall incl. start-up
constexpr double kMaxTimeRatio = 1.3;       // strat / floor at 5,000 and 100,000 tactics
constexpr double kMaxRssRatio = 8.0;        // peak RSS / input size
constexpr double kMaxPerTacticRatio = 1.25; // time per tactic at 100,000 / at 5,000
constexpr double kMaxParallelRatio = 0.65;  // all cores / one thread, 1,000 files

std::string first_line_of(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(key, 0) == 0) {
      auto colon = line.find(':');
      std::string v = colon == std::string::npos ? line : line.substr(colon + 1);
      v.erase(0, v.find_first_not_of(" \t"));
      return v;
    }
  return "?";
}

struct Row {
  std::string name, input, floor, strat, ratio, rss, rss_ratio, target, met;
  std::string floor_rss = "—";
  std::string cpu_ratio = "—";  ///< strat's CPU time / the floor's: steadier than wall on a busy machine
};

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--spawn") == 0) return spawner_main();
  if (argc == 4 && std::strcmp(argv[1], "--profile-calendar") == 0) return profile_calendar_main(argv[2], argv[3]);
  if (argc == 5 && std::strcmp(argv[1], "--profile-diff") == 0) return profile_diff_main(argv[2], argv[3], argv[4]);
  std::string strat, floor, work, clinic, label, markdown;
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "strat-bench: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--strat") strat = fs::absolute(value());
    else if (a == "--floor") floor = fs::absolute(value());
    else if (a == "--work") work = fs::absolute(value());
    else if (a == "--clinic") clinic = fs::absolute(value());
    else if (a == "--label") label = value();
    else if (a == "--markdown") markdown = value();
    else if (a == "--quick") quick = true;
    else {
      std::fprintf(stderr,
                   "usage: strat-bench --strat BIN --floor BIN --work DIR --clinic DIR [--label TEXT]"
                   " [--markdown FILE] [--quick]\n");
      return 2;
    }
  }
  if (strat.empty() || floor.empty() || work.empty() || clinic.empty()) {
    std::fprintf(stderr, "strat-bench: --strat, --floor, --work and --clinic are required\n");
    return 2;
  }

  try {
    start_spawner();
    std::string load_before = first_line_of("/proc/loadavg", "");
    const fs::path inputs = fs::path(work) / "inputs";
    const std::string scratch = work;
    fs::create_directories(inputs);
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::string today = "--today=2027-01-15";  // the generated strategy is never overdue
    const std::string no_limit = "--max-file-size=1000000000";

    // The inputs: one strategy plus one plan of N tactics; and 1,000 plans of 50 tactics
    // with a sprinkling of defects, so that the -j1 / -jN output comparison has substance.
    struct Case {
      std::string name;
      int tactics, files, goals;
      int runs;
      bool defects;
    };
    std::vector<Case> cases = {
        {"50 tactics", 50, 1, 10, 21, false},
        {"500 tactics", 500, 1, 20, 21, false},
        {"5,000 tactics", 5000, 1, 50, 9, false},
        {"100,000 tactics", 100000, 1, 200, 3, false},
    };
    if (quick)
      for (auto& c : cases) c.runs = std::max(1, c.runs / 3);
    std::fprintf(stderr, "strat-bench: generating inputs in %s\n", inputs.c_str());
    auto write_set = [&](const std::string& dir, const strat::bench::Spec& spec) {
      fs::remove_all(inputs / dir);
      fs::create_directories(inputs / dir);
      auto set = strat::bench::generate(spec);
      for (const auto& [name, text] : set.files) {
        std::ofstream out(inputs / dir / name, std::ios::binary);
        out << text;
        if (!out.flush()) throw std::runtime_error("cannot write " + (inputs / dir / name).string());
      }
      return set.expected.size();
    };
    std::vector<BenchSet> sets;  // calendar, diff and report run on these (subcommands.h)
    for (const auto& c : cases) {
      Spec spec;
      spec.tactics_per_file = c.tactics;
      spec.goals = c.goals;
      const std::string name = "n" + std::to_string(c.tactics);
      write_set(name, spec);
      if (c.tactics != 5000 && c.tactics != 100000) continue;
      spec.revision = true;
      write_set(name + "-b", spec);
      sets.push_back({c.tactics, (inputs / name).string(), (inputs / (name + "-b")).string(),
                      generate(spec).changes, quick ? 1 : c.tactics == 5000 ? 5 : 1});
    }
    Spec many;
    many.files = 1000;
    many.tactics_per_file = 50;
    many.goals = 20;
    for (Defect d : {Defect::NoGoal, Defect::UnknownOwner, Defect::BudgetOverrun, Defect::UnknownKey,
                     Defect::BadDateRange})
      many.defects[static_cast<int>(d)] = 60;
    const size_t many_findings = write_set("files1000", many);

    std::vector<Row> rows;
    double startup_rss = 0;  // strat --version: what any run costs before reading a file
    auto add_row = [&](const std::string& name, uintmax_t bytes, const Measure& f, const Measure& s,
                       const std::string& target, const std::string& met) {
      rows.push_back({name, fmt_bytes(static_cast<double>(bytes)), fmt_time(f.seconds), fmt_time(s.seconds),
                      fmt_ratio(s.seconds / f.seconds), fmt_bytes(s.rss), fmt_ratio(s.rss / static_cast<double>(bytes)),
                      target, met, fmt_bytes(f.rss), fmt_ratio(s.cpu / f.cpu)});
    };

    // What starting any process costs here, for scale: the typical-plan target includes it.
    {
      auto m = measure({{{"/bin/true"}}}, quick ? 11 : 31, scratch);
      rows.push_back({"process start-up alone (/bin/true)", "—", "—", fmt_time(m[0].seconds), "—", fmt_bytes(m[0].rss),
                      "—", "reference", "—"});
      m = measure({{{strat, "--version"}}}, quick ? 11 : 31, scratch);
      startup_rss = m[0].rss;
      rows.push_back({"strat start-up alone (strat --version)", "—", "—", fmt_time(m[0].seconds), "—", fmt_bytes(m[0].rss),
                      "—", "reference", "—"});
    }

    // The typical plan: the clinic example, start-up included.
    {
      std::fprintf(stderr, "strat-bench: examples/clinic\n");
      auto m = measure({{{floor, clinic}}, {{strat, "check", clinic}}}, quick ? 11 : 31, scratch);
      double ms = m[1].seconds * 1000;
      char detail[64];
      std::snprintf(detail, sizeof detail, "%.1f ms", ms);
      add_row("clinic example (" + std::to_string(count_files(clinic)) + " files)", input_bytes(clinic), m[0], m[1],
              "< 5 ms wall", verdict(ms < kTypicalMaxMs, ms < kTypicalMaxMs ? "" : std::string(detail) + " > 5 ms"));
    }

    double per_tactic_5k = 0, per_tactic_100k = 0;
    for (const auto& c : cases) {
      std::fprintf(stderr, "strat-bench: %s\n", c.name.c_str());
      const std::string dir = (inputs / ("n" + std::to_string(c.tactics))).string();
      auto m = measure({{{floor, dir}}, {{strat, "check", today, no_limit, dir}}}, c.runs, scratch);
      const uintmax_t bytes = input_bytes(dir);
      std::string target = "—", met = "—";
      if (c.tactics == 5000 || c.tactics == 100000) {
        double tr = m[1].seconds / m[0].seconds, rr = m[1].rss / static_cast<double>(bytes);
        target = "≤ 1.3× floor; RSS ≤ 8× input";
        std::string why;
        if (tr > kMaxTimeRatio) why += "time " + fmt_ratio(tr) + " > 1.3×";
        if (rr > kMaxRssRatio)
          why += std::string(why.empty() ? "" : "; ") + "RSS " + fmt_ratio(rr) + " > 8×; " +
                 fmt_ratio((m[1].rss - startup_rss) / static_cast<double>(bytes)) +
                 " above strat's start-up RSS";
        met = verdict(why.empty(), why);
        (c.tactics == 5000 ? per_tactic_5k : per_tactic_100k) = m[1].seconds / c.tactics;
      }
      add_row(c.name + " (1 plan + strategy)", bytes, m[0], m[1], target, met);
    }
    {
      double r = per_tactic_100k / per_tactic_5k;
      char a[32], b[32];
      std::snprintf(a, sizeof a, "%.1f µs", per_tactic_5k * 1e6);
      std::snprintf(b, sizeof b, "%.1f µs", per_tactic_100k * 1e6);
      rows.push_back({"time per tactic, 100,000 vs 5,000", "—", std::string(a) + " at 5k", std::string(b) + " at 100k",
                      fmt_ratio(r), "—", "—", "≤ 1.25×",
                      verdict(r <= kMaxPerTacticRatio, r <= kMaxPerTacticRatio ? "" : fmt_ratio(r) + " > 1.25×")});
    }

    // 1,000 files: one thread against all cores, and the outputs compared byte for byte.
    {
      std::fprintf(stderr, "strat-bench: 1,000 files, -j1 and -j%u\n", cores);
      const std::string dir = (inputs / "files1000").string();
      const std::string j1 = "--jobs=1", jn = "--jobs=" + std::to_string(cores);
      auto m = measure({{{floor, dir}}, {{strat, "check", today, "--color=never", j1, dir}, 1},
                        {{strat, "check", today, "--color=never", jn, dir}, 1}},
                       quick ? 2 : 5, scratch);
      const uintmax_t bytes = input_bytes(dir);
      add_row("1,000 files × 50 tactics, -j1", bytes, m[0], m[1], "—", "—");
      double r = m[2].seconds / m[1].seconds;
      std::string out1 = scratch + "/out-j1.txt", outn = scratch + "/out-jn.txt";
      run_once({strat, "check", today, "--color=never", j1, dir}, out1, scratch + "/stderr.txt");
      run_once({strat, "check", today, "--color=never", jn, dir}, outn, scratch + "/stderr.txt");
      std::string a = slurp(out1), b = slurp(outn);
      bool same = a == b && !a.empty();
      size_t findings = 0;
      for (size_t p = 0; (p = a.find(": error: ", p)) != std::string::npos; ++p) ++findings;
      for (size_t p = 0; (p = a.find(": warning: ", p)) != std::string::npos; ++p) ++findings;
      std::string why;
      if (cores < 2) why = "one core: not measurable";
      if (r > kMaxParallelRatio) why += std::string(why.empty() ? "" : "; ") + "-j" + std::to_string(cores) + " / -j1 = " + fmt_ratio(r) + " > 0.65×";
      if (!same) why += std::string(why.empty() ? "" : "; ") + "output differs from -j1";
      Measure& mn = m[2];
      rows.push_back({"1,000 files × 50 tactics, -j" + std::to_string(cores), fmt_bytes(static_cast<double>(bytes)),
                      fmt_time(m[0].seconds), fmt_time(mn.seconds), fmt_ratio(mn.seconds / m[0].seconds),
                      fmt_bytes(mn.rss), fmt_ratio(mn.rss / static_cast<double>(bytes)),
                      "≤ 0.65× -j1 (here " + fmt_ratio(r) + "); output identical (" + std::to_string(findings) + " of " +
                          std::to_string(many_findings) + " expected findings, " + (same ? "identical" : "DIFFERENT") + ")",
                      verdict(why.empty() && cores >= 2, why), fmt_bytes(m[0].rss), fmt_ratio(mn.cpu / m[0].cpu)});
      if (findings != many_findings)
        std::fprintf(stderr, "strat-bench: warning: the 1,000-file set gave %zu findings, the generator expected %zu\n",
                     findings, many_findings);
    }

    // calendar, diff and report beside check, in one alternating run per set; then each
    // beside the tool people use today.
    const Context ctx{strat, floor, fs::read_symlink("/proc/self/exe").string(), today, no_limit, scratch, quick};
    std::vector<Cells> beside, comparisons;
    std::map<std::string, std::pair<double, double>> per_tactic;  // name → seconds per tactic at 5k, 100k
    for (const BenchSet& set : sets) {
      std::fprintf(stderr, "strat-bench: calendar, diff and report beside check, %s tactics\n",
                   tactics_label(set.tactics).c_str());
      std::vector<Subcommand> subs = {{"check", {{strat, "check", today, no_limit, set.a}}, 1, 1}};
      for (auto part : {calendar_commands, diff_commands, report_commands})
        for (Subcommand& sc : part(ctx, set)) subs.push_back(sc);
      std::vector<Command> commands;
      for (const Subcommand& sc : subs) commands.push_back(sc.command);
      // At 100,000 tactics one run of each (about ten seconds apiece): the page cache is warm
      // from generating the files and from check's rows above.
      auto m = measure(commands, set.runs, scratch, set.tactics <= 5000 && !quick);
      for (size_t i = 0; i < subs.size(); ++i) {
        auto& pt = per_tactic[subs[i].name];
        (set.tactics == 5000 ? pt.first : pt.second) = m[i].seconds / set.tactics;
        if (i == 0) continue;
        const double tr = m[i].seconds / m[0].seconds, rr = m[i].rss / m[0].rss;
        std::string why;
        if (tr > subs[i].max_time) why = "time " + fmt_ratio(tr) + " > " + fmt_ratio(subs[i].max_time);
        if (rr > subs[i].max_rss) why += (why.empty() ? "" : "; ") + std::string("RSS ") + fmt_ratio(rr) + " > " + fmt_ratio(subs[i].max_rss);
        beside.push_back({subs[i].name, tactics_label(set.tactics), fmt_time(m[0].seconds), fmt_time(m[i].seconds),
                          fmt_ratio(tr), fmt_ratio(m[i].cpu / m[0].cpu), fmt_bytes(m[0].rss), fmt_bytes(m[i].rss),
                          fmt_ratio(rr), "≤ " + fmt_ratio(subs[i].max_time) + " time, ≤ " + fmt_ratio(subs[i].max_rss) + " RSS",
                          verdict(why.empty(), why)});
      }
      std::fprintf(stderr, "strat-bench: comparisons, %s tactics\n", tactics_label(set.tactics).c_str());
      for (auto part : {calendar_comparisons, diff_comparisons, report_comparisons})
        for (Cells& row : part(ctx, set)) comparisons.push_back(row);
    }
    for (const auto& [name, pt] : per_tactic) {
      if (pt.first <= 0 || pt.second <= 0) continue;
      const double r = pt.second / pt.first;
      char a[32], b[32];
      std::snprintf(a, sizeof a, "%.1f µs", pt.first * 1e6);
      std::snprintf(b, sizeof b, "%.1f µs", pt.second * 1e6);
      beside.push_back({name + ": time per tactic, 100,000 vs 5,000", "—", a, b, fmt_ratio(r), "—", "—", "—", "—",
                        "≤ 1.25× (linear)", verdict(r <= kMaxPerTacticRatio, r <= kMaxPerTacticRatio ? "" : fmt_ratio(r) + " > 1.25×")});
    }

    // The report: machine, build, then the tables.
    std::ostringstream md;
    utsname un{};
    uname(&un);
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    std::time_t now = std::time(nullptr);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
    md << "strat benchmarks, " << when << (label.empty() ? "" : ", " + label) << "\n\n";
    md << "- strat: " << command_output({strat, "--version"}, scratch) << ", " << STRAT_BENCH_BUILD_TYPE << ", "
       << STRAT_BENCH_COMPILER << "\n";
    md << "- machine: " << cores << " cores, " << first_line_of("/proc/cpuinfo", "model name") << ", "
       << fmt_bytes(static_cast<double>(pages) * page) << " RAM, " << un.sysname << " " << un.release << "\n";
    md << "- load average before the run: " << load_before
       << (std::atof(load_before.c_str()) > 0.5 ? " (**the machine was busy: absolute times and the -j ratio are unreliable**)" : "")
       << "\n";
    md << "- figures: median of several runs of a fresh process (wall time incl. start-up; CPU = user + system"
          " time; peak RSS from wait4); targets are judged on wall time;"
          " floor = yaml-cpp's event parser with a no-op handler on the same files (bench/yaml_floor.cc)"
       << (quick ? "; QUICK run (fewer repetitions)" : "") << "\n\n";
    md << "| case | input | floor time | floor RSS | strat check time | time / floor | CPU / floor CPU | strat peak RSS "
          "| RSS / input | target | met |\n";
    md << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n";
    for (const Row& r : rows)
      md << "| " << r.name << " | " << r.input << " | " << r.floor << " | " << r.floor_rss << " | " << r.strat << " | "
         << r.ratio << " | " << r.cpu_ratio << " | " << r.rss << " | " << r.rss_ratio << " | " << r.target << " | " << r.met << " |\n";
    md << "\n### calendar, diff and report beside check (issues 11, 12, 13)\n\n"
       << "Each subcommand on the same files as check, in the same alternating run (diff: revision A against"
          " revision B; check reads A). Ratios are the subcommand's over check's.\n\n"
       << markdown_table({"command", "tactics", "check time", "time", "time / check", "CPU / check", "check RSS",
                          "peak RSS", "RSS / check", "target", "met"},
                         "llrrrrrrrll", beside);
    md << "\n### beside the tools people use today\n\n"
       << markdown_table({"comparison", "tactics", "strat", "other tool", "strat / other", "note"}, "llrrrl", comparisons);
    std::fputs(md.str().c_str(), stdout);
    if (!markdown.empty()) {
      std::ofstream out(markdown);
      out << md.str();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "strat-bench: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
