// Matching by kind and id, and the changes a pairing gives.
#include "diff/match.h"

#include <string_view>
#include <unordered_set>

namespace strat::diff {
namespace {

/// An entity's kind and id, viewed in the model: the maps below hold no copies of them.
struct Key {
  std::string_view kind, id;
  bool operator==(const Key&) const = default;
};
struct KeyHash {
  size_t operator()(const Key& k) const {
    return std::hash<std::string_view>{}(k.kind) * 31 + std::hash<std::string_view>{}(k.id);
  }
};

Key key(const Entity& e) { return {e.kind(), e.id()}; }

Location at(const std::string& file, Pos pos) { return {file, pos.line}; }

/// A tactic's parent as a path for people: "tactics/ads", or "(top level)".
std::string parent_label(const Entity& e) {
  if (e.parent().empty()) return "(top level)";
  std::string path = e.path();
  return path.substr(0, path.rfind('/'));
}

}  // namespace

Pairing match_entities(const std::vector<Entity>& old_side, const std::vector<Entity>& new_side) {
  Pairing p;
  std::unordered_map<Key, const Entity*, KeyHash> by_key;
  by_key.reserve(new_side.size());
  for (const Entity& e : new_side) by_key.try_emplace(key(e), &e);
  std::unordered_set<Key, KeyHash> seen_old;
  seen_old.reserve(old_side.size());
  for (const Entity& e : old_side) {
    Key k = key(e);
    if (!seen_old.insert(k).second) continue;  // a duplicate id: check's business
    auto it = by_key.find(k);
    if (it == by_key.end()) {
      p.removed.push_back(&e);
    } else {
      p.pairs.emplace_back(&e, it->second);
      it->second = nullptr;  // taken
    }
  }
  std::unordered_set<Key, KeyHash> seen_new;
  seen_new.reserve(new_side.size());
  for (const Entity& e : new_side) {
    Key k = key(e);
    if (!seen_new.insert(k).second) continue;
    if (by_key.at(k) != nullptr) p.added.push_back(&e);
  }
  pair_renames(p);
  return p;
}

void compare(const Pairing& p, const std::string& old_file, const std::string& new_file,
             const std::set<std::string>& ignore, std::vector<Change>& out) {
  for (const Entity* e : p.removed)
    out.push_back({ChangeOp::removed, std::string(e->kind()), std::string(e->id()), "", e->path(), "", "", "",
                   at(old_file, e->pos()), {}, new_file.empty() ? old_file : new_file});
  for (const Entity* e : p.added)
    out.push_back({ChangeOp::added, std::string(e->kind()), std::string(e->id()), "", e->path(), "", "", "", {},
                   at(new_file, e->pos()), new_file});
  bool ignore_parent = ignore.count("parent") != 0;
  for (const auto& pair : p.pairs) {
    const Entity* o = pair.first;  // named, not bound: older clangs cannot capture bindings
    const Entity* n = pair.second;
    std::string_view oid = o->id(), nid = n->id();
    std::string old_id(oid != nid ? oid : "");  // set for a rename
    if (oid != nid)
      out.push_back({ChangeOp::renamed, std::string(n->kind()), std::string(nid), old_id, n->path(), "",
                     o->path(), n->path(), at(old_file, o->pos()), at(new_file, n->pos()), new_file});
    if (n->tactic() && !ignore_parent) {
      std::string_view old_parent = o->parent();
      if (auto r = p.tactic_renames.find(old_parent); r != p.tactic_renames.end()) old_parent = r->second;
      if (old_parent != n->parent())
        out.push_back({ChangeOp::moved, "tactic", std::string(nid), old_id, n->path(), "parent",
                       parent_label(*o), parent_label(*n), at(old_file, o->pos()), at(new_file, n->pos()),
                       new_file});
    }
    auto changed = [&](const Field* of, const Field* nf) {
      std::string_view name = nf ? nf->name : of->name;
      if (ignore.count(std::string(name))) return;
      Pos op = of && of->pos.known() ? of->pos : o->pos();
      Pos np = nf && nf->pos.known() ? nf->pos : n->pos();
      out.push_back({ChangeOp::changed, std::string(n->kind()), std::string(nid), old_id, n->path(),
                     std::string(name), of ? of->text() : "", nf ? nf->text() : "", at(old_file, op),
                     at(new_file, np), new_file});
    };
    // Both lists follow the kind's field order, absent values left out: merge them.
    const Fields ofs = o->fields();
    const Fields nfs = n->fields();
    size_t i = 0, j = 0;
    while (i < ofs.size() || j < nfs.size()) {
      if (i < ofs.size() && j < nfs.size() && ofs[i].name == nfs[j].name) {
        if (!ofs[i].same(nfs[j])) changed(&ofs[i], &nfs[j]);
        ++i, ++j;
      } else if (j < nfs.size() && (i == ofs.size() || !ofs.find(nfs[j].name))) {
        changed(nullptr, &nfs[j++]);
      } else {
        changed(&ofs[i++], nullptr);
      }
    }
  }
}

}  // namespace strat::diff
