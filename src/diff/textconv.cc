// textconv: one file as sorted entities, one field per line, for git's textconv.
#include <algorithm>

#include "diff/entities.h"
#include "strat/diff.h"
#include "strat/terminal.h"

namespace strat {
namespace {

void section(std::string& out, std::vector<diff::Entity> entities) {
  std::stable_sort(entities.begin(), entities.end(), [](const diff::Entity& a, const diff::Entity& b) {
    int ra = diff::kind_rank(a.kind()), rb = diff::kind_rank(b.kind());
    return ra != rb ? ra < rb : a.id() < b.id();
  });
  for (const diff::Entity& e : entities) {
    out += visible(e.path()) + "\n";
    if (!e.parent().empty()) out += "  parent: " + visible(e.parent()) + "\n";
    for (const diff::Field& f : e.fields()) out += "  " + std::string(f.name) + ": " + visible(f.text()) + "\n";
  }
}

}  // namespace

std::string render_textconv(const LoadedRun& run) {
  std::string out;
  // Only the files the run was asked about: a plan's strategy is its own file.
  for (const SourcePtr& f : run.workspace.files) {
    for (const auto& s : run.workspace.strategies)
      if (s->source == f) {
        out += "# strategy\n";
        section(out, diff::strategy_entities(*s));
      }
    for (const auto& p : run.workspace.plans)
      if (p->source == f) {
        out += "# plan\n";
        section(out, diff::plan_entities(*p));
      }
    break;  // the first file is the one named
  }
  return out;
}

}  // namespace strat
