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

TEST_CASE("display width is counted per extended grapheme cluster") {
  CHECK(display_width("\U0001F469\u200D\U0001F4BB") == 2);  // woman technologist (ZWJ)
  CHECK(display_width("\U0001F1EB\U0001F1F7") == 2);         // flag of France
  CHECK(display_width("\u2764\uFE0F") == 2);                  // heart, emoji presentation
  CHECK(display_width("\u1100\u1161\u11A8") == 2);           // Hangul jamo: one syllable
  CHECK(display_width("שָׁלוֹם") == 4);                          // Hebrew with niqqud
  CHECK(display_width("café") == 4);
}

TEST_CASE("truncation never splits a cluster and pads by columns") {
  CHECK(truncate_to_width("abcdef", 4) == "abc…");
  CHECK(truncate_to_width("abc", 4) == "abc");
  CHECK(truncate_to_width("漢字漢字", 5) == "漢字…");
  CHECK(truncate_to_width("e\u0301e\u0301e\u0301", 2) == "e\u0301…");
  CHECK(truncate_to_width("a\U0001F469\u200D\U0001F4BBb", 3) == "a…");
  CHECK(pad_left("漢", 4) == "  漢");
  CHECK(center("ab", 5) == " ab  ");
}
