#include "measure.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace fs = std::filesystem;

namespace strat::bench {

namespace {

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

struct Spawner {
  FILE* to = nullptr;
  FILE* from = nullptr;
};
Spawner spawner;

}  // namespace

// Peak RSS needs care: Linux carries a process's RSS high-water mark across fork and exec,
// so a child forked from this driver (which holds the generated sets) would report at least
// the driver's RSS. Every measured command is therefore started by a spawner: a fresh exec of
// this binary (`strat-bench --spawn`) that never grows, so a child's figure is its own (any
// child reports at least the spawner's ~3 MiB, below every measured program's own start-up RSS).
// Protocol on the spawner's stdin: a line with the argument count, then out, err and the
// arguments, one per line; on its stdout: "seconds cpu rss_kib status".
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

std::vector<Measure> measure(const std::vector<Command>& commands, int runs, const std::string& scratch, bool warm) {
  const size_t n = commands.size();
  std::vector<std::vector<double>> secs(n), cpu(n), rss(n);
  const std::string err = scratch + "/stderr.txt";
  auto once = [&](size_t c) {
    Run r = run_once(commands[c].argv, "", err);
    if (r.status != commands[c].status) {
      std::string cmd;
      for (const auto& a : commands[c].argv) cmd += a + ' ';
      throw std::runtime_error("'" + cmd + "' exited with " + std::to_string(r.status) + ", not " +
                               std::to_string(commands[c].status) + ":\n" + slurp(err).substr(0, 2000));
    }
    return r;
  };
  if (warm)
    for (size_t c = 0; c < n; ++c) once(c);  // fills the page cache
  for (int i = 0; i < runs; ++i)
    for (size_t c = 0; c < n; ++c) {
      Run r = once(c);
      secs[c].push_back(r.seconds);
      cpu[c].push_back(r.cpu);
      rss[c].push_back(static_cast<double>(r.rss_kib) * 1024);
    }
  std::vector<Measure> out;
  for (size_t c = 0; c < n; ++c) out.push_back({median(secs[c]), median(cpu[c]), median(rss[c]), runs});
  return out;
}

std::string command_output(const std::vector<std::string>& argv, const std::string& scratch) {
  std::string out = scratch + "/out.txt";
  run_once(argv, out, scratch + "/stderr.txt");
  std::string s = slurp(out);
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

std::string find_program(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (size_t start = 0; start <= dirs.size();) {
    size_t colon = dirs.find(':', start);
    if (colon == std::string::npos) colon = dirs.size();
    std::string candidate = dirs.substr(start, colon - start) + "/" + name;
    if (colon > start && access(candidate.c_str(), X_OK) == 0) return candidate;
    start = colon + 1;
  }
  return "";
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

namespace {
bool is_yaml(const fs::directory_entry& e) {
  return e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml");
}
}  // namespace

uintmax_t input_bytes(const fs::path& dir) {
  uintmax_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (is_yaml(e)) total += e.file_size();
  return total;
}

size_t count_files(const fs::path& dir) {
  size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) n += is_yaml(e);
  return n;
}

size_t count_lines(const std::string& text) {
  size_t n = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  return n + (!text.empty() && text.back() != '\n');
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

std::string verdict(bool ok, const std::string& detail) {
  return (ok ? "**met**" : "**NOT met**") + (detail.empty() ? "" : " (" + detail + ")");
}

std::string markdown_table(const Cells& header, const std::string& align, const std::vector<Cells>& rows) {
  auto line = [](const Cells& cells) {
    std::string s = "|";
    for (const auto& c : cells) s += " " + c + " |";
    return s + "\n";
  };
  std::string out = line(header) + "|";
  for (char a : align) out += a == 'r' ? "---:|" : "---|";
  out += "\n";
  for (const Cells& r : rows) out += line(r);
  return out;
}

}  // namespace strat::bench
