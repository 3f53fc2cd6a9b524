# Lede: `make run` opens the shell on the seeds, `make test` runs every test.
# Both install the system libraries a fresh Debian/Ubuntu machine lacks.

PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES = libedit-dev liblua5.4-dev libxml2-dev pkg-config
PKG_CONFIG_NAMES = libedit lua5.4 libxml-2.0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# The browser the HTML report tests open pages in (Debian bookworm and later).
BROWSER_PACKAGE = chromium-headless-shell
SPARK_VENV ?= .build/spark-venv
# Spark 3.5 runs on Java 17 and Python 3.8–3.12.
PYSPARK_VERSION ?= 3.5.3

.PHONY: all deps browser build release run test lint format bench install uninstall clean spark-venv

all: build

# Installs the apt packages only when pkg-config cannot find one of the libraries.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists $(PKG_CONFIG_NAMES); then \
	  echo "Installing system packages: $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi
	@# Java and venv for the Spark driver's integration test, only when missing.
	@if ! command -v java >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then \
	  echo "Installing system packages: openjdk-17-jre-headless python3-venv"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openjdk-17-jre-headless python3-venv; \
	fi

# A virtual environment with pyspark (from PyPI) for Scripts/spark, made once.
spark-venv:
	@if ! $(SPARK_VENV)/bin/python -c 'import pyspark' 2>/dev/null; then \
	  echo "Installing pyspark $(PYSPARK_VERSION) into $(SPARK_VENV)"; \
	  python3 -m venv $(SPARK_VENV) && $(SPARK_VENV)/bin/pip install -q "pyspark==$(PYSPARK_VERSION)"; \
	fi

# Installs headless Chromium only when no chromium-headless-shell or chromium is on the PATH.
browser:
	@if ! command -v chromium-headless-shell >/dev/null 2>&1 && ! command -v chromium >/dev/null 2>&1; then \
	  echo "Installing $(BROWSER_PACKAGE) for the HTML report tests"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BROWSER_PACKAGE); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product lede

run: release
	.build/release/lede seeds/

test: deps browser spark-venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

bench: deps
	$(SWIFT) run -c release lede-bench

# An installed lede finds its plugins and data under $(PREFIX)/share/lede.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/lede/plugins $(DESTDIR)$(PREFIX)/share/lede/data
	install -m 755 .build/release/lede $(DESTDIR)$(PREFIX)/bin/lede
	cp -R Plugins/. $(DESTDIR)$(PREFIX)/share/lede/plugins/
	if [ -d Sources/LedeAnalysis/Data ]; then cp -R Sources/LedeAnalysis/Data/. $(DESTDIR)$(PREFIX)/share/lede/data/; fi
	rm -rf $(DESTDIR)$(PREFIX)/share/lede/data/tools $(DESTDIR)$(PREFIX)/share/lede/data/web/screenshot.png

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/lede
	rm -rf $(DESTDIR)$(PREFIX)/share/lede

clean:
	rm -rf .build
