#include <doctest/doctest.h>

#include "strat/error.h"
#include "strat/git.h"
#include "strat/process.h"

using namespace strat;

TEST_CASE("run_process: an argument vector, no shell, both outputs and the status") {
  ProcessResult r = run_process({"sh", "-c", "printf out; printf err >&2; exit 3"});
  CHECK(r.out == "out");
  CHECK(r.err == "err");
  CHECK(r.status == 3);
  // Shell syntax in an argument is just text.
  ProcessResult echo = run_process({"printf", "%s", "$(touch pwned); rm -rf x"});
  CHECK(echo.out == "$(touch pwned); rm -rf x");
  CHECK(echo.status == 0);
}

TEST_CASE("run_process: a large output does not block on a full pipe") {
  ProcessResult r = run_process({"sh", "-c", "head -c 300000 /dev/zero; head -c 300000 /dev/zero >&2"});
  CHECK(r.out.size() == 300000);
  CHECK(r.err.size() == 300000);
}

TEST_CASE("run_process: a program that is not installed is one clear error") {
  CHECK_THROWS_WITH_AS(run_process({"strat-no-such-program"}),
                       "cannot run strat-no-such-program: it is not installed (not found on PATH)", Error);
}

TEST_CASE("plausible_revision refuses what could be an option or hide a line") {
  CHECK(plausible_revision("main"));
  CHECK(plausible_revision("HEAD~2"));
  CHECK(plausible_revision("v1.0^{commit}"));
  CHECK(plausible_revision("HEAD@{2 days ago}"));
  CHECK_FALSE(plausible_revision(""));
  CHECK_FALSE(plausible_revision("-p"));
  CHECK_FALSE(plausible_revision("--output=x"));
  CHECK_FALSE(plausible_revision("HEAD\ntouch pwned"));
  CHECK_FALSE(plausible_revision("a\x1b[2Jb"));
}
