#include "diff_test_util.h"

namespace strat::test {
namespace {

const std::string kBase(kDiffPlan);

TEST_CASE("diff: the same plan, reordered, is no change") {
  std::string reordered = edit(kBase, "  - {id: dana, name: Dana}\n  - {id: eli, name: Eli}\n",
                               "  - {id: eli, name: Eli}\n  - {id: dana, name: Dana}\n");
  // The blog post moves to the top; the two flights swap.
  reordered = edit(reordered, "  - {id: blog-post, title: Blog post, goal: leads, channel: blog, owner: dana, on: 2027-02-10, budget: 100}\n", "");
  reordered = edit(reordered, "tactics:\n  - id: video",
                   "tactics:\n  - {id: blog-post, title: Blog post, goal: leads, channel: blog, owner: dana, on: 2027-02-10, budget: 100}\n  - id: video");
  reordered = edit(reordered,
                   "      - {id: ads-jan, title: January ads, from: 2027-01-01, to: 2027-01-31, budget: 400}\n"
                   "      - {id: ads-feb, title: February ads, from: 2027-02-01, to: 2027-02-28, budget: 500}\n",
                   "      - {id: ads-feb, title: February ads, from: 2027-02-01, to: 2027-02-28, budget: 500}\n"
                   "      - {id: ads-jan, title: January ads, from: 2027-01-01, to: 2027-01-31, budget: 400}\n");
  DiffResult d = diff_files(with_plan(kBase), with_plan(reordered));
  CHECK(show(d) == "");
  CHECK_FALSE(d.has_changes());
  CHECK(d.impact.empty());
  CHECK(d.findings.introduced.empty());
  CHECK(d.findings.fixed.empty());
}

TEST_CASE("diff: a field changed, an entity added and one removed") {
  std::string b = edit(kBase, "title: Weekly video", "title: Weekly clinic video");
  b = edit(b, "  - {id: eli, name: Eli}\n", "  - {id: eli, name: Eli}\n  - {id: noa, name: Noa}\n");
  b = edit(b, "  - {id: blog-post, title: Blog post, goal: leads, channel: blog, owner: dana, on: 2027-02-10, budget: 100}\n", "");
  CHECK(show(diff_files(with_plan(kBase), with_plan(b))) ==
        "added member team/noa @0/10\n"
        "removed tactic tactics/blog-post @30/0\n"
        "changed tactic tactics/video title: Weekly video → Weekly clinic video @11/12\n");
}

TEST_CASE("diff: plan-level and strategy-level changes") {
  std::string plan = edit(kBase, "budget: 30000", "budget: 32000");
  plan = edit(plan, "period: {from: 2027-01-01, to: 2027-03-31}", "period: {from: 2027-01-01, to: 2027-04-30}");
  std::string strategy = edit(std::string(kDiffStrategy), "review_every: 6 months", "review_every: 3 months");
  CHECK(show(diff_files(with_plan(kBase), with_plan(plan, strategy))) ==
        "changed plan plan period.to: 2027-03-31 → 2027-04-30 @4/4\n"
        "changed plan plan budget: 30000 → 32000 @6/6\n"
        "changed strategy strategy review_every: 6 months → 3 months @4/4\n");
}

TEST_CASE("diff: weekdays, skipped days and times of a recurrence") {
  std::string b = edit(kBase, "    every: 1 week\n",
                       "    every: week on thursday\n    except: [2027-02-11, 2027-03-01..2027-03-07]\n"
                       "    at: \"10:00\"\n    duration: 45m\n");
  b = edit(b, "budget: 30000", "budget: 30000\ntimezone: Europe/Paris");
  std::string out = show(diff_files(with_plan(kBase), with_plan(b)));
  CHECK(out.find("changed plan plan timezone:  → Europe/Paris") != std::string::npos);
  CHECK(out.find("every: 1 week → 1 week on thursday") != std::string::npos);
  CHECK(out.find("except:  → 2027-02-11, 2027-03-01..2027-03-07") != std::string::npos);
  CHECK(out.find("at:  → 10:00") != std::string::npos);
  CHECK(out.find("duration:  → 45m") != std::string::npos);
}

TEST_CASE("diff: a nested tactic moved to the top level and back under another parent") {
  std::string b = edit(kBase, "      - {id: ads-feb, title: February ads, from: 2027-02-01, to: 2027-02-28, budget: 500}\n", "");
  b += "  - {id: ads-feb, title: February ads, from: 2027-02-01, to: 2027-02-28, budget: 500}\n";
  CHECK(show(diff_files(with_plan(kBase), with_plan(b))) ==
        "moved tactic tactics/ads-feb parent: tactics/ads → (top level) @29/30\n");
  std::string c = edit(kBase, "    budget: 1200\n", "    budget: 1200\n    tactics:\n      - {id: clip, title: Clip}\n");
  std::string d = edit(kBase, "      - {id: ads-feb,", "      - {id: clip, title: Clip}\n      - {id: ads-feb,");
  CHECK(show(diff_files(with_plan(c), with_plan(d))) ==
        "moved tactic tactics/ads/clip parent: tactics/video → tactics/ads @21/29\n");
}

TEST_CASE("diff: a rename with the same content, and one with a field changed too") {
  std::string b = edit(kBase, "id: blog-post,", "id: blog-article,");
  CHECK(show(diff_files(with_plan(kBase), with_plan(b))) ==
        "renamed tactic tactics/blog-article (was blog-post) @30/30\n");
  std::string c = edit(b, "on: 2027-02-10, budget: 100", "on: 2027-02-10, budget: 150");
  CHECK(show(diff_files(with_plan(kBase), with_plan(c))) ==
        "renamed tactic tactics/blog-article (was blog-post) @30/30\n"
        "changed tactic tactics/blog-article budget: 100 → 150 (was blog-post) @30/30\n");
}

TEST_CASE("diff: two renames at once, and children of a renamed parent do not move") {
  std::string b = edit(kBase, "id: blog-post,", "id: blog-article,");
  b = edit(b, "  - id: ads\n", "  - id: paid-ads\n");
  CHECK(show(diff_files(with_plan(kBase), with_plan(b))) ==
        "renamed tactic tactics/blog-article (was blog-post) @30/30\n"
        "renamed tactic tactics/paid-ads (was ads) @20/20\n");
}

TEST_CASE("diff: unrelated removal and addition stay a removal and an addition") {
  std::string b = edit(kBase, "  - {id: blog-post, title: Blog post, goal: leads, channel: blog, owner: dana, on: 2027-02-10, budget: 100}\n",
                       "  - {id: webinar, title: Webinar, goal: brand, owner: eli, on: 2027-03-10, budget: 900}\n");
  CHECK(show(diff_files(with_plan(kBase), with_plan(b))) ==
        "removed tactic tactics/blog-post @30/0\n"
        "added tactic tactics/webinar @0/30\n");
}

TEST_CASE("diff: --ignore leaves a field out") {
  std::string b = edit(kBase, "title: Weekly video", "title: Weekly clinic video");
  CHECK(show(diff_files(with_plan(kBase), with_plan(b), {"title"})) == "");
}

TEST_CASE("diff: budget impact in total and per goal, channel and owner; dropped counts nothing") {
  std::string b = edit(kBase, "budget: 400}", "budget: 700}");  // ads-jan +300 (leads, facebook, eli)
  b = edit(b, "owner: dana, on: 2027-02-10, budget: 100}", "owner: dana, on: 2027-02-10, budget: 100, status: dropped}");
  DiffResult d = diff_files(with_plan(kBase), with_plan(b));
  REQUIRE(d.impact.plans.size() == 1);
  const PlanImpact& p = d.impact.plans[0];
  CHECK(p.currency == "EUR");
  CHECK(p.budget.old_total.cents == 220000);
  CHECK(p.budget.new_total.cents == 240000);
  CHECK(p.budget.delta() == 20000);
  REQUIRE(p.by_goal.size() == 1);
  CHECK(p.by_goal[0].key == "leads");
  CHECK(p.by_goal[0].delta() == 20000);
  REQUIRE(p.by_channel.size() == 2);
  CHECK(p.by_channel[0].key == "blog");
  CHECK(p.by_channel[0].delta() == -10000);
  CHECK(p.by_channel[1].key == "facebook");
  CHECK(p.by_channel[1].delta() == 30000);
  REQUIRE(p.by_owner.size() == 2);
  CHECK(p.by_owner[0].key == "dana");
  CHECK(p.by_owner[0].delta() == -10000);
  CHECK(p.by_owner[1].key == "eli");
  CHECK(p.by_owner[1].delta() == 30000);
  REQUIRE(p.goals.size() == 1);
  CHECK(p.goals[0].goal == "leads");
  CHECK(p.goals[0].lost == std::vector<std::string>{"blog-post"});
  CHECK_FALSE(p.goals[0].orphaned);
}

TEST_CASE("diff: date shifts in days and occurrence counts") {
  std::string b = edit(kBase, "from: 2027-01-07\n    to: 2027-03-31", "from: 2027-01-14\n    to: 2027-03-28");
  DiffResult d = diff_files(with_plan(kBase), with_plan(b));
  REQUIRE(d.impact.plans.size() == 1);
  const PlanImpact& p = d.impact.plans[0];
  REQUIRE(p.shifts.size() == 2);
  CHECK(p.shifts[0].id == "video");
  CHECK(p.shifts[0].start);
  CHECK(p.shifts[0].days() == 7);
  CHECK_FALSE(p.shifts[1].start);
  CHECK(p.shifts[1].days() == -3);
  REQUIRE(p.occurrences.size() == 1);
  CHECK(p.occurrences[0].old_count == 12);
  CHECK(p.occurrences[0].new_count == 11);
}

TEST_CASE("diff: a goal left with no tactic, and a KPI target moved") {
  std::string b = edit(kBase, "goal: brand", "goal: leads");
  std::string strategy = edit(std::string(kDiffStrategy), "target: 80", "target: 60");
  DiffResult d = diff_files(with_plan(kBase), with_plan(b, strategy));
  const PlanImpact& p = d.impact.plans.at(0);
  REQUIRE(p.goals.size() == 2);
  CHECK(p.goals[0].goal == "brand");
  CHECK(p.goals[0].orphaned);
  CHECK(p.goals[1].goal == "leads");
  CHECK(p.goals[1].gained == std::vector<std::string>{"video"});
  REQUIRE(d.impact.kpis.size() == 1);
  CHECK(d.impact.kpis[0].id == "leads-per-month");
  CHECK(d.impact.kpis[0].old_target == 80);
  CHECK(d.impact.kpis[0].new_target == 60);
  CHECK(*d.impact.kpis[0].percent == doctest::Approx(-25));
  // ... and the orphaned goal is a finding the change introduced.
  REQUIRE(d.findings.introduced.size() == 1);
  CHECK(d.findings.introduced[0].rule == "goal-without-tactic");
  CHECK(d.findings.fixed.empty());
}

TEST_CASE("diff: findings introduced and fixed are matched by rule and entity, not line") {
  std::string broken = edit(kBase, "budget: 30000", "budget: 1000");  // budget-overrun
  broken = "# a comment that moves every line\n" + broken;
  DiffResult d = diff_files(with_plan(kBase), with_plan(broken));
  REQUIRE(d.findings.introduced.size() == 1);
  CHECK(d.findings.introduced[0].rule == "budget-overrun");
  CHECK(d.introduces_errors());
  DiffResult back = diff_files(with_plan(broken), with_plan(kBase));
  CHECK(back.findings.introduced.empty());
  REQUIRE(back.findings.fixed.size() == 1);
  CHECK(back.findings.fixed[0].rule == "budget-overrun");
  // The same finding on both sides, on other lines, is neither.
  std::string shifted = "# one\n# two\n" + broken;
  CHECK(diff_files(with_plan(broken), with_plan(shifted)).findings.introduced.empty());
}

}  // namespace
}  // namespace strat::test

namespace strat::test {
namespace {

TEST_CASE("diff: a value removed and one added on the same entity") {
  std::string a = edit(std::string(kDiffPlan), "    every: 1 week\n", "    every: 1 week\n    notes: Shot on Mondays\n");
  std::string b = edit(std::string(kDiffPlan), "    owner: dana\n    from: 2027-01-07", "    from: 2027-01-07");
  b = edit(b, "    budget: 1200\n", "    budget: 1200\n    spent: 300\n");
  CHECK(show(diff_files(with_plan(a), with_plan(b))) ==
        "changed tactic tactics/video owner: dana →  @15/11\n"
        "changed tactic tactics/video spent:  → 300 @11/19\n"
        "changed tactic tactics/video notes: Shot on Mondays →  @11/11\n");
}

}  // namespace
}  // namespace strat::test

namespace strat::test {
namespace {

TEST_CASE("diff: milestones, tactic KPIs, a tactic's type and dropped_because") {
  const std::string base(kDiffPlan);
  std::string a = edit(base, "    budget: 1200\n", "    budget: 1200\n    type: video\n    kpis:\n      - {id: views, metric: Views, target: 500, due: 2027-03-31}\n") +
                  "milestones:\n  - {id: launch, title: Launch, on: 2027-02-01}\n  - {id: review, title: Review, on: 2027-03-15}\n";
  std::string b = edit(a, "type: video", "type: post");
  b = edit(b, "target: 500,", "target: 800,");
  b = edit(b, "on: 2027-02-01}", "on: 2027-02-08}");
  b = edit(b, "  - {id: review, title: Review, on: 2027-03-15}\n", "  - {id: wrap-up, title: Wrap-up, on: 2027-03-31}\n");
  b = edit(b, "id: blog-post, title: Blog post,", "id: blog-post, title: Blog post, status: dropped, dropped_because: No reach,");
  CHECK(show(diff_files(with_plan(a), with_plan(b))) ==
        "changed kpi tactics/video/kpis/views target: 500 → 800 @22/22\n"
        "changed tactic tactics/blog-post status: planned → dropped @33/33\n"
        "changed tactic tactics/blog-post dropped_because:  → No reach @33/33\n"
        "changed tactic tactics/video type: video → post @20/20\n"
        "changed milestone milestones/launch on: 2027-02-01 → 2027-02-08 @35/35\n"
        "removed milestone milestones/review @36/0\n"
        "added milestone milestones/wrap-up @0/36\n");
}

TEST_CASE("diff: a channel's KPIs are compared as a goal's") {
  std::string s = edit(std::string(kDiffStrategy), "  - {id: blog, type: owned}\n",
                       "  - id: blog\n    kpis: [{id: visits, metric: Visits, target: 900, due: 2027-03-31}]\n");
  std::string t = edit(s, "target: 900,", "target: 1200,");
  const std::string base(kDiffPlan);
  DiffResult d = diff_files(with_plan(base, s), with_plan(base, t));
  CHECK(show(d) == "changed kpi channels/blog/kpis/visits target: 900 → 1200 @13/13\n");
}

}  // namespace
}  // namespace strat::test

namespace strat::test {
namespace {

// Values are compared as the model holds them and shown as text only when they differ: the
// comparison must still be the text's.
TEST_CASE("diff: values compare as their text reads") {
  const std::string base(kDiffPlan);
  std::string a = edit(base, "goal: brand\n", "goals: [brand, leads]\n");
  a = edit(a, "id: blog-post, title: Blog post, goal: leads,", "id: blog-post, title: Blog post, goal: [leads],");
  std::string s = edit(std::string(kDiffStrategy), "target: 1000,", "target: 0,");
  std::string b = edit(a, "goals: [brand, leads]", "goals: [leads, brand]");  // order is part of the text
  b = edit(b, "goal: [leads],", "goal: leads,");                              // the same text
  b = edit(b, "budget: 1200\n", "budget: 1200.00\n");                         // the same amount
  std::string t = edit(s, "target: 0,", "target: -0,");                       // equal, printed apart
  CHECK(show(diff_files(with_plan(a, s), with_plan(b, t))) ==
        "changed tactic tactics/video goals: brand, leads → leads, brand @13/13\n"
        "changed kpi goals/brand/kpis/reach target: 0 → -0 @24/24\n");
}

}  // namespace
}  // namespace strat::test
