# A thin wrapper over CMake. `./dev` installs the Debian packages, then calls these.
BUILD := build
SANITIZE_BUILD := build-sanitize
JOBS := $(shell nproc 2>/dev/null || echo 2)

.PHONY: build run test test-sanitize clean

build:
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD)
	cmake --build $(BUILD) -j$(JOBS)

run: build
	$(BUILD)/strat check examples/clinic/

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j2

test-sanitize:
	@test -f $(SANITIZE_BUILD)/CMakeCache.txt || cmake -S . -B $(SANITIZE_BUILD) -DSTRAT_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD) -j$(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j2

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
