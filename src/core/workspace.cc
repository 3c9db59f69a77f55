// load_workspace: paths → files → documents, then each plan linked to its strategy.
#include "strat/workspace.h"

#include "core/strategy_ref.h"
#include "strat/error.h"
#include "strat/parallel.h"

#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

namespace strat {

namespace {

struct Input {
  std::string path;  ///< as shown to the user
  bool explicit_;    ///< named on the command line, not found in a directory
};

bool is_yaml_name(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

using Skip = std::function<bool(const std::string&)>;

/// Directories already scanned, by FileSystem::directory_key: a symlink back to a parent
/// folder is not followed round again, and a directory reached twice is scanned once.
using Visited = std::unordered_set<std::string>;

void walk(const FileSystem& fs, const std::string& dir, const Skip& skip, std::vector<Input>& out,
          std::vector<std::string>& errors, Visited& visited) {
  if (!visited.insert(fs.directory_key(dir)).second) return;  // a loop, or seen by another path
  std::vector<std::string> names;
  try {
    names = fs.list(dir);
  } catch (const Error& e) {  // an unreadable directory: report it, check the rest
    errors.push_back(e.what());
    return;
  }
  for (const std::string& name : names) {
    if (name.starts_with(".")) continue;  // .git, .strat.yaml, editors' files
    std::string path = join_path(dir, name);
    if (skip && skip(path)) continue;  // a config's `ignore`
    FileSystem::Type type = fs.type(path);
    if (type == FileSystem::Type::directory) walk(fs, path, skip, out, errors, visited);
    else if (!is_yaml_name(name)) continue;
    else if (type == FileSystem::Type::missing) errors.push_back(fmt::format("cannot read '{}': broken symbolic link", path));
    else out.push_back({path, false});  // a FIFO, a device or a symlink loop: reading tells which
  }
}

/// A file found in a directory scan is ours if it says `kind:`, even when it is broken.
bool is_strat_file(const LoadResult& r) {
  for (const Document& d : r.documents)
    if (d.has_kind) return true;
  if (!r.documents.empty()) return false;
  std::string text = r.source->text();
  if (!wide_encoding(text).empty()) std::erase(text, '\0');  // UTF-16 `kind:`, reported as such
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) text.erase(0, 2);
  return text.starts_with("kind:") || text.find("\nkind:") != std::string::npos;
}

class Loader {
 public:
  Loader(const FileSystem& fs, const Limits& limits, Workspace& ws) : fs_(fs), limits_(limits), ws_(ws) {}

  /// Reads and parses one file; null when it cannot be read at all. Safe to call in parallel.
  std::optional<LoadResult> read(const std::string& path, std::string* error) const {
    ReadResult file = fs_.read(path, limits_.max_file_bytes);
    switch (file.status) {
      case ReadResult::Status::ok: break;
      case ReadResult::Status::too_big:
        return refuse_too_big(std::make_shared<Source>(path, ""), file.size, limits_);
      default: *error = file.error; return std::nullopt;
    }
    return load_source(std::make_shared<Source>(path, std::move(file.text)), limits_);
  }

  void add(LoadResult r) {
    if (r.documents.empty() && !r.diagnostics.empty())
      unusable_.try_emplace(fs_.identity(r.source->path()), "has errors that keep it from being read (reported in it)");
    ws_.files.push_back(r.source);
    ws_.limit_hit |= r.limit_hit;
    std::move(r.diagnostics.begin(), r.diagnostics.end(), std::back_inserter(ws_.diagnostics));
    const Strategy* first = nullptr;
    for (Document& d : r.documents) {
      if (d.strategy && first) second_strategy(*first, *d.strategy);
      if (d.strategy && !first) first = d.strategy.get();
      if (d.strategy) {
        strategies_.try_emplace(fs_.identity(r.source->path()), d.strategy);
        ws_.strategies.push_back(d.strategy);
      }
      if (d.plan) plans_.push_back(d.plan);
    }
  }

  /// Links every plan to its strategy, loading each strategy file once.
  void link_plans() {
    for (size_t i = 0; i < plans_.size(); ++i) {  // strategy_for may add plans
      std::shared_ptr<Plan> plan = plans_[i];
      if (plan->strategy) ws_.strategies.push_back(plan->strategy);  // inline
      else if (plan->strategy_path) plan->strategy = strategy_for(*plan);
      ws_.plans.push_back(plan);
    }
  }

  bool seen(const std::string& path) { return !read_.insert(fs_.identity(path)).second; }
  /// A file that could not be read: a plan that names it as its strategy is told why.
  void unreadable(const std::string& path, const std::string& error) {
    unusable_.try_emplace(fs_.identity(path), fmt::format("cannot be read: {}", error));
  }

 private:
  /// A plan's `strategy:` names a file, so a file holds one strategy: report the others.
  void second_strategy(const Strategy& first, const Strategy& other) {
    DiagnosticSink(ws_.diagnostics).report(other.source, other.pos, "duplicate-id",
        fmt::format("this file already holds a strategy ({}line {}): a plan's 'strategy:' names "
                    "a file and would use the first one only; put each strategy in a file of its own",
                    first.name.empty() ? "" : "'" + first.name + "', ", first.pos.line));
  }

  std::shared_ptr<const Strategy> strategy_for(const Plan& plan) {
    const Located<std::string>& ref = *plan.strategy_path;
    std::string path = join_path(parent_path(plan.source->path()), ref.value);
    if (fs_.type(path) == FileSystem::Type::missing)  // "é" typed one way, the file's name the other
      if (std::string same = lookalike_entry(fs_, parent_path(path), std::filesystem::path(path).filename().string()); !same.empty())
        path = same;
    std::string key = fs_.identity(path);
    auto problem = [&](std::string why) {
      if (fs_.type(path) == FileSystem::Type::missing) {
        if (!looks_like_path(ref.value)) why = "is not a file";
        why += strategy_hint(fs_, limits_, plan, ws_.strategies);
      }
      DiagnosticSink(ws_.diagnostics).report(plan.source, ref.pos, "unknown-reference",
          fmt::format("the plan refers to strategy '{}', which {}", ref.value, why), ref.value);
      return nullptr;
    };
    if (auto it = strategies_.find(key); it != strategies_.end()) return it->second;
    if (!seen(path)) {
      std::string error;
      std::optional<LoadResult> r = read(path, &error);
      if (r) add(std::move(*r));
      else unreadable(path, error);
      if (auto it = strategies_.find(key); it != strategies_.end()) return it->second;
    }
    if (auto it = unusable_.find(key); it != unusable_.end()) return problem(it->second);
    return problem("is not a strategy file (it has no 'kind: strategy')");
  }

  const FileSystem& fs_;
  const Limits& limits_;
  Workspace& ws_;
  std::unordered_set<std::string> read_;  // identities of the files read
  std::unordered_map<std::string, std::shared_ptr<const Strategy>> strategies_;  // by identity
  std::unordered_map<std::string, std::string> unusable_;  // identity → why it gave no strategy
  std::vector<std::shared_ptr<Plan>> plans_;
};

}  // namespace

Workspace load_workspace(const std::vector<std::string>& paths, const FileSystem& fs,
                         const Limits& limits, int jobs, const Skip& skip) {
  Workspace ws;
  std::vector<Input> inputs;
  Visited visited;
  for (const std::string& p : paths) {
    std::string path = join_path(".", p);
    switch (fs.type(path)) {
      case FileSystem::Type::directory: walk(fs, path, skip, inputs, ws.io_errors, visited); break;
      case FileSystem::Type::file:
      case FileSystem::Type::other: inputs.push_back({path, true}); break;  // reading tells what is wrong
      case FileSystem::Type::missing: ws.io_errors.push_back(fmt::format("cannot read '{}': no such file or directory", p)); break;
    }
  }

  Loader loader(fs, limits, ws);
  std::erase_if(inputs, [&](const Input& in) { return loader.seen(in.path); });
  std::vector<std::optional<LoadResult>> results(inputs.size());
  std::vector<std::string> errors(inputs.size());
  parallel_for(inputs.size(), jobs, [&](size_t i) { results[i] = loader.read(inputs[i].path, &errors[i]); });
  for (size_t i = 0; i < inputs.size(); ++i) {  // in input order, whatever the scheduling
    std::optional<LoadResult>& r = results[i];
    if (!r) {
      ws.io_errors.push_back(fmt::format("cannot read '{}': {}", inputs[i].path, errors[i]));
      loader.unreadable(inputs[i].path, errors[i]);
    } else if (inputs[i].explicit_ || r->limit_hit || is_strat_file(*r)) loader.add(std::move(*r));
  }
  loader.link_plans();
  return ws;
}

}  // namespace strat
