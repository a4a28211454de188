# readers.sh - real readers of cs-report's HTML and XLSX, for the golden
# tests (tests/golden/cs-report/html-*.t, xlsx-*.t):
#
#   . "$TOP/tests/report/readers.sh"
#
# Each works in the current directory (the test's own), with a home and a
# profile of its own, no network, and a time limit; what the reader says
# goes to a log that is shown when it fails.  Debian packages: chromium,
# libreoffice-calc-nogui, fonts-noto-cjk, poppler-utils, unzip, file,
# zlib1g-dev (the Makefile's CHECK_DEBS).

# chromium_shot PAGE.html OUT.png WIDTH HEIGHT: a screenshot of the page.
chromium_shot() {
	_chromium --screenshot="$PWD/$2" --window-size="$3,$4" "file://$PWD/$1"
}

# chromium_pdf PAGE.html OUT.pdf: the page printed (its own @page: A4).
chromium_pdf() {
	_chromium --no-pdf-header-footer --print-to-pdf="$PWD/$2" "file://$PWD/$1"
}

_chromium() {
	mkdir -p "$PWD/.chromium"
	HOME=$PWD/.chromium timeout 180 chromium --headless --no-sandbox \
	    --disable-gpu --disable-quic --no-first-run \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --disable-extensions --proxy-server=127.0.0.1:9 \
	    --user-data-dir="$PWD/.chromium" "$@" >chromium.log 2>&1 ||
		{ echo "chromium failed:"; tail -20 chromium.log; }
}

# lo_convert FILTER OUTDIR FILE...: LibreOffice converts each FILE
# (soffice --convert-to FILTER).  In a UTF-8 locale: in C it cannot name
# the files of sheets with Chinese names.
lo_convert() {
	_f=$1 _d=$2
	shift 2
	mkdir -p "$PWD/.lo"
	# (VALGRIND, set by run.sh, would make soffice run itself under it)
	HOME=$PWD/.lo LC_ALL=C.UTF-8 timeout 300 env -u VALGRIND soffice -env:UserInstallation="file://$PWD/.lo" \
	    --headless --norestore --nolockcheck --convert-to "$_f" \
	    --outdir "$_d" "$@" >soffice.log 2>&1 ||
		{ echo "soffice failed:"; tail -20 soffice.log; }
}

# lo_csv OUTDIR FILE.xlsx: every sheet to OUTDIR/FILE-SHEET.csv, UTF-8,
# the values themselves (not as shown: 0.711026615969582 for 71.1%).
# One workbook a call: given more, LibreOffice 7.4 writes only the first.
lo_csv() {
	lo_convert 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' "$1" "$2"
}

# pngstat FILE.png: "WIDTHxHEIGHT picture", or why it looks blank.
pngstat() {
	[ -x ./.pngstat ] ||
		cc -std=c11 -O1 -o ./.pngstat "$TOP/tests/report/pngstat.c" -lz ||
		return 2
	./.pngstat "$1"
}
