/* test_output.c - output.c: tables, CSV, TSV and JSON, byte for byte. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#define _XOPEN_SOURCE 700	/* posix_openpt */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

static const struct out_col cols[] = {
	{"id", "编号", 0},
	{"name", "姓名", 0},
	{"visits", "回访次数", OUT_NUM},
	{"note", NULL, 0},
};
#define NCOLS 4

static const char *const rows[][NCOLS] = {
	{"KH0001", "王小明", "12", "说\"好\", 下次再来"},
	{"KH0002", "Li Lei", "3", "line1\nline2\tC:\\dir"},
	{"KH0010", "欧阳娜娜", "", ""},
};
#define NROWS 3

/* Runs rows [0, n) through the output layer in format fmt; returns what
 * it printed (malloc'd) and out_end's status in *status. */
static char *
render(enum out_format fmt, const struct out_col *c, int ncols,
       const char *const (*r)[NCOLS], size_t n, int ambiwidth, bool header,
       int *status)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct out o;

	out_begin(&o, fp, fmt, c, ncols, ambiwidth);
	o.header = header;
	for (size_t i = 0; i < n; i++)
		out_row(&o, r[i]);
	*status = out_end(&o);
	fclose(fp);
	return buf;
}

static char *
render_rows(enum out_format fmt, size_t n, int *status)
{
	return render(fmt, cols, NCOLS, rows, n, 1, true, status);
}

int
main(void)
{
	enum out_format f;
	char *s;
	int st;

	/* format names */
	CHECK(out_format_parse("table", &f) == 0 && f == OUT_TABLE, "parse table");
	CHECK(out_format_parse("csv", &f) == 0 && f == OUT_CSV, "parse csv");
	CHECK(out_format_parse("tsv", &f) == 0 && f == OUT_TSV, "parse tsv");
	CHECK(out_format_parse("json", &f) == 0 && f == OUT_JSON, "parse json");
	CHECK(out_format_parse("JSON", &f) == -1, "format names are lower case");
	CHECK(out_format_parse("", &f) == -1, "empty format is refused");
	CHECK(out_format_parse("xlsx", &f) == 0 && f == OUT_XLSX, "parse xlsx");
	CHECK(out_format_parse("xml", &f) == -1, "unknown format is refused");

	/* table: Chinese headings and names aligned by display width */
	s = render_rows(OUT_TABLE, NROWS, &st);
	CHECK_STR(s,
	    "编号    姓名      回访次数  note\n"
	    "------  --------  --------  ------------------\n"
	    "KH0001  王小明          12  说\"好\", 下次再来\n"
	    "KH0002  Li Lei           3  line1 line2 C:\\dir\n"
	    "KH0010  欧阳娜娜\n",
	    "table aligns Chinese and ASCII, numbers right, no trailing spaces");
	CHECK_INT(st, 0, "table out_end status");
	free(s);

	/* csv */
	s = render_rows(OUT_CSV, NROWS, &st);
	CHECK_STR(s,
	    "id,name,visits,note\n"
	    "KH0001,王小明,12,\"说\"\"好\"\", 下次再来\"\n"
	    "KH0002,Li Lei,3,\"line1\nline2\tC:\\dir\"\n"
	    "KH0010,欧阳娜娜,,\n",
	    "csv: header of keys, quoted only where needed");
	CHECK_INT(st, 0, "csv out_end status");
	free(s);

	/* tsv */
	s = render_rows(OUT_TSV, NROWS, &st);
	CHECK_STR(s,
	    "id\tname\tvisits\tnote\n"
	    "KH0001\t王小明\t12\t说\"好\", 下次再来\n"
	    "KH0002\tLi Lei\t3\tline1\\nline2\\tC:\\\\dir\n"
	    "KH0010\t欧阳娜娜\t\t\n",
	    "tsv: header of keys, \\t \\n \\r \\\\ escaped");
	free(s);

	/* json */
	s = render_rows(OUT_JSON, NROWS, &st);
	CHECK_STR(s,
	    "{\"id\":\"KH0001\",\"name\":\"王小明\",\"visits\":12,"
	    "\"note\":\"说\\\"好\\\", 下次再来\"}\n"
	    "{\"id\":\"KH0002\",\"name\":\"Li Lei\",\"visits\":3,"
	    "\"note\":\"line1\\nline2\\tC:\\\\dir\"}\n"
	    "{\"id\":\"KH0010\",\"name\":\"欧阳娜娜\",\"visits\":null,"
	    "\"note\":\"\"}\n",
	    "json lines: numbers bare, empty number null, strings escaped");
	free(s);

	/* no rows: nothing at all, in every format */
	for (f = OUT_TABLE; f <= OUT_JSON; f++) {
		s = render_rows(f, 0, &st);
		CHECK_STR(s, "", "format %d with no rows prints nothing", (int)f);
		CHECK_INT(st, 0, "format %d with no rows: status 0", (int)f);
		free(s);
	}

	/* header off */
	s = render(OUT_CSV, cols, NCOLS, rows, 1, 1, false, &st);
	CHECK_STR(s, "KH0001,王小明,12,\"说\"\"好\"\", 下次再来\"\n",
	    "csv without header");
	free(s);
	s = render(OUT_TSV, cols, NCOLS, rows, 1, 1, false, &st);
	CHECK_STR(s, "KH0001\t王小明\t12\t说\"好\", 下次再来\n", "tsv without header");
	free(s);

	/* ambiguous width in tables */
	{
		static const struct out_col c3[] = {
			{"who", NULL, 0}, {"said", NULL, 0}, {"n", NULL, OUT_NUM},
		};
		static const char *const r3[][NCOLS] = {
			{"“王”", "x", "1", NULL},
			{"ab", "“好”", "10", NULL},
		};

		s = render(OUT_TABLE, c3, 3, r3, 2, 1, true, &st);
		CHECK_STR(s,
		    "who   said   n\n"
		    "----  ----  --\n"
		    "“王”  x      1\n"
		    "ab    “好”  10\n",
		    "table with “” at ambiwidth 1");
		free(s);
		s = render(OUT_TABLE, c3, 3, r3, 2, 2, true, &st);
		CHECK_STR(s,
		    "who     said     n\n"
		    "------  ------  --\n"
		    "“王”  x        1\n"
		    "ab      “好”  10\n",
		    "table with “” at ambiwidth 2");
		free(s);
	}

	/* control characters, NULL values, JSON edge cases */
	{
		static const struct out_col c2[] = {
			{"k", NULL, OUT_NUM}, {"v", "值", 0},
		};
		static const char *const r2[][NCOLS] = {
			{"-0.5e3", "a\r\nb\x1b[31mc\x7f" "d\xc2\x85" "e"},
			{"01", "\x01\x1f"},
			{"12a", NULL},
			{"1.", "é"},
			{NULL, "\"\\/"},
		};

		s = render(OUT_JSON, c2, 2, r2, 5, 1, true, &st);
		CHECK_STR(s,
		    "{\"k\":-0.5e3,\"v\":\"a\\r\\nb\\u001b[31mc\\u007fd\xc2\x85" "e\"}\n"
		    "{\"k\":\"01\",\"v\":\"\\u0001\\u001f\"}\n"
		    "{\"k\":\"12a\",\"v\":\"\"}\n"
		    "{\"k\":\"1.\",\"v\":\"é\"}\n"
		    "{\"k\":null,\"v\":\"\\\"\\\\/\"}\n",
		    "json: control characters, non-numbers in a number column, NULL");
		free(s);
		s = render(OUT_TABLE, c2, 2, r2, 5, 1, true, &st);
		CHECK_STR(s,
		    "     k  值\n"
		    "------  -------------\n"
		    "-0.5e3  a b [31mc d e\n"
		    "    01\n"
		    "   12a\n"
		    "    1.  é\n"
		    "        \"\\/\n",
		    "table: control characters become one space, CR LF too");
		free(s);
		s = render(OUT_CSV, c2, 2, r2 + 2, 1, 1, true, &st);
		CHECK_STR(s, "k,v\n12a,\n", "csv: a NULL value is empty");
		free(s);
	}

	/* OUT_AUTO: CSV when not a terminal, a table on one */
	{
		char *buf = NULL;
		size_t len = 0;
		FILE *fp = open_memstream(&buf, &len);
		struct out o;
		int m;

		out_begin(&o, fp, OUT_AUTO, cols, NCOLS, 1);
		CHECK_INT(o.fmt, OUT_CSV, "auto is csv when not a terminal");
		CHECK(o.header, "auto csv has a header");
		out_end(&o);
		fclose(fp);
		free(buf);

		m = posix_openpt(O_RDWR | O_NOCTTY);
		if (m >= 0 && grantpt(m) == 0 && unlockpt(m) == 0) {
			int sl = open(ptsname(m), O_RDWR | O_NOCTTY);
			FILE *tty = sl >= 0 ? fdopen(sl, "w") : NULL;

			if (tty) {
				out_begin(&o, tty, OUT_AUTO, cols, NCOLS, 1);
				CHECK_INT(o.fmt, OUT_TABLE, "auto is a table on a terminal");
				out_end(&o);
				fclose(tty);
			} else if (sl >= 0)
				close(sl);
		}
		if (m >= 0)
			close(m);
		out_begin(&o, stdout, OUT_JSON, cols, NCOLS, 1);
		CHECK_INT(o.fmt, OUT_JSON, "an explicit format wins");
	}

	/* CSV for spreadsheets: a BOM, CRLF, formula-like text neutralised,
	 * numbers (OUT_NUM) left alone; the one writer, shared by cs-report */
	{
		static const char *const xr[][NCOLS] = {
			{"=HYPERLINK(\"http://x/\",\"y\")", "+86 138", "-3", "@a"},
			{"\tTAB", "\rCR", "=1+1", "-"},
			{"KH1", "a=b", "-2.5", ""},
		};
		char *buf = NULL;
		size_t len = 0;
		FILE *fp = open_memstream(&buf, &len);
		struct out o;
		struct sbuf b = {0};
		const char *fl[3] = {"-1", "-x", NULL};
		const bool num[3] = {true, true, false};

		out_begin(&o, fp, OUT_CSV, cols, NCOLS, 1);
		o.csv = OUT_CSV_EXCEL;
		for (size_t i = 0; i < 3; i++)
			out_row(&o, xr[i]);
		CHECK_INT(out_end(&o), 0, "excel csv: status");
		fclose(fp);
		CHECK_STR(buf, "\xEF\xBB\xBFid,name,visits,note\r\n"
		    "\"'=HYPERLINK(\"\"http://x/\"\",\"\"y\"\")\",'+86 138,-3,'@a\r\n"
		    "'\tTAB,\"'\rCR\",'=1+1,'-\r\n"
		    "KH1,a=b,-2.5,\r\n",
		    "excel csv: BOM, CRLF, text neutralised, -3 and -2.5 stay numbers");
		free(buf);

		buf = NULL;
		fp = open_memstream(&buf, &len);
		out_begin(&o, fp, OUT_CSV, cols, NCOLS, 1);
		o.csv = OUT_CSV_BOM;
		o.header = false;
		out_row(&o, xr[0]);
		out_row(&o, xr[2]);
		out_end(&o);
		fclose(fp);
		CHECK_STR(buf, "\xEF\xBB\xBF\"=HYPERLINK(\"\"http://x/\"\",\"\"y\"\")\","
		    "+86 138,-3,@a\nKH1,a=b,-2.5,\n",
		    "--bom: a BOM before the first row (no header), nothing else");
		free(buf);

		buf = NULL;
		fp = open_memstream(&buf, &len);
		out_begin(&o, fp, OUT_CSV, cols, NCOLS, 1);
		o.csv = OUT_CSV_EXCEL;
		CHECK_INT(out_end(&o), 0, "excel csv, no rows: status");
		fclose(fp);
		CHECK_STR(buf, "", "excel csv with no rows prints nothing, no BOM");
		free(buf);

		out_csv_line(&b, fl, num, 3, OUT_CSV_EXCEL, false);
		CHECK_STR(b.s, "-1,'-x,\r\n",
		    "out_csv_line: a non-number in a numeric column is neutralised");
		sb_reset(&b);
		out_csv_line(&b, fl, num, 3, 0, true);
		CHECK_STR(b.s, "-1,-x,\n", "out_csv_line: flags 0 is plain CSV");
		sb_free(&b);
		CHECK(out_formula_like("=") && out_formula_like("+") &&
		    out_formula_like("-") && out_formula_like("@") &&
		    out_formula_like("\t") && out_formula_like("\r") &&
		    !out_formula_like("") && !out_formula_like("a=") &&
		    !out_formula_like(" =") && !out_formula_like(NULL),
		    "out_formula_like: = + - @ TAB CR at the start only");
	}

	/* write errors: status 74 and "prog: write error: ..." */
	{
		FILE *full = fopen("/dev/full", "w");

		if (full) {
			FILE *err = tmpfile();
			int saved = dup(2);
			char msg[256] = "";
			struct out o;

			cs_progname = "cs-x";
			fflush(stderr);
			dup2(fileno(err), 2);
			out_begin(&o, full, OUT_CSV, cols, NCOLS, 1);
			for (int i = 0; i < NROWS; i++)
				out_row(&o, rows[i]);
			st = out_end(&o);
			fflush(stderr);
			dup2(saved, 2);
			close(saved);
			rewind(err);
			if (!fgets(msg, sizeof msg, err))
				msg[0] = '\0';
			fclose(err);
			fclose(full);
			CHECK_INT(st, CS_EX_IOERR, "write error: status 74");
			CHECK_STR(msg, "cs-x: write error: No space left on device\n",
			    "write error message");
		}
	}

	return UNIT_DONE();
}
