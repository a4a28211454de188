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
/* While one of several branches is read (branch.c): its name, and every
 * message says it ("cs-due: branch south: visits.csv:5: ..."); else NULL. */
extern const char *cs_warn_branch;

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
/* The same for a big table read at random: on huge pages where the
 * system has them (fewer TLB misses); free() frees it. */
void *xcalloc_table(size_t n, size_t size);
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
/* fsync of a directory, so that names just made or renamed in it survive
 * a crash (EINVAL, a filesystem that cannot, counts as done).  0, or
 * CS_EX_IOERR, with "DIR: cannot sync the directory" if warn. */
int dir_sync(const char *dir, bool warn);

/* A string -> int map (open addressing), for id lookups.  Each slot holds
 * its key's hash, so a probe reads the key only when the hashes agree; the
 * keys are copied into blocks the map owns. */
struct strmap_slot {
	const char *key;         /* NULL: empty */
	uint32_t tag;            /* the hash's high half */
	int val;
};
struct strmap {
	struct strmap_slot *slot;
	size_t cap, len;
	char *blk;               /* the block keys are being copied into */
	size_t blkused, blkcap;  /* the blocks are chained by their first
	                            pointer */
};
void strmap_put(struct strmap *m, const char *key, int val); /* replaces */
/* Returns the value, or -1 if absent. */
int strmap_get(const struct strmap *m, const char *key);
void strmap_free(struct strmap *m);

/* The one of the n names v that s was probably meant to be (a typo: the
 * same but for case, '_', '-' and spaces, or, for names of four letters
 * or more, a letter apart per four), or NULL: for "did you mean" hints. */
const char *str_nearest(const char *s, const char *const *v, int n);

/* ---- i18n.c: the language of messages and table headings (gettext) ---- */

/* Decides the language (LANGUAGE, else LC_ALL/LC_MESSAGES/LANG, else the
 * rules' language, else English) and binds the "cs" catalogue.  Runs by
 * itself before the first translation; cs_ctx_load calls it again with the
 * rules.  See i18n.c. */
struct cs_rules;
void cs_i18n_init(const struct cs_rules *r);
/* "en", or the language messages are translated to ("zh_CN"). */
const char *cs_i18n_lang(void);
/* msgid translated (cs_warn, cs_die and cs_usage_error translate their
 * format themselves, out_end a table's headings). */
const char *cs_tr(const char *msgid) __attribute__((format_arg(1)));
#define _(s) cs_tr(s)
/* Marks a string for po/cs.pot where it is translated later (static
 * tables: the keys and heads of struct out_col). */
#define N_(s) s

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

/* The dates that are read and written: years 1900 to 9999, four digits.
 * date_parse and time_parse accept no other, so every date and time they
 * return formats (date_format, time_format_iso at the tz_offset it was
 * parsed with) to text they read back as the same value.  Dates computed
 * beyond them (a due date a century after 9990) still format, with more
 * digits, for people; writers of ledgers check date_in_range first. */
#define CS_DATE_MIN (-25567)  /* 1900-01-01 */
#define CS_DATE_MAX 2932896   /* 9999-12-31 */
bool date_in_range(cs_date d);
cs_date date_from_ymd(int y, int m, int d); /* CS_NODATE if no such day */
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
 * The time's date at tz_offset must be in range too (so that it formats
 * back at tz_offset): 9999-12-31T23:00-08:00 is refused at +08:00.
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
/* A length of time for people: "2h30m", "27h30m", "45m", "-3h05m" (hours
 * and minutes only, working or not). */
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
	/* The years the holidays and make-up days cover (0: none given, no
	 * check).  A working-day lookup of a day after them, up to the day
	 * the command looks ahead to (cal_watch), is noted in *beyond:
	 * cal_warn_beyond says so. */
	int year_lo, year_hi;
	cs_date cover_hi;            /* year_hi-12-31 */
	struct cal_beyond { cs_date watch; bool seen; } *beyond; /* owned;
	                                NULL without years */
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
/* Working-day lookups of days after the years the calendar covers and
 * up to d (at least; nothing before the first call) are noted.  Days
 * looked up beyond what a command shows or places work on (the next
 * occurrences of far rules) are not. */
void cal_watch(const struct cs_calendar *c, cs_date d);
/* Once: warns (file: the rules file, for the message) if such a lookup
 * was noted, and forgets it. */
void cal_warn_beyond(const struct cs_calendar *c, const char *file);
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
	CSV_READ_LEDGER = 2,   /* a last record cut short (no final newline,
	                          or a quote still open) is a torn tail: warn
	                          and leave it out; but a quoted field that
	                          takes in a line reading as a whole row (a
	                          quote left open by hand), or a CR outside
	                          quotes with more after it, is an error */
	CSV_READ_MISSING_OK = 4, /* a missing file is an empty file */
	CSV_READ_QUIET = 8,    /* print nothing (probing a ledger's tail) */
	CSV_READ_SHORT = 16,   /* fn stops after a record or two (a header
	                          check): never a second thread, which would
	                          parse megabytes ahead for nothing */
};
/* Read path ("-" = stdin) from byte offset `start` (0 = beginning; a BOM
 * is stripped only there), calling fn for every record.  Validates UTF-8
 * (error names file:line and suggests --encoding gb18030 / iconv), refuses
 * NUL bytes, unterminated quotes and fields over 1 MiB.  Returns 0 or a
 * CS_EX_* status.  *end, if not NULL, gets the offset after the last whole
 * record (for checkpoints).  From start > 0, lines are counted from 1 at
 * start.  A nonzero value from fn stops the read and is returned as is.
 * A regular file with more than 4 MiB after start is parsed on two other
 * threads, alternate chunks of CS_CHUNK bytes (1 MiB) each; fn still runs
 * on the calling thread, record by record in file order, with the
 * diagnostics in between, as on one thread (CS_THREADS=1 forces that;
 * CS_THREADS_MIN sets the size, in bytes). */
int csv_read(const char *path, int64_t start, unsigned flags, csv_rec_fn fn,
             void *ctx, int64_t *end);
/* The same from a known line: at->start is a byte offset where a record
 * starts and at->line its line number; on return at->end is the offset
 * after the last whole record and at->end_line the line number there (a
 * checkpoint reads on from them).  fd >= 0: read that open file (seeked
 * to start) instead of opening path, which only names it. */
struct csv_at {
	int64_t start;
	long line;
	int64_t end;
	long end_line;
	int ncols;   /* CSV_READ_LEDGER from start > 0: fields in a row (0:
	                as in the record before) */
};
int csv_read_at(const char *path, int fd, struct csv_at *at, unsigned flags,
                csv_rec_fn fn, void *ctx);
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

/* One record copied out of a reader callback (field pointers into text),
 * for reading single rows of a ledger at known byte offsets. */
#define CSV_ONE_MAX 64
struct csv_one {
	struct sbuf text;
	char *f[CSV_ONE_MAX];
	size_t len[CSV_ONE_MAX];
	int nf;
	int64_t offset;
	bool got;
};
enum { CSV_ONE_STOP = -1 };  /* what csv_one_keep returns: stop reading */
/* A csv_rec_fn: copies r into ctx (a struct csv_one) and stops the read;
 * CSV_ONE_STOP - 1 for a record of more than CSV_ONE_MAX fields. */
int csv_one_keep(const struct csv_rec *r, void *ctx);
/* The record that starts at byte off of the open file fd (name for
 * messages, which are not printed): 0 if it is whole and has ncols fields,
 * else -1.  Free w->text with sb_free. */
int csv_one_at(int fd, const char *name, int64_t off, int ncols,
               struct csv_one *w);

/* Appends one CSV record (fields joined by ',', "\n" at the end) to b.
 * Fields are quoted (with libcsv's csv_write) only when they need it. */
void csv_format_row(struct sbuf *b, const char *const f[], int n);

/* ---- xlsx_read.c: the first sheet of an .xlsx workbook (libzip, expat) - */

/* A zip (PK\3\4) or an OLE2 file (.xls, or an encrypted workbook): give
 * it to xlsx_read_mem (which refuses OLE2 with a hint), not to csv_read. */
bool xlsx_is_workbook(const char *buf, size_t n);
/* Calls fn for each row of the first sheet that has a value, as a CSV
 * record: r->line is the row number in the sheet, r->f the cells as text
 * ("" for an empty one, up to the row's last value): strings, numbers as
 * written (an integer without ".0" or exponent), date-formatted numbers
 * as "YYYY-MM-DD HH:MM", TRUE/FALSE.  Returns 0, fn's status, or
 * CS_EX_DATAERR after "NAME: why" (not a workbook, too large, bad XML). */
int xlsx_read_mem(const char *name, const char *buf, size_t n,
                  csv_rec_fn fn, void *ctx);
/* A spreadsheet's date number ("46064.5": days since 1899-12-30, or since
 * 1904-01-01) as "YYYY-MM-DD[ HH:MM[:SS]]" ("HH:MM" alone for a time of
 * day, below 1); NULL if v is no such number.  malloc'd. */
char *xlsx_serial_text(const char *v, bool date1904);

/* ---- ledger.c: append-only ledgers ------------------------------------ */

/* An open, locked ledger for appending.  Protocol: open O_APPEND|O_NOFOLLOW
 * (mode 0640 less umask), flock with a bounded wait, read it from the last
 * point a cache mark knows to end a row (else from the start) as readers
 * do: set aside a torn tail (copied to FILE.torn, then cut), refuse a quote
 * left open that takes in rows (CS_EX_DATAERR); check the header of an old
 * file, then rows go out in one write() and are fsync'ed before the lock
 * is released.  A file ledger_open created gets its header with the first
 * rows written, and is removed by ledger_close if none were. */
struct ledger_w {
	char *path;
	int fd;
	int ncols;
	char **cols; /* the file's header (may have extra columns) */
	int nknown;
	int *map;    /* map[i]: index in the writer's cols of file column i, or -1 */
	bool created; /* this writer made the file (removed if nothing is
	                 written) */
	bool fresh;   /* the header is not written yet */
	bool locked;
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
	const char *row;   /* every column of the row, in customers_t's order,
	                      NUL-separated: customer_col, customer_id... */
	int32_t line;
	cs_date since;     /* CS_NODATE if empty */
};
struct staffer {
	long line;
	const char *id, *name, *role, *team;
	int capacity;      /* visits per working day */
	bool active;
	char **f;
};
struct event {         /* 16 bytes; its kind: event_kind */
	cs_time at;
	int32_t cust;      /* index into customers */
	int32_t line;
};

/* The store keeps customers and events compact: the customers' text in
 * one arena (no allocation per row; a customer is its row, line and
 * since: 16 bytes, its fields found in the row when asked for), events
 * as {at, cust, line} with the kinds interned and numbered beside them.
 * STORE_LOOKUP (writers such as cs-log): only staff.csv is read; customers are read one row at a time through an
 * index of customers.csv (DIR/.cs-cache/customer-index, made by one full,
 * checked read when there is none or customers.csv or staff.csv changed)
 * as store_customer asks for them. */
struct store_priv;
struct cs_store {
	char *dir;
	int tz_offset;
	struct csv_table customers_t; /* customers.csv's header only (no rows) */
	struct csv_table staff_t;
	struct customer *customers;
	size_t ncustomers;    /* STORE_LOOKUP: those looked up so far */
	struct staffer *staff;
	size_t nstaff;
	struct strmap staff_ix;
	struct event *events; /* sorted by time */
	size_t nevents;
	struct store_priv *p;
};
enum {
	STORE_NO_EVENTS = 1,  /* events.csv is not read */
	STORE_LOOKUP = 2,     /* customers on demand (see above) */
};
/* Ledger directory: dir_opt, else $CS_DIR, else ".". */
const char *store_dir(const char *dir_opt);
/* Loads customers.csv, staff.csv and events.csv (events may be missing).
 * Checks required columns, dates, ids (unique), and references. */
int store_load(struct cs_store *s, const char *dir, int tz_offset);
/* The same, how = STORE_* flags. */
int store_open(struct cs_store *s, const char *dir, int tz_offset,
               unsigned how);
/* STORE_LOOKUP: every customer, now (those looked up keep their index;
 * afterwards customers[] is complete but not in file order).  0 or
 * CS_EX_*.  Without STORE_LOOKUP: 0.  With STORE_LOOKUP, indexes are not
 * file order: checkpoints that hold store indexes (visit-days,
 * complaint-states) must not be read or written with such a store. */
int store_all(struct cs_store *s);
void store_free(struct cs_store *s);
/* Index of a customer, or -1.  STORE_LOOKUP: may read its row (the store
 * grows; indexes and pointers already handed out stay valid). */
int store_customer(const struct cs_store *s, const char *id); /* -1 */
/* Whether the customers' ids are all a prefix and a number (KH0001):
 * store_customer then finds them in an array indexed by the number,
 * faster than any map a caller would make. */
bool store_ids_numbered(const struct cs_store *s);
int store_staff(const struct cs_store *s, const char *id);    /* -1 */
/* Column col (csv_col(&s->customers_t, name)) of a customer; "" if < 0. */
const char *customer_col(const struct customer *c, int col);
/* The named columns of a customer (customers.csv's required ones). */
const char *customer_id(const struct cs_store *s, const struct customer *c);
const char *customer_name(const struct cs_store *s, const struct customer *c);
const char *customer_class(const struct cs_store *s,
                           const struct customer *c);
const char *customer_phone(const struct cs_store *s,
                           const struct customer *c);
const char *customer_owner(const struct cs_store *s,
                           const struct customer *c);
const char *customer_region(const struct cs_store *s,
                            const struct customer *c);
/* The kind of an event of s->events: one copy of each kind (equal kinds,
 * equal pointers). */
const char *event_kind(const struct cs_store *s, const struct event *e);
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
	char *method, *purpose, *content; /* purpose, content: "" if not given */
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
	struct cs_match *match;   /* only for customers matching all (C5: region) */
	int nmatch;               /* 0: every complaint */
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
/* Warns for each column a visit rule or complaint milestone matches on
 * (match or except) that customers.csv, whose header is t, does not have:
 * a typo there silently drops visits.  The date columns rules count from
 * are not checked: a customer without the date gets no such visit, as
 * documented, and shipped rule sets name columns many ledgers lack.
 * file: the rules file, for the messages. */
void rules_check_columns(const struct cs_rules *r, const char *file,
                         const struct csv_table *t);
const struct visit_rule *rules_visit(const struct cs_rules *r,
                                     const char *name);

/* ---- output.c: tables, CSV, TSV, JSON ---------------------------------- */

/* OUT_XLSX: a one-sheet workbook (report_xlsx.c), for the commands that
 * allow it (cs_opts.xlsx_ok). */
enum out_format { OUT_AUTO, OUT_TABLE, OUT_CSV, OUT_TSV, OUT_JSON, OUT_XLSX };
int out_format_parse(const char *s, enum out_format *f); /* 0 or -1 */

/* column flags: OUT_NUM right-aligned, a JSON number, an XLSX number;
 * OUT_DATE: "YYYY-MM-DD[ HH:MM]" is an XLSX date (else text) */
enum { OUT_NUM = 1, OUT_DATE = 2 };
/* CSV for spreadsheets (struct out .csv, cs_opts.csv, report_write_csv). */
enum {
	OUT_CSV_BOM = 1,   /* a UTF-8 byte order mark first */
	OUT_CSV_EXCEL = 2, /* a BOM, CRLF, and formula-like cells neutralised */
};
/* OWASP CSV injection: true if a spreadsheet would take the text s for a
 * formula (it begins with = + - @, a tab or a carriage return). */
bool out_formula_like(const char *s);
/* Appends to b the CSV line of f[0..n-1] (csv_format_row).  With
 * OUT_CSV_EXCEL in flags, a field out_formula_like gets a leading
 * apostrophe, except a number (-3, -2.5) in a numeric column (num[i]; num
 * NULL: none), and the line ends in CRLF.  With OUT_CSV_BOM or
 * OUT_CSV_EXCEL and bom true, a UTF-8 byte order mark comes first. */
void out_csv_line(struct sbuf *b, const char *const f[], const bool num[],
                  int n, unsigned flags, bool bom);
struct out_col {
	const char *key;     /* stable ASCII name: CSV header, JSON key */
	const char *head;    /* heading for people in tables (NULL = key),
	                      * translated (mark both N_()) */
	unsigned flags;
};
struct out {
	FILE *fp;
	enum out_format fmt; /* never OUT_AUTO after out_begin */
	int ambiwidth;
	const struct out_col *cols;
	int ncols;
	bool header;         /* CSV/TSV header line (default true) */
	bool empty_too;      /* no rows: the heading, header or workbook all
	                        the same (-o FILE: cs_output_named) */
	unsigned csv;        /* OUT_CSV_BOM, OUT_CSV_EXCEL (default 0) */
	/* table and xlsx rows are held until out_end */
	char ***rows;
	size_t nrows, cap;
	bool began;          /* a CSV/TSV/JSON row (and header) is out */
	cs_time created;     /* XLSX: the workbook's creation time (0: clock) */
	struct sbuf line;    /* CSV/TSV/JSON: the lines not yet written
	                        (out_end writes and frees them) */
	int err;             /* errno of the first write that failed */
};
/* fmt OUT_AUTO: a table if fp is a terminal, else CSV with a header. */
void out_begin(struct out *o, FILE *fp, enum out_format fmt,
               const struct out_col *cols, int ncols, int ambiwidth);
void out_row(struct out *o, const char *const vals[]);
/* Prints held rows; checks ferror/fflush.  0 or CS_EX_IOERR. */
int out_end(struct out *o);
/* A number as JSON writes it (RFC 8259): what an OUT_NUM cell may hold. */
bool out_is_number(const char *s);

/* ---- cli.c: options every command shares ------------------------------- */

struct cs_opts {
	const char *dir;      /* -d, --dir (the first one given) */
	const char **dirs;    /* every -d, in order (several: branches) */
	size_t ndirs;
	const char *rules;    /* -r, --rules */
	const char *now;      /* --now (else CS_NOW) */
	const char *output;   /* -o, --output */
	enum out_format fmt;  /* --format */
	int ambiwidth;        /* --ambiwidth=1|2 */
	double wait;          /* --wait SECONDS (lock) */
	bool xlsx_ok;         /* the command takes --format xlsx (set it
	                         before cs_opts_handle) */
	unsigned csv;         /* --bom, --excel: OUT_CSV_BOM, OUT_CSV_EXCEL */
	unsigned store;       /* STORE_* flags for cs_ctx_load (writers) */
};
/* Long options shared by every command; a command's table starts with
 * CS_COMMON_LONGOPTS and ends with {0}.  Values >= 0x100 are reserved. */
enum {
	OPT_NOW = 0x100, OPT_FORMAT, OPT_AMBIWIDTH, OPT_WAIT, OPT_HELP,
	OPT_CSV_BOM, OPT_CSV_EXCEL,
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
/* First thing in main: the program's name (cs_setprogname), also as
 * argv[0] so that getopt's own messages read "cs-due: unrecognized
 * option"; and a standard descriptor that was closed (`>&-`) is held on
 * /dev/null, read-only for 1 and 2, so that no file the command opens
 * takes its number (an id printed into a ledger) and printing fails
 * (exit 74) instead. */
void cs_init(char *argv[]);
void cs_opts_init(struct cs_opts *o);
/* --bom and --excel, for the commands that write CSV for spreadsheets
 * (cs-due, cs-plan, cs-report): in a command's table after
 * CS_COMMON_LONGOPTS.  cs_ctx_load makes them imply --format csv and
 * refuses them with another --format. */
#define CS_CSV_LONGOPTS                                                \
	{"bom", no_argument, NULL, OPT_CSV_BOM},                       \
	{"excel", no_argument, NULL, OPT_CSV_EXCEL}
/* Handles a common option; returns 1 if c was one, 0 if not, and dies
 * with CS_EX_USAGE on a bad value.  'h' prints usage (stdout, exit 0).
 * '?' and ':' (getopt_long has printed why) print the "Try" line and
 * exit 64. */
int cs_opts_handle(struct cs_opts *o, int c, const char *arg,
                   const char *usage);
/* A command (or subcommand) that works on one ledger directory: several
 * -d are a usage error saying so ("-d was given 2 times: cs-log writes
 * one ledger directory").  cs_ctx_load makes the same check (reads): a
 * reader of several branches loads each with ndirs 1 (branch.c). */
void cs_opts_one_dir(const struct cs_opts *o, const char *cmd, bool writes);
/* The ledger directory exists (else says so, with a hint). */
bool cs_ledger_dir_ok(const char *dir);
/* "cs-due: MESSAGE\nTry 'cs-due --help'.\n" on stderr, exit 64. */
_Noreturn void cs_usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* Every -o FILE (cs-due, cs-plan, cs-complain, cs-report), written whole.
 * A regular file, or a new one, is written to a temporary file beside it
 * and, once complete, fsync'd and renamed over it (readers never see half
 * a file; a failed run leaves it as it was).  A symbolic link is followed:
 * its target is replaced that way and the link stays a link; a dangling
 * link is refused.  A device, FIFO or socket (/dev/null, a named pipe) is
 * written in place, and "-", /dev/stdout, /dev/stderr, /dev/fd/N and
 * /proc/self/fd/N are that descriptor itself (stdout is never reopened:
 * `>> log` is not truncated).  No path (NULL): stdout. */
struct cs_outfile {
	FILE *fp;           /* write here */
	const char *path;   /* as given; NULL: stdout */
	char *target;       /* the file replaced (path, or a link's target) */
	char *tmp;          /* the temporary file; NULL: written in place */
};
/* A writing command's one line of output, the new id (or "first-last"),
 * on stdout and flushed.  If it cannot be printed (stdout closed, a full
 * disk) the row is in the ledger all the same: says so ("visit V000123
 * was recorded but its id could not be printed: ...") and returns
 * CS_EX_IOERR; else 0.  what: "visit", "complaint"; plural for a range. */
int cs_print_new_id(const char *what, const char *id, bool plural);
/* 0, or CS_EX_CANTCREAT after a diagnostic. */
int cs_outfile_open(struct cs_outfile *f, const char *path);
/* -o names a file (not absent, not "-"): a list with nothing in it is
 * still written there (its header), so that yesterday's stays no longer. */
bool cs_output_named(const char *path);
/* Ends the file: with status 0 (the command's: pass its exit status),
 * flush, fsync and rename (0, or CS_EX_IOERR / CS_EX_CANTCREAT after a
 * diagnostic); otherwise the temporary file is removed, the old file left
 * as it was, and status returned. */
int cs_outfile_close(struct cs_outfile *f, int status);
/* After the options of a command with xlsx_ok: -o FILE.xlsx without
 * --format means --format xlsx; a workbook for a terminal is a usage
 * error. */
void cs_opts_xlsx(struct cs_opts *o);

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

/* ---- visits.c: the visit log (visits.csv, written by cs-log) ---------- */

enum visit_method { VM_PHONE, VM_ONSITE, VM_WECHAT, VM_SMS, VM_EMAIL,
                    VM_LETTER, VM_CHAT };
enum visit_outcome { VO_DONE, VO_UNREACHED, VO_REFUSED, VO_RESCHEDULED };
extern const char *const visit_methods[];  /* "phone"..., NULL-terminated */
extern const char *const visit_outcomes[]; /* "done"..., NULL-terminated */
extern const char *const visit_cols[];     /* visits.csv columns, NULL-t. */
/* English or Chinese (电话, 上门, 已回访, 未接通...): the enum value or -1. */
int visit_method_parse(const char *s);
int visit_outcome_parse(const char *s);
/* "4,4,3,2" (attitude, skill, timeliness, promise; an empty item is "not
 * asked") into score[4], 0 = none.  0, or -1 with *why set. */
int visit_scores_parse(const char *s, uint8_t score[4], const char **why);

enum { VISIT_LOW = 1 };    /* done, a score <= low_score: follow up */

/* One visit, current version.  Strings are offsets into the log's string
 * arena (visit_str); 0 is "".  No per-visit allocation. */
struct visit {
	cs_time at;
	cs_time recorded_at;    /* CS_NOTIME if empty */
	uint32_t id;            /* V000123 -> 123 (visit_id_format) */
	uint32_t amends;        /* id of the visit this row corrects, or 0 */
	int32_t cust, staff;    /* indexes into the store */
	uint32_t line;          /* line in visits.csv */
	uint32_t rule, complaint, note;  /* string offsets */
	uint8_t method, outcome, flags;  /* enums above, VISIT_LOW */
	uint8_t score[4];       /* attitude, skill, timeliness, promise; 0..4 */
};
struct visit_log {
	char *path;
	struct visit *v;        /* sorted by customer, time, id */
	size_t n;
	size_t *by_cust;        /* customer c: v[by_cust[c] .. by_cust[c+1]) */
	size_t ncust;
	char *str;              /* the strings, NUL-separated; str[0] = "" */
	size_t strused, strcap;
	struct strmap intern;   /* rule names, complaint ids -> offset */
	uint32_t max_id;        /* highest id read, superseded rows included */
	size_t nrows;           /* rows kept after the asof cut */
	struct visit_amended { uint32_t old, cur; } *amended; /* superseded
	                           id -> current id, in file order */
	size_t namended;
};
/* Reads visits.csv (a missing file is an empty log).  Rows recorded after
 * asof are left out (CS_NOTIME: none), so a past report is reproducible; a
 * row with `amends` replaces the visit it names.  Every field is checked
 * (file:line, column, value).  low_score (rules.low_score) sets VISIT_LOW.
 * 0 or CS_EX_*. */
int visits_load(struct visit_log *l, const struct cs_store *s,
                const char *path, cs_time asof, int low_score);
void visits_free(struct visit_log *l);

/* What the schedule engine needs of the visit log as of `now`: for each
 * customer the dates of its done visits (current versions, at or before
 * now) and its latest one.  Small: no strings, 4 bytes per done visit. */
struct visit_days {
	size_t ncust;
	uint32_t *off;          /* c's done visits: date[off[c] .. off[c+1]) */
	cs_date *date;          /* ascending per customer (rules' timezone) */
	cs_time *last_at;       /* c's latest done visit, CS_NOTIME if none; */
	uint32_t *last_id;      /* its id */
	uint8_t *last_low;      /* and VISIT_LOW if it had a low score */
	void *blob;             /* where all of the above live (the layout
	                           of a checkpoint's payload) */
	size_t bloblen;
	uint32_t *end;          /* NULL; in a view (visit_days_from_span,
	                           blob and last_* NULL, not for the due
	                           checkpoint): c's end at date[end[c]] */
};
/* Reads DIR/visits.csv as visits_load(asof = now) does, with the same
 * checks and messages, keeping only the above.  Resumes from the
 * checkpoint DIR/.cs-cache/visit-days when it matches (reading only the
 * rows after it) and writes one back; never with --no-cache (cache_off).
 * 0 or CS_EX_*. */
int visit_days_load(struct visit_days *d, const char *dir,
                    const struct cs_rules *r, const struct cs_store *s,
                    cs_time now);
/* The same from a loaded log (tz: the rules' timezone). */
void visit_days_from_log(struct visit_days *d, const struct visit_log *l,
                         cs_time now, int tz);
void visit_days_free(struct visit_days *d);
#define visit_str(l, off) ((const char *)(l)->str + (off))
char *visit_id_format(uint32_t id, char *buf);   /* "V000123", 16 bytes */
/* The current version of visit `id` (or of the visit it amended), or NULL. */
const struct visit *visit_find(const struct visit_log *l, uint32_t id);
/* A VISIT_LOW visit is followed up once the customer has a later done
 * visit: returns that visit, or NULL while the follow-up is still due. */
const struct visit *visit_followup(const struct visit_log *l,
                                   const struct visit *v);

/* cs-report's view of the log: in brief (no strings, 16 bytes) the current
 * versions of the visits from `from` on, up to asof (and 1 s after it);
 * of the earlier ones only the dates of the done ones and each customer's
 * latest (visit_days).  A month's figures need the visits from its first
 * day on; the schedule engine needs the dates of all. */
struct visit_brief {
	uint32_t at;            /* seconds after the span's base: brief_at */
	uint32_t id;
	int32_t staff;          /* (the customer: where by_cust puts it) */
	uint16_t sc;            /* score k (0..4) in bits 3k..3k+2; BRIEF_LOW */
	uint8_t method, outcome;
};
#define BRIEF_LOW 0x8000        /* VISIT_LOW */
#define brief_score(b, k) (((b)->sc >> (3 * (k))) & 7)
#define brief_at(sp, b) ((sp)->base + (cs_time)(b)->at)
struct visit_span {
	cs_time from, asof;
	cs_time base;           /* the first visit's time: brief_at */
	cs_time until;          /* after it only each customer's first done
	                           visit (a follow-up); CS_NOTIME: all */
	struct visit_brief *v;  /* sorted by customer, time, id */
	size_t n;
	uint32_t *by_cust;      /* customer c: v[by_cust[c] .. by_cust[c+1]) */
	size_t ncust;
	struct visit_days days; /* the dates of the done visits up to asof
	                           (+1 s), before from and after (last_*
	                           NULL: no latest visits) */
};
/* Reads visits.csv as visits_load does (same checks and messages, rows
 * recorded after asof left out, amends applied), keeping the above; tz:
 * the rules' timezone (dates).  from CS_NOTIME: every visit in brief.
 * until: see above (a report's figures end there, its follow-ups at
 * asof).  0 or CS_EX_* (CS_EX_SOFTWARE too for visits in brief more than
 * 2^32 s, some 136 years, apart: an internal limit). */
int visits_load_span(struct visit_span *sp, const struct cs_store *s,
                     const char *path, cs_time asof, int low_score,
                     cs_time from, cs_time until, int tz);
void visit_span_free(struct visit_span *sp);
/* visit_days_from_log as of now (not before sp->from), as a view of
 * sp->days (no copy of the dates: d->end says where each customer's end)
 * without the latest visits (last_* NULL: the engine can then make no
 * follow-ups).  visit_days_free it before sp goes. */
void visit_days_from_span(struct visit_days *d, const struct visit_span *sp,
                          cs_time now, int tz);
/* visit_followup for the span. */
const struct visit_brief *visit_span_followup(const struct visit_span *sp,
                                              const struct visit_brief *v);

/* cs-log: fields as given (NULL = not given).  Prints the new id. */
struct visit_input {
	const char *customer, *by, *method, *outcome, *scores, *note, *at;
	const char *rule, *complaint, *amends, *recorded_by;
};
int visit_record(struct cs_ctx *x, const struct visit_input *in);
/* cs-log --import: path ("-" = stdin), encoding "utf-8" or "gb18030".
 * Validates every row, appends all or nothing, prints "V000101-V000137". */
int visit_import(struct cs_ctx *x, const char *path, const char *encoding,
                 const char *recorded_by);

/* ---- complaint.c: the complaint engine (complaints.csv) --------------- */

enum complaint_event { CE_OPEN, CE_ASSIGN, CE_REPLY, CE_ANSWER, CE_RESOLVE,
	CE_REVISIT, CE_CLOSE, CE_REOPEN, CE_WAIT, CE_RESUME, CE_NOTE,
	CE_ESCALATE, CE_REMIND, CE_N };
enum complaint_state { CST_OPEN, CST_WAITING, CST_RESOLVED, CST_CLOSED };
extern const char *const complaint_events[]; /* "open"..., NULL-t. */
extern const char *const complaint_states[]; /* "open", "waiting"... */
extern const char *const complaint_cols[];   /* complaints.csv columns */
int complaint_event_parse(const char *s);    /* enum value or -1 */

struct cevent {             /* one row of complaints.csv */
	cs_time at;
	uint32_t line;
	int32_t complaint;      /* index into the log's complaints */
	int32_t by, holder;     /* staff indexes, -1 if empty */
	uint8_t event;          /* enum complaint_event */
	uint32_t milestone, rung, scores, note; /* string offsets (cevent_str) */
};
struct cmilestone {
	int rule;               /* index into rules.complaints.milestones */
	bool late;              /* met (or ended) after due; or pending and
	                           due < now.  A reopen restarts the
	                           milestones that run from open.  (Beside
	                           rule: 48 bytes, not 56.) */
	cs_time start;          /* last `from` event; CS_NOTIME: not started */
	cs_time due;            /* start + within + paused; CS_NOTIME if not started */
	cs_time met;            /* its met_by event after start, or CS_NOTIME */
	int64_t paused;         /* working seconds paused since start (credited) */
	cs_time ended;          /* pending when resolved/closed: that time,
	                           else CS_NOTIME */
};
struct complaint {
	char id[16];            /* "C2026-0042" */
	int32_t cust, holder;   /* store indexes; holder -1 if none */
	int16_t severity, category, channel; /* rules' lists, -1 if unknown */
	uint8_t state;          /* enum complaint_state */
	int8_t rung;            /* ladder rung of the holder (-1: below it) */
	cs_time opened, closed; /* closed: CS_NOTIME unless closed */
	cs_time paused_since;   /* start of the current wait, or CS_NOTIME */
	uint32_t summary;       /* string offsets: the open event's note, */
	uint32_t sev_name, cat_name, chan_name; /* and names as written */
	size_t ev, nev;         /* its events: l->ev[l->order[ev .. ev+nev)]
	                           (order NULL: l->ev[ev .. ev+nev)) */
	struct cmilestone *ms;  /* l->nms of them, in rules order */
};
struct complaint_log {
	char *path;
	struct cevent *ev;      /* rows kept, in file order */
	size_t nev;
	size_t *order;          /* event indexes grouped by complaint; NULL
	                           when ev is in that order (brief) */
	struct complaint *c;    /* in order of opening */
	size_t n;
	struct cmilestone *ms;  /* n * nms */
	int nms;
	struct strmap ix;       /* complaint id -> index */
	char *str;              /* string arena, str[0] = "" */
	size_t strused, strcap;
	int64_t max_seq;
	cs_time now;
};
#define cevent_str(l, off) ((const char *)(l)->str + (off))
/* Reads complaints.csv (missing = none) and folds each complaint's events
 * into its state: holder, rung, milestones with due/met/late as of now.
 * Rows recorded after asof are left out.  0 or CS_EX_*. */
int complaints_load(struct complaint_log *l, const struct cs_store *s,
                    const struct cs_rules *r, const char *path,
                    cs_time asof, cs_time now);
/* The same without the notes (cevent_str of note, and summaries, are "")
 * and without the revisit, note and remind events, the others grouped
 * by complaint in ev (order NULL), and without the complaints over before
 * from (every event before it, closed, every started milestone due
 * before it; CS_NOTIME: none left out) nor the index by id (l->ix, empty):
 * what cs-report needs for months from `from` on, in less memory. */
int complaints_load_brief(struct complaint_log *l, const struct cs_store *s,
                          const struct cs_rules *r, const char *path,
                          cs_time asof, cs_time now, cs_time from);
/* The same, DIR/complaints.csv, keeping the complaints' states but not
 * their events (l->ev empty, each c->nev 0): resumes from the checkpoint
 * DIR/.cs-cache/complaint-states when it matches (reading only the rows
 * after it) and writes one back; never with --no-cache (cache_off). */
int complaints_load_state(struct complaint_log *l, const char *dir,
                          const struct cs_rules *r, const struct cs_store *s,
                          cs_time asof, cs_time now);
void complaints_free(struct complaint_log *l);
int complaint_find(const struct complaint_log *l, const char *id); /* -1 */
/* The current milestone: the started, unmet one due first, or NULL
 * (none for resolved-and-revisited or closed complaints). */
const struct cmilestone *complaint_current(const struct complaint_log *l,
                                           const struct complaint *c);
/* How late m is at now, in working seconds (0 if not late). */
int64_t cmilestone_late(const struct cs_rules *r, const struct cmilestone *m,
                        cs_time now);
/* Ladder rung of a role (a role above the ladder counts as its top
 * rung; gm, director...), -1 below or unknown. */
int complaint_rung_of(const struct cs_rules *r, const char *role);

/* cs-complain: what the command line gave (NULL = not given). */
struct complaint_input {
	const char *sub;        /* open, assign, ..., escalate, list, show */
	const char *id, *customer, *severity, *category, *channel, *summary;
	const char *by, *at, *note, *to, *scores, *holder;
	const char *notify;     /* escalate --notify CMD */
	bool open_only, overdue, explain;
};
/* Runs one subcommand; prints what it prints; 0 or CS_EX_*. */
int complaint_run(struct cs_ctx *x, const struct complaint_input *in);
/* list and show over several branches (opt->dirs, branch.c): list prints
 * every branch's complaints as one list (by opening time), ids in several
 * branches as BRANCH/ID, --holder ID (or BRANCH/ID) of one branch; show ID
 * (or BRANCH/ID) shows the one branch's complaint, its complaint, customer
 * and staff ids qualified as list's are.  0 or CS_EX_*. */
int complaint_run_branches(const struct cs_opts *opt,
                           const struct complaint_input *in);

/* ---- sched.c: the visit schedule engine -------------------------------- */

/* One visit a rule asks for.  Dates are civil dates in the rules'
 * timezone.  A done visit (by anyone, current version, not after now) on a
 * day in [earliest, latest] satisfies it; the first done visit after
 * latest does it late; with none it is overdue once today > latest. */
enum occ_status {
	OCC_UPCOMING,   /* today < due (quota, follow-up: < earliest) */
	OCC_DUE,        /* due <= today <= latest */
	OCC_OVERDUE,    /* today > latest, no done visit since earliest */
	OCC_SATISFIED,  /* a done visit in [earliest, latest] */
	OCC_LATE,       /* done, but only after latest */
	OCC_LAPSED,     /* dormant: a new event came before any visit */
};
struct occurrence {
	int cust;                      /* index into the store's customers */
	const struct visit_rule *rule; /* NULL: a low-score follow-up */
	int nth, of;                   /* quota/before: the nth (0-based) of `of` */
	cs_date earliest, due, latest;
	enum occ_status status;        /* as of the engine's now */
	int64_t late;                  /* overdue: working seconds since latest */
	cs_date done;                  /* the visit that did it, or CS_NODATE */
	uint32_t visit;                /* follow-up: the low-score visit's id */
	char *why;                     /* explain: lines ending in "\n", or NULL */
};
struct sched_ix;                   /* private: done visits, events per customer */
struct sched {
	const struct cs_rules *rules;
	const struct cs_store *store;
	cs_time now;
	cs_date today;                 /* now's date in the rules' timezone */
	bool explain;                  /* fill occurrence.why */
	struct occurrence *occ;        /* what sched_range found, unsorted */
	size_t nocc, capocc;
	struct sched_ix *ix;
};
/* Indexes the done visits (those at or before now: visit_days_load, or
 * visit_days_from_log of a loaded log), which must stay until sched_free,
 * and the events per customer.  0 or CS_EX_*. */
int sched_init_days(struct sched *s, const struct cs_rules *r,
                    const struct cs_store *st, const struct visit_days *vd,
                    cs_time now, bool explain);
enum {
	SCHED_FOLLOWUPS = 1, /* also low-score follow-ups (any age) */
	SCHED_KEEP_OPEN = 2, /* also the outstanding every/dormant occurrence of
	                        each customer whose window ended before from */
	SCHED_OUTSTANDING = 4, /* keep only outstanding occurrences (upcoming,
	                        due, overdue): cs-due needs no others */
};
/* Adds to s->occ every occurrence whose window [earliest, latest] meets
 * [from, to], for every customer and matching rule.  0 or CS_EX_DATAERR
 * (a bad date in a customer column the rules use). */
int sched_range(struct sched *s, cs_date from, cs_date to, unsigned flags);
/* The same for customer c alone (c < the store's customers), one at a
 * time: s->occ then holds c's occurrences only (those before are
 * forgotten, sched_clear).  0 or CS_EX_DATAERR. */
int sched_customer(struct sched *s, size_t c, cs_date from, cs_date to,
                   unsigned flags);
/* The same, for every customer, resuming from the checkpoint
 * DIR/.cs-cache/due made on the same day (the rules' timezone) with the
 * same range and flags: only the customers whose done visits or events
 * differ from it are computed (see sched.c); writes one back.  Without
 * one, with explain or with --no-cache (cache_off): sched_range. */
int sched_range_cached(struct sched *s, const char *dir, cs_date from,
                       cs_date to, unsigned flags);
void sched_clear(struct sched *s);  /* forgets the occurrences */
void sched_free(struct sched *s);
const char *occ_status_name(enum occ_status st); /* "overdue"... */
const char *occ_what(const struct occurrence *o); /* rule name, "follow-up" */
bool occ_outstanding(const struct occurrence *o); /* upcoming|due|overdue */

/* ---- plan.c: placing occurrences on working days and staff -------------- */

struct plan_item {
	const struct occurrence *occ;
	cs_date date;          /* the day it is placed on (unplaced: wanted) */
	int staff;             /* index into the store's staff, -1: unplaced */
	const char *reason;    /* unplaced: "capacity full", ... */
	const char *team;      /* reason "no active staff in team": the team */
	bool joined;           /* on the day of another of the customer's
	                          visits, which does it too: no extra load */
};
struct plan {
	cs_date from, to;
	const struct cs_rules *rules;
	const struct cs_store *store;
	cs_date today;         /* the engine's */
	struct occurrence *occ; /* the outstanding ones (why: NULL), which */
	size_t nocc;           /* items point to */
	struct plan_item *items; /* sorted: date, placed first, staff, customer, rule */
	size_t n;
	size_t nunplaced;
	int *load;             /* nstaff x ndays: visits placed per staff and day */
	int ndays;
};
/* Runs the engine s customer by customer (sched_customer: s->occ is
 * forgotten) and keeps every outstanding occurrence (not follow-ups)
 * whose window meets [from, to]; s, and the visit days it indexes, may
 * then go (the rules and the store stay).  0, CS_EX_DATAERR (the engine),
 * or CS_EX_USAGE for a period over 3660 days. */
int plan_collect(struct plan *p, struct sched *s, cs_date from, cs_date to);
/* Places them on a working day in their window (not before today) and
 * gives each to its customer's owner, else to the least-loaded active
 * colleague of the owner's team, within each one's daily capacity.
 * Deterministic.  0. */
int plan_place(struct plan *p);
/* Both.  0 or CS_EX_*; plan_free either way. */
int plan_make(struct plan *p, struct sched *s, cs_date from, cs_date to);
void plan_free(struct plan *p);
/* "2026-12-07: 3 visits could not be placed: capacity full\n" for each
 * day and reason, appended to b. */
void plan_unplaced(const struct plan *p, struct sbuf *b);
/* The summary for people: placed visits per staff and ISO week, and the
 * days whose visits could not be placed.  0 or CS_EX_IOERR. */
int plan_summary(const struct plan *p, FILE *fp);
/* The same in two steps, over one plan or several branches' (branch.c):
 * plan_tally adds plan p (branch k) to t (zeroed first; t->br: the
 * branches, NULL for one directory), plan_tally_print prints it (staff ids
 * in several branches as BRANCH/ID; the unplaced days of a branch begin
 * with its name). */
struct plan_tally_row {
	size_t k;                /* the branch */
	char *id, *name;
	int *count;              /* per ISO week, then the total */
};
struct plan_tally {
	const struct cs_branches *br;
	cs_date from, to;
	size_t placed, joined, unplaced;
	struct plan_tally_row *rows;
	size_t nrows, cap;
	struct sbuf why;         /* the days whose visits could not be placed */
};
void plan_tally(struct plan_tally *t, const struct plan *p, size_t k);
int plan_tally_print(const struct plan_tally *t, FILE *fp);
void plan_tally_free(struct plan_tally *t);
/* cs-plan's columns, and an item's values (buf: its three dates). */
extern const struct out_col plan_out_cols[10];
void plan_item_vals(const struct cs_store *st, const struct plan_item *it,
                    char buf[3][32], const char *vals[10]);

/* ---- report.c: the monthly return-visit report (cs-report) -------------- */

/* A report is format-neutral: a month, the month before it, and a list of
 * tables.  A table has rows (a breakdown: staff, methods, milestones...)
 * and metric columns; each cell holds a value and the previous month's
 * value of the same table, row key and metric.  Renderers iterate
 * generically; charts pick tables by their well-known keys:
 *   summary            one row "total": the headline figures, with change
 *   visits             by --by group + "total": due, done, on_time, late,
 *                      missed, pending, visit_rate, on_time_rate,
 *                      attempted, reached, reach_rate
 *   visits_by_method   rows phone, onsite...: attempted, then one count
 *                      per outcome, reach_rate
 *   satisfaction       by group: surveyed, satisfied, satisfaction_rate,
 *                      served, touched, touched_rate, returning,
 *                      return_rate, dissatisfied, followed_up
 *   scores             by group: attitude, skill, timeliness, promise,
 *                      average (the mean scores, 1..4)
 *   satisfaction_items rows attitude, skill, timeliness, promise, "total"
 *                      (all items): level_1 .. level_4, answered, average
 *   dissatisfied       rows visit ids (text cells, no previous): at,
 *                      customer, name, phone, staff, scores, followed_up
 *   complaints         by group: opened, closed, open_end,
 *                      milestones_due, milestones_met, milestones_missed,
 *                      met_rate
 *   complaints_by_category, complaints_by_severity, complaints_by_channel
 *                      rows as in the rules: opened, open_end
 *   milestones         rows the rules' milestones: due, met, missed, met_rate
 *   complaint_times    rows reply, answer, close: count, median, p90 (hours)
 *   escalations        rows the ladder's roles: escalations
 *   review             rows "C2026-0001/reply", label the complaint id
 *                      (no previous): customer, milestone, due, done,
 *                      status, late_by (hours), responsible -- the
 *                      month's closed complaints, step by step (C7)
 *   trend              rows months "2026-05" .. the report's month: a few
 *                      headline figures (no previous)
 * Every figure is defined in cs-report(1). */
enum report_unit {
	RU_COUNT,   /* a whole number */
	RU_RATE,    /* a share, 0..1 (shown as a percentage) */
	RU_HOURS,   /* working hours */
	RU_SCORE,   /* an average score, 1..4 */
	RU_TEXT,    /* text (names, times); cell.text */
};
struct report_metric {       /* a column; static, shared by all reports */
	const char *key;     /* stable ASCII: "visit_rate" */
	const char *en, *zh; /* headings for people */
	enum report_unit unit;
};
struct report_cell {
	double value, prev;
	bool na, prev_na;    /* no value (a rate over nothing; no such row or
	                        figure the month before) */
	char *text;          /* RU_TEXT: the value (owned), else NULL */
};
struct report_row {
	char *key;           /* the group's id as in the ledgers ("S01", "一组",
	                        "urban", "phone"); "total" for the whole */
	char *label;         /* for people, in the report's language */
	bool total;          /* the row that sums up the table */
	struct report_cell *cells; /* one per metric */
};
struct report_table {
	const char *key;     /* "visits" ... (above) */
	const char *en, *zh; /* title */
	const char *group;   /* ASCII name of the row kind: "staff", "team",
	                        "region", "class", "method", "item",
	                        "category", "milestone", "rung", "visit",
	                        "complaint", "month", "total" */
	const char *group_en, *group_zh; /* heading of the row column */
	const struct report_metric *metrics;
	int nmetrics;
	bool has_prev;       /* cells carry the previous month's values */
	struct report_row *rows;
	size_t nrows;
};
enum report_by { REPORT_BY_STAFF, REPORT_BY_TEAM, REPORT_BY_REGION,
                 REPORT_BY_CLASS };
extern const char *const report_by_names[]; /* "staff"..., NULL-t. */
struct report {
	int year, month;          /* the report's month */
	char month_key[8];        /* "2026-10" */
	char prev_key[8];         /* "2026-09" */
	cs_date from, to;         /* its first and last day */
	cs_time asof;             /* the ledgers as they were then (--now) */
	int tz_offset;            /* the rules' timezone, for times shown */
	enum report_by by;
	char *staff;              /* a per-person report: the staff id; NULL */
	char *staff_name;
	char *rules_name;         /* rules `name`, or NULL */
	bool zh;                  /* labels for people in Chinese */
	struct report_table *tables;
	size_t ntables;
};
struct report_opts {
	int year, month;
	enum report_by by;
	int staff;                /* store index: only this person; -1 all */
	bool zh;
	bool mask;                /* phone numbers as 138****5678 */
	int trend;                /* months in the trend table (0: none) */
};
/* Computes every figure of the month from the loaded ledgers (loaded with
 * asof = now: visits_load_span from report_span_from, complaints_load).
 * now is the report's --now: the month's figures are taken at the end of
 * the month, or at now if that comes first.  0 or CS_EX_*. */
int report_build(struct report *rep, const struct cs_rules *r,
                 const struct cs_store *s, const struct visit_span *vs,
                 const struct complaint_log *cl, cs_time now,
                 const struct report_opts *o);
void report_free(struct report *rep);
/* The same over several branches taken as one department (branch.c):
 * report_acc_branch for every branch k = 0, 1, ... (its rules' lists and
 * groups; the ids of every branch noted in br beforehand), then
 * report_acc_add for every branch with its ledgers loaded (counts into
 * the same figures), then report_acc_end (rates, averages, medians over
 * all; frees a).  o->staff is a store index: one branch only.  Groups by
 * staff: ids qualified where they clash (branches_id); teams, regions and
 * classes are merged by name; categories, severities, channels, steps and
 * rungs likewise (in order of first appearance over the branches). */
struct report_acc;
struct cs_branches;
struct report_acc *report_acc_new(const struct report_opts *o,
                                  const struct cs_branches *br);
void report_acc_branch(struct report_acc *a, size_t k,
                       const struct cs_rules *r, const struct cs_store *s);
int report_acc_add(struct report_acc *a, size_t k, const struct cs_rules *r,
                   const struct cs_store *s, const struct visit_span *vs,
                   const struct complaint_log *cl, cs_time now);
int report_acc_end(struct report_acc *a, struct report *rep);
void report_acc_free(struct report_acc *a);
/* Where the figures of a report of year-month end (its next month's
 * first second): visits_load_span's until. */
cs_time report_span_until(const struct cs_rules *r, int year, int month);
/* Where the visits a report of year-month with `trend` months (o->trend)
 * needs in full begin: visits_load_span's from. */
cs_time report_span_from(const struct cs_rules *r, int year, int month,
                         int trend);
/* The table with that key, or NULL. */
const struct report_table *report_table(const struct report *rep,
                                        const char *key);
/* en or zh, by the report's language (zh falls back to en if NULL). */
const char *report_lang(const struct report *rep, const char *en,
                        const char *zh);
/* A value for people: "12", "87.5%", "3.5h", "3.62"; "-" if na.  buf of
 * at least 32 bytes; returns buf (or the cell's text). */
const char *report_value_text(const struct report_metric *m, double v,
                              bool na, char *buf);
/* The change for people: "+3", "-2.5pp" (rates, percentage points),
 * "+0.5h", "+0.12"; "" if either side is na. */
const char *report_change_text(const struct report_metric *m,
                               const struct report_cell *c, char *buf);
/* A value for machines: "12", "0.875", "3.5" (at most 4 decimals, no
 * trailing zeros); "" if na. */
const char *report_number(double v, bool na, char *buf);
/* 13812345678 -> 138****5678 (keeps the first 3 and last 4 digits). */
char *report_mask_phone(const char *phone, char *buf, size_t n);

/* ---- branch.c: several ledger directories as one department ---------- */

/* Each -d DIR is a branch, named by the directory's base name (two with
 * the same name are refused: rename one).  An id (customer, staff, visit,
 * complaint) that occurs in more than one branch is shown as BRANCH/ID;
 * one that occurs in one branch only stays as it is. */
enum { BR_CUSTOMER, BR_STAFF, BR_VISIT, BR_COMPLAINT, BR_NKINDS };
struct cs_branches {
	size_t n;
	const char **dir;       /* as given */
	char **label;           /* the directory's base name */
	struct strmap seen[BR_NKINDS]; /* id -> its branch, -2 if several */
};
/* The branches of o->dirs; each must be a directory.  0, CS_EX_NOINPUT
 * or CS_EX_USAGE after a diagnostic. */
int branches_init(struct cs_branches *b, const struct cs_opts *o);
void branches_free(struct cs_branches *b);
/* bo: opt with branch k's directory the only one; messages say the
 * branch (cs_warn_branch) until the caller sets cs_warn_branch NULL. */
void branches_opts(struct cs_opts *bo, const struct cs_opts *opt,
                   const struct cs_branches *br, size_t k);
/* Notes that branch k has id (of kind BR_*). */
void branches_note(struct cs_branches *b, int kind, size_t k,
                   const char *id);
/* Notes branch k's customer and staff ids (its store s). */
/* An id as given with a branch (LABEL/ID): the ID if LABEL is branch k's
 * name, else id as it is. */
const char *branches_local(const struct cs_branches *b, size_t k,
                           const char *id);
void branches_note_store(struct cs_branches *b, size_t k,
                         const struct cs_store *s);
bool branches_clash(const struct cs_branches *b, int kind, const char *id);
const char *branches_label(const struct cs_branches *b, size_t k);
/* id of branch k as shown (allocated): "LABEL/ID" if it clashes. */
char *branches_id(const struct cs_branches *b, int kind, size_t k,
                  const char *id);
/* cs-report over every branch: the report of opts' month (o: as for
 * report_build, o->staff -1), each branch loaded in turn with its own
 * rules (or -r), twice (its groups and ids, then its figures).  opt: the
 * command's options (opt->dirs: the branches).  0 or CS_EX_*. */
int branches_report(struct report *rep, struct cs_branches *br,
                    const struct cs_opts *opt, const struct report_opts *o);

/* Rows of several branches as one list: each branch's rows added as text
 * (branch_rows_add; kind[c]: the BR_* of column c's ids, or -1), then the
 * ids that clash qualified and the rows sorted (by the command's order),
 * then printed with out_* (fmt OUT_AUTO: a table on a terminal, else
 * CSV). */
enum { BRANCH_NKEYS = 4 };
struct branch_row {
	size_t k;                /* the branch */
	char **v;                /* ncols values */
	int64_t key[BRANCH_NKEYS]; /* numbers to sort by (the command's) */
	char *why;               /* cs-due --explain, or NULL */
};
struct branch_rows {
	int ncols;
	const int *kind;
	struct branch_row *r;
	size_t n, cap;
};
void branch_rows_add(struct branch_rows *t, size_t k, const char *const vals[],
                     const int64_t key[BRANCH_NKEYS], const char *why);
int branch_rows_print(const struct branch_rows *t, const struct cs_opts *o,
                      enum out_format fmt, const struct out_col *cols,
                      cs_time created);
/* Every branch is in: the ids that clash qualified, then qsort by cmp (on
 * struct branch_row). */
void branch_rows_end(struct branch_rows *t, const struct cs_branches *br,
                     int (*cmp)(const void *, const void *));
void branch_rows_free(struct branch_rows *t);
/* cs-plan over every branch: each branch's plan of [from, to] made on its
 * own (its staff take its customers), into rows (sorted as cs-plan sorts:
 * date, planned first, staff, customer, rule) and t.  0 or CS_EX_*. */
struct plan_tally;
int branches_plan(struct cs_branches *br, const struct cs_opts *opt,
                  cs_date from, cs_date to, struct branch_rows *rows,
                  struct plan_tally *t);

/* ---- report_text.c, report_html.c, report_xlsx.c: renderers ------------ */

/* Each returns 0, or CS_EX_IOERR after a diagnostic. */
int report_write_text(const struct report *rep, FILE *fp, int ambiwidth);
int report_write_md(const struct report *rep, FILE *fp);
/* One row per (table, row, metric): month, table, group, key, metric,
 * value, previous, change.  json: the same as JSON Lines. */
/* flags: OUT_CSV_BOM, OUT_CSV_EXCEL (output.c). */
int report_write_csv(const struct report *rep, FILE *fp, unsigned flags);
int report_write_json(const struct report *rep, FILE *fp);
/* One self-contained HTML page with inline SVG charts. */
int report_write_html(const struct report *rep, FILE *fp);
/* A workbook via libxlsxwriter, written to path (CS_EX_CANTCREAT). */
int report_write_xlsx(const struct report *rep, const char *path);
/* output.c's OUT_XLSX: the held rows as a one-sheet workbook (named after
 * the command) on o->fp.  0, or a CS_EX_* status after a diagnostic. */
int out_write_xlsx(const struct out *o);
/* libxlsxwriter writes files: write(ctx, path) makes a workbook in a
 * temporary file ($TMPDIR, else /tmp), which is then copied to fp. */
int xlsx_to_stream(FILE *fp, int (*write)(void *ctx, const char *path),
                   void *ctx);

/* ---- init.c: a new ledger directory (cs-init) --------------------------- */

/* The files cs-init creates: the five ledgers, then rules.yaml; NULL-t. */
extern const char *const init_files[];
/* The header of a new customers.csv for rules r: the required columns,
 * then every other customer column the rules use (match, anchor, before,
 * from, until: policy_end, warranty_end...), in order of first use.
 * NULL-terminated; free the array (the names belong to r and the list of
 * required columns). */
const char **init_customer_cols(const struct cs_rules *r);
/* Makes dir (and missing parents) a ledger directory ready to use:
 * headers-only customers.csv, staff.csv, events.csv, visits.csv and
 * complaints.csv (mode 0640 less umask, through the ledger layer) and
 * rules.yaml, a byte copy of rules_path (mode 0644 less umask).  Before
 * it creates anything it checks that the rules load, that the copy will
 * load from dir (its includes found next to it, in $CS_RULES_PATH or in
 * CS_DATADIR/rules; else CS_EX_DATAERR) and that none of the files exists
 * (each one named, CS_EX_CANTCREAT).  On a later failure it removes what
 * it created.  0 or CS_EX_*. */
int init_dir(const char *dir, const char *rules_path);

/* ---- cache.c: checkpoints and indexes beside the ledgers --------------- */

/* Derived state kept in DIR/.cs-cache/, keyed to the ledger it was made
 * from (device, inode, the byte offset covered, hashes of the first 4 KiB
 * and of the 4 KiB before that offset) and to everything else it depends
 * on (the cache version, the rules, customers.csv and staff.csv).  What
 * does not match is not used; what cannot be read or written is silently
 * not used.  Files are written atomically (temp file, fsync, rename, fsync
 * of the directory), mode 0640 less umask. */
extern bool cache_off;        /* --no-cache: none is read or written */
/* With $CS_CACHE_TRACE set, "prog: cache: ..." on stderr: what was used,
 * rebuilt and why (tests, and to see what a cron job does). */
void cache_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
uint64_t cache_hash(const void *p, size_t n, uint64_t seed);
uint64_t cache_hash_str(const char *s, uint64_t seed);
/* The sum of a checkpoint's payload (faster than cache_hash on long
 * data), n bytes given in pieces: begin, add..., end. */
struct cache_hasher {
	uint64_t v[4], n;
	unsigned char carry[32];
	size_t ncarry;
};
void cache_hash_begin(struct cache_hasher *x, size_t n, uint64_t seed);
void cache_hash_add(struct cache_hasher *x, const void *p, size_t n);
uint64_t cache_hash_end(struct cache_hasher *x);
char *cache_path(const char *dir, const char *name);  /* malloc'd */
/* Ledgers smaller than this get no cache written: $CS_CACHE_MIN bytes,
 * default 1 MiB (below that a cold read takes milliseconds). */
int64_t cache_min_bytes(void);
/* What cached state of `kind` made from DIR's ledgers depends on besides
 * the ledger itself ($CS_CACHE_VERSION stands in for another version of
 * the program). */
uint64_t cache_deps(const char *dir, const struct cs_rules *r, uint32_t kind);
enum { CACHE_VISIT_DAYS = 1, CACHE_COMPLAINTS = 2, CACHE_VISIT_IX = 3,
       CACHE_COMPLAINT_IX = 4, CACHE_CUSTOMER_IX = 5, CACHE_STORE = 6,
       CACHE_DUE = 7 };

/* The first `offset` bytes of a ledger (open on fd). */
struct cache_mark {
	uint64_t dev, ino;
	int64_t offset;
	int64_t line;           /* line number at offset */
	uint64_t sum_head, sum_tail;
};
int cache_mark_make(int fd, int64_t offset, long line, struct cache_mark *m);
/* Is the ledger on fd still the file m was made from, with the same bytes
 * at both ends of what m covers (and not shorter)? */
bool cache_mark_holds(int fd, const struct cache_mark *m);

/* A checkpoint: a header (kind, version, deps, mark, payload hash) and
 * the payload.  ckpt_read returns the payload (malloc'd) only if all of it
 * matches the ledger on ledger_fd; else NULL. */
int ckpt_write(const char *dir, const char *name, uint32_t kind,
               uint64_t deps, const struct cache_mark *m, const void *data,
               size_t len);
void *ckpt_read(const char *dir, const char *name, uint32_t kind,
                uint64_t deps, int ledger_fd, struct cache_mark *m,
                size_t *len);
/* The same, and *id: what parts appended to it are keyed to.  Writing a
 * checkpoint removes the parts appended to the one before. */
void *ckpt_read_id(const char *dir, const char *name, uint32_t kind,
                   uint64_t deps, int ledger_fd, struct cache_mark *m,
                   size_t *len, uint64_t *id);
/* ckpt_read_id without holding the payload: ckpt_open checks the header
 * (0, or -1: not used, and the trace says why), ckpt_take reads the
 * payload's next n bytes into buf, ckpt_done closes it and says (0 or -1)
 * whether all of it was read and hashes as the header says.  Nothing
 * taken may be trusted until then: a caller that uses it on the way must
 * be able to go back. */
struct ckpt_in {
	int fd;
	const char *name;
	size_t len, pos;
	uint64_t sum;
	bool bad;
	struct cache_hasher hx;
};
int ckpt_open(struct ckpt_in *in, const char *dir, const char *name,
              uint32_t kind, uint64_t deps, int ledger_fd,
              struct cache_mark *m, size_t *len, uint64_t *id);
int ckpt_take(struct ckpt_in *in, void *buf, size_t n);
int ckpt_done(struct ckpt_in *in, const struct cache_mark *m);
void ckpt_abandon(struct ckpt_in *in);  /* closes it, saying nothing */
/* Parts appended to checkpoint NAME (id base), each what the ledger's rows
 * from where the one before ends add (see cache.c).  ckpt_more_read: the
 * payloads of those that hold, in order, one after the other (malloc'd;
 * NULL and *len 0 if none); *m, the checkpoint's mark, moves to the last
 * one's; *end is where they end in the file if nothing follows them
 * there (0: no file), else -1.  ckpt_more_append adds one from *from (the
 * mark ckpt_more_read gave) to *m at end (what it gave: else nothing is
 * written): 0 or -1. */
void *ckpt_more_read(const char *dir, const char *name, uint32_t kind,
                     uint64_t base, int ledger_fd, struct cache_mark *m,
                     size_t *len, int64_t *end);
int ckpt_more_append(const char *dir, const char *name, uint32_t kind,
                     uint64_t base, int64_t end, const struct cache_mark *from,
                     const struct cache_mark *m, const void *data,
                     size_t len);

/* An index: an on-disk hash table from a key's 64-bit hash to the byte
 * offsets of rows (candidates: read the row and check it).  Slots are only
 * added, under the ledger's lock.  mark: the ledger bytes all of whose rows
 * are in; meta: the kind's own figures as of mark (max id...). */
#define CIX_META 64
struct cache_ix {
	int fd;                 /* an index file, or -1 */
	uint64_t *mem;          /* or one being built in memory */
	uint32_t kind;
	uint64_t deps;
	struct cache_mark mark;
	uint64_t nslots, nused;
	int64_t meta[CIX_META];
	struct cache_mark soft; /* the slots reach this far, unsynced (good
	                           until the system restarts): read on */
	int64_t smeta[CIX_META];/* from here, with these figures */
	bool dirty;
};
/* 0, or -1: there is none that matches (build one: cix_new, cix_save). */
int cix_open(struct cache_ix *x, const char *dir, const char *name,
             uint32_t kind, uint64_t deps, int ledger_fd);
void cix_new(struct cache_ix *x, uint32_t kind, uint64_t deps, size_t n);
/* Candidate offsets of rows whose key hashes to h, up to max; -1 if the
 * index cannot answer. */
int cix_find(struct cache_ix *x, uint64_t h, int64_t *off, size_t max);
/* 0 or -1.  One in memory grows as needed; one on disk is full when
 * cix_full: cix_grow (it is in memory then) and cix_save. */
int cix_add(struct cache_ix *x, uint64_t h, int64_t off);
bool cix_full(const struct cache_ix *x);
int cix_grow(struct cache_ix *x);
int cix_save(struct cache_ix *x, const char *dir, const char *name,
             const struct cache_mark *m);
/* fsyncs the slots, then moves the mark to m (NULL: keeps it) with meta. */
int cix_advance(struct cache_ix *x, const struct cache_mark *m);
/* Moves only the soft mark to m, with smeta (no fsync). */
int cix_soft(struct cache_ix *x, const struct cache_mark *m);
void cix_close(struct cache_ix *x);
void cix_remove(const char *dir, const char *name);
/* For a writer: the furthest byte of the ledger open on ledger_fd known
 * to end a row, from the marks of every checkpoint and index in
 * DIR/.cs-cache that still hold (none with cache_off): 0 and *m, or -1. */
int cache_ledger_mark(const char *dir, int ledger_fd, struct cache_mark *m);

/* ---- notify.c: notices handed to a command (--notify) ------------------ */

/* DIR/notices.csv, one row per notice and try: at, kind (due, remind),
 * recipient (a staff id), key, status (sent, failed), detail. */
extern const char *const notice_cols[];
struct notify {
	const struct cs_ctx *x;
	const char *cmd;       /* run as /bin/sh -c CMD */
	double timeout;        /* seconds: $CS_NOTIFY_TIMEOUT, default 60 */
	char *path;
	struct ledger_w w;
	struct strmap sent;    /* keys of the notices sent */
	int nsent, nfailed;
};
/* Opens and locks DIR/notices.csv (waiting x->opt.wait seconds) and reads
 * which notices were sent.  0 or CS_EX_*. */
int notify_open(struct notify *n, const struct cs_ctx *x, const char *cmd);
bool notify_was_sent(const struct notify *n, const char *key);
/* Runs the command once for staff member `staff` with text on its stdin
 * (its stdout and stderr go to our stderr) and CS_NOTICE_TO, _NAME,
 * _SUBJECT, _KIND, _KEY (keys[0]) and CS_STAFF_<COLUMN> for each column of
 * the staff row in its environment; kills it after n->timeout.  Appends a
 * row per key: sent (exit 0) or failed (with why, also said on stderr).
 * 0 when sent, CS_EX_TEMPFAIL when not, CS_EX_IOERR if notices.csv could
 * not be written. */
int notify_send(struct notify *n, const char *kind, int staff,
                const char *const keys[], size_t nkeys, const char *subject,
                const char *text, size_t len);
void notify_close(struct notify *n);  /* releases the lock */
/* 16 hex digits naming s (for keys: the content of a list). */
char *notify_hash(const char *s);

#endif
