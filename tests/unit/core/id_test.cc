#include <doctest/doctest.h>

#include "strat/id.h"

using namespace strat;

namespace {
constexpr std::string_view kComposed = "fid\xc3\xa9lisation";     // é as U+00E9
constexpr std::string_view kDecomposed = "fide\xcc\x81lisation";  // e + U+0301
}  // namespace

TEST_CASE("ids compare after NFC") {
  CHECK(id_key(kDecomposed) == kComposed);
  CHECK(id_key(kComposed) == kComposed);
  CHECK(same_id(kComposed, kDecomposed));
  CHECK(same_id("leads", "leads"));
  CHECK_FALSE(same_id("leads", "Leads"));  // case still matters
  CHECK_FALSE(same_id("fidelisation", kComposed));  // an accent is not a lookalike
  CHECK(id_key("plain-ascii") == "plain-ascii");
}

TEST_CASE("ids compare without invisible characters") {
  CHECK(id_key("ops\xe2\x80\x8f") == "ops");             // RLM
  CHECK(same_id("\xd7\x93\xd7\xa0\xd7\x94\xe2\x80\x8f", "\xd7\x93\xd7\xa0\xd7\x94"));  // דנה + RLM
  CHECK(id_key("\xe2\x81\xa6x\xe2\x81\xa9") == "x");      // LRI x PDI
  CHECK(id_key("a\xef\xbb\xbf" "b") == "ab");             // BOM inside
}

TEST_CASE("hidden characters are named and placed") {
  auto h = hidden_character("ops\xe2\x80\x8f");
  REQUIRE(h);
  CHECK(h->offset == 3);
  CHECK(h->length == 3);
  CHECK(h->name == "U+200F RIGHT-TO-LEFT MARK");
  CHECK(h->count == 1);
  h = hidden_character("\xd8\x9c\xd8\xa5");  // ALM then alef
  REQUIRE(h);
  CHECK(h->name == "U+061C ARABIC LETTER MARK");
  CHECK(h->offset == 0);
  h = hidden_character("\xe2\x81\xa6x\xe2\x81\xa9");
  REQUIRE(h);
  CHECK(h->name == "U+2066 LEFT-TO-RIGHT ISOLATE");
  CHECK(h->count == 2);
  CHECK(hidden_character("a\xe2\x80\x8b" "b")->name == "U+200B ZERO WIDTH SPACE");
  CHECK(hidden_character("a\xe2\x80\x8d" "b")->name == "U+200D ZERO WIDTH JOINER");
  CHECK(hidden_character("a\xe2\x80\x8c" "b")->name == "U+200C ZERO WIDTH NON-JOINER");
  CHECK(hidden_character("a\xe2\x81\xa0" "b")->name == "U+2060 WORD JOINER");
  CHECK(hidden_character("a\xe2\x80\xae" "b")->name == "U+202E RIGHT-TO-LEFT OVERRIDE");
  CHECK_FALSE(hidden_character("plain"));
  CHECK_FALSE(hidden_character(kDecomposed));  // a combining accent is visible
}

TEST_CASE("joiners that shape text are not hidden") {
  CHECK_FALSE(hidden_character("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb"));  // 👩‍💻
  // 👩🏽‍💻: a skin tone between the woman and the joiner
  CHECK_FALSE(hidden_character("\xf0\x9f\x91\xa9\xf0\x9f\x8f\xbd\xe2\x80\x8d\xf0\x9f\x92\xbb"));
  CHECK(hidden_character("\xf0\x9f\x91\xa9\xe2\x80\x8d" "x"));  // a joiner to nothing
  // Persian می‌خواهم: ZWNJ after a Perso-Arabic letter
  CHECK_FALSE(hidden_character("\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85"));
  CHECK(id_key("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb") == "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb");
}

TEST_CASE("loose keys fold case and accents for suggestions") {
  CHECK(loose_key("Str\xc3\xa9gie") == "stregie");
  CHECK(loose_key("Strate\xcc\x81gie.yaml") == "strategie.yaml");
  CHECK(loose_key("ABC") == "abc");
}
