// Encodings a YAML file must not be in: UTF-16 and UTF-32, with or without a byte-order mark.
#include <string>

#include <doctest/doctest.h>

#include "strat/source.h"

using namespace strat;

namespace {
std::string bytes(std::string_view s) { return std::string(s); }
}  // namespace

TEST_CASE("UTF-16 and UTF-32 are recognised by their byte-order mark") {
  CHECK(wide_encoding(bytes({"\xFF\xFEk\0i\0", 6})) == "UTF-16");
  CHECK(wide_encoding(bytes({"\xFE\xFF\0k\0i", 6})) == "UTF-16");
  CHECK(wide_encoding(bytes({"\xFF\xFE\0\0k\0\0\0", 8})) == "UTF-32");
  CHECK(wide_encoding(bytes({"\0\0\xFE\xFF\0\0\0k", 8})) == "UTF-32");
}

TEST_CASE("UTF-16 and UTF-32 without a mark are recognised by their NUL bytes") {
  CHECK(wide_encoding(bytes({"k\0i\0n\0d\0:\0 \0", 12})) == "UTF-16");
  CHECK(wide_encoding(bytes({"\0k\0i\0n\0d\0:\0 ", 12})) == "UTF-16");
  CHECK(wide_encoding(bytes({"k\0\0\0i\0\0\0n\0\0\0", 12})) == "UTF-32");
  CHECK(wide_encoding(bytes({"k\0i\0", 4})) == "");  // too short to tell
}

TEST_CASE("UTF-8, with or without a mark, and binary data are not wide") {
  CHECK(wide_encoding("kind: plan\n") == "");
  CHECK(wide_encoding("\xEF\xBB\xBFkind: plan\n") == "");
  CHECK(wide_encoding(bytes({"\x7F" "ELF\x02\x01\x01\0\0\0\0\0", 12})) == "");
  CHECK(encoding_message("UTF-16") ==
        "this file is UTF-16 (what Excel and Notepad save as \"Unicode\"); save it as UTF-8");
  CHECK(encoding_message("UTF-32") == "this file is UTF-32; save it as UTF-8");
}
