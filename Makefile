# The front door. `make run` and `make test` work on a fresh Debian 12 machine.
BUILD ?= build
DB ?= sqlite:var/salient.db
LISTEN ?= 127.0.0.1:8080

.PHONY: deps build web run test test-unit bench clean

deps:
	@scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD)

web: deps
	cd web && npm run build

run: build web
	@mkdir -p var
	@$(BUILD)/salient demo --forecast --db $(DB)
	@echo "  Salient is starting on http://$(LISTEN)  (Ctrl-C stops it)"
	@$(BUILD)/salient serve --db $(DB) --listen $(LISTEN) --web-root web/dist

# Everything: C++ unit tests (also under ASan+UBSan), the store contract on PostgreSQL,
# API tests against real servers on SQLite and PostgreSQL, web unit tests, browser e2e.
test: build web
	scripts/run-tests

# The fast loop while working: C++ unit tests only.
test-unit: build
	cd $(BUILD) && ctest -L unit --output-on-failure

bench: build web
	bench/run-all

clean:
	rm -rf $(BUILD) build-asan web/dist
