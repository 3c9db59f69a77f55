#include <doctest/doctest.h>

#include "strat/text.h"

using namespace strat;

TEST_CASE("display width counts terminal columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("שלום") == 4);      // Hebrew: one column each
  CHECK(display_width("مرحبا") == 5);     // Arabic
  CHECK(display_width("漢字") == 4);       // wide
  CHECK(display_width("e\xcc\x81") == 1);  // e + combining acute
  CHECK(display_width("caf\xe9") == 4);    // an invalid byte counts one
  CHECK(pad_right("漢", 4) == "漢  ");
  CHECK(pad_right("long", 2) == "long");
}

TEST_CASE("UTF-8 validation and code points") {
  CHECK(first_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(first_invalid_utf8("עברית") == std::string_view::npos);
  CHECK(first_invalid_utf8("ab\xff") == 2);
  CHECK(first_invalid_utf8("\xc0\xaf") == 0);  // overlong
  CHECK(codepoint_count("שלום!") == 5);
}

TEST_CASE("did-you-mean suggests close words only") {
  std::vector<std::string_view> keys{"owner", "notes", "title", "tactics"};
  CHECK(did_you_mean("onwer", keys) == "owner");
  CHECK(did_you_mean("note", keys) == "notes");
  CHECK(did_you_mean("titel", keys) == "title");
  CHECK_FALSE(did_you_mean("colour", keys));
  CHECK_FALSE(did_you_mean("x", keys));
  CHECK(did_you_mean("warn", {"error", "warning", "note"}) == "warning");  // a shortened word
  CHECK_FALSE(did_you_mean("ta", {"tactics", "tags"}));
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
}
