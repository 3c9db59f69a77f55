# A thin wrapper over CMake. `./dev` installs the Debian packages, then calls these.
BUILD := build
SANITIZE_BUILD := build-sanitize
BENCH_BUILD := build-bench
FUZZ_BUILD := build-fuzz
FUZZ_SECONDS ?= 300
JOBS := $(shell nproc 2>/dev/null || echo 2)
# Configure when the build dir has no build system yet (a failed configure
# leaves CMakeCache.txt behind, so that is not the test).
configure = test -f $(1)/Makefile -o -f $(1)/build.ninja || cmake -S . -B $(1) $(2)

.PHONY: build run test test-sanitize bench fuzz clean man install deb

build:
	@$(call configure,$(BUILD))
	cmake --build $(BUILD) -j$(JOBS)

# The first result as soon as the compiler allows: only the strat binary.
run:
	@$(call configure,$(BUILD))
	cmake --build $(BUILD) -j$(JOBS) --target strat
	$(BUILD)/strat check examples/clinic/

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

test-sanitize:
	@$(call configure,$(SANITIZE_BUILD),-DSTRAT_SANITIZE=ON)
	cmake --build $(SANITIZE_BUILD) -j$(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j$(JOBS)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(BENCH_BUILD) $(FUZZ_BUILD)

# Benchmarks (docs/BENCHMARKS.md): a Release build of its own, inputs generated under it.
bench:
	@$(call configure,$(BENCH_BUILD),-DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF)
	cmake --build $(BENCH_BUILD) -j$(JOBS) --target strat strat-bench yaml-floor
	$(BENCH_BUILD)/bench/strat-bench --strat $(BENCH_BUILD)/strat --floor $(BENCH_BUILD)/bench/yaml-floor \
	  --work $(BENCH_BUILD)/bench-work --clinic examples/clinic --markdown $(BENCH_BUILD)/bench.md \
	  --label "commit $$(git describe --always --dirty 2>/dev/null || echo unknown)"

# libFuzzer targets (docs/ROBUSTNESS.md): clang, a build of their own, FUZZ_SECONDS per target.
fuzz:
	FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run.sh

# man/strat-rules.7 is generated from docs/rules/*.md (a unit test checks it is up to date).
man: build
	$(BUILD)/strat explain --format man > man/strat-rules.7

# make install PREFIX=DIR (default /usr/local; DESTDIR is honoured): the binary, manual pages,
# completions and rule pages (README, Install).
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# make deb: build/strat_VERSION_ARCH.deb (lintian-clean; see README, Install).
deb: build
	cd $(BUILD) && cpack -G DEB

# The HTML report in headless Chromium (installed when missing): laptop and phone screenshots
# and an A4 PDF of the examples, under build/browser/.
.PHONY: test-browser
test-browser:
	@$(call configure,$(BUILD))
	cmake --build $(BUILD) -j$(JOBS) --target strat
	bash tests/scripts/browser.sh $(BUILD)/strat $(BUILD)/browser
