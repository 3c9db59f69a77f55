#include <doctest/doctest.h>

#include "load/load_test_util.h"

using namespace strat;
using strat::test::lines;
using strat::test::Lines;
using strat::test::load;

TEST_CASE("a strategy loads into the model with positions") {
  LoadResult r = load(R"(kind: strategy
name: Clinic 2027
reviewed: 2026-09-15
review_every: 6 months
horizon: {from: 2027-01-01, to: 2027-12-31}
objectives:
  - {id: grow, title: Grow revenue}
audiences:
  - id: women-35-55
    title: Women aged 35-55
channels:
  - {id: facebook, type: paid}
goals:
  - id: leads
    title: Qualified leads
    objective: grow
    audiences: [women-35-55]
    kpis:
      - {id: lpm, metric: Leads per month, target: 80, due: 2027-03-31, direction: down}
)");
  CHECK(lines(r) == Lines{});
  REQUIRE(r.documents.size() == 1);
  const Strategy& s = *r.documents[0].strategy;
  CHECK(s.name == "Clinic 2027");
  CHECK(s.reviewed->value == *Date::parse("2026-09-15"));
  CHECK(s.review_every.value == Interval{6, Interval::Unit::month});
  CHECK(s.horizon.to->value.str() == "2027-12-31");
  REQUIRE(s.goals.size() == 1);
  const Goal& g = s.goals[0];
  CHECK(g.pos == Pos{14, 9});
  CHECK(g.objectives[0].id == "grow");
  CHECK(g.objectives[0].pos == Pos{16, 16});
  CHECK(g.audiences[0].pos == Pos{17, 17});
  REQUIRE(g.kpis.size() == 1);
  CHECK(g.kpis[0].target->value == 80);
  CHECK(g.kpis[0].direction == Direction::down);
  CHECK(s.find_goal("leads") == &g);
  CHECK(s.find_channel("facebook")->type == ChannelType::paid);
  CHECK(s.find_channel("tiktok") == nullptr);
}

TEST_CASE("a plan loads tactics, nested tactics and inheritance") {
  LoadResult r = load(R"(kind: plan
name: Q1
strategy: strategy.yaml
budget: 1000.5
team: [{id: dana}]
tactics:
  - id: campaign
    title: Campaign
    goals: [leads]
    owner: dana
    every: 1 week
    status: active
    tactics:
      - {id: flight-1, title: January flight, on: 2027-01-10, budget: 99.95}
      - {id: flight-2, title: February flight, goal: other, owner: dana}
)");
  CHECK(lines(r) == Lines{});
  const Plan& p = *r.documents.at(0).plan;
  CHECK(p.strategy_path->value == "strategy.yaml");
  CHECK(p.strategy_path->pos == Pos{3, 11});
  CHECK(p.budget->value.cents == 100050);
  const Tactic& c = p.tactics.at(0);
  CHECK(c.status == Status::active);
  CHECK(c.every->value == Interval{1, Interval::Unit::week});
  const Tactic& f1 = c.tactics.at(0);
  CHECK(f1.goals_inherited);
  CHECK(f1.goals.at(0).id == "leads");
  CHECK(f1.owner_inherited);
  CHECK(f1.budget->value.str() == "99.95");
  CHECK(f1.first_day() == Date::parse("2027-01-10"));
  const Tactic& f2 = c.tactics.at(1);
  CHECK_FALSE(f2.goals_inherited);
  CHECK(f2.goals.at(0).id == "other");
  CHECK_FALSE(f2.owner_inherited);
  CHECK(p.find_member("dana") != nullptr);
  CHECK(c.path == "campaign");
  CHECK(c.parent_id.empty());
  CHECK(f2.path == "campaign/flight-2");
  CHECK(f2.parent_id == "campaign");
  CHECK(c.status_pos == Pos{12, 13});
}

TEST_CASE("a model copied or moved keeps working lookups after the original is gone") {
  LoadResult r = load(R"(kind: strategy
name: S
objectives: [{id: grow, title: Grow}]
channels: [{id: blog, type: owned}]
goals:
  - id: leads
    title: More leads
    objective: grow
    kpis: [{id: signups, metric: Sign-ups, baseline: 10, target: 50, actual: 20, due: 2027-06-30}]
)");
  CHECK(lines(r) == Lines{});
  auto original = std::make_unique<Strategy>(*r.documents.at(0).strategy);
  Strategy copy = *original;
  Strategy assigned;
  assigned = *original;
  Strategy moved = std::move(*original);
  original.reset();  // under AddressSanitizer, a lookup through a dangling index fails here
  for (const Strategy* s : {&copy, &assigned, &moved}) {
    REQUIRE(s->find_goal("leads") != nullptr);
    CHECK(s->find_goal("leads") == &s->goals.at(0));
    CHECK(s->find_objective("grow") == &s->objectives.at(0));
    CHECK(s->find_channel("blog") == &s->channels.at(0));
    CHECK(s->find_goal("nope") == nullptr);
  }
  const Kpi& k = copy.goals.at(0).kpis.at(0);
  CHECK(k.baseline->value == 10);
  CHECK(k.baseline->pos == Pos{9, 54});
  CHECK(k.actual->value == 20);
}

TEST_CASE("a team member keeps its email") {
  LoadResult r = load("kind: plan\nname: P\nstrategy: s.yaml\nteam: [{id: dana, email: dana@example.org}]\n");
  CHECK(lines(r) == Lines{});
  Plan copy = *r.documents.at(0).plan;
  r.documents.clear();
  REQUIRE(copy.find_member("dana") != nullptr);
  CHECK(copy.find_member("dana")->email == "dana@example.org");
}

TEST_CASE("an inline strategy is read as a strategy") {
  LoadResult r = load("kind: plan\nname: P\nstrategy:\n  name: S\n  goals: [{id: g, title: G}]\n");
  CHECK(lines(r) == Lines{});
  REQUIRE(r.documents.at(0).plan->strategy);
  CHECK(r.documents[0].plan->strategy->find_goal("g") != nullptr);
}

TEST_CASE("wrong types get positioned wrong-type diagnostics") {
  LoadResult r = load(R"(kind: plan
name: [not, text]
strategy: s.yaml
budget: -5
tactics:
  - id: weekly video
    title: T
    on: 2027-02-30
    every: sometimes
    status: finished
    spent: 1,200
  - id: t2
    title: T2
    budget: lots
    tactics: {id: x}
)");
  CHECK(lines(r) == Lines{
      "2:7: wrong-type: 'name' must be text, not a list",
      "4:9: wrong-type: 'budget' must be an amount of money (like 1200 or 99.50, not negative), not '-5'",
      "6:9: wrong-type: 'id' must be an id (one word without spaces), not 'weekly video'",
      "8:9: wrong-type: 'on' is not a real date: '2027-02-30' does not exist",
      "9:12: wrong-type: 'every' must be an interval like '2 weeks' (days, weeks, months, quarters or years), or one on weekdays like 'week on monday', not 'sometimes'",
      "10:13: wrong-type: 'status' must be one of planned, active, done, dropped, not 'finished'",
      "11:12: wrong-type: 'spent' must be an amount of money (like 1200 or 99.50, not negative), not '1,200'",
      "14:13: wrong-type: 'budget' must be an amount of money (like 1200 or 99.50, not negative), not 'lots'",
      "15:14: wrong-type: 'tactics' must be a list, not a mapping",
  });
}

TEST_CASE("enum values get a did-you-mean") {
  LoadResult r = load("kind: strategy\nname: S\nchannels: [{id: blog, type: own}]\n");
  CHECK(lines(r) == Lines{
      "3:29: wrong-type: 'type' must be one of owned, paid, earned, not 'own'; did you mean 'owned'?"});
}

TEST_CASE("unknown keys suggest the closest known key") {
  LoadResult r = load(R"(kind: plan
name: P
strategy: s.yaml
tactics:
  - id: t
    title: T
    onwer: dana
    colour: red
)");
  CHECK(lines(r) == Lines{
      "7:5: unknown-key: unknown key 'onwer' in tactic 't'; did you mean 'owner'?",
      "8:5: unknown-key: unknown key 'colour' in tactic 't'",
  });
}

TEST_CASE("missing required fields point at the mapping that lacks them") {
  LoadResult r = load("kind: strategy\ngoals:\n  - title: No id\n  - id: g\n");
  CHECK(lines(r) == Lines{
      "3:5: missing-field: goal has no 'id'",
      "4:5: missing-field: goal 'g' has no 'title'",
      "1:1: missing-field: the strategy has no 'name'",
  });
}

TEST_CASE("an empty value counts as missing; an invalid one is reported once") {
  LoadResult r = load("kind: strategy\nname:\ngoals:\n  - {id: '', title: ~}\n");
  CHECK(lines(r) == Lines{
      "4:10: wrong-type: 'id' must be an id (one word without spaces), not ''",
      "4:5: missing-field: goal has no 'title'",
      "1:1: missing-field: the strategy has no 'name'",
  });
}

TEST_CASE("kind is required and must be known") {
  CHECK(lines(load("name: x\n")) ==
        Lines{"1:1: missing-field: the file has no 'kind'; write 'kind: strategy' or 'kind: plan'"});
  CHECK(lines(load("kind: plann\nname: x\n")) ==
        Lines{"1:1: wrong-type: 'kind' must be strategy or plan, not 'plann'; did you mean 'plan'?"});
  CHECK_FALSE(load("name: x\n").documents.at(0).has_kind);
}

TEST_CASE("a repeated key is reported") {
  LoadResult r = load("kind: strategy\nname: A\nname: B\n");
  CHECK(lines(r) == Lines{"3:1: yaml-syntax: 'name' appears twice in the strategy"});
}

TEST_CASE("YAML syntax errors are positioned and explained") {
  CHECK(lines(load("kind: plan\nname: a: b\n")) ==
        Lines{"2:8: yaml-syntax: invalid YAML: a ':' here is not allowed; put text that contains ': ' in quotes"});
  CHECK(lines(load("kind: plan\nx: *nope\n")) ==
        Lines{"2:4: yaml-syntax: invalid YAML: this alias ('*nope') refers to no anchor ('&nope'); "
              "to write the text *nope, quote it: \"*nope\""});
}

TEST_CASE("columns of non-ASCII text are reported in code points") {
  LoadResult r = load("kind: strategy\nname: קליניקה\nvision: [a]\nowner: \"דנה\"\nx: 1\n");
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.source->codepoint_column(r.diagnostics[0].pos) == 9);
}

TEST_CASE("empty, blank and binary files get a diagnostic") {
  CHECK(lines(load("")) ==
        Lines{"1:1: missing-field: the file is empty; write 'kind: strategy' or 'kind: plan' at the top"});
  CHECK(lines(load("# only a comment\n")) ==
        Lines{"1:1: missing-field: the file is empty; write 'kind: strategy' or 'kind: plan' at the top"});
  CHECK(lines(load("---\n")) ==
        Lines{"1:1: missing-field: this is not a strat file: write 'kind: strategy' or 'kind: plan' at the top"});
  CHECK(lines(load(std::string("kind: plan\n\0\x01\x02", 14))) ==
        Lines{"1:1: yaml-syntax: this is a binary file, not YAML text"});
  CHECK(lines(load("kind: plan\nname: caf\xe9\n")) ==
        Lines{"2:10: yaml-syntax: the file is not UTF-8 text here; save it as UTF-8"});
}

TEST_CASE("hostile input hits limits, not the stack or the heap") {
  SUBCASE("deep nesting") {
    LoadResult r = load("kind: plan\nx: " + std::string(100000, '[') + "\n");
    CHECK(r.limit_hit);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "limit-exceeded");
  }
  SUBCASE("alias bomb") {  // nested tactics, each level nine copies of the one below
    std::string yaml = "kind: plan\nname: P\nstrategy: s.yaml\ntactics:\n  - &t0 {id: t, title: T}\n";
    for (int i = 1; i < 10; ++i) {
      std::string below = "*t" + std::to_string(i - 1);
      yaml += "  - &t" + std::to_string(i) + " {id: t, title: T, tactics: [";
      for (int k = 0; k < 9; ++k) yaml += below + (k < 8 ? ", " : "]}\n");
    }
    LoadResult r = load(yaml);
    CHECK(r.limit_hit);
    CHECK(lines(r).back().find("limit-exceeded: aliases expand to more than") != std::string::npos);
  }
  SUBCASE("a self-referencing alias") {
    LoadResult r = load("kind: plan\nname: P\nstrategy: s.yaml\ntactics: &t [*t]\n");
    CHECK(lines(r).size() >= 1);
  }
  SUBCASE("file size") {
    Limits limits;
    limits.max_file_bytes = 10;
    LoadResult r = load("kind: strategy\nname: S\n", limits);
    CHECK(r.limit_hit);
    CHECK(lines(r) == Lines{"1:1: limit-exceeded: the file is 23 bytes, more than the limit of 10 bytes"});
  }
  SUBCASE("entities") {
    Limits limits;
    limits.max_entities = 2;
    LoadResult r = load("kind: strategy\nname: S\ngoals: [{id: a, title: A}, {id: b, title: B}, {id: c, title: C}]\n", limits);
    CHECK(r.limit_hit);
    CHECK(lines(r) == Lines{"3:47: limit-exceeded: the file has more than 2 entities"});
  }
}

TEST_CASE("aliases are replayed as if written in place") {
  LoadResult r = load(R"(kind: plan
name: P
strategy: s.yaml
team: [{id: dana}]
tactics:
  - &base {id: a, title: A, owner: dana}
  - *base
)");
  const Plan& p = *r.documents.at(0).plan;
  REQUIRE(p.tactics.size() == 2);
  CHECK(p.tactics[1].id == "a");
  CHECK(p.tactics[1].owner->id == "dana");
}

TEST_CASE("several documents in one file") {
  LoadResult r = load("kind: strategy\nname: S\n---\nkind: plan\nname: P\nstrategy: s.yaml\n");
  CHECK(lines(r) == Lines{});
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].strategy);
  CHECK(r.documents[1].plan);
}
