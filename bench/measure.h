// What every part of `make bench` measures with: fresh processes started by a spawner, wall
// time from fork to exit, CPU time and peak RSS from wait4, medians over alternating runs; and
// the table cells they are printed in. bench.cc, calendar_bench.cc, diff_bench.cc and
// report_bench.cc all use these, so each subcommand's rows are measured alike.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace strat::bench {

/// One run of a command.
struct Run {
  double seconds = 0;
  double cpu = 0;  ///< user + system seconds
  long rss_kib = 0;
  int status = 0;
};

/// The spawner's loop (`strat-bench --spawn`): reads commands on stdin, runs each, answers.
int spawner_main();
/// Starts the spawner; call once before run_once() or measure().
void start_spawner();
/// Runs argv once through the spawner, stdout to `out` (empty: /dev/null), stderr to `err`.
Run run_once(const std::vector<std::string>& argv, const std::string& out, const std::string& err);

/// Median figures over several runs of one command.
struct Measure {
  double seconds = 0;  ///< median wall time
  double cpu = 0;      ///< median user + system time
  double rss = 0;      ///< median peak RSS, bytes
  int runs = 0;
};

/// One command to measure and the exit status it must give.
struct Command {
  std::vector<std::string> argv;
  int status = 0;
};

/// Runs each command `runs` times, alternating between them (after one warm-up round when
/// `warm`), and checks every exit status; throws with the command's stderr when one differs.
std::vector<Measure> measure(const std::vector<Command>& commands, int runs, const std::string& scratch,
                             bool warm = true);
/// The command's stdout, trailing newlines removed (one run, status not checked).
std::string command_output(const std::vector<std::string>& argv, const std::string& scratch);
/// Where `name` is on PATH; empty when it is not installed.
std::string find_program(const std::string& name);

std::string slurp(const std::string& path);
void write_file(const std::filesystem::path& path, const std::string& text);
double median(std::vector<double> v);
/// Bytes and count of the *.yaml and *.yml files under `dir`.
uintmax_t input_bytes(const std::filesystem::path& dir);
size_t count_files(const std::filesystem::path& dir);
/// Lines in `text` (a last line without a newline counts).
size_t count_lines(const std::string& text);

std::string fmt_time(double seconds);
std::string fmt_bytes(double bytes);
std::string fmt_ratio(double r);
/// "**met**" or "**NOT met**", with the reason in parentheses when there is one.
std::string verdict(bool ok, const std::string& detail = "");

/// A row of a Markdown table.
using Cells = std::vector<std::string>;
/// The table: a header row, the alignment row, then the rows.
std::string markdown_table(const Cells& header, const std::string& align, const std::vector<Cells>& rows);

}  // namespace strat::bench
