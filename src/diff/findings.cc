#include "diff/findings.h"

#include <map>

#include "strat/check.h"
#include "strat/parallel.h"

namespace strat::diff {
namespace {

std::string key(const std::string& file, const Diagnostic& d) {
  return file + '\0' + d.rule + '\0' + (d.entity.empty() ? d.message : d.entity);
}

/// The findings of `side` whose key `other` has fewer of.
std::vector<Diagnostic> only_in(const std::vector<Diagnostic>& side, const std::vector<Diagnostic>& other,
                                const std::function<std::string(const std::string&)>& side_file,
                                const std::function<std::string(const std::string&)>& other_file) {
  std::map<std::string, int> left;
  for (const Diagnostic& d : other) ++left[key(other_file(d.file), d)];
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : side) {
    int& n = left[key(side_file(d.file), d)];
    if (n > 0) --n;
    else out.push_back(d);
  }
  return out;
}

}  // namespace

FindingChanges diff_findings(const LoadedRun& old_run, const LoadedRun& new_run, Date today,
                             const std::function<std::string(const std::string&)>& old_to_new_file) {
  std::vector<Diagnostic> a, b;
  parallel_for(2, 2, [&](size_t i) { (i ? b : a) = check_loaded(i ? new_run : old_run, today).diagnostics; });
  auto same = [](const std::string& f) { return f; };
  return {only_in(b, a, same, old_to_new_file), only_in(a, b, old_to_new_file, same)};
}

}  // namespace strat::diff
