#include "rule_test_util.h"

namespace strat::test {

TEST_CASE("channel-not-in-strategy: fires for channels the strategy did not choose") {
  Files files{{"strategy.yaml", std::string(kStrategy)}, {"plan.yaml", R"(kind: plan
name: P
strategy: strategy.yaml
tactics:
  - id: video
    title: Video
    goal: leads
    channel: facebok
  - {id: dance, title: Dance, goal: leads, channel: tiktok}
  - {id: gone, title: Gone, goal: leads, channel: radio, status: dropped}
)"}};
  CHECK(check("channel-not-in-strategy", files) ==
        "plan.yaml:8:14: warning: tactic 'video' uses channel 'facebok', which the strategy did "
        "not choose; did you mean 'facebook'? {video}\n"
        "plan.yaml:9:53: warning: tactic 'dance' uses channel 'tiktok', which the strategy did "
        "not choose {dance}\n");
}

TEST_CASE("channel-not-in-strategy: silent when every channel is a strategy channel") {
  CHECK(check("channel-not-in-strategy", clean_files()) == "");
}

}  // namespace strat::test
