# cs - customer-service visits and complaints over CSV ledgers.
# make [all] | check | demo | install | uninstall | clean | bench
.POSIX:

PREFIX  = /usr/local
BINDIR  = $(PREFIX)/bin
MANDIR  = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share/cs
LOCALEDIR = $(PREFIX)/share/locale

CC      = cc
CFLAGS  = -O2 -g
# B: build directory prefix ("" builds in place: lib/libcs.a, cmd/cs-*).
B       =
# SAN=1: AddressSanitizer + UBSan and -Werror (make check sets it).
SAN     =

SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
WFLAGS   = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-missing-field-initializers
ALLCFLAGS = $(WFLAGS) $(CFLAGS) $(if $(SAN),-Werror $(SANFLAGS)) \
	-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DCS_DATADIR='"$(DATADIR)"' \
	-DCS_LOCALEDIR='"$(LOCALEDIR)"' -Ilib -pthread
ALLLDFLAGS = $(LDFLAGS) $(if $(SAN),$(SANFLAGS))
LDLIBS  = -lcsv -lyaml -lxlsxwriter -lzip -lexpat -pthread

CMDS    = cs-plan cs-due cs-log cs-complain cs-report cs-init
LIBSRC  = $(wildcard lib/*.c)
LIBOBJ  = $(patsubst %.c,$(B)%.o,$(LIBSRC))
BINS    = $(patsubst %,$(B)cmd/%,$(filter $(CMDS),$(basename $(notdir $(wildcard cmd/*.c)))))
UNITSRC = $(wildcard tests/unit/test_*.c)
UNITS   = $(patsubst %.c,$(B)%,$(UNITSRC))
TOOLS   = $(B)tests/gen-samples

# Debian packages the build and the tests need; installed when missing.
# gettext: msgfmt builds the message catalogues (po/*.po -> cs.mo).
# libzip-dev, libexpat1-dev: cs-log --import reads .xlsx (lib/xlsx_read.c):
# Debian has no maintained C xlsx reader (libxlsxwriter only writes,
# libfreexl 1.0 and libxls read only .xls), so the workbook's zip is read
# with libzip and its XML with expat, both well kept and in Debian main.
DEBS    = libcsv-dev libyaml-dev libxlsxwriter-dev gettext libzip-dev libexpat1-dev
# ... and what only the tests need (readers that check the HTML and XLSX).
CHECK_DEBS = zsh chromium libreoffice-calc-nogui fonts-noto-cjk fontconfig poppler-utils unzip file zlib1g-dev

# Message catalogues (gettext domain "cs"): po/LANG.po -> $(B)po/LANG/LC_MESSAGES/cs.mo,
# found there by commands run from the build tree (lib/i18n.c).
LINGUAS = zh_CN
# translated man pages: man/LANG/*.7 -> $(MANDIR)/LANG/man7
MANLINGUAS = zh_CN
MOS     = $(patsubst %,$(B)po/%/LC_MESSAGES/cs.mo,$(LINGUAS))

all: deps $(BINS) $(MOS)

$(B)po/%/LC_MESSAGES/cs.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ po/$*.po

# make pot: po/cs.pot from the sources (make potfile), merged into
# po/LANG.po (new messages untranslated, to translate there).  Messages are
# the formats of the functions below (the diagnostics: cs_warn and its kin
# translate their format) and strings marked _() or N_().  No line
# numbers, so the template changes only when a message does; the test
# tests/golden/i18n/catalogue.t fails when it is out of date.
POT = po/cs.pot
XGETTEXT_KEYWORDS = --keyword=_ --keyword=N_ \
	--keyword=cs_warn:1 --keyword=cs_vwarn:1 --keyword=cs_die:2 \
	--keyword=cs_usage_error:1 --keyword=fail:3 --keyword=poserr:4 \
	--keyword=vposerr:4 --keyword=yerr:3 --keyword=vsrc_bad:4 \
	--flag=cs_warn:1:c-format --flag=cs_vwarn:1:c-format --flag=cs_die:2:c-format \
	--flag=cs_usage_error:1:c-format --flag=fail:3:c-format --flag=poserr:4:c-format \
	--flag=vposerr:4:c-format --flag=yerr:3:c-format --flag=vsrc_bad:4:c-format \
	--keyword=BAD:1
# a second pass for a second string of the same call (what is expected)
XGETTEXT_KEYWORDS2 = --keyword=BAD:4 --keyword=vsrc_bad:3
XGETTEXT = xgettext --language=C --from-code=UTF-8 --no-location --sort-output \
	  --package-name=cs --msgid-bugs-address=cs
pot: potfile
	for l in $(LINGUAS); do msgmerge -q -U -N --backup=none --no-location --no-wrap po/$$l.po $(POT) || exit 1; done
potfile:
	$(XGETTEXT) $(XGETTEXT_KEYWORDS) -o $(POT) $(sort $(LIBSRC)) $(sort $(wildcard cmd/*.c))
	$(XGETTEXT) -k $(XGETTEXT_KEYWORDS2) -j -o $(POT) $(sort $(LIBSRC)) $(sort $(wildcard cmd/*.c))

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

# VALGRIND=1: a plain -O1 -g tree in build/vg/, every program run under
# valgrind (tests/run.sh), instead of ASan+UBSan in build/check/.
VALGRIND =
CB = $(if $(VALGRIND),build/vg/,build/check/)
check: check-deps
	@$(if $(VALGRIND),$(MAKE) --no-print-directory install-debs PKGS=valgrind)
	@$(MAKE) --no-print-directory B=$(CB) SAN=$(if $(VALGRIND),,1) CFLAGS='-O1 -g' \
	  $(CB)lib/libcs.a $(patsubst %,$(CB)cmd/%,$(filter $(CMDS),$(basename $(notdir $(wildcard cmd/*.c))))) \
	  $(patsubst %.c,$(CB)%,$(UNITSRC)) $(if $(wildcard tests/gen-samples.c),$(CB)tests/gen-samples) $(CB)tests/gen-xlsx \
	  $(patsubst %,$(CB)po/%/LC_MESSAGES/cs.mo,$(LINGUAS)) \
	  $(patsubst %,$(CB)tests/fuzz/replay-%,$(FUZZERS)) $(CB)tests/stress/csvcol
	@VALGRIND='$(VALGRIND)' sh tests/run.sh $(CB)

# The main job on samples/: what is due today, next month's plan, last month's report.
demo: all
	@sh tests/demo.sh $(B)

samples: $(TOOLS)
	$(B)tests/gen-samples samples

# The installed rule sets' directory is compiled in (CS_DATADIR): the
# objects are rebuilt when DATADIR changes (make PREFIX=/opt/cs install
# after a plain make).  The stamp holds the DATADIR they were built with.
DATADIR_STAMP = $(if $(B),$(B),build/)datadir.stamp
$(LIBOBJ): $(DATADIR_STAMP)
$(DATADIR_STAMP): FORCE
	@mkdir -p $(@D); echo '$(DATADIR) $(LOCALEDIR)' | cmp -s - $@ || echo '$(DATADIR) $(LOCALEDIR)' >$@
FORCE:

# Completion: bash (one file, a link per command), zsh (one function).
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions
# samples/crontab and these go to $(DATADIR)/examples.
EXAMPLES    = samples/notify-mail.sh samples/notify-wecom.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	  $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR)/rules/calendars \
	  $(DESTDIR)$(DATADIR)/examples $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m0755 $(BINS) $(DESTDIR)$(BINDIR)
	for f in man/*.[157]; do s=$${f##*.}; install -m0644 $$f $(DESTDIR)$(MANDIR)/man$$s; done
	for l in $(MANLINGUAS); do mkdir -p $(DESTDIR)$(MANDIR)/$$l/man7 && \
	  install -m0644 man/$$l/*.7 $(DESTDIR)$(MANDIR)/$$l/man7 || exit 1; done
	install -m0644 rules/*.yaml $(DESTDIR)$(DATADIR)/rules
	install -m0644 rules/calendars/*.yaml $(DESTDIR)$(DATADIR)/rules/calendars
	install -m0644 samples/crontab $(DESTDIR)$(DATADIR)/examples
	install -m0755 $(EXAMPLES) $(DESTDIR)$(DATADIR)/examples
	for l in $(LINGUAS); do mkdir -p $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	  install -m0644 $(B)po/$$l/LC_MESSAGES/cs.mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES || exit 1; done
	sed 's|@DATADIR@|$(DATADIR)|g' completion/cs.bash >$(DESTDIR)$(BASHCOMPDIR)/cs-plan
	chmod 0644 $(DESTDIR)$(BASHCOMPDIR)/cs-plan
	for c in $(filter-out cs-plan,$(CMDS)); do ln -sf cs-plan $(DESTDIR)$(BASHCOMPDIR)/$$c; done
	sed 's|@DATADIR@|$(DATADIR)|g' completion/_cs >$(DESTDIR)$(ZSHCOMPDIR)/_cs
	chmod 0644 $(DESTDIR)$(ZSHCOMPDIR)/_cs

# Removes what install put, and the share/cs directories if left empty.
uninstall:
	for c in $(CMDS); do rm -f $(DESTDIR)$(BINDIR)/$$c $(DESTDIR)$(BASHCOMPDIR)/$$c; done
	for f in man/*.[157]; do s=$${f##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${f##*/}; done
	for l in $(MANLINGUAS); do for f in man/$$l/*.7; do rm -f $(DESTDIR)$(MANDIR)/$$l/man7/$${f##*/}; done; done
	for f in rules/*.yaml rules/calendars/*.yaml; do rm -f $(DESTDIR)$(DATADIR)/$$f; done
	for f in samples/crontab $(EXAMPLES); do rm -f $(DESTDIR)$(DATADIR)/examples/$${f##*/}; done
	rm -f $(DESTDIR)$(ZSHCOMPDIR)/_cs
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/cs.mo; done
	for d in $(DATADIR)/rules/calendars $(DATADIR)/rules $(DATADIR)/examples $(DATADIR); do \
	  rmdir $(DESTDIR)$$d 2>/dev/null || :; done

clean:
	rm -rf build lib/*.o lib/libcs.a $(patsubst %,cmd/%,$(CMDS)) tests/unit/test_? tests/gen-samples tests/gen-xlsx
	rm -f $(patsubst %.c,%,$(UNITSRC))
	rm -rf $(patsubst %,po/%,$(LINGUAS))

# ---- make stress / make fuzz (long reliability runs) ----
# tests/fuzz/fuzz_NAME.c are libFuzzer targets.  `make check` links each
# with tests/fuzz/replay.c (gcc) and replays tests/fuzz/corpus/NAME/;
# `make fuzz` builds them with clang's libFuzzer into build/fuzz/ and runs
# each for FUZZTIME seconds (new inputs in build/fuzz/corpus/NAME/, crashes
# in build/fuzz/crashes/).  `make stress` runs tests/stress/run.sh on
# build/check: 8 writers x 500 rows each ledger, 100 SIGKILLs, 40 rounds
# of a full tmpfs (as root).
FUZZERS   = csv rules time import ledger xlsx
FUZZTIME  = 60
FUZZCC    = clang
FUZZCFLAGS = $(WFLAGS) -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	-DCS_DATADIR='"$(DATADIR)"' -Ilib -Itests/fuzz
STRESS_N  = 8
STRESS_M  = 500
STRESS_KILLS = 100
STRESS_ROUNDS = 40

$(B)tests/fuzz/replay-%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h lib/cs.h $(B)lib/libcs.a
	@mkdir -p $(@D)
	$(CC) $(ALLCFLAGS) $(ALLLDFLAGS) -Itests/fuzz -o $@ tests/fuzz/replay.c $< $(B)lib/libcs.a $(LDLIBS)

build/fuzz/lib/%.o: lib/%.c lib/cs.h
	@mkdir -p $(@D)
	$(FUZZCC) $(FUZZCFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/libcs.a: $(patsubst lib/%.c,build/fuzz/lib/%.o,$(LIBSRC))
	rm -f $@ && ar rcs $@ $(patsubst lib/%.c,build/fuzz/lib/%.o,$(LIBSRC))

build/fuzz/fuzz-%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h build/fuzz/libcs.a
	$(FUZZCC) $(FUZZCFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libcs.a $(LDLIBS)

fuzz: deps
	@command -v $(FUZZCC) >/dev/null || { echo "make fuzz: needs $(FUZZCC) (Debian: clang)" >&2; exit 1; }
	@$(MAKE) --no-print-directory $(patsubst %,build/fuzz/fuzz-%,$(FUZZERS))
	@sh tests/fuzz/run.sh build/fuzz $(FUZZTIME) $(FUZZERS)

stress: check-deps
	@$(MAKE) --no-print-directory B=build/check/ SAN=1 CFLAGS='-O1 -g' \
	  $(patsubst %,build/check/cmd/%,$(filter $(CMDS),$(basename $(notdir $(wildcard cmd/*.c))))) \
	  build/check/tests/stress/csvcol
	@sh tests/stress/run.sh build/check $(STRESS_N) $(STRESS_M) $(STRESS_KILLS) $(STRESS_ROUNDS)

# ---- make bench ----
# A release tree (-O2, no sanitizers) in build/bench/, the data set made
# once by tests/gen-samples into build/bench/data-SCALE/ (SCALE=1: 1,000,000
# customers and 10,000,000 visits; make bench SCALE=0.1 for a tenth), then
# tests/bench/run.sh times the commands against cat, wc -l, the libcsv
# floor, Miller and csvkit and writes tests/bench/RESULTS.md.  Fits 15
# minutes at SCALE=1 (BENCH_BUDGET seconds, counted from here).
SCALE = 1
BENCH_DEBS = hyperfine miller csvkit jq time
bench:
	@t0=$$(date +%s); \
	$(MAKE) --no-print-directory install-debs PKGS='$(DEBS) $(BENCH_DEBS)' && \
	$(MAKE) --no-print-directory B=build/bench/ SAN= CFLAGS='-O2 -g' \
	  build/bench/lib/libcs.a $(patsubst %,build/bench/cmd/%,$(filter $(CMDS),$(basename $(notdir $(wildcard cmd/*.c))))) \
	  build/bench/tests/gen-samples build/bench/tests/bench/floor && \
	BENCH_T0=$$t0 sh tests/bench/run.sh build/bench $(SCALE)

.PHONY: all pot potfile deps check-deps install-debs stress fuzz bench check demo samples install uninstall clean
