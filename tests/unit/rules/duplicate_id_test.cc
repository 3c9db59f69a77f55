#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("duplicate-id: repeated ids of one kind in a strategy") {
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
objectives:
  - {id: grow, title: Grow}
  - {id: grow, title: Grow again}
audiences:
  - {id: women, title: Women}
channels:
  - {id: blog}
  - {id: blog}
goals:
  - id: leads
    title: Leads
    objective: grow
    kpis:
      - {id: k, metric: M, target: 1, due: 2027-01-01}
  - id: leads
    title: More leads
    objective: grow
    kpis:
      - {id: k, metric: M, target: 2, due: 2027-01-01}
)"}};
  CHECK(check("duplicate-id", files) ==
        "strategy.yaml:5:10: error: objective id 'grow' is already used at line 4 {grow}\n"
        "strategy.yaml:10:10: error: channel id 'blog' is already used at line 9 {blog}\n"
        "strategy.yaml:17:9: error: goal id 'leads' is already used at line 12 {leads}\n"
        "strategy.yaml:21:14: error: KPI id 'k' is already used at line 16 {k}\n");
}

TEST_CASE("duplicate-id: team members, and tactics across nesting levels and dropped ones") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
team:
  - {id: dana}
  - {id: dana}
tactics:
  - id: video
    title: Video
    goal: leads
    owner: dana
    tactics:
      - {id: video, title: Nested video}
  - id: post
    title: Post
    goal: leads
    owner: dana
    status: dropped
    tactics:
      - {id: post, title: Dropped too}
)"}};
  CHECK(check("duplicate-id", files) ==
        "plan.yaml:6:10: error: team member id 'dana' is already used at line 5 {dana}\n"
        "plan.yaml:13:14: error: tactic id 'video' is already used at line 8 {video}\n"
        "plan.yaml:20:14: error: tactic id 'post' is already used at line 14 {post}\n");
}

TEST_CASE("duplicate-id: silent on unique ids and on one id shared by different kinds") {
  CHECK(check("duplicate-id", clean_files()) == "");
  Files files{{"strategy.yaml", R"(kind: strategy
name: S
objectives:
  - {id: blog, title: Grow the blog}
channels:
  - {id: blog}
goals:
  - id: blog
    title: Blog readers
    objective: blog
    kpis:
      - {id: blog, metric: Readers, target: 1, due: 2027-01-01}
)"}};
  CHECK(check("duplicate-id", files) == "");
}

TEST_CASE("duplicate-id: two ids that differ only in Unicode normalisation are one id") {
  Files files{{"plan.yaml", "kind: plan\nname: P\nstrategy: s.yaml\ntactics:\n"
                            "  - {id: \"lettre-\xc3\xa9t\xc3\xa9\", title: A}\n"
                            "  - {id: \"lettre-e\xcc\x81te\xcc\x81\", title: B}\n"},
              {"s.yaml", "kind: strategy\nname: S\n"}};
  CHECK(check("duplicate-id", files) ==
        "plan.yaml:6:10: error: tactic id 'lettre-e\xcc\x81te\xcc\x81' is already used at line 5 "
        "(spelt with other Unicode characters that look the same) {lettre-e\xcc\x81te\xcc\x81}\n");
}

}  // namespace strat::test

namespace strat::test {

TEST_CASE("duplicate-id: channel and goal KPIs share the strategy's KPI ids, in file order") {
  std::string strategy(kStrategy);
  strategy.replace(strategy.find("  - {id: blog, type: owned}"), 27,
                   "  - id: blog\n    kpis:\n      - {id: leads-per-month, metric: Blog leads}\n"
                   "      - {id: visits, metric: Visits}\n      - {id: visits, metric: Visits again}");
  CHECK(check("duplicate-id", {{"strategy.yaml", strategy}, {"plan.yaml", std::string(kPlan)}}) ==
        "strategy.yaml:16:14: error: KPI id 'visits' is already used at line 15 {visits}\n"
        "strategy.yaml:23:14: error: KPI id 'leads-per-month' is already used at line 14 {leads-per-month}\n");
}

TEST_CASE("duplicate-id: tactic KPIs are unique within the plan, milestones too") {
  std::string plan(kPlan);
  plan.replace(plan.find("    budget: 1200\n"), 0, "    kpis:\n      - {id: views, metric: Views}\n");
  plan.replace(plan.find("{id: video-jan, "), 16, "{id: video-jan, kpis: [{id: views, metric: Views}], ");
  plan += "milestones:\n  - {id: launch, title: Launch, on: 2027-02-01}\n  - {id: launch, title: Again, on: 2027-03-01}\n";
  CHECK(check("duplicate-id", {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}}) ==
        "plan.yaml:22:37: error: KPI id 'views' is already used at line 19 {views}\n"
        "plan.yaml:25:10: error: milestone id 'launch' is already used at line 24 {launch}\n");
}

TEST_CASE("duplicate-id: a tactic KPI may reuse a strategy KPI's id (another file)") {
  std::string plan(kPlan);
  plan.replace(plan.find("    budget: 1200\n"), 0, "    kpis:\n      - {id: leads-per-month, metric: Video leads}\n");
  CHECK(check("duplicate-id", {{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", plan}}) == "");
}

}  // namespace strat::test
