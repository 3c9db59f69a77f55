// The strictness pass: for each check, an input that fires (line, column, message)
// and a valid near-miss that stays silent. Inputs go through yaml::parse, which runs
// yaml-cpp first and the strictness pass after it.
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "load/yaml_events.h"
#include "yaml_test_util.h"

using namespace strat;

namespace {

std::string error_of(std::string_view text) { return test::parse_error(text); }

constexpr std::string_view kCommentSpace = "a comment needs a space before '#'; add one";

}  // namespace

TEST_CASE("a block mapping key must be followed by ':'") {
  CHECK(error_of("top1:\n  key1: val1\ntop2\n") ==
        "3:1: this line is not a 'key: value' pair; add ':' after the key or indent it under the "
        "key above");
  CHECK(error_of("top1:\n  key1: val1\ntop2:\n") == "");
  CHECK(error_of("? explicit key without value\n") == "");
  CHECK(error_of(":") == "");
}

TEST_CASE("a second document must start with '---' unless the first ended with '...'") {
  CHECK(error_of("- item1\n- item2\ninvalid: x\n") ==
        "3:1: this line is not a list item; start it with '- ' or indent it under the item above");
  CHECK(error_of("word1  # comment\nword2\n") ==
        "2:1: this text comes after the end of the document above; remove it, or put a '---' "
        "line before it to start a new document");
  CHECK(error_of("- item1\n- item2\n---\ninvalid: x\n") == "");
  CHECK(error_of("word1\n...\nword2\n") == "");
  // yaml-cpp splits a root block scalar with unindented text into documents; that is valid YAML.
  CHECK(error_of("--- >\nline1\n# no comment\nline3\n") == "");
}

TEST_CASE("nothing but a comment may follow '...' on its line") {
  CHECK(error_of("---\nkey: value\n... invalid\n") ==
        "3:5: nothing may follow '...' on its line except a comment; move this text to a line of "
        "its own");
  CHECK(error_of("---\nkey: value\n... # a comment\n") == "");
}

TEST_CASE("a directive may not follow a document that did not end with '...'") {
  CHECK(error_of("---\nkey: value\n%YAML 1.2\n---\n") ==
        "3:1: a '%' directive must come before the document's '---'; end the document above with "
        "a '...' line first");
  CHECK(error_of("---\nkey: value\n...\n%YAML 1.2\n---\n") == "");
  // A '%' line that continues a root plain scalar is text, not a directive.
  CHECK(error_of("---\nscalar\n%YAML 1.2\n") == "");
  CHECK(error_of("--- |\n %text\n") == "");
}

TEST_CASE("a directive must be followed by '---'") {
  CHECK(error_of("%YAML 1.2\n") ==
        "1:1: a '%' directive must be followed by a '---' line that starts the document");
  CHECK(error_of("%YAML 1.2\n...\n") ==
        "1:1: a '%' directive must be followed by a '---' line that starts the document");
  CHECK(error_of("%YAML 1.2\n---\na\n") == "");
}

TEST_CASE("a named tag handle must be declared in its own document") {
  CHECK(error_of("%TAG !p! tag:example.com,2011:\n--- !p!A\na: b\n--- !p!B\nc: d\n") ==
        "4:5: the tag handle '!p!' is not declared for this document; add a '%TAG !p! …' line "
        "before the document's '---'");
  CHECK(error_of("%TAG !p! tag:example.com,2011:\n--- !p!A\na: b\n...\n"
                 "%TAG !p! tag:example.com,2011:\n--- !p!B\nc: d\n") == "");
  CHECK(error_of("--- !!str a\n") == "");
}

TEST_CASE("a tag holds URI characters only") {
  CHECK(error_of("---\n!invalid{}tag scalar\n") ==
        "2:9: a tag cannot contain '{'; put a space between the tag and the value, or remove the "
        "character");
  CHECK(error_of("---\n!valid-tag%21 scalar\n") == "");
  CHECK(error_of("[!!str, a]\n") == "");
}

TEST_CASE("an anchor or tag on a line of its own is indented more than its parent") {
  CHECK(error_of("seq:\n&anchor\n- a\n") ==
        "2:1: '&anchor' starts a line, so it must be indented more than the key or '-' it belongs "
        "to; indent it, or move it to the end of the line above");
  CHECK(error_of("key: &x\n!!map\n  a: b\n") ==
        "2:1: '!!map' starts a line, so it must be indented more than the key or '-' it belongs "
        "to; indent it, or move it to the end of the line above");
  CHECK(error_of("seq:\n &anchor\n- a\n") == "");
  CHECK(error_of("key: &x\n !!map\n  a: b\n") == "");
}

TEST_CASE("quoted text is closed, holds valid escapes, and a comment after it needs a space") {
  CHECK(error_of("---\nkey: \"missing closing quote\n") ==
        "2:6: this quoted text has no closing \"; add a \" where the text ends");
  CHECK(error_of("double: \"quoted \\' scalar\"\n") ==
        "1:17: \\' is not a valid escape in double-quoted text; remove the backslash, or write \\\\ "
        "for a backslash");
  CHECK(error_of("key: \"value\"# invalid comment\n") == "1:13: " + std::string(kCommentSpace));
  CHECK(error_of("key: \"a \\\" \\t \\x41 \\u00e9\" # fine\nother: 'it''s'\n") == "");
}

TEST_CASE("the lines of a quoted or flow value are indented more than its key, with spaces") {
  CHECK(error_of("---\nquoted: \"a\nb\nc\"\n") ==
        "3:1: this line continues the value above, so it must be indented more than its key or "
        "'-'; add spaces at its start");
  CHECK(error_of("foo: \"bar\n\tbaz\"\n") == "2:1: this line is indented with a tab; indent it with spaces");
  CHECK(error_of("---\nflow: [a,\nb,\nc]\n") ==
        "3:1: this line continues the value above, so it must be indented more than its key or "
        "'-'; add spaces at its start");
  CHECK(error_of("- [\n\tfoo,\n foo\n ]\n") == "2:1: this line is indented with a tab; indent it with spaces");
  CHECK(error_of("---\nquoted: \"a\n b\n\n c\"\n") == "");
  CHECK(error_of("foo: \"bar\n  \tbaz\"\n") == "");
  CHECK(error_of("flow: [a,\n# a comment\n b]\n") == "");
  CHECK(error_of("[a,\nb]\n") == "");  // a root value: any indentation will do
}

TEST_CASE("a block scalar header needs a space before a comment") {
  CHECK(error_of("block: ># comment\n  scalar\n") == "1:9: " + std::string(kCommentSpace));
  CHECK(error_of("block: > # comment\n  scalar\n") == "");
}

TEST_CASE("leading empty lines of a block scalar have no more spaces than its first line") {
  CHECK(error_of("empty block scalar: >\n \n  \n   \n # comment\n") ==
        "4:2: this empty line has more spaces than the first line of text below it; remove the "
        "extra spaces");
  CHECK(error_of("block: >\n \n  \n  text\n") == "");
  CHECK(error_of("block: >2\n   \n  text\n") == "");
  CHECK(error_of("block: >\n   \n# a comment after an empty scalar\n") == "");
}

TEST_CASE("a flow collection has no empty entry") {
  CHECK(error_of("---\n[ , a, b, c ]\n") == "2:3: this list has an empty entry; remove the extra ','");
  CHECK(error_of("---\n[ a, b, c, , ]\n") == "2:12: this list has an empty entry; remove the extra ','");
  CHECK(error_of("{ a: 1, , b: 2 }\n") == "1:9: this mapping has an empty entry; remove the extra ','");
  CHECK(error_of("[ a, b, c, ]\n") == "");
  CHECK(error_of("{ a: , b: 2, }\n") == "");
}

TEST_CASE("a '-' does not stand alone inside a flow collection") {
  CHECK(error_of("[-]\n") ==
        "1:2: a '-' cannot stand alone inside [ ] or { }; remove it, or put the item in quotes");
  CHECK(error_of("---\n- [-, -]\n") ==
        "2:4: a '-' cannot stand alone inside [ ] or { }; remove it, or put the item in quotes");
  CHECK(error_of("[-1, -a, '-']\n") == "");
}

TEST_CASE("a comment inside or after a flow collection needs a space before '#'") {
  CHECK(error_of("---\n[ a, b, c,#invalid\n]\n") == "2:11: " + std::string(kCommentSpace));
  CHECK(error_of("---\n[ a, b, c, ]#invalid\n") == "2:13: " + std::string(kCommentSpace));
  CHECK(error_of("[ a, b, c, # fine\n]\n") == "");
  CHECK(error_of("[ a#b, c ] # fine\n") == "");
}

TEST_CASE("after an error, the stream keeps the documents before it") {
  yaml::Stream stream;
  auto error = yaml::parse("a: 1\n---\ntop1:\n  k: v\ntop2\n", Limits{}, stream);
  REQUIRE(error);
  CHECK(error->pos == Pos{5, 1});
  REQUIRE(!stream.events.empty());
  CHECK(stream.events.back().kind == yaml::Event::Kind::document_end);
  int documents = 0;
  for (size_t i = 0; i < stream.events.size(); ++i)
    documents += stream.events[i].kind == yaml::Event::Kind::document_start;
  CHECK(documents == 1);
}

TEST_CASE("odd line breaks and a stuck yaml-cpp") {
  CHECK(error_of("  [1, 2, 3]  \r\n  \r") == "");  // yaml-cpp opens a document at the lone '\r'
  CHECK(error_of("a: \"x\r\n  y\"\r\nb: [1,\r\n  2]\r\n") == "");
  // yaml-cpp would open empty documents here forever.
  CHECK(error_of("d---\n[ word1\n# comment\n, word2]\n") ==
        "4:1: the YAML parser cannot read past this point; check this line");
}

TEST_CASE("the strictness pass survives truncated and odd inputs") {
  for (std::string_view text :
       {"\"", "'", "[", "{", "%", "!", "&", "|", ">", "- [\n\t", "a: \"\\", "a: \"\\x", "[a, \"b",
        "...", "--- ", "%TAG", "%TAG !", "!<", "!<a", "? \n: x", "- - - [ , ]", "a: |\n \n",
        "a: !!map\n", "[ !!str , &a , *a ]", "{ ? a : b, : c }", "a:\n  - b\n  -", "\r\n\r\n",
        "a: \"x\r\n\ty\"", "[#]", "[a]#", "... x\n%YAML 1.2\n"}) {
    CAPTURE(text);
    yaml::Stream stream;
    CHECK_NOTHROW((void)yaml::parse(text, Limits{}, stream));
  }
}
