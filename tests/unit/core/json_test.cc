#include <doctest/doctest.h>

#include "strat/json.h"

using namespace strat;

TEST_CASE("JsonWriter lays out nested containers and escapes text") {
  JsonWriter w;
  w.begin_object(true).key("items").begin_array();
  w.begin_object(true).key("id").value("a\"b").key("n").value(3).end_object();
  w.begin_object(true).key("ok").value(true).key("x").value(1.5).key("none").null().end_object();
  w.end_array().key("empty").begin_array().end_array().key("money").number("12.50").end_object();
  CHECK(w.str() ==
        "{\"items\": [\n"
        "  {\"id\": \"a\\\"b\", \"n\": 3},\n"
        "  {\"ok\": true, \"x\": 1.5, \"none\": null}\n"
        "], \"empty\": [], \"money\": 12.50}\n");
}

TEST_CASE("JsonWriter indents multi-line objects by depth") {
  JsonWriter w;
  w.begin_object().key("a").begin_object().key("b").value("\x01").end_object().end_object();
  CHECK(w.str() == "{\n  \"a\": {\n    \"b\": \"\\u0001\"\n  }\n}\n");
}

TEST_CASE("JsonWriter writes integers of every width and escapes controls") {
  JsonWriter w;
  w.begin_array(true).value(uint32_t{7}).value(size_t{18446744073709551615ULL}).value(int64_t{-3});
  w.value(std::string("\x7f\x1f\xff")).end_array();
  CHECK(w.str() == "[7, 18446744073709551615, -3, \"\\u007f\\u001f\uFFFD\"]\n");
}

TEST_CASE("JsonWriter ends every top-level value with a newline") {
  CHECK(JsonWriter().value("x").str() == "\"x\"\n");
  CHECK(JsonWriter().value(2).str() == "2\n");
  CHECK(JsonWriter().value(0.1).str() == "0.1\n");
  CHECK(JsonWriter().value(1.0 / 0.0).str() == "null\n");
  CHECK(JsonWriter().begin_array().end_array().str() == "[]\n");
}
