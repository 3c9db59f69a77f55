# A thin wrapper over CMake. `./dev` installs the Debian packages, then calls these.
BUILD := build
SANITIZE_BUILD := build-sanitize
JOBS := $(shell nproc 2>/dev/null || echo 2)
# Configure when the build dir has no build system yet (a failed configure
# leaves CMakeCache.txt behind, so that is not the test).
configure = test -f $(1)/Makefile -o -f $(1)/build.ninja || cmake -S . -B $(1) $(2)

.PHONY: build run test test-sanitize clean

build:
	@$(call configure,$(BUILD))
	cmake --build $(BUILD) -j$(JOBS)

run: build
	$(BUILD)/strat check examples/clinic/

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j2

test-sanitize:
	@$(call configure,$(SANITIZE_BUILD),-DSTRAT_SANITIZE=ON)
	cmake --build $(SANITIZE_BUILD) -j$(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j2

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
