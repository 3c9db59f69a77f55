// Matching by kind and id, and the changes a pairing gives.
#include "diff/match.h"

#include <algorithm>
#include <compare>
#include <numeric>
#include <string_view>

namespace strat::diff {
namespace {

/// An entity's kind (its Object alternative) and id, viewed in the model: no copies.
struct Key {
  size_t kind;
  std::string_view id;
  auto operator<=>(const Key&) const = default;
};

Key key(const Entity& e) { return {e.object.index(), e.id()}; }

/// Positions in `side` sorted by key, equal keys in input order. Sorting positions rather than
/// hashing keys: a large plan's entities are matched with 8 bytes each, not a hash node.
std::vector<size_t> sorted_by_key(const std::vector<Entity>& side) {
  std::vector<size_t> order(side.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    auto c = key(side[a]) <=> key(side[b]);
    return c != 0 ? c < 0 : a < b;
  });
  return order;
}

/// Past the run of equal keys that starts at order[k].
size_t run_end(const std::vector<Entity>& side, const std::vector<size_t>& order, size_t k) {
  Key first = key(side[order[k]]);
  while (++k < order.size() && key(side[order[k]]) == first) {}
  return k;
}

Location at(const std::string& file, Pos pos) { return {file, pos.line}; }

/// A tactic's parent as a path for people: "tactics/ads", or "(top level)".
std::string parent_label(const Entity& e) {
  if (e.parent().empty()) return "(top level)";
  std::string path = e.path();
  return path.substr(0, path.rfind('/'));
}

}  // namespace

Pairing match_entities(const std::vector<Entity>& old_side, const std::vector<Entity>& new_side) {
  // Walk both sides in key order; of duplicate ids only the first counts (check's business).
  std::vector<size_t> a = sorted_by_key(old_side), b = sorted_by_key(new_side);
  constexpr size_t kDuplicate = SIZE_MAX, kRemoved = SIZE_MAX - 1;
  std::vector<size_t> match(old_side.size(), kDuplicate);  // per old entity: its new one
  std::vector<bool> added(new_side.size());                // per new entity
  size_t pairs = 0;
  for (size_t i = 0, j = 0; i < a.size() || j < b.size();) {
    auto c = i == a.size() ? std::strong_ordering::greater
             : j == b.size() ? std::strong_ordering::less
                             : key(old_side[a[i]]) <=> key(new_side[b[j]]);
    if (c == 0) ++pairs;
    if (c <= 0) match[a[i]] = c == 0 ? b[j] : kRemoved;
    if (c > 0) added[b[j]] = true;
    if (c <= 0) i = run_end(old_side, a, i);
    if (c >= 0) j = run_end(new_side, b, j);
  }
  Pairing p;
  p.pairs.reserve(pairs);
  for (size_t k = 0; k < old_side.size(); ++k) {
    if (match[k] == kRemoved) p.removed.push_back(&old_side[k]);
    else if (match[k] != kDuplicate) p.pairs.emplace_back(&old_side[k], &new_side[match[k]]);
  }
  for (size_t k = 0; k < new_side.size(); ++k)
    if (added[k]) p.added.push_back(&new_side[k]);
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
