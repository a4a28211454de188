/*
 * cs.h - the one public header of libcs, the library under every cs-* command.
 *
 * Sectioned by the file that defines each function.  Conventions:
 *  - Functions that can fail print one diagnostic line to stderr themselves
 *    ("prog: file:line: what, expected what") and return a CS_EX_* status
 *    (0 on success).  Commands pass that status to exit().
 *  - Time never comes from the wall clock below main: main resolves --now /
 *    CS_NOW once (cs_now_resolve) and passes the value down.
 *  - Strings are UTF-8; every byte read from a file is validated.
 */
#ifndef CS_H
#define CS_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Exit statuses, the same for every command (see each man page). */
enum {
	CS_EX_OK = 0,
	CS_EX_FOUND = 1,      /* --check found what it looks for */
	CS_EX_USAGE = 64,     /* bad command line */
	CS_EX_DATAERR = 65,   /* bad data: ledger, rules or input */
	CS_EX_NOINPUT = 66,   /* a required file is missing */
	CS_EX_SOFTWARE = 70,  /* internal error (a bug) */
	CS_EX_CANTCREAT = 73, /* cannot create an output file */
	CS_EX_IOERR = 74,     /* cannot read or write */
	CS_EX_TEMPFAIL = 75,  /* the ledger stayed locked */
};

/* ---- util.c ---------------------------------------------------------- */

extern const char *cs_progname;
void cs_setprogname(const char *argv0);
/* "prog: message\n" on stderr. */
void cs_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cs_vwarn(const char *fmt, va_list ap);
/* cs_warn, then exit(status). */
_Noreturn void cs_die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Silence cs_warn (fuzzers, unit tests of error paths). */
extern bool cs_quiet;

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow *p (an array of elemsize-byte elements, *cap of them) to hold n. */
void xgrow(void *pp, size_t *cap, size_t n, size_t elemsize);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable string, always NUL-terminated once anything was added. */
struct sbuf {
	char *s;
	size_t len, cap;
};
void sb_add(struct sbuf *b, const char *s, size_t n);
void sb_adds(struct sbuf *b, const char *s);
void sb_addc(struct sbuf *b, char c);
void sb_addf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_reset(struct sbuf *b); /* len = 0, keeps the memory */
void sb_free(struct sbuf *b);
/* Empty string rather than NULL for a buffer never added to. */
const char *sb_str(const struct sbuf *b);

/* Path helpers. */
char *path_join(const char *dir, const char *name); /* malloc'd */
const char *path_base(const char *path);            /* pointer into path */
char *path_dir(const char *path);                   /* malloc'd, "." if none */

/* A string -> int map (open addressing), for id lookups. */
struct strmap {
	char **keys; /* owned copies */
	int *vals;
	size_t cap, len;
};
void strmap_put(struct strmap *m, const char *key, int val); /* replaces */
/* Returns the value, or -1 if absent. */
int strmap_get(const struct strmap *m, const char *key);
void strmap_free(struct strmap *m);

/* ---- utf8.c ---------------------------------------------------------- */

/* Length of the first invalid sequence's offset, or -1 if s[0..n) is valid
 * UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
long utf8_invalid_at(const char *s, size_t n);
/* Decode one code point at s (valid UTF-8 assumed); returns bytes used. */
int utf8_decode(const char *s, uint32_t *cp);

/* ---- width.c: display width (East Asian Width table) -------------------- */

/* Display columns of one code point: 0 (combining, control), 1, or 2 (East
 * Asian Wide and Fullwidth; Ambiguous counts ambiwidth, 1 or 2).  Locale
 * independent: cron runs in the C locale. */
int cp_width(uint32_t cp, int ambiwidth);
/* Display columns of a UTF-8 string. */
size_t utf8_width(const char *s, int ambiwidth);

/* ---- time.c: dates, times, durations --------------------------------- */

typedef int64_t cs_time; /* seconds since 1970-01-01T00:00:00Z */
typedef int32_t cs_date; /* days since 1970-01-01 (a civil date, no zone) */
#define CS_NODATE INT32_MIN
#define CS_NOTIME INT64_MIN

cs_date date_from_ymd(int y, int m, int d);
void date_to_ymd(cs_date d, int *y, int *m, int *dd);
int date_weekday(cs_date d); /* 0 = Monday .. 6 = Sunday */
int days_in_month(int y, int m);
/* Month arithmetic on the calendar: 2026-01-31 + 1 month = 2026-02-28. */
cs_date date_add_months(cs_date d, int months);
/* Start of the period containing d: week (Monday), month, quarter, year. */
enum cs_period { PERIOD_WEEK, PERIOD_MONTH, PERIOD_QUARTER, PERIOD_YEAR };
cs_date period_start(cs_date d, enum cs_period p);
cs_date period_next(cs_date start, enum cs_period p); /* start of the next */
const char *period_name(enum cs_period p);            /* "week" ... */

/* "2026-11-23" (also accepts 2026/11/23 and 2026/1/5 from spreadsheets).
 * Returns 0, or -1 if not a valid date. */
int date_parse(const char *s, cs_date *out);
/* ISO 8601 date or date-time, 'T' or one space between, seconds optional,
 * offset optional ("Z", "+08:00", "+0800").  A value without an offset is
 * local time at tz_offset (minutes east of UTC); a bare date is midnight.
 * Returns 0, or -1. */
int time_parse(const char *s, int tz_offset, cs_time *out);
/* Local date and minute of day of t at tz_offset. */
cs_date time_date(cs_time t, int tz_offset);
int time_minute_of_day(cs_time t, int tz_offset);
cs_time time_from_date_minute(cs_date d, int minute, int tz_offset);

/* Formats into buf (at least 32 bytes) and returns buf. */
char *date_format(cs_date d, char *buf);                     /* 2026-11-23 */
char *time_format_iso(cs_time t, int tz_offset, char *buf);  /* 2026-11-23T09:05:00+08:00 */
char *time_format_short(cs_time t, int tz_offset, char *buf); /* 2026-11-23 09:05 */
/* A length of time for people: "2h30m", "3d4h", "45m" (working or not). */
char *span_format(int64_t seconds, char *buf);

/* Durations as written in rules and options:
 *   30min  2h  1d  3 days  1w  2 weeks  1mo  6 months  1y
 * with an optional clock: "2 working hours" / "2wh", "1 working day" / "1wd",
 * "3 calendar days" / "3cd", "2ch".  Minutes, hours and days take the clock
 * the rule says when none is written; weeks, months and years are always
 * calendar time. */
enum cs_unit { UNIT_MIN, UNIT_HOUR, UNIT_DAY, UNIT_WEEK, UNIT_MONTH, UNIT_YEAR };
enum cs_clock { CLOCK_DEFAULT = 0, CLOCK_CALENDAR, CLOCK_WORKING };
struct cs_duration {
	int64_t n;
	enum cs_unit unit;
	enum cs_clock clock;
};
/* Returns 0, or -1 with *why set to a static reason ("unknown unit"...). */
int duration_parse(const char *s, struct cs_duration *d, const char **why);
/* "2 working hours", "3 days", "6 months": canonical text for messages. */
char *duration_format(const struct cs_duration *d, char *buf);
/* The clock in force: d's own, else dflt (CLOCK_DEFAULT counts as
 * calendar); weeks and longer are always calendar. */
enum cs_clock duration_clock(const struct cs_duration *d, enum cs_clock dflt);

/* --now / CS_NOW: returns the time, or dies with CS_EX_USAGE on a bad value.
 * The wall clock is read here and nowhere else. */
cs_time cs_now_resolve(const char *opt, int tz_offset);

/* ---- calendar.c: working time ------------------------------------------ */

struct cs_dayname {
	cs_date date;
	const char *name; /* "春节", may be NULL; owned by the calendar */
};

struct cs_calendar {
	char *tz_name;  /* "Asia/Shanghai" */
	int tz_offset;  /* minutes east of UTC, +480 */
	uint8_t week;   /* bit i set: weekday i (0 = Monday) is a working day */
	int nhours;     /* working hours, minutes from midnight, sorted, disjoint */
	struct { int start, end; } hours[8];
	struct cs_dayname *holidays; /* sorted by date, unique */
	size_t nholidays;
	struct cs_dayname *extra;    /* make-up working days, sorted, unique */
	size_t nextra;
	char **names; size_t nnames; /* storage for day names */
};

/* Asia/Shanghai, Monday-Friday 09:00-12:00 and 13:30-18:00, no holidays. */
void cal_init_default(struct cs_calendar *c);
void cal_free(struct cs_calendar *c);
/* Timezone by name: a fixed-offset zone ("Asia/Shanghai", "UTC",
 * "+08:00").  Returns 0, or -1 for a zone this library cannot represent. */
int tz_lookup(const char *name, int *offset);

bool cal_is_holiday(const struct cs_calendar *c, cs_date d, const char **name);
bool cal_is_extra(const struct cs_calendar *c, cs_date d, const char **name);
bool cal_is_working_day(const struct cs_calendar *c, cs_date d);
/* Working minutes in one working day (sum of the hour ranges). */
int cal_day_minutes(const struct cs_calendar *c);

/* Optional trace of how a result was computed, for --explain.  Each call
 * that takes one appends lines ("skipped 2026-02-15 Sun (春节, holiday)").
 * NULL means no trace. */

/* The nearest working day on or after (dir > 0) or on or before (dir < 0)
 * d; dir == 0 returns d. */
cs_date cal_shift_day(const struct cs_calendar *c, cs_date d, int dir,
                      struct sbuf *why);
/* d moved by n working days (n may be negative). */
cs_date cal_add_working_days_date(const struct cs_calendar *c, cs_date d,
                                  int n, struct sbuf *why);
/* t plus `seconds` of working time.  A t outside working hours starts at
 * the next working instant.  seconds == 0 returns the next working
 * instant at or after t. */
cs_time cal_add_working(const struct cs_calendar *c, cs_time t,
                        int64_t seconds, struct sbuf *why);
/* t plus n working days: the same clock time on the n-th next working day
 * (from the next working instant if t is outside working hours), clamped
 * to the end of that day's working hours. */
cs_time cal_add_working_days(const struct cs_calendar *c, cs_time t, int n,
                             struct sbuf *why);
/* Working seconds in [a, b); negative if b < a. */
int64_t cal_working_between(const struct cs_calendar *c, cs_time a,
                            cs_time b);
/* Is t inside working hours? */
bool cal_is_working_time(const struct cs_calendar *c, cs_time t);

/* Add a duration to a time or a date under a calendar.  dflt is the clock
 * of the rule.  For dates, sign is +1 or -1 and working hours/minutes are
 * not allowed (the rules loader refuses them). */
cs_time duration_add_time(const struct cs_calendar *c, cs_time t,
                          const struct cs_duration *d, enum cs_clock dflt,
                          struct sbuf *why);
cs_date duration_add_date(const struct cs_calendar *c, cs_date d,
                          const struct cs_duration *dur, int sign,
                          enum cs_clock dflt, struct sbuf *why);

/* ---- csv.c: the one CSV reader and writer (libcsv) --------------------- */

/* One record as the reader hands it to a callback.  Field pointers are
 * valid only during the callback. */
struct csv_rec {
	const char *file; /* name for messages (basename of the path) */
	long line;        /* 1-based physical line the record starts on */
	int nf;
	char **f;         /* NUL-terminated fields */
	size_t *len;      /* their lengths */
	int64_t offset;   /* byte offset of the record's start in the file */
};
/* Return 0 to go on, or a CS_EX_* status (after printing why) to stop. */
typedef int (*csv_rec_fn)(const struct csv_rec *r, void *ctx);

enum {
	CSV_READ_HEADER = 1,   /* the first record is the header, passed too */
	CSV_READ_LEDGER = 2,   /* a missing final newline is a torn tail: warn
	                          and leave that record out */
	CSV_READ_MISSING_OK = 4, /* a missing file is an empty file */
};
/* Read path ("-" = stdin) from byte offset `start` (0 = beginning; a BOM
 * is stripped only there), calling fn for every record.  Validates UTF-8
 * (error names file:line and suggests --encoding gb18030 / iconv), refuses
 * NUL bytes, unterminated quotes and fields over 1 MiB.  Returns 0 or a
 * CS_EX_* status.  *end, if not NULL, gets the offset after the last whole
 * record (for checkpoints). */
int csv_read(const char *path, int64_t start, unsigned flags, csv_rec_fn fn,
             void *ctx, int64_t *end);
/* The same over a memory buffer (fuzzing, imports after iconv). */
int csv_read_mem(const char *name, const char *buf, size_t n, unsigned flags,
                 csv_rec_fn fn, void *ctx);

/* A whole small table in memory: header plus rows. */
struct csv_table {
	char *path, *file;   /* file = basename for messages */
	int ncols;
	char **cols;         /* header names */
	size_t nrows;
	struct csv_row {
		long line;
		char **f;        /* ncols fields; missing trailing fields are "" */
	} *rows;
};
/* Reads a table.  Every row must have exactly as many fields as the
 * header (error: file:line: 5 fields, expected 7).  A missing file is
 * CS_EX_NOINPUT unless CSV_READ_MISSING_OK. */
int csv_table_load(const char *path, unsigned flags, struct csv_table *t);
void csv_table_free(struct csv_table *t);
/* Index of a column by header name, or -1. */
int csv_col(const struct csv_table *t, const char *name);
/* Looks up each of names (NULL-terminated) in a header; fills idx;
 * missing ones print "file: missing column NAME" and give CS_EX_DATAERR. */
int csv_require(const char *file, int ncols, char *const cols[],
                const char *const names[], int idx[]);

/* Appends one CSV record (fields joined by ',', "\n" at the end) to b.
 * Fields are quoted (with libcsv's csv_write) only when they need it. */
void csv_format_row(struct sbuf *b, const char *const f[], int n);

/* ---- ledger.c: append-only ledgers ------------------------------------ */

/* An open, locked ledger for appending.  Protocol: open O_APPEND|O_NOFOLLOW
 * (mode 0640 less umask), flock with a bounded wait, set aside a torn tail
 * (copied to FILE.torn, then cut), write the header if the file is new,
 * check the header otherwise, then rows go out in one write() and are
 * fsync'ed before the lock is released. */
struct ledger_w {
	char *path;
	int fd;
	int ncols;
	char **cols; /* the file's header (may have extra columns) */
	int nknown;
	int *map;    /* map[i]: index in the writer's cols of file column i, or -1 */
};
/* cols: the columns this writer knows, in the order for a new file.
 * wait: seconds to wait for the lock (then CS_EX_TEMPFAIL). */
int ledger_open(struct ledger_w *w, const char *path,
                const char *const cols[], double wait);
/* The last complete record of the ledger (for the next id), or nf = 0. */
int ledger_last(struct ledger_w *w, struct csv_table *last);
/* Index of a column in the file's header, or -1. */
int ledger_col(const struct ledger_w *w, const char *name);
/* Formats one row for this ledger: vals are in the order of the cols given
 * to ledger_open; the file's extra columns get "". */
void ledger_row(const struct ledger_w *w, struct sbuf *b,
                const char *const vals[]);
/* Appends already formatted rows (csv_format_row, in the file's column
 * order) with one write and an fsync.  Returns 0 or CS_EX_IOERR. */
int ledger_write(struct ledger_w *w, const struct sbuf *rows);
void ledger_close(struct ledger_w *w); /* releases the lock */

/* ---- store.c: the ledger directory ------------------------------------ */

struct customer {
	long line;
	const char *id, *name, *cls, *phone, *owner, *region;
	cs_date since;     /* CS_NODATE if empty */
	char **f;          /* every column of the row (see cust_hdr) */
};
struct staffer {
	long line;
	const char *id, *name, *role, *team;
	int capacity;      /* visits per working day */
	bool active;
	char **f;
};
struct event {
	long line;
	cs_time at;
	int cust;          /* index into customers */
	const char *kind, *note;
};

struct cs_store {
	char *dir;
	int tz_offset;
	struct csv_table customers_t, staff_t, events_t;
	struct customer *customers;
	size_t ncustomers;
	struct strmap customer_ix;
	struct staffer *staff;
	size_t nstaff;
	struct strmap staff_ix;
	struct event *events; /* sorted by time */
	size_t nevents;
};
/* Ledger directory: dir_opt, else $CS_DIR, else ".". */
const char *store_dir(const char *dir_opt);
/* Loads customers.csv, staff.csv and events.csv (events may be missing).
 * Checks required columns, dates, ids (unique), and references. */
int store_load(struct cs_store *s, const char *dir, int tz_offset);
void store_free(struct cs_store *s);
int store_customer(const struct cs_store *s, const char *id); /* -1 */
int store_staff(const struct cs_store *s, const char *id);    /* -1 */
/* Value of any customer column by name ("" if the column is absent). */
const char *customer_field(const struct cs_store *s, const struct customer *c,
                           const char *column);
/* Date column of a customer: CS_NODATE if absent or empty, -1 after a
 * diagnostic if not a date. */
int customer_date(const struct cs_store *s, const struct customer *c,
                  const char *column, cs_date *out);

/* ---- rules.c: the rules language (libyaml) ---------------------------- */

enum visit_kind {
	VISIT_EVERY,   /* every: interval since the last done visit */
	VISIT_QUOTA,   /* quota: at least N per calendar period */
	VISIT_AFTER,   /* after: delay after each event of a kind */
	VISIT_BEFORE,  /* before: leads before a customer date column */
	VISIT_DORMANT, /* dormant: once, when no event of a kind for idle */
};

struct cs_match {
	char *column;
	char **values; /* any of */
	int nvalues;
	bool negate;   /* from `except:` */
};

struct visit_rule {
	char *name;
	long line;                 /* in the rules file, for messages */
	struct cs_match *match;    /* all must hold */
	int nmatch;
	enum visit_kind kind;
	/* VISIT_EVERY */
	struct cs_duration every;
	char *anchor;              /* date column when no visit yet ("since") */
	/* VISIT_QUOTA */
	int quota;
	enum cs_period per;
	/* VISIT_AFTER and VISIT_DORMANT */
	char *event;               /* event kind */
	struct cs_duration delay;  /* after: delay; dormant: idle time */
	/* VISIT_BEFORE */
	char *column;
	struct cs_duration *leads;
	int nleads;
	/* bounds, all optional */
	char *from_column;         /* no visits before this date column */
	struct cs_duration from_offset;
	char *until_column;        /* none after this date column + offset */
	struct cs_duration until_offset;
	char *idle_event;          /* only while no such event for idle_for */
	struct cs_duration idle_for;
	/* window and placement */
	struct cs_duration grace;  /* how long after due before overdue */
	bool has_grace;
	int shift;                 /* +1 later (default), -1 earlier, 0 none */
	char *method, *purpose, *content;
};

struct cs_rung {
	char *role;
	struct cs_duration after; /* late by this much before the next rung */
};
struct cs_milestone {
	char *name;
	char *from;               /* event that starts the clock: open, resolve... */
	struct cs_duration within;
	char *met_by;             /* event that meets it: reply, answer, revisit... */
};
struct cs_named {            /* a severity, category or channel */
	char *name;
	char *start;              /* role of the first holder, or NULL */
	char *label;              /* 中文 label for people, or NULL */
};
struct complaint_rules {
	bool present;
	enum cs_clock clock;      /* default clock of its durations: working */
	struct cs_named *severities; int nseverities;
	struct cs_named *categories; int ncategories;
	struct cs_named *channels; int nchannels;
	struct cs_rung *ladder; int nladder;
	struct cs_milestone *milestones; int nmilestones;
	struct cs_duration remind_every;
	bool has_remind;
	int low_score;            /* a revisit score at or below is dissatisfied */
};

struct cs_rules {
	char *path;
	char *name;
	char *language;           /* "zh_CN", "en" or NULL */
	struct cs_calendar cal;
	struct visit_rule *visits;
	int nvisits;
	int low_score;            /* cs-log: a done visit with any item <= this
	                             is flagged for follow-up (default 2) */
	struct complaint_rules complaints;
};

/* Finds the rules file: -r value (a path, or a bare rule-set name looked up
 * in $CS_RULES_PATH and the installed share directory), else DIR/rules.yaml.
 * Returns a malloc'd path or NULL after a diagnostic. */
char *rules_find(const char *opt, const char *dir);
/* Loads and checks a rules file.  Unknown keys, duplicate keys, aliases,
 * wrong types and impossible values are refused with file:line:col.
 * Returns 0 or CS_EX_DATAERR (CS_EX_NOINPUT if the file is missing). */
int rules_load(const char *path, struct cs_rules *r);
/* The same from memory (fuzzing); includes resolve against dir. */
int rules_load_mem(const char *name, const char *dir, const char *buf,
                   size_t n, struct cs_rules *r);
void rules_free(struct cs_rules *r);
const struct visit_rule *rules_visit(const struct cs_rules *r,
                                     const char *name);

/* ---- output.c: tables, CSV, TSV, JSON ---------------------------------- */

enum out_format { OUT_AUTO, OUT_TABLE, OUT_CSV, OUT_TSV, OUT_JSON };
int out_format_parse(const char *s, enum out_format *f); /* 0 or -1 */

enum { OUT_NUM = 1 };  /* column flag: right-aligned, a JSON number */
struct out_col {
	const char *key;     /* stable ASCII name: CSV header, JSON key */
	const char *head;    /* heading for people in tables (NULL = key) */
	unsigned flags;
};
struct out {
	FILE *fp;
	enum out_format fmt; /* never OUT_AUTO after out_begin */
	int ambiwidth;
	const struct out_col *cols;
	int ncols;
	bool header;         /* CSV/TSV header line (default true) */
	/* table rows are held until out_end to measure widths */
	char ***rows;
	size_t nrows, cap;
	bool began;
};
/* fmt OUT_AUTO: a table if fp is a terminal, else CSV with a header. */
void out_begin(struct out *o, FILE *fp, enum out_format fmt,
               const struct out_col *cols, int ncols, int ambiwidth);
void out_row(struct out *o, const char *const vals[]);
/* Prints held rows; checks ferror/fflush.  0 or CS_EX_IOERR. */
int out_end(struct out *o);

/* ---- cli.c: options every command shares ------------------------------- */

struct cs_opts {
	const char *dir;      /* -d, --dir */
	const char *rules;    /* -r, --rules */
	const char *now;      /* --now (else CS_NOW) */
	const char *output;   /* -o, --output */
	enum out_format fmt;  /* --format */
	int ambiwidth;        /* --ambiwidth=1|2 */
	double wait;          /* --wait SECONDS (lock) */
};
/* Long options shared by every command; a command's table starts with
 * CS_COMMON_LONGOPTS and ends with {0}.  Values >= 0x100 are reserved. */
enum {
	OPT_NOW = 0x100, OPT_FORMAT, OPT_AMBIWIDTH, OPT_WAIT, OPT_HELP,
	OPT_FIRST_CMD = 0x140 /* commands number their own options from here */
};
#define CS_COMMON_SHORTOPTS "d:r:o:h"
#define CS_COMMON_LONGOPTS                                             \
	{"dir", required_argument, NULL, 'd'},                         \
	{"rules", required_argument, NULL, 'r'},                       \
	{"output", required_argument, NULL, 'o'},                      \
	{"now", required_argument, NULL, OPT_NOW},                     \
	{"format", required_argument, NULL, OPT_FORMAT},               \
	{"ambiwidth", required_argument, NULL, OPT_AMBIWIDTH},         \
	{"wait", required_argument, NULL, OPT_WAIT},                   \
	{"help", no_argument, NULL, 'h'}
void cs_opts_init(struct cs_opts *o);
/* Handles a common option; returns 1 if c was one, 0 if not, and dies
 * with CS_EX_USAGE on a bad value.  'h' prints usage (stdout, exit 0). */
int cs_opts_handle(struct cs_opts *o, int c, const char *arg,
                   const char *usage);
/* "cs-due: unknown option; Try 'cs-due --help'." and exit 64. */
_Noreturn void cs_usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* Opens -o FILE (or stdout) for writing; CS_EX_CANTCREAT on failure. */
FILE *cs_open_output(const char *path);

/* Everything a command works with, loaded once. */
struct cs_ctx {
	struct cs_opts opt;
	char *dir;
	char *rules_path;
	struct cs_rules rules;
	struct cs_store store;
	cs_time now;
};
/* Resolves the directory and rules, loads both, resolves now.  On error
 * prints and exits with the status. */
void cs_ctx_load(struct cs_ctx *x, const struct cs_opts *o);
void cs_ctx_free(struct cs_ctx *x);

#endif
