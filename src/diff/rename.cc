// Likely renames, found by hashing content: never by comparing every removed entity with
// every added one.
#include <functional>
#include <unordered_map>

#include "diff/match.h"

namespace strat::diff {
namespace {

/// Every field but the id, with the kind: equal content gives an equal string.
std::string content(const Entity& e) {
  std::string s(e.kind());
  for (const Field& f : e.fields()) {
    s += '\0';
    s += f.name;
    s += '=';
    s += f.text();
  }
  return s;
}

/// The kind and the entity's first field (its title, a KPI's metric), when it has one.
std::string title_key(const Entity& e) {
  Fields fs = e.fields();
  if (fs.empty()) return {};  // a field kept is never empty
  return std::string(e.kind()) + '\0' + fs.front().text();
}

/// Whether at least half of the fields agree.
bool mostly_equal(const Entity& a, const Entity& b) {
  Fields af = a.fields(), bf = b.fields();
  size_t same = 0;
  for (const Field& f : bf)
    if (const Field* g = af.find(f.name); g && g->same(f)) ++same;
  return same * 2 >= bf.size();
}

/// Pairs removed and added entities whose `key` is non-empty and unique on both sides.
void pair_by(Pairing& p, const std::function<std::string(const Entity&)>& key_of, bool check_fields) {
  struct Slot {
    int removed = 0, added = 0;
    size_t r = 0, a = 0;
  };
  std::unordered_map<std::string, Slot> slots;
  slots.reserve(p.removed.size() + p.added.size());
  for (size_t i = 0; i < p.removed.size(); ++i)
    if (std::string k = key_of(*p.removed[i]); !k.empty()) {
      Slot& s = slots[k];
      ++s.removed;
      s.r = i;
    }
  for (size_t i = 0; i < p.added.size(); ++i)
    if (std::string k = key_of(*p.added[i]); !k.empty()) {
      Slot& s = slots[k];
      ++s.added;
      s.a = i;
    }
  std::vector<bool> taken_r(p.removed.size()), taken_a(p.added.size());
  for (size_t i = 0; i < p.removed.size(); ++i) {
    std::string k = key_of(*p.removed[i]);
    if (k.empty()) continue;
    const Slot& s = slots[k];
    if (s.removed != 1 || s.added != 1) continue;
    const Entity* o = p.removed[s.r];
    const Entity* n = p.added[s.a];
    if (check_fields && !mostly_equal(*o, *n)) continue;
    p.pairs.emplace_back(o, n);
    if (o->tactic()) p.tactic_renames[o->id()] = n->id();
    taken_r[s.r] = taken_a[s.a] = true;
  }
  auto keep = [](std::vector<const Entity*>& v, const std::vector<bool>& taken) {
    size_t w = 0;
    for (size_t i = 0; i < v.size(); ++i)
      if (!taken[i]) v[w++] = v[i];
    v.resize(w);
  };
  keep(p.removed, taken_r);
  keep(p.added, taken_a);
}

}  // namespace

void pair_renames(Pairing& p) {
  if (p.removed.empty() || p.added.empty()) return;
  pair_by(p, content, false);
  pair_by(p, title_key, true);
}

}  // namespace strat::diff
