# gizli - thin wrapper over CMake. `make demo` and `make test` install any
# missing Debian packages first (scripts/install-deps.sh).
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 60
CMAKE_FLAGS ?=

.PHONY: all deps build demo test sanitize fuzz bench accuracy train install clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j$(JOBS) -- --no-print-directory

# Scan and redact the bundled sample document.
demo: build
	@echo "== gizli scan examples/sample.txt"
	@./$(BUILD)/gizli scan --color=always examples/sample.txt
	@echo
	@echo "== gizli redact examples/sample.txt"
	@./$(BUILD)/gizli redact examples/sample.txt

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# ASan + UBSan build and the whole test suite under it.
sanitize: deps
	@CC=clang cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DGIZLI_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j$(JOBS) -- --no-print-directory
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  ctest --test-dir build-asan --output-on-failure -j$(JOBS) -E 'cli_test_stream_2gb|cli_test_accuracy'

# libFuzzer targets, each run for FUZZ_SECONDS on its seed corpus.
fuzz: deps
	@CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DGIZLI_FUZZ=ON -DGIZLI_WERROR=ON >/dev/null
	@cmake --build build-fuzz -j$(JOBS) --target $$(cd fuzz && ls fuzz_*.c | sed 's/\.c$$//' | tr '\n' ' ') -- --no-print-directory
	@for f in fuzz/fuzz_*.c; do n=$$(basename $$f .c); \
	  mkdir -p build-fuzz/corpus/$$n; cp -n fuzz/corpus/$$n/* build-fuzz/corpus/$$n/ 2>/dev/null || true; \
	  echo "== $$n ($(FUZZ_SECONDS) s)"; \
	  ./build-fuzz/$$n -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=0 \
	    build-fuzz/corpus/$$n 2>build-fuzz/$$n.log || { tail -50 build-fuzz/$$n.log; exit 1; }; \
	  grep -E '^#[0-9]+.*DONE' build-fuzz/$$n.log | tail -1; done

# Throughput (structured types; default policy with names), de-identification
# operators, and the name model alone. Figures go to BENCHMARKS.md.
bench: build
	@bash bench/run.sh $(BUILD) 200 -r 3 -s
	@bash bench/run.sh $(BUILD) 200 -r 2
	@./$(BUILD)/bench_deid $(BUILD)/bench-data/corpus-200mb.text -r 3 -m 50
	@./$(BUILD)/bench_names $(BUILD)/bench-data/corpus-200mb.text
	@bash bench/prose.sh $(BUILD) 50 -t 2
	@bash bench/cli.sh $(BUILD) 200 2

accuracy: build
	@bash scripts/accuracy.sh $(BUILD)

train: build
	@bash scripts/train.sh $(BUILD)

install: build
	@cmake --install $(BUILD)

clean:
	@rm -rf $(BUILD) build-asan build-fuzz
