// terminal.h: colour policy, terminal width, locale, styles, visible text, plurals.
#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <unistd.h>

#include "strat/terminal.h"

using namespace strat;

namespace {

/// Sets (or, with nullopt, unsets) an environment variable for one scope.
class Env {
 public:
  Env(const char* name, std::optional<std::string> value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) ::setenv(name, value->c_str(), 1);
    else ::unsetenv(name);
  }
  ~Env() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }
  Env(const Env&) = delete;
  Env& operator=(const Env&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("terminal: colour follows --color, NO_COLOR, CLICOLOR_FORCE and TERM") {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  int fd = pipe_fds[1];  // never a terminal
  Env no_color("NO_COLOR", std::nullopt), force("CLICOLOR_FORCE", std::nullopt), term("TERM", "xterm");
  CHECK(color_wanted("always", fd));
  CHECK_FALSE(color_wanted("never", fd));
  CHECK_FALSE(color_wanted("auto", fd));  // a pipe
  {
    Env f("CLICOLOR_FORCE", "1");
    CHECK(color_wanted("auto", fd));
    Env n("NO_COLOR", "1");
    CHECK_FALSE(color_wanted("auto", fd));  // NO_COLOR wins
    CHECK(color_wanted("always", fd));      // an explicit --color still wins over both
  }
  {
    Env f("CLICOLOR_FORCE", "0");
    CHECK_FALSE(color_wanted("auto", fd));
    Env empty("NO_COLOR", "");  // set but empty: ignored
    Env f1("CLICOLOR_FORCE", "yes");
    CHECK(color_wanted("auto", fd));
  }
  ::close(pipe_fds[0]);
  ::close(pipe_fds[1]);
}

TEST_CASE("terminal: width from COLUMNS, else 80 off a terminal") {
  int fd = -1;  // not a terminal
  {
    Env c("COLUMNS", "132");
    CHECK(terminal_width(fd) == 132);
  }
  for (const char* bad : {"0", "-4", "wide", "12x", ""}) {
    Env c("COLUMNS", std::string(bad));
    CHECK(terminal_width(fd) == 80);
  }
}

TEST_CASE("terminal: UTF-8 locale from LC_ALL, LC_CTYPE, LANG") {
  Env all("LC_ALL", std::nullopt), ctype("LC_CTYPE", std::nullopt), lang("LANG", std::nullopt);
  CHECK(utf8_locale());  // nothing set: Debian's C.UTF-8
  {
    Env l("LANG", "C");
    CHECK_FALSE(utf8_locale());
    Env c("LC_CTYPE", "he_IL.UTF-8");
    CHECK(utf8_locale());
    Env a("LC_ALL", "POSIX");
    CHECK_FALSE(utf8_locale());
  }
  Env l("LANG", "fr_FR.utf8");
  CHECK(utf8_locale());
}

TEST_CASE("terminal: styles, visible text and plurals") {
  CHECK(Style{true}.paint("1;31", "error") == "\x1b[1;31merror\x1b[0m");
  CHECK(Style{false}.paint("1;31", "error") == "error");
  CHECK(visible("a\tb\nc\rd\x1b[2J\x7f") == "a\tb\\nc\\rd\\x1b[2J\\x7f");
  CHECK(visible("\u0085 \u009b") == "\\u0085 \\u009b");                  // C1 controls
  CHECK(visible("שלום \u00e9 \U0001F600") == "שלום \u00e9 \U0001F600");  // text stays
  CHECK(visible("\u202Eevil\u202C") == "\\u202eevil\\u202c");            // bidi overrides
  CHECK(visible("a\u2066b\u2069") == "a\\u2066b\\u2069");                // bidi isolates
  CHECK(visible("\u200F\u200E") == "\u200F\u200E");                      // marks stay
  CHECK(plural(1, "tactic", "tactics") == "1 tactic");
  CHECK(plural(0, "tactic", "tactics") == "0 tactics");
  CHECK(plural(2, "entry", "entries") == "2 entries");
}
