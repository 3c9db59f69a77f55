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

TEST_CASE("display width: emoji sequences") {
  CHECK(display_width("\U0001F468\u200D\U0001F469\u200D\U0001F467") == 2);        // family (ZWJ)
  CHECK(display_width("\U0001F3F3\uFE0F\u200D\U0001F308") == 2);                  // rainbow flag
  CHECK(display_width("\U0001F44D\U0001F3FD") == 2);                              // skin tone
  CHECK(display_width("\U0001F469\u200D\U0001F4BB\U0001F469\u200D\U0001F4BB") == 4);
  CHECK(display_width("1\uFE0F\u20E3") == 2);                                     // keycap
  CHECK(display_width("\U0001F600") == 2);
}

TEST_CASE("display width: flags pair regional indicators") {
  CHECK(display_width("\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA") == 4);  // France, Germany
  CHECK(display_width("\U0001F1EB\U0001F1F7 ok") == 5);
}

TEST_CASE("display width: variation selectors choose the presentation") {
  CHECK(display_width("\u2764") == 1);        // heart, text by default
  CHECK(display_width("\u2764\uFE0F") == 2);  // emoji presentation
  CHECK(display_width("\u2764\uFE0E") == 1);  // text presentation
  CHECK(display_width("\u231A") == 2);        // watch, emoji by default
  CHECK(display_width("\u231A\uFE0E") == 1);  // text presentation
  CHECK(display_width("\u231A\uFE0F") == 2);
  CHECK(display_width("\u6F22\uFE0E") == 2);  // not an emoji: the selector changes nothing
}

TEST_CASE("display width: combining marks, composed and decomposed accents") {
  CHECK(display_width("caf\u00E9") == 4);          // composed é
  CHECK(display_width("cafe\u0301") == 4);         // e + combining acute
  CHECK(display_width("a\u0308\u0301\u0323") == 1); // stacked marks
  CHECK(display_width("\u0301") == 0);             // a mark with no base
  CHECK(display_width("a\u200Bb") == 2);           // zero-width space
  CHECK(display_width("a\tb") == 3);
}

TEST_CASE("display width: CJK, Hangul, Hebrew and Arabic") {
  CHECK(display_width("漢字") == 4);
  CHECK(display_width("カタカナ") == 8);
  CHECK(display_width("\uFF76") == 1);             // half-width katakana
  CHECK(display_width("\uFF21\uFF22") == 4);       // full-width Latin
  CHECK(display_width("\u3000") == 2);             // ideographic space
  CHECK(display_width("한국어") == 6);              // precomposed syllables
  CHECK(display_width("\u1112\u1161\u11AB\u1100\u116E\u11A8") == 4);  // the same as jamo
  CHECK(display_width("\u1100\u1161") == 2);       // L V
  CHECK(display_width("שָׁלוֹם עוֹלָם") == 9);         // Hebrew with niqqud
  CHECK(display_width("مرحبا") == 5);              // Arabic
  CHECK(display_width("مَرْحَبًا") == 5);            // Arabic with harakat
}

TEST_CASE("truncation keeps whole clusters of every script") {
  CHECK(truncate_to_width("\U0001F469\u200D\U0001F4BB\U0001F469\u200D\U0001F4BB", 3) ==
        "\U0001F469\u200D\U0001F4BB…");
  CHECK(truncate_to_width("\U0001F469\u200D\U0001F4BBx", 2) == "…");
  CHECK(truncate_to_width("\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA", 3) == "\U0001F1EB\U0001F1F7…");
  CHECK(truncate_to_width("\u2764\uFE0F\u2764\uFE0F", 3) == "\u2764\uFE0F…");
  CHECK(truncate_to_width("שָׁלוֹם", 3) == "שָׁל…");
  CHECK(truncate_to_width("مَرْحَبًا", 3) == "مَرْ…");
  CHECK(truncate_to_width("cafe\u0301s", 5) == "cafe\u0301s");
  CHECK(truncate_to_width("cafe\u0301s!", 5) == "cafe\u0301…");
  CHECK(truncate_to_width("한국어", 5) == "한국…");
  CHECK(truncate_to_width("\u1112\u1161\u11AB\u1100\u116E\u11A8", 3) == "\u1112\u1161\u11AB…");
}

TEST_CASE("truncation at the edges") {
  CHECK(truncate_to_width("", 0) == "");
  CHECK(truncate_to_width("abc", 0) == "");
  CHECK(truncate_to_width("abc", 3) == "abc");
  CHECK(truncate_to_width("abcd", 1) == "…");
  CHECK(truncate_to_width("abcdef", 5, "...") == "ab...");
  CHECK(truncate_to_width("abcdef", 2, "...") == "ab");  // no room for the ellipsis
  CHECK(truncate_to_width("\x01\x02" "abc", 0) == "\x01\x02");   // zero-width clusters fit in 0
  CHECK(truncate_to_width("abcdef", 3, "") == "abc");
  CHECK(truncate_to_width("漢字", 3, "") == "漢");
}

TEST_CASE("padding and centring count columns") {
  CHECK(pad_right("e\u0301", 3) == "e\u0301  ");
  CHECK(pad_left("\U0001F469\u200D\U0001F4BB", 4) == "  \U0001F469\u200D\U0001F4BB");
  CHECK(pad_right("שָׁלוֹם", 5) == "שָׁלוֹם ");
  CHECK(center("漢", 5) == " 漢  ");
  CHECK(center("漢", 4) == " 漢 ");
  CHECK(center("long", 2) == "long");
  CHECK(pad_left("long", 2) == "long");
}

TEST_CASE("valid_utf8 replaces each bad byte, and sequence starts") {
  CHECK(valid_utf8("ok \u00E9") == "ok \u00E9");
  CHECK(valid_utf8("ab\xff") == "ab\uFFFD");
  CHECK(valid_utf8("\xe6\xbc") == "\uFFFD\uFFFD");          // a cut sequence
  CHECK(valid_utf8("\xed\xa0\x80") == "\uFFFD\uFFFD\uFFFD"); // a surrogate
  CHECK(valid_utf8("\xc0\xaf") == "\uFFFD\uFFFD");          // overlong
  CHECK(valid_utf8("\xf4\x90\x80\x80").size() == 12);       // past U+10FFFF
  std::string_view s = "a漢b";
  CHECK(utf8_sequence_start(s, 0) == 0);
  CHECK(utf8_sequence_start(s, 1) == 1);
  CHECK(utf8_sequence_start(s, 2) == 1);
  CHECK(utf8_sequence_start(s, 3) == 1);
  CHECK(utf8_sequence_start(s, 4) == 4);
  CHECK(utf8_sequence_start(s, 99) == s.size());
  CHECK(utf8_sequence_start("\x80\x80\x80\x80\x80", 4) == 1);  // never more than three back
}

TEST_CASE("display width: a selector only counts right after a base that takes it") {
  CHECK(display_width(" \uFE0F") == 1);
  CHECK(display_width("\u00A9\uFE0F") == 2);  // copyright sign, emoji presentation
  CHECK(display_width("\u2764\u0301\uFE0F") == 1);  // the selector is not next to its base
}
