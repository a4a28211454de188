# cs - customer-service visits and complaints over CSV ledgers.
# make [all] | check | demo | install | uninstall | clean | bench
.POSIX:

PREFIX  = /usr/local
BINDIR  = $(PREFIX)/bin
MANDIR  = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share/cs

CC      = cc
CFLAGS  = -O2 -g
# B: build directory prefix ("" builds in place: lib/libcs.a, cmd/cs-*).
B       =
# SAN=1: AddressSanitizer + UBSan and -Werror (make check sets it).
SAN     =

SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
WFLAGS   = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-missing-field-initializers
ALLCFLAGS = $(WFLAGS) $(CFLAGS) $(if $(SAN),-Werror $(SANFLAGS)) \
	-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DCS_DATADIR='"$(DATADIR)"' -Ilib
ALLLDFLAGS = $(LDFLAGS) $(if $(SAN),$(SANFLAGS))
LDLIBS  = -lcsv -lyaml -lxlsxwriter

CMDS    = cs-plan cs-due cs-log cs-complain cs-report
LIBSRC  = $(wildcard lib/*.c)
LIBOBJ  = $(patsubst %.c,$(B)%.o,$(LIBSRC))
BINS    = $(patsubst %,$(B)cmd/%,$(filter $(CMDS),$(basename $(notdir $(wildcard cmd/*.c)))))
UNITSRC = $(wildcard tests/unit/test_*.c)
UNITS   = $(patsubst %.c,$(B)%,$(UNITSRC))
TOOLS   = $(B)tests/gen-samples

# Debian packages the build and the tests need; installed when missing.
DEBS    = libcsv-dev libyaml-dev libxlsxwriter-dev
# ... and what only the tests need (readers that check the HTML and XLSX).
CHECK_DEBS = chromium libreoffice-calc-nogui fonts-noto-cjk fontconfig poppler-utils unzip file zlib1g-dev

all: deps $(BINS)

$(B)lib/%.o: lib/%.c lib/cs.h
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) -c -o $@ $<

$(B)lib/libcs.a: $(LIBOBJ)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $(LIBOBJ)

$(B)cmd/%: cmd/%.c lib/cs.h $(B)lib/libcs.a
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(ALLLDFLAGS) -o $@ $< $(B)lib/libcs.a $(LDLIBS)

$(B)tests/unit/%: tests/unit/%.c tests/unit/unit.h lib/cs.h $(B)lib/libcs.a
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(ALLLDFLAGS) -Itests/unit -o $@ $< $(B)lib/libcs.a $(LDLIBS)

$(B)tests/%: tests/%.c lib/cs.h $(B)lib/libcs.a
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(ALLLDFLAGS) -o $@ $< $(B)lib/libcs.a $(LDLIBS)

# Installs what is missing (as root, with apt-get), or says what to install.
deps:
	@$(MAKE) --no-print-directory install-debs PKGS='$(DEBS)'

check-deps:
	@$(MAKE) --no-print-directory install-debs PKGS='$(DEBS) $(CHECK_DEBS)'

install-debs:
	@missing=; for p in $(PKGS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v dpkg-query >/dev/null 2>&1; then \
	    echo "make: not a Debian system; make sure these are installed:$$missing" >&2; \
	  elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing$$missing" >&2; \
	    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >&2 || exit 1; \
	  else \
	    echo "make: missing Debian packages:$$missing (run: sudo apt-get install$$missing)" >&2; exit 1; \
	  fi; \
	fi

check: check-deps
	@$(MAKE) --no-print-directory B=build/check/ SAN=1 CFLAGS='-O1 -g' \
	  build/check/lib/libcs.a $(patsubst %,build/check/cmd/%,$(filter $(CMDS),$(basename $(notdir $(wildcard cmd/*.c))))) \
	  $(patsubst %.c,build/check/%,$(UNITSRC)) $(if $(wildcard tests/gen-samples.c),build/check/tests/gen-samples)
	@sh tests/run.sh build/check

# The main job on samples/: what is due today, next month's plan, last month's report.
demo: all
	@sh tests/demo.sh $(B)

samples: $(TOOLS)
	$(B)tests/gen-samples samples

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	  $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR)/rules/calendars
	install -m0755 $(BINS) $(DESTDIR)$(BINDIR)
	for f in man/*.[157]; do s=$${f##*.}; install -m0644 $$f $(DESTDIR)$(MANDIR)/man$$s; done
	install -m0644 rules/*.yaml $(DESTDIR)$(DATADIR)/rules
	install -m0644 rules/calendars/*.yaml $(DESTDIR)$(DATADIR)/rules/calendars

uninstall:
	for c in $(CMDS); do rm -f $(DESTDIR)$(BINDIR)/$$c; done
	for f in man/*.[157]; do s=$${f##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${f##*/}; done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build lib/*.o lib/libcs.a $(patsubst %,cmd/%,$(CMDS)) tests/unit/test_? tests/gen-samples
	rm -f $(patsubst %.c,%,$(UNITSRC))

# ---- make stress / make fuzz (long reliability runs) ----
stress fuzz:
	@echo "make $@: not written yet" >&2; exit 1

# ---- make bench ----
bench:
	@echo "make bench: not written yet" >&2; exit 1

.PHONY: all deps check-deps install-debs stress fuzz bench check demo samples install uninstall clean
