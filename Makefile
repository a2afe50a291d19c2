# schemac: the two commands of the README (`make demo`, `make test`) and their building blocks.
# Each target installs missing Debian packages, configures CMake with Ninja and builds first.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)

.PHONY: all build deps configure demo test bench format format-check clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DSCHEMAC_WERROR=ON

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(BUILD_DIR)/schemac

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)
	@bash scripts/check-format.sh

# The speed and memory benchmark (bench/README.md); e.g. make bench BENCH_ARGS="--sizes 1000".
BENCH_ARGS ?=
bench: build
	$(BUILD_DIR)/bench/schemac_bench $(BENCH_ARGS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@bash scripts/check-format.sh

clean:
	rm -rf $(BUILD_DIR)
