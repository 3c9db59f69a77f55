#include "gen.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace strat::bench {
namespace {

constexpr int kOwners = 8;
constexpr int kChannels = 8;
constexpr int kAudiences = 4;
constexpr int kObjectives = 3;

/// splitmix64: the same sequence on every platform (std:: distributions are not portable).
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

template <typename T>
void shuffle(std::vector<T>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(i)]);
}

/// Text with a running line number, so positions of what we write are known exactly.
struct Writer {
  std::string text;
  int line = 1;
  void emit(std::string_view s) {
    text += s;
    text += '\n';
    ++line;
  }
};

std::string str(int n) { return std::to_string(n); }

std::string pad(int n, int width) {
  std::string s = std::to_string(n);
  return s.size() < static_cast<size_t>(width) ? std::string(width - s.size(), '0') + s : s;
}

std::string date(int month, int day) { return "2027-" + pad(month, 2) + "-" + pad(day, 2); }

/// One top-level tactic of a plan: plain, or a parent with two nested flights.
struct Slot {
  int file = 0;   ///< 0-based
  int index = 0;  ///< 0-based among the file's top-level tactics
  int global = 0; ///< 0-based among all top-level tactics (decides the goal)
  int serial = 0; ///< 1-based among the file's tactics, nested ones included (titles use it)
  bool parent = false;
  int defect = -1;  ///< a Defect, or -1
};

/// What revision B does to one top-level tactic (Spec::revision).
enum class Edit { none, budget, date, remove, rename };

/// Revision B of one file: the tactics in their new order, each with its edit, and whether a new
/// tactic follows it. Revision A is every tactic in order, unedited.
struct Revised {
  const Slot* slot;
  Edit edit = Edit::none;
  bool add_after = false;
};

std::vector<Revised> revise(const Spec& spec, const std::vector<Slot>& slots, Changes& changes) {
  std::vector<Revised> out;
  for (const Slot& s : slots) out.push_back({&s});
  if (!spec.revision) return out;
  Rng rng{spec.seed * 0x100000001b3ULL + static_cast<uint64_t>(slots.empty() ? 0 : slots.front().file)};
  for (Revised& r : out) {
    const size_t roll = rng.below(100);
    const bool plain = !r.slot->parent;  // dates and ids of parents stay, so flights stay inside
    if (roll < 5) r.edit = Edit::budget, ++changes.budgets;
    else if (roll < 10 && plain) r.edit = Edit::date, ++changes.dates;
    else if (roll < 12) r.edit = Edit::remove, changes.removed += r.slot->parent ? 3 : 1;
    else if (roll < 14 && plain) r.edit = Edit::rename, ++changes.renamed;
    if (rng.below(100) < 2) r.add_after = true, ++changes.added;
  }
  for (size_t i = 0; i + 1 < out.size(); ++i)
    if (rng.below(20) == 0) std::swap(out[i], out[i + 1]), changes.reordered += 2, ++i;
  return out;
}

bool plain_defect(Defect d) {
  return d != Defect::BudgetOverrun && d != Defect::GoalNoKpi && d != Defect::UnservedGoal;
}

}  // namespace

const char* defect_name(Defect d) {
  switch (d) {
    case Defect::NoGoal: return "no-goal";
    case Defect::UnknownGoal: return "unknown-goal";
    case Defect::UnknownOwner: return "unknown-owner";
    case Defect::NoOwner: return "no-owner";
    case Defect::BudgetOverrun: return "budget-overrun";
    case Defect::DuplicateId: return "duplicate-id";
    case Defect::BadDateRange: return "bad-date-range";
    case Defect::BadDate: return "bad-date";
    case Defect::UnknownKey: return "unknown-key";
    case Defect::MissingTitle: return "missing-title";
    case Defect::UnknownChannel: return "unknown-channel";
    case Defect::GoalNoKpi: return "goal-no-kpi";
    case Defect::UnservedGoal: return "unserved-goal";
  }
  return "?";
}

const char* defect_rule(Defect d) {
  switch (d) {
    case Defect::NoGoal: return "tactic-without-goal";
    case Defect::UnknownGoal: return "unknown-reference";
    case Defect::UnknownOwner: return "unknown-reference";
    case Defect::NoOwner: return "tactic-without-owner";
    case Defect::BudgetOverrun: return "budget-overrun";
    case Defect::DuplicateId: return "duplicate-id";
    case Defect::BadDateRange: return "invalid-date-range";
    case Defect::BadDate: return "wrong-type";
    case Defect::UnknownKey: return "unknown-key";
    case Defect::MissingTitle: return "missing-field";
    case Defect::UnknownChannel: return "channel-not-in-strategy";
    case Defect::GoalNoKpi: return "goal-without-kpi";
    case Defect::UnservedGoal: return "goal-without-tactic";
  }
  return "?";
}

namespace {

int count(const Spec& spec, Defect d) { return spec.defects[static_cast<int>(d)]; }

/// The top-level tactics of every file: in each run of four, the second is a parent with two
/// flights (three tactics), the others are plain; the file's total is exact.
std::vector<std::vector<Slot>> layout(const Spec& spec) {
  std::vector<std::vector<Slot>> files(spec.files);
  int global = 0;
  for (int f = 0; f < spec.files; ++f) {
    int left = spec.tactics_per_file;
    for (int i = 0; left > 0; ++i) {
      Slot s{f, i, global++, spec.tactics_per_file - left + 1, i % 4 == 1 && left >= 3, -1};
      left -= s.parent ? 3 : 1;
      files[f].push_back(s);
    }
  }
  return files;
}

/// Places each defect on a distinct top-level tactic, in a seeded order.
void place_defects(const Spec& spec, std::vector<std::vector<Slot>>& files) {
  std::vector<Slot*> plain, parents;
  for (auto& file : files)
    for (auto& s : file) (s.parent ? parents : plain).push_back(&s);
  Rng rng{spec.seed};
  shuffle(plain, rng);
  shuffle(parents, rng);
  size_t next_plain = 0, next_parent = 0;
  for (int d = 0; d < kDefectKinds; ++d) {
    Defect defect = static_cast<Defect>(d);
    if (!plain_defect(defect) && defect != Defect::BudgetOverrun) continue;
    for (int k = 0; k < spec.defects[d]; ++k) {
      auto& pool = defect == Defect::BudgetOverrun ? parents : plain;
      size_t& next = defect == Defect::BudgetOverrun ? next_parent : next_plain;
      for (;; ++next) {
        if (next >= pool.size())
          throw std::invalid_argument(std::string("too few tactics for the '") + defect_name(defect) +
                                      "' defects");
        Slot& s = *pool[next];
        if (s.defect >= 0) continue;
        // A duplicate id copies the id of the previous tactic, which must be clean; and a
        // tactic whose id is copied must not itself copy one.
        const auto& file = files[s.file];
        if (defect == Defect::DuplicateId && (s.index == 0 || file[s.index - 1].defect >= 0)) continue;
        if (s.index + 1 < static_cast<int>(file.size()) &&
            file[s.index + 1].defect == static_cast<int>(Defect::DuplicateId))
          continue;
        s.defect = d;
        ++next;
        break;
      }
    }
  }
}

/// Checks that every regular goal keeps a clean tactic serving it, so that the only
/// goal-without-tactic findings are the injected ones.
void check_coverage(const Spec& spec, const std::vector<std::vector<Slot>>& files) {
  std::vector<bool> served(spec.goals, false);
  for (const auto& file : files)
    for (const auto& s : file)
      if (s.defect < 0 || s.defect == static_cast<int>(Defect::BudgetOverrun)) served[s.global % spec.goals] = true;
  for (int g = 0; g < spec.goals; ++g)
    if (!served[g])
      throw std::invalid_argument("goal-" + str(g + 1) +
                                  " would be served by no clean tactic; add tactics or remove defects");
}

std::string strategy_text(const Spec& spec, std::vector<Expected>& expected) {
  Writer w;
  w.emit("# Synthetic strategy written by strat-gen (bench/); do not edit.");
  w.emit("kind: strategy");
  w.emit("name: Synthetic strategy for the strat benchmarks");
  w.emit("owner: The benchmark generator");
  w.emit("reviewed: 2026-12-01");
  w.emit("review_every: 6 months");
  w.emit("horizon: {from: 2027-01-01, to: 2027-12-31}");
  w.emit("vision: A deterministic strategy whose goals every generated plan serves.");
  w.emit("objectives:");
  for (int o = 1; o <= kObjectives; ++o)
    w.emit("  - {id: objective-" + str(o) + ", title: Synthetic business objective " + str(o) + "}");
  w.emit("audiences:");
  for (int a = 1; a <= kAudiences; ++a)
    w.emit("  - {id: audience-" + str(a) + ", title: Synthetic audience " + str(a) + "}");
  w.emit("channels:");
  static const char* types[] = {"owned", "paid", "earned"};
  for (int c = 1; c <= kChannels; ++c)
    w.emit("  - {id: channel-" + str(c) + ", type: " + types[c % 3] + ", title: Synthetic channel " +
           str(c) + "}");
  w.emit("goals:");
  auto goal = [&](const std::string& id, int n, bool kpis) {
    int line = w.line;
    w.emit("  - id: " + id);
    w.emit("    title: Synthetic marketing goal " + str(n));
    w.emit("    objective: objective-" + str(n % kObjectives + 1));
    w.emit("    audience: audience-" + str(n % kAudiences + 1));
    if (kpis) {
      w.emit("    kpis:");
      w.emit("      - id: " + id + "-kpi");
      w.emit("        metric: Qualified leads per month for goal " + str(n));
      w.emit("        baseline: " + str(10 + n % 50));
      w.emit("        target: " + str(100 + n % 50));
      w.emit("        unit: leads");
      w.emit("        due: 2027-" + pad(n % 12 + 1, 2) + "-28");
    }
    return line;
  };
  for (int g = 1; g <= spec.goals; ++g) {
    bool no_kpi = g <= count(spec, Defect::GoalNoKpi);
    int line = goal("goal-" + str(g), g, !no_kpi);
    if (no_kpi) expected.push_back({"goal-without-kpi", "strategy.yaml", line, 9});
  }
  for (int u = 1; u <= count(spec, Defect::UnservedGoal); ++u) {
    int line = goal("goal-unserved-" + str(u), spec.goals + u, true);
    expected.push_back({"goal-without-tactic", "strategy.yaml", line, 9});
  }
  return w.text;
}

std::string plan_name(int f) { return "plan-" + pad(f + 1, 4) + ".yaml"; }

std::string plan_text(const Spec& spec, const std::vector<Slot>& slots, std::vector<Expected>& expected,
                      Changes& changes) {
  const int f = slots.empty() ? 0 : slots.front().file;
  const std::string file = plan_name(f);
  auto expect = [&](Defect d, int line, int column) { expected.push_back({defect_rule(d), file, line, column}); };
  auto id_of = [&](int index) { return "p" + str(f + 1) + "-t" + str(index + 1); };
  const std::vector<Revised> tactics = revise(spec, slots, changes);

  // Budgets first: the plan's budget covers its top-level tactics with room to spare.
  auto plain_budget = [](const Slot& s) { return 500 + (s.global % 20) * 100; };
  auto flight_budget = [](const Slot& s, int k) { return 400 + ((s.global + k) % 5) * 100; };
  auto parent_budget = [&](const Slot& s) {
    int flights = flight_budget(s, 0) + flight_budget(s, 1);
    return s.defect == static_cast<int>(Defect::BudgetOverrun) ? flights - 100 : flights + 200;
  };
  constexpr int kAddedBudget = 700, kBudgetEdit = 100;
  long total = 1000, total_a = 1000;
  for (const Revised& r : tactics) {
    const long budget = r.slot->parent ? parent_budget(*r.slot) : plain_budget(*r.slot);
    total_a += budget;
    total += r.edit == Edit::remove ? 0 : budget + (r.edit == Edit::budget ? kBudgetEdit : 0);
    total += r.add_after ? kAddedBudget : 0;
  }
  changes.plan_budgets += total != total_a;

  Writer w;
  w.emit("# Synthetic plan written by strat-gen (bench/); do not edit.");
  w.emit("kind: plan");
  w.emit("name: Synthetic plan " + str(f + 1));
  w.emit("strategy: strategy.yaml");
  w.emit("period: {from: 2027-01-01, to: 2027-12-31}");
  w.emit("currency: EUR");
  w.emit("budget: " + std::to_string(total));
  w.emit("team:");
  for (int o = 1; o <= kOwners; ++o)
    w.emit("  - {id: owner-" + str(o) + ", name: Synthetic Person " + str(o) + ", role: Marketer}");
  w.emit("tactics:");
  for (const Revised& r : tactics) {
    const Slot& s = *r.slot;
    const Defect d = static_cast<Defect>(s.defect);
    const bool has = s.defect >= 0;
    const int month = s.global % 10 + 1;  // runs from `month` to `month + 2`
    const int channel = s.global % kChannels + 1;
    std::string id = has && d == Defect::DuplicateId ? id_of(s.index - 1) : id_of(s.index);
    if (r.edit == Edit::rename) id += "-renamed";
    if (r.add_after) {  // written before it: B's tactics differ from A's in order too
      const std::string added = "p" + str(f + 1) + "-added-" + str(s.index + 1);
      w.emit("  - id: " + added);
      w.emit("    title: A tactic added in revision B, after " + id_of(s.index));
      w.emit("    goal: goal-" + str(s.global % spec.goals + 1));
      w.emit("    channel: channel-" + str(channel));
      w.emit("    owner: owner-" + str(s.global % kOwners + 1));
      w.emit("    from: " + date(month, 15));
      w.emit("    to: " + date(month + 1, 15));
      w.emit("    budget: " + str(kAddedBudget));
    }
    if (r.edit == Edit::remove) continue;

    const int id_line = w.line;
    w.emit("  - id: " + id);
    if (has && d == Defect::DuplicateId) expect(d, id_line, 9);
    if (has && (d == Defect::NoGoal || d == Defect::NoOwner)) expect(d, id_line, 9);
    if (has && d == Defect::MissingTitle) expect(d, id_line, 5);
    if (!(has && d == Defect::MissingTitle))
      w.emit("    title: Synthetic tactic " + str(s.serial) + " of plan " + str(f + 1) + ", a campaign on channel " +
             str(channel));
    if (has && d == Defect::UnknownGoal) {
      expect(d, w.line, 11);
      w.emit("    goal: goal-missing-" + str(s.global));
    } else if (!(has && d == Defect::NoGoal)) {
      w.emit("    goal: goal-" + str(s.global % spec.goals + 1));
    }
    if (has && d == Defect::UnknownChannel) {
      expect(d, w.line, 14);
      w.emit("    channel: tiktok-" + str(s.global));
    } else {
      w.emit("    channel: channel-" + str(channel));
    }
    w.emit("    audience: audience-" + str(s.global % kAudiences + 1));
    if (has && d == Defect::UnknownOwner) {
      expect(d, w.line, 12);
      w.emit("    owner: nobody-" + str(s.global));
    } else if (!(has && d == Defect::NoOwner)) {
      w.emit("    owner: owner-" + str(s.global % kOwners + 1));
    }
    if (has && d == Defect::BadDateRange) {
      expect(d, w.line, 11);
      w.emit("    from: " + date(month, 20));
      w.emit("    to: " + date(month, 10));
    } else {
      w.emit("    from: " + date(month, r.edit == Edit::date ? 8 : 1));
      if (has && d == Defect::BadDate) {
        expect(d, w.line, 9);
        w.emit("    to: 2027-02-30");
      } else {
        w.emit("    to: " + date(month + 2, 28));
      }
    }
    if (s.global % 3 == 0 && !s.parent) w.emit("    every: 2 weeks");
    if (s.global % 5 == 2) w.emit("    status: active");
    const int edit = r.edit == Edit::budget ? kBudgetEdit : 0;
    if (s.parent) {
      const int budget_line = w.line;
      w.emit("    budget: " + str(parent_budget(s) + edit));
      if (has && d == Defect::BudgetOverrun) expect(d, budget_line, 13);
    } else {
      w.emit("    budget: " + str(plain_budget(s) + edit));
    }
    if (has && d == Defect::UnknownKey) {
      expect(d, w.line, 5);
      w.emit("    note: a misspelt key");
    } else if (s.global % 7 == 3) {
      w.emit("    notes: Generated to measure strat; the numbers mean nothing.");
    }
    if (s.parent) {
      w.emit("    tactics:");
      for (int k = 0; k < 2; ++k) {
        w.emit("      - id: " + id + "-flight-" + str(k + 1));
        w.emit("        title: Flight " + str(k + 1) + " of tactic " + id);
        w.emit("        channel: channel-" + str(channel));
        w.emit("        from: " + date(month + k, 1));
        w.emit("        to: " + date(month + k * 2, 28));
        w.emit("        budget: " + str(flight_budget(s, k)));
      }
    }
  }
  return w.text;
}

}  // namespace

Generated generate(const Spec& spec) {
  if (spec.files < 1 || spec.tactics_per_file < 1 || spec.goals < 1)
    throw std::invalid_argument("files, tactics and goals must be at least 1");
  for (int d = 0; d < kDefectKinds; ++d)
    if (spec.defects[d] < 0) throw std::invalid_argument("a defect count is negative");
  if (spec.revision && std::any_of(spec.defects.begin(), spec.defects.end(), [](int n) { return n > 0; }))
    throw std::invalid_argument("a revision is made of a clean set: no defects with it");
  if (count(spec, Defect::GoalNoKpi) > spec.goals)
    throw std::invalid_argument("more goal-no-kpi defects than goals");

  auto files = layout(spec);
  place_defects(spec, files);
  check_coverage(spec, files);

  Generated out;
  out.files.emplace_back("strategy.yaml", strategy_text(spec, out.expected));
  for (int f = 0; f < spec.files; ++f) out.files.emplace_back(plan_name(f), plan_text(spec, files[f], out.expected, out.changes));
  std::sort(out.expected.begin(), out.expected.end(), [](const Expected& a, const Expected& b) {
    return std::tie(a.file, a.line, a.column, a.rule) < std::tie(b.file, b.line, b.column, b.rule);
  });
  return out;
}

}  // namespace strat::bench
