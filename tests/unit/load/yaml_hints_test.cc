// yaml-cpp errors said where the mistake is: each mistake gives its line, column and advice,
// and a near miss keeps yaml-cpp's own message.
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "yaml_test_util.h"

using namespace strat;

namespace {

std::string error_of(std::string_view text) { return test::parse_error(text); }

}  // namespace

TEST_CASE("a ' : ' inside a value in { } is pointed at, not the '{'") {
  CHECK(error_of("- {id: a, title: Offre spéciale : -20%, goal: g}\n") ==
        "1:34: a ':' followed by a space cannot be inside an unquoted value in { } or [ ]; put the "
        "value in quotes: \"Offre spéciale : -20%\"");
  CHECK(error_of("- [a, {b: c : d}]\n") ==
        "1:13: a ':' followed by a space cannot be inside an unquoted value in { } or [ ]; put the "
        "value in quotes: \"c : d\"");
  CHECK(error_of("- {id: a, title: x\n") == "1:3: this '{' is never closed with '}'");
}

TEST_CASE("a ':' without a space after it is reported on its own line") {
  CHECK(error_of("t:\n  title: T\n  owner:ops\n  goal: g\n") ==
        "3:8: a ':' needs a space after it: write 'owner: ops' (or, if the ':' is part of the "
        "value, put the value in quotes)");
  CHECK(error_of("- a: 1\n  owner:ops\n- a: 2\n") ==
        "2:8: a ':' needs a space after it: write 'owner: ops' (or, if the ':' is part of the "
        "value, put the value in quotes)");
  // A line that is not `word:word` above a bad ':' keeps yaml-cpp's message.
  CHECK(error_of("t:\n  notes: x\n  title: Weekly video: answers\n") ==
        "3:22: a ':' here is not allowed; put text that contains ': ' in quotes");
}

TEST_CASE("a '*' key is an alias: quote it") {
  std::string star = "'*' at the start of a key or value is an alias (a reference to an '&anchor'); "
                     "to write the text *, quote it: \"*\"";
  CHECK(error_of("rules:\n  x: off\n  *: error\n  y: off\n") == "3:3: " + star);
  CHECK(error_of("rules:\n  *: error\n") == "2:3: " + star);
  CHECK(error_of("rules:\n  \"*\": error\n  y: off\n") == "");
}

TEST_CASE("text after a closing quote") {
  CHECK(error_of("t:\n  title: \"Lancement\" de la collection\n  goal: g\n") ==
        "2:22: text after a closing quote is not allowed; put the whole value in quotes: "
        "'\"Lancement\" de la collection'");
  CHECK(error_of("- 'a' b # note\n") ==
        "1:7: text after a closing quote is not allowed; put the whole value in quotes: \"'a' b\"");
  CHECK(error_of("t: \"a\" # a comment\n") == "");
}

TEST_CASE("a plain value cannot start with '%', '@' or '`'") {
  CHECK(error_of("k:\n  unit: %\n") ==
        "2:9: a plain value cannot start with '%', '@' or '`'; put it in quotes: \"%\"");
  CHECK(error_of("t:\n  title: @maison sur Instagram  # ig\n") ==
        "2:10: a plain value cannot start with '%', '@' or '`'; put it in quotes: \"@maison sur "
        "Instagram\"");
  CHECK(error_of("t: [a, `x`]\n") ==
        "1:8: a plain value cannot start with '%', '@' or '`'; put it in quotes: \"`x`\"");
  CHECK(error_of("k:\n  unit: \"%\"\n  t: a@b\n") == "");
}
