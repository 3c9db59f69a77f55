// libFuzzer target: the .strat.yaml parser, then every question a run asks a config.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "strat/config.h"
#include "strat/rules.h"
#include "strat/source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto source = std::make_shared<const strat::Source>("dir/.strat.yaml", std::move(text));
  strat::Config config = strat::parse_config(source, "dir");
  strat::MemoryFileSystem fs;
  for (const strat::RuleInfo& rule : strat::all_rules()) (void)config.severity(rule.id, rule.severity);
  (void)config.severity("no-such-rule", strat::Severity::warning);
  for (const char* path : {"dir/plan.yaml", "dir/sub/deep/x.yaml", "other/plan.yaml", "dir", "/abs/p.yaml"})
    (void)config.ignores(path, fs);
  // The config's own patterns as globs against each other's text.
  for (const std::string& pattern : config.ignore) {
    (void)strat::is_glob(pattern);
    for (const std::string& other : config.ignore) (void)strat::glob_match(pattern, other);
  }
  return 0;
}
