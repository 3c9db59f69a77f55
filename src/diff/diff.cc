// diff_runs: pair the files of two runs, then their entities, then measure the impact.
#include <algorithm>
#include <map>
#include <memory>

#include "diff/findings.h"
#include "diff/impact.h"
#include "diff/match.h"
#include "strat/diff.h"

namespace strat {

std::string_view to_string(ChangeOp op) {
  switch (op) {
    case ChangeOp::added: return "added";
    case ChangeOp::removed: return "removed";
    case ChangeOp::changed: return "changed";
    case ChangeOp::moved: return "moved";
    case ChangeOp::renamed: return "renamed";
  }
  return "";
}

std::string Location::str() const {
  return line ? file + ":" + std::to_string(line) : file;
}

bool DiffResult::introduces_errors() const {
  for (const Diagnostic& d : findings.introduced)
    if (d.severity == Severity::error) return true;
  return false;
}

std::vector<Diagnostic> load_failures(const LoadedRun& run) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : run.workspace.diagnostics)
    if (d.severity == Severity::error &&
        (d.rule == "yaml-syntax" || d.rule == "wrong-type" || d.rule == "missing-field" ||
         d.rule == "limit-exceeded"))
      out.push_back(d);
  return out;
}

namespace {

std::string file_of(const SourcePtr& s) { return s ? s->path() : ""; }

/// `path` relative to `root` (a directory the side was named by), for pairing files.
std::string relative(const std::string& path, const std::string& root) {
  if (root.empty() || root == ".") return path;
  if (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/')
    return path.substr(root.size() + 1);
  return path;
}

/// Pairs two lists of models: one each pairs as they are; else by path under the roots.
template <class T>
std::vector<std::pair<const T*, const T*>> pair_files(const std::vector<std::shared_ptr<const T>>& a,
                                                      const std::vector<std::shared_ptr<const T>>& b,
                                                      const DiffOptions& o) {
  std::vector<std::pair<const T*, const T*>> out;
  if (a.size() == 1 && b.size() == 1) return {{a[0].get(), b[0].get()}};
  std::map<std::string, const T*> by_path;
  for (const auto& x : b) by_path.try_emplace(relative(file_of(x->source), o.new_root), x.get());
  for (const auto& x : a) {
    auto it = by_path.find(relative(file_of(x->source), o.old_root));
    if (it != by_path.end() && it->second) {
      out.emplace_back(x.get(), it->second);
      it->second = nullptr;
    } else {
      out.emplace_back(x.get(), nullptr);
    }
  }
  for (const auto& x : b)
    if (by_path.at(relative(file_of(x->source), o.new_root)) == x.get()) out.emplace_back(nullptr, x.get());
  return out;
}

template <class T>
void diff_pair(const T* a, const T* b, const DiffOptions& o, DiffResult& out,
               std::map<std::string, std::string>& files,
               std::vector<diff::Entity> (*entities)(const T&), std::string_view kind) {
  std::string fa = a ? file_of(a->source) : "", fb = b ? file_of(b->source) : "";
  if (a && b) files[fa] = fb;
  if (!a || !b) {
    const T& x = a ? *a : *b;
    out.changes.push_back({a ? ChangeOp::removed : ChangeOp::added, "file", std::string(kind), "",
                           a ? fa : fb, "", "", "", a ? Location{fa, x.pos.line} : Location{},
                           b ? Location{fb, x.pos.line} : Location{}, b ? fb : fa});
  }
  std::vector<diff::Entity> ea = a ? entities(*a) : std::vector<diff::Entity>{};
  std::vector<diff::Entity> eb = b ? entities(*b) : std::vector<diff::Entity>{};
  diff::Pairing p = diff::match_entities(ea, eb);
  if (a && b) diff::compare(p, fa, fb, o.ignore, out.changes);
  if constexpr (std::is_same_v<T, Plan>) {
    PlanImpact impact = diff::plan_impact(a, b, p);
    if (!impact.empty()) out.impact.plans.push_back(std::move(impact));
  } else {
    diff::kpi_moves(p, out.impact.kpis);
  }
}

}  // namespace

DiffResult diff_runs(const LoadedRun& old_run, const LoadedRun& new_run, const DiffOptions& o) {
  DiffResult out;
  std::map<std::string, std::string> files;  // old file → new file, for findings
  for (auto [a, b] : pair_files(old_run.workspace.strategies, new_run.workspace.strategies, o))
    diff_pair<Strategy>(a, b, o, out, files, diff::strategy_entities, "strategy");
  for (auto [a, b] : pair_files(old_run.workspace.plans, new_run.workspace.plans, o))
    diff_pair<Plan>(a, b, o, out, files, diff::plan_entities, "plan");
  std::stable_sort(out.changes.begin(), out.changes.end(), [](const Change& x, const Change& y) {
    if (x.file != y.file) return x.file < y.file;
    int rx = diff::kind_rank(x.kind), ry = diff::kind_rank(y.kind);
    if (rx != ry) return rx < ry;
    return x.path < y.path;
  });
  out.findings = diff::diff_findings(old_run, new_run, o.today, [&](const std::string& f) {
    auto it = files.find(f);
    return it != files.end() ? it->second : relative(f, o.old_root);
  });
  return out;
}

}  // namespace strat
