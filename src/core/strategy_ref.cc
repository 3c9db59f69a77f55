// Suggestions for a `strategy:` that names no file (see strategy_ref.h).
#include "core/strategy_ref.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "strat/error.h"
#include "strat/id.h"
#include "strat/text.h"

namespace strat {
namespace {

constexpr size_t kMostFilesRead = 50;  // strategy files read to look for a name

bool is_yaml(std::string_view name) { return name.ends_with(".yaml") || name.ends_with(".yml"); }

std::vector<std::string> entries(const FileSystem& fs, const std::string& dir) {
  try {
    return fs.list(dir);
  } catch (const Error&) {
    return {};  // the folder cannot be listed: no suggestion
  }
}

/// `path` as the plan would write it: relative to the plan's folder.
std::string from_plan(const FileSystem& fs, const Plan& plan, const std::string& path) {
  std::filesystem::path rel = std::filesystem::path(fs.absolute(path))
                                  .lexically_relative(fs.absolute(parent_path(plan.source->path())));
  return rel.empty() ? path : rel.generic_string();
}

/// The path of a strategy named `name` (case and accents aside): a loaded file, else one in
/// the plan's folder; empty when none is.
std::string strategy_named(const FileSystem& fs, const Limits& limits, const Plan& plan,
                           const std::string& name,
                           const std::vector<std::shared_ptr<const Strategy>>& loaded) {
  std::string key = loose_key(name), dir = parent_path(plan.source->path());
  for (const auto& s : loaded)
    if (s->source && s->source != plan.source && loose_key(s->name) == key) return s->source->path();
  size_t read = 0;
  for (const std::string& entry : entries(fs, dir)) {
    if (!is_yaml(entry) || entry.starts_with('.') || ++read > kMostFilesRead) continue;
    std::string path = join_path(dir, entry);
    ReadResult file = fs.read(path, limits.max_file_bytes);
    if (file.status != ReadResult::Status::ok) continue;
    LoadResult r = load_source(std::make_shared<Source>(path, std::move(file.text)), limits);
    for (const Document& d : r.documents)
      if (d.strategy && loose_key(d.strategy->name) == key) return path;
  }
  return {};
}

}  // namespace

bool looks_like_path(std::string_view value) {
  return is_yaml(value) || value.find('/') != std::string_view::npos;
}

std::string lookalike_entry(const FileSystem& fs, const std::string& dir, const std::string& name) {
  std::string key = id_key(name);
  for (const std::string& entry : entries(fs, dir))
    if (entry != name && id_key(entry) == key) return join_path(dir, entry);
  return {};
}

std::string strategy_hint(const FileSystem& fs, const Limits& limits, const Plan& plan,
                          const std::vector<std::shared_ptr<const Strategy>>& loaded) {
  const std::string& value = plan.strategy_path->value;
  std::string plan_dir = parent_path(plan.source->path());
  if (!looks_like_path(value)) {
    std::string hint = "; 'strategy:' takes the path of the strategy file, relative to this plan";
    std::string path = strategy_named(fs, limits, plan, value, loaded);
    if (path.empty()) return hint + " (such as 'strategy: strategy.yaml')";
    return hint + fmt::format(": did you mean 'strategy: {}'?", from_plan(fs, plan, path));
  }
  std::string wanted = join_path(plan_dir, value);
  std::string dir = parent_path(wanted), name = std::filesystem::path(wanted).filename().string();
  std::vector<std::string> names, keys;
  for (const std::string& entry : entries(fs, dir))
    if (is_yaml(entry) && !entry.starts_with('.')) {
      names.push_back(entry);
      keys.push_back(loose_key(entry));
    }
  std::vector<std::string_view> candidates(keys.begin(), keys.end());
  auto match = did_you_mean(loose_key(name), candidates);
  if (!match) return {};
  size_t i = static_cast<size_t>(std::find(keys.begin(), keys.end(), *match) - keys.begin());
  return fmt::format("; did you mean '{}'?", from_plan(fs, plan, join_path(dir, names[i])));
}

}  // namespace strat
