// libFuzzer target: `strat diff` on a pair of inputs, one mutated from the other. The input is
// a plan and a strategy separated by a NUL byte (side A); side B is A with a mutation picked
// by the input's last bytes: a span of lines deleted, duplicated, or moved, or bytes swapped,
// so the pair stays mostly alike and renames, moves and field changes all happen. Both sides
// go through the loader, diff_runs and every renderer, and the diff of A with itself must be
// empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "strat/diff.h"
#include "strat/fs.h"

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from <= text.size()) {
    size_t nl = text.find('\n', from);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(from, nl - from));
    from = nl + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& ls) {
  std::string out;
  for (size_t i = 0; i < ls.size(); ++i) out += (i ? "\n" : "") + ls[i];
  return out;
}

/// `text` mutated by `seed`.
std::string mutate(const std::string& text, uint32_t seed) {
  std::vector<std::string> ls = lines(text);
  if (ls.size() < 2) return text + "\n";
  size_t a = seed % ls.size(), b = (seed >> 8) % ls.size(), n = 1 + (seed >> 16) % 4;
  switch ((seed >> 24) % 4) {
    case 0: ls.erase(ls.begin() + a, ls.begin() + std::min(ls.size(), a + n)); break;
    case 1: ls.insert(ls.begin() + b, ls.begin() + a, ls.begin() + std::min(ls.size(), a + n)); break;
    case 2: std::swap(ls[a], ls[b]); break;
    default: {
      std::string& l = ls[a];
      if (!l.empty()) l[(seed >> 8) % l.size()] ^= static_cast<char>(1 + (seed >> 16) % 0x7f);
    }
  }
  return join(ls);
}

strat::LoadedRun load(const std::string& plan, const std::string& strategy, strat::MemoryFileSystem& fs) {
  fs.add("p/plan.yaml", plan);
  fs.add("p/strategy.yaml", strategy);
  strat::RunOptions o;
  o.paths = {"p"};
  o.jobs = 1;
  o.limits.max_file_bytes = 1 << 20;
  o.config.mode = strat::ConfigChoice::Mode::none;
  return strat::load_run(o, fs);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 4) return 0;
  uint32_t seed = data[size - 1] | data[size - 2] << 8 | data[size - 3] << 16 | static_cast<uint32_t>(data[size - 4]) << 24;
  std::string_view rest(reinterpret_cast<const char*>(data), size - 4);
  size_t nul = rest.find('\0');
  std::string plan(rest.substr(0, nul));
  std::string strategy(nul == std::string_view::npos ? "" : rest.substr(nul + 1));

  strat::MemoryFileSystem fa, fb, fc;
  strat::LoadedRun a = load(plan, strategy, fa);
  strat::LoadedRun b = load((seed & 1) ? mutate(plan, seed) : plan, (seed & 1) ? strategy : mutate(strategy, seed), fb);
  strat::LoadedRun same = load(plan, strategy, fc);
  if (!strat::load_failures(a).empty() || !strat::load_failures(b).empty()) return 0;

  strat::DiffOptions options;
  options.today = *strat::Date::parse("2027-03-15");
  options.old_root = options.new_root = "p";
  strat::DiffResult d = strat::diff_runs(a, b, options);
  strat::DiffRenderOptions render;
  render.color = seed & 2;
  (void)strat::render_diff_text(d, render);
  (void)strat::render_diff_markdown(d, render);
  (void)strat::render_diff_json(d, render);
  (void)strat::render_diff_oneline(d);
  (void)strat::render_textconv(b);
  if (strat::diff_runs(a, same, options).has_changes()) std::abort();  // a file equals itself
  return 0;
}
