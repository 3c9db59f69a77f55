#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("unknown-reference: a goal's objectives and audiences") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
objectives:
  - {id: grow-patients, title: Grow}
audiences:
  - {id: women, title: Women}
goals:
  - id: leads
    title: Leads
    objectives: [grow-patient, brand]
    audience: wmen
    kpis:
      - {id: k, metric: M, target: 1, due: 2027-01-01}
)"}};
  CHECK(check("unknown-reference", files) ==
        "strategy.yaml:10:18: error: goal 'leads' refers to objective 'grow-patient', which the "
        "strategy does not define; did you mean 'grow-patients'? {leads}\n"
        "strategy.yaml:10:32: error: goal 'leads' refers to objective 'brand', which the "
        "strategy does not define {leads}\n"
        "strategy.yaml:11:15: error: goal 'leads' refers to audience 'wmen', which the strategy "
        "does not define; did you mean 'women'? {leads}\n");
}

TEST_CASE("unknown-reference: a tactic's goal, audience and owner, each reported once") {
  // The nested tactic inherits the bad goal and owner: reported at the parent only. Channels
  // are channel-not-in-strategy's job, and dropped tactics count for nothing.
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
team:
  - {id: dana}
tactics:
  - id: video
    title: Video
    goals: [lead]
    audience: woman
    owner: dan
    channel: tiktok
    tactics:
      - {id: video-jan, title: January}
  - id: old
    title: Old
    goal: nothing
    status: dropped
)"}};
  CHECK(check("unknown-reference", files) ==
        "plan.yaml:9:13: error: tactic 'video' refers to goal 'lead', which the strategy does "
        "not define; did you mean 'leads'? {video}\n"
        "plan.yaml:10:15: error: tactic 'video' refers to audience 'woman', which the strategy "
        "does not define; did you mean 'women'? {video}\n"
        "plan.yaml:11:12: error: tactic 'video' refers to owner 'dan', who is not on the plan's "
        "team; did you mean 'dana'? {video}\n");
}

TEST_CASE("unknown-reference: silent when every reference resolves") {
  CHECK(check("unknown-reference", clean_files()) == "");
}

TEST_CASE("unknown-reference: a decomposed reference finds its composed id") {
  // goal, audience and owner written as e + U+0301 where the ids are composed (U+00E9).
  Files files{{"strategy.yaml", "kind: strategy\nname: S\n"
                                "objectives:\n  - {id: grow, title: G}\n"
                                "audiences:\n  - {id: \"client\xc3\xa8le\", title: C}\n"
                                "goals:\n  - id: \"fid\xc3\xa9lit\xc3\xa9\"\n    title: F\n"
                                "    objective: grow\n"
                                "    kpis:\n      - {id: k, metric: M, target: 1, due: 2027-01-01}\n"},
              {"plan.yaml", "kind: plan\nname: P\nstrategy: strategy.yaml\n"
                            "team:\n  - {id: \"h\xc3\xa9l\xc3\xa8ne\"}\n"
                            "tactics:\n  - id: t\n    title: T\n"
                            "    goal: \"fide\xcc\x81lite\xcc\x81\"\n"
                            "    audience: \"cliente\xcc\x80le\"\n"
                            "    owner: \"he\xcc\x81le\xcc\x80ne\"\n"
                            "  - id: u\n    title: U\n    goal: \"fidelite\"\n"}};
  CHECK(check("unknown-reference", files) ==
        "plan.yaml:14:11: error: tactic 'u' refers to goal 'fidelite', which the strategy does not "
        "define; did you mean 'fid\xc3\xa9lit\xc3\xa9'? {u}\n");
}

}  // namespace strat::test
