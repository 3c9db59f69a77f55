// Split values: a comma in a flow collection that cut a value in two is an error at the comma,
// and the document holding it is dropped (a split amount never reaches the model).
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "load/yaml_events.h"
#include "yaml_test_util.h"

using namespace strat;

namespace {

/// "LINE:COL: MESSAGE" of the split yaml::parse reports, or "" for none.
std::string split_in(std::string_view text) {
  yaml::Stream stream;
  auto error = yaml::parse(text, Limits{}, stream);
  if (!error) return "";
  CHECK(error->misread);
  CHECK(error->said() == error->message);  // not "invalid YAML": the YAML is valid
  return test::parse_error(text);
}

}  // namespace

TEST_CASE("an amount with a thousands separator in a flow mapping") {
  CHECK(split_in("- {id: big-flight, budget: 12,000}\n") ==
        "1:30: '12,000' was read as 12 and a key '000': write amounts without separators, 12000, "
        "or quote the text");
  CHECK(split_in("- {budget: 1,200,000, id: x}\n") ==
        "1:13: '1,200,000' was read as 1 and a key '200': write amounts without separators, "
        "1200000, or quote the text");
}

TEST_CASE("an amount with a decimal comma in a flow mapping") {
  CHECK(split_in("t: {budget: 99,50}\n") ==
        "1:15: '99,50' was read as 99 and a key '50': write decimals with a point, 99.50, or "
        "quote the text");
}

TEST_CASE("text with a comma in a flow mapping") {
  CHECK(split_in("- {id: cmp, title: Comparateurs de prix (Idealo, LeGuide), goal: g}\n") ==
        "1:48: this ',' cut the value of 'title' in two: it was read as 'Comparateurs de prix "
        "(Idealo' and a key 'LeGuide)'; put the whole value in quotes: \"Comparateurs de prix "
        "(Idealo, LeGuide)\"");
  // Every piece after the first comma belongs to the value.
  CHECK(split_in("{title: a, b, c}") ==
        "1:10: this ',' cut the value of 'title' in two: it was read as 'a' and a key 'b'; put "
        "the whole value in quotes: \"a, b, c\"");
}

TEST_CASE("Arabic and Hebrew text typed with an ASCII comma") {
  std::string ar = split_in("- {id: launch, title: إطلاق المنتج, الجديد}\n");
  CHECK(ar.starts_with("1:"));
  CHECK(ar.find("'إطلاق المنتج' and a key 'الجديد'") != std::string::npos);
  std::string he = split_in("- {id: webinar, title: וובינר ללקוחות, שותפים}\n");
  CHECK(he.find("'וובינר ללקוחות' and a key 'שותפים'") != std::string::npos);
  // The Arabic comma '،' is part of the text.
  CHECK(split_in("- {id: launch, title: إطلاق المنتج، الجديد}\n") == "");
  // A list of Arabic or Hebrew words is a list.
  CHECK(split_in("channels: [فيسبوك, إنستغرام, בלוג]\n") == "");
}

TEST_CASE("a number split in a flow sequence") {
  CHECK(split_in("budgets: [12,000]\n") ==
        "1:13: '12,000' was read as two items, 12 and 000: write numbers without separators, "
        "12000, or quote the text");
  CHECK(split_in("budgets: [5, 12,500.50]\n") ==
        "1:16: '12,500.50' was read as two items, 12 and 500.50: write numbers without "
        "separators, 12500.50, or quote the text");
}

TEST_CASE("normal flow collections are not split values") {
  CHECK(split_in("goals: [a, b]\n") == "");
  CHECK(split_in("goals: [a,b]\n") == "");
  CHECK(split_in("n: [1, 2, 3]\n") == "");
  CHECK(split_in("n: [1,2,3]\n") == "");
  CHECK(split_in("n: [12, 000]\n") == "");  // written apart: two items
  CHECK(split_in("- {id: a, title: T, goal: g}\n") == "");
  CHECK(split_in("- {a, b}\n") == "");         // keys after '{' and after a key: a set
  CHECK(split_in("- {a: 1, b: }\n") == "");     // an empty value written with ':'
  CHECK(split_in("- {a: \"12\", 000}\n") == "");  // quoted: the comma is not inside it
  CHECK(split_in("- {a: 12,\n   b: 1}\n") == "");
  CHECK(split_in("budget: 12,000\n") == "");   // block context: one scalar (wrong-type later)
  CHECK(split_in("title: Prix (Idealo, LeGuide)\n") == "");
}

TEST_CASE("the document holding a split value is dropped") {
  yaml::Stream stream;
  auto error = yaml::parse("a: 1\n---\nb: {budget: 12,000}\n", Limits{}, stream);
  REQUIRE(error);
  CHECK(error->pos.line == 3);
  size_t documents = 0;
  for (size_t i = 0; i < stream.events.size(); ++i)
    documents += stream.events[i].kind == yaml::Event::Kind::document_start;
  CHECK(documents == 1);
}
