// strat-bench: generates the benchmark inputs, times `strat check` against the yaml-cpp
// event-parse floor on each, and prints one Markdown table with every target of issue 4
// marked met or not met. `make bench` runs it on a Release build.
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
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "calendar_bench.h"
#include "gen.h"

namespace fs = std::filesystem;
using strat::bench::Defect;

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

struct Run {
  double seconds = 0;
  double cpu = 0;  ///< user + system seconds
  long rss_kib = 0;
  int status = 0;
};

/// Runs argv as a fresh process with stdout to `out` (or /dev/null) and stderr to `err`.
/// Only the spawner calls this (see below).
Run spawn_direct(const std::vector<std::string>& argv, const std::string& out, const std::string& err) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int o = open(out.empty() ? "/dev/null" : out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o < 0 || e < 0) _exit(127);
    dup2(o, 1);
    dup2(e, 2);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) throw std::runtime_error("wait4 failed");
  auto stop = std::chrono::steady_clock::now();
  Run r;
  r.seconds = std::chrono::duration<double>(stop - start).count();
  r.rss_kib = usage.ru_maxrss;
  r.cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
          static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

// Peak RSS needs care: Linux carries a process's RSS high-water mark across fork and exec,
// so a child forked from this driver (which holds the generated sets) would report at least
// the driver's RSS. Every measured command is therefore started by a spawner: a fresh exec of
// this binary (`strat-bench --spawn`) that never grows, so a child's figure is its own (any
// child reports at least the spawner's ~3 MiB, below every measured program's own start-up RSS).
// Protocol on the spawner's stdin: a line with the argument count, then out, err and the
// arguments, one per line; on its stdout: "seconds rss_kib status".
int spawner_main() {
  char line[8192];
  while (std::fgets(line, sizeof line, stdin)) {
    int n = std::atoi(line);
    std::vector<std::string> fields;
    for (int i = 0; i < n + 2 && std::fgets(line, sizeof line, stdin); ++i) {
      std::string f = line;
      if (!f.empty() && f.back() == '\n') f.pop_back();
      fields.push_back(f);
    }
    if (static_cast<int>(fields.size()) != n + 2) return 1;
    Run r = spawn_direct({fields.begin() + 2, fields.end()}, fields[0], fields[1]);
    std::printf("%.9f %.9f %ld %d\n", r.seconds, r.cpu, r.rss_kib, r.status);
    std::fflush(stdout);
  }
  return 0;
}

struct Spawner {
  FILE* to = nullptr;
  FILE* from = nullptr;
};
Spawner spawner;

void start_spawner() {
  int in[2], out[2];
  if (pipe(in) != 0 || pipe(out) != 0) throw std::runtime_error("pipe failed");
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    close(in[0]), close(in[1]), close(out[0]), close(out[1]);
    char self[] = "strat-bench", flag[] = "--spawn";
    char* args[] = {self, flag, nullptr};
    execv("/proc/self/exe", args);
    _exit(127);
  }
  close(in[0]), close(out[1]);
  spawner.to = fdopen(in[1], "w");
  spawner.from = fdopen(out[0], "r");
}

Run run_once(const std::vector<std::string>& argv, const std::string& out, const std::string& err) {
  std::fprintf(spawner.to, "%zu\n%s\n%s\n", argv.size(), out.c_str(), err.c_str());
  for (const auto& a : argv) std::fprintf(spawner.to, "%s\n", a.c_str());
  std::fflush(spawner.to);
  Run r;
  if (std::fscanf(spawner.from, "%lf %lf %ld %d", &r.seconds, &r.cpu, &r.rss_kib, &r.status) != 4)
    throw std::runtime_error("the spawner died");
  return r;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Measure {
  double seconds = 0;  ///< median wall time
  double cpu = 0;      ///< median user + system time
  double rss = 0;      ///< median peak RSS, bytes
  int runs = 0;
};

/// Several alternating runs of each command; every run must exit with its expected status.
std::vector<Measure> measure(const std::vector<std::vector<std::string>>& commands,
                             const std::vector<int>& statuses, int runs, const std::string& scratch) {
  std::vector<std::vector<double>> secs(commands.size()), cpu(commands.size()), rss(commands.size());
  const std::string err = scratch + "/stderr.txt";
  for (size_t c = 0; c < commands.size(); ++c) run_once(commands[c], "", err);  // warm the page cache
  for (int i = 0; i < runs; ++i)
    for (size_t c = 0; c < commands.size(); ++c) {
      Run r = run_once(commands[c], "", err);
      if (r.status != statuses[c]) {
        std::string cmd;
        for (const auto& a : commands[c]) cmd += a + ' ';
        throw std::runtime_error("'" + cmd + "' exited with " + std::to_string(r.status) + ", not " +
                                 std::to_string(statuses[c]) + ":\n" + slurp(err).substr(0, 2000));
      }
      secs[c].push_back(r.seconds);
      cpu[c].push_back(r.cpu);
      rss[c].push_back(static_cast<double>(r.rss_kib) * 1024);
    }
  std::vector<Measure> out;
  for (size_t c = 0; c < commands.size(); ++c) out.push_back({median(secs[c]), median(cpu[c]), median(rss[c]), runs});
  return out;
}

uintmax_t input_bytes(const fs::path& dir) {
  uintmax_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml"))
      total += e.file_size();
  return total;
}

size_t count_files(const fs::path& dir) {
  size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml")) ++n;
  return n;
}

std::string fmt_time(double s) {
  char buf[32];
  if (s < 1) std::snprintf(buf, sizeof buf, "%.1f ms", s * 1000);
  else std::snprintf(buf, sizeof buf, "%.2f s", s);
  return buf;
}

std::string fmt_bytes(double b) {
  char buf[32];
  if (b < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f KiB", b / 1024);
  else std::snprintf(buf, sizeof buf, "%.1f MiB", b / (1024 * 1024));
  return buf;
}

std::string fmt_ratio(double r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f×", r);
  return buf;
}

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

std::string command_output(const std::vector<std::string>& argv, const std::string& scratch) {
  std::string out = scratch + "/out.txt";
  run_once(argv, out, scratch + "/stderr.txt");
  std::string s = slurp(out);
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

struct Row {
  std::string name, input, floor, strat, ratio, rss, rss_ratio, target, met;
  std::string floor_rss = "—";
  std::string cpu_ratio = "—";  ///< strat's CPU time / the floor's: steadier than wall on a busy machine
};

std::string verdict(bool ok, const std::string& detail) { return (ok ? "**met**" : "**NOT met**") + (detail.empty() ? "" : " (" + detail + ")"); }

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--spawn") == 0) return spawner_main();
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
    for (const auto& c : cases) {
      strat::bench::Spec spec;
      spec.tactics_per_file = c.tactics;
      spec.goals = c.goals;
      write_set("n" + std::to_string(c.tactics), spec);
    }
    strat::bench::Spec many;
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
      auto m = measure({{"/bin/true"}}, {0}, quick ? 11 : 31, scratch);
      rows.push_back({"process start-up alone (/bin/true)", "—", "—", fmt_time(m[0].seconds), "—", fmt_bytes(m[0].rss),
                      "—", "reference", "—"});
      m = measure({{strat, "--version"}}, {0}, quick ? 11 : 31, scratch);
      startup_rss = m[0].rss;
      rows.push_back({"strat start-up alone (strat --version)", "—", "—", fmt_time(m[0].seconds), "—", fmt_bytes(m[0].rss),
                      "—", "reference", "—"});
    }

    // The typical plan: the clinic example, start-up included.
    {
      std::fprintf(stderr, "strat-bench: examples/clinic\n");
      auto m = measure({{floor, clinic}, {strat, "check", clinic}}, {0, 0}, quick ? 11 : 31, scratch);
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
      auto m = measure({{floor, dir}, {strat, "check", today, no_limit, dir}}, {0, 0}, c.runs, scratch);
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
    // strat calendar beside strat check on the 5,000-tactic set (bench/calendar_bench.cc).
    for (const auto& c : strat::bench::calendar_bench(strat, (inputs / "n5000").string(), today, [&](const auto& cmds) {
           std::vector<strat::bench::Timing> t;
           for (const Measure& m : measure(cmds, std::vector<int>(cmds.size(), 0), quick ? 3 : 9, scratch)) t.push_back({m.seconds, m.rss});
           return t;
         })) {
      double tr = c.calendar.seconds / c.check.seconds, rr = c.calendar.rss / c.check.rss;
      rows.push_back({c.name + ", 5,000 tactics", "—", fmt_time(c.check.seconds) + " (check)", fmt_time(c.calendar.seconds),
                      fmt_ratio(tr) + " of check", fmt_bytes(c.calendar.rss), fmt_ratio(rr) + " of check",
                      "≤ " + fmt_ratio(c.max_time_ratio) + " check; RSS ≤ " + fmt_ratio(c.max_rss_ratio),
                      verdict(tr <= c.max_time_ratio && rr <= c.max_rss_ratio, "")});
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
      auto m = measure({{floor, dir}, {strat, "check", today, "--color=never", j1, dir},
                        {strat, "check", today, "--color=never", jn, dir}},
                       {0, 1, 1}, quick ? 2 : 5, scratch);
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

    // The report: machine, build, then the table.
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
