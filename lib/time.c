/* time.c - civil dates, times at fixed offsets, durations. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cs.h"

#define DAY_SECONDS 86400

/* ---- civil dates ------------------------------------------------------- */

/* Howard Hinnant's days_from_civil: days since 1970-01-01 of y-m-d in the
 * proleptic Gregorian calendar. */
static int64_t
days_from_civil_calc(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days_calc(int64_t z, int *y, int *m, int *d)
{
	int64_t era, doe, yoe, yy, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/* The schedule does date arithmetic for every customer: the first day of
 * each month of 1970..2099 from a table, the same results as the
 * formulas above, which serve the other years. */
#define MONTHS_FROM 1970
#define MONTHS_N (130 * 12)
static _Thread_local int32_t month_first[MONTHS_N + 1];
static _Thread_local bool month_ready;

static void
months_init(void)
{
	for (int i = 0; i <= MONTHS_N; i++)
		month_first[i] = (int32_t)days_from_civil_calc(MONTHS_FROM +
		    i / 12, i % 12 + 1, 1);
	month_ready = true;
}

static int64_t
days_from_civil(int64_t y, int m, int d)
{
	if (y >= MONTHS_FROM && y < MONTHS_FROM + MONTHS_N / 12 && m >= 1 &&
	    m <= 12) {
		if (!month_ready)
			months_init();
		return month_first[(y - MONTHS_FROM) * 12 + m - 1] +
		    (int64_t)d - 1;
	}
	return days_from_civil_calc(y, m, d);
}

static void
civil_from_days(int64_t z, int *y, int *m, int *d)
{
	if (z >= 0 && z < 47482) { /* 2100-01-01 */
		/* 4800 months in 146097 days: off by one at most */
		size_t i = (size_t)(z * 4800 / 146097);

		if (!month_ready)
			months_init();
		while (i + 1 < MONTHS_N && month_first[i + 1] <= z)
			i++;
		while (i > 0 && month_first[i] > z)
			i--;
		*y = MONTHS_FROM + (int)(i / 12);
		*m = (int)(i % 12) + 1;
		*d = (int)(z - month_first[i]) + 1;
		return;
	}
	civil_from_days_calc(z, y, m, d);
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
days_in_month(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : mdays[m - 1];
}

bool
date_in_range(cs_date d)
{
	return d >= CS_DATE_MIN && d <= CS_DATE_MAX;
}

/* CS_NODATE for a day that does not exist. */
cs_date
date_from_ymd(int y, int m, int d)
{
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return CS_NODATE;
	return (cs_date)days_from_civil(y, m, d);
}

void
date_to_ymd(cs_date d, int *y, int *m, int *dd)
{
	civil_from_days(d, y, m, dd);
}

int
date_weekday(cs_date d)
{
	/* 1970-01-01 was a Thursday (3). */
	return (int)((((int64_t)d % 7) + 7 + 3) % 7);
}

cs_date
date_add_months(cs_date d, int months)
{
	int y, m, dd, dim;
	int64_t mm;

	if (d == CS_NODATE)
		return CS_NODATE;
	date_to_ymd(d, &y, &m, &dd);
	mm = (int64_t)y * 12 + (m - 1) + months;
	y = (int)(mm >= 0 ? mm / 12 : -((-mm + 11) / 12));
	m = (int)(mm - (int64_t)y * 12) + 1;
	dim = days_in_month(y, m);
	if (dd > dim)
		dd = dim;
	return (cs_date)days_from_civil(y, m, dd);
}

cs_date
period_start(cs_date d, enum cs_period p)
{
	int y, m, dd;

	switch (p) {
	case PERIOD_WEEK:
		return d - date_weekday(d);
	case PERIOD_MONTH:
		date_to_ymd(d, &y, &m, &dd);
		return (cs_date)days_from_civil(y, m, 1);
	case PERIOD_QUARTER:
		date_to_ymd(d, &y, &m, &dd);
		return (cs_date)days_from_civil(y, m - (m - 1) % 3, 1);
	case PERIOD_YEAR:
		date_to_ymd(d, &y, &m, &dd);
		return (cs_date)days_from_civil(y, 1, 1);
	}
	return d;
}

cs_date
period_next(cs_date start, enum cs_period p)
{
	switch (p) {
	case PERIOD_WEEK:
		return period_start(start, p) + 7;
	case PERIOD_MONTH:
		return date_add_months(period_start(start, p), 1);
	case PERIOD_QUARTER:
		return date_add_months(period_start(start, p), 3);
	case PERIOD_YEAR:
		return date_add_months(period_start(start, p), 12);
	}
	return start;
}

const char *
period_name(enum cs_period p)
{
	switch (p) {
	case PERIOD_WEEK:
		return "week";
	case PERIOD_MONTH:
		return "month";
	case PERIOD_QUARTER:
		return "quarter";
	case PERIOD_YEAR:
		return "year";
	}
	return "?";
}

/* ---- parsing ----------------------------------------------------------- */

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads between min and max digits at *sp; advances it. */
static bool
read_digits(const char **sp, int min, int max, int *out)
{
	const char *s = *sp;
	int n = 0, v = 0;

	while (n < max && is_digit(s[n])) {
		v = v * 10 + (s[n] - '0');
		n++;
	}
	if (n < min || is_digit(s[n]))
		return false;
	*sp = s + n;
	*out = v;
	return true;
}

/* A date at the start of s: YYYY-MM-DD, YYYY/MM/DD or YYYY/M/D.  Returns
 * the first byte after it, or NULL. */
static const char *
scan_date(const char *s, cs_date *out)
{
	/* the last YYYY-MM-DD read: a ledger's times come in runs of a day */
	static _Thread_local struct { char s[10]; cs_date d; bool set; } last;
	const char *start = s;
	int y, m, d, k = 0;
	char sep;

	/* (last.s holds no NUL: the compare stops at the end of s) */
	if (last.set)
		while (k < 10 && s[k] == last.s[k])
			k++;
	if (k == 10 && !is_digit(s[10])) {
		*out = last.d;
		return s + 10;
	}
	if (!read_digits(&s, 4, 4, &y))
		return NULL;
	sep = *s;
	if (sep != '-' && sep != '/')
		return NULL;
	s++;
	if (!read_digits(&s, sep == '-' ? 2 : 1, 2, &m) || *s++ != sep)
		return NULL;
	if (!read_digits(&s, sep == '-' ? 2 : 1, 2, &d))
		return NULL;
	if (y < 1900 || y > 9999 || (*out = date_from_ymd(y, m, d)) ==
	    CS_NODATE)
		return NULL;
	if (s - start == 10 && sep == '-') {
		memcpy(last.s, start, 10);
		last.d = *out;
		last.set = true;
	}
	return s;
}

int
date_parse(const char *s, cs_date *out)
{
	cs_date d;

	if (!s || !(s = scan_date(s, &d)) || *s)
		return -1;
	*out = d;
	return 0;
}

/* Z, +HH:MM, +HHMM or +HH at s, the whole rest of it: minutes east. */
static bool
scan_offset(const char *s, int *off)
{
	int sign, h, m = 0;

	if (s[0] == 'Z' && !s[1]) {
		*off = 0;
		return true;
	}
	if (*s != '+' && *s != '-')
		return false;
	sign = *s++ == '-' ? -1 : 1;
	if (!is_digit(s[0]) || !is_digit(s[1]))
		return false;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	s += 2;
	if (*s == ':') {
		s++;
		if (!read_digits(&s, 2, 2, &m))
			return false;
	} else if (*s && !read_digits(&s, 2, 2, &m))
		return false;
	if (*s || h > 18 || m > 59 || h * 60 + m > 18 * 60)
		return false;
	*off = sign * (h * 60 + m);
	return true;
}

/* time_parse; *range set when s is a valid time but its date at
 * tz_offset is out of range. */
static int
parse_time(const char *s, int tz_offset, cs_time *out, bool *range)
{
	cs_date d;
	int h = 0, mi = 0, sec = 0, off = tz_offset;
	cs_time t;

	if (!s || !(s = scan_date(s, &d)))
		return -1;
	if (*s == 'T' || *s == ' ') {
		s++;
		if (!read_digits(&s, 2, 2, &h) || *s++ != ':' ||
		    !read_digits(&s, 2, 2, &mi))
			return -1;
		if (*s == ':') {
			s++;
			if (!read_digits(&s, 2, 2, &sec))
				return -1;
		}
		if (h > 23 || mi > 59 || sec > 59)
			return -1;
		if (*s && !scan_offset(s, &off))
			return -1;
	} else if (*s)
		return -1;
	t = (cs_time)d * DAY_SECONDS + h * 3600 + mi * 60 + sec -
	    (cs_time)off * 60;
	/* it must format back at tz_offset with a four-digit year */
	if (tz_offset < -18 * 60 || tz_offset > 18 * 60 ||
	    !date_in_range(time_date(t, tz_offset))) {
		*range = true;
		return -1;
	}
	*out = t;
	return 0;
}

int
time_parse(const char *s, int tz_offset, cs_time *out)
{
	bool range = false;

	return parse_time(s, tz_offset, out, &range);
}

/* ---- local time at a fixed offset -------------------------------------- */

static int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

cs_date
time_date(cs_time t, int tz_offset)
{
	if (t == CS_NOTIME)
		return CS_NODATE;
	return (cs_date)floor_div(t + (cs_time)tz_offset * 60, DAY_SECONDS);
}

/* Seconds since local midnight. */
static int
time_second_of_day(cs_time t, int tz_offset)
{
	cs_time l = t + (cs_time)tz_offset * 60;

	return (int)(l - floor_div(l, DAY_SECONDS) * DAY_SECONDS);
}

int
time_minute_of_day(cs_time t, int tz_offset)
{
	return time_second_of_day(t, tz_offset) / 60;
}

cs_time
time_from_date_minute(cs_date d, int minute, int tz_offset)
{
	return (cs_time)d * DAY_SECONDS + (cs_time)minute * 60 -
	    (cs_time)tz_offset * 60;
}

/* ---- formatting -------------------------------------------------------- */

char *
date_format(cs_date d, char *buf)
{
	int y, m, dd;

	if (d == CS_NODATE) {
		buf[0] = '\0';
		return buf;
	}
	date_to_ymd(d, &y, &m, &dd);
	snprintf(buf, 32, "%04d-%02d-%02d", y, m, dd);
	return buf;
}

char *
time_format_iso(cs_time t, int tz_offset, char *buf)
{
	char db[32];
	int s, a = tz_offset < 0 ? -tz_offset : tz_offset;

	if (t == CS_NOTIME) {
		buf[0] = '\0';
		return buf;
	}
	s = time_second_of_day(t, tz_offset);
	snprintf(buf, 32, "%sT%02d:%02d:%02d%c%02d:%02d",
	    date_format(time_date(t, tz_offset), db), s / 3600, s / 60 % 60,
	    s % 60, tz_offset < 0 ? '-' : '+', a / 60 % 100, a % 60);
	return buf;
}

char *
time_format_short(cs_time t, int tz_offset, char *buf)
{
	char db[32];
	int s;

	if (t == CS_NOTIME) {
		buf[0] = '\0';
		return buf;
	}
	s = time_second_of_day(t, tz_offset);
	snprintf(buf, 32, "%s %02d:%02d", date_format(time_date(t, tz_offset),
	    db), s / 3600, s / 60 % 60);
	return buf;
}

char *
span_format(int64_t seconds, char *buf)
{
	uint64_t a, h, m;
	const char *sign = seconds < 0 ? "-" : "";

	a = seconds < 0 ? (uint64_t)0 - (uint64_t)seconds : (uint64_t)seconds;
	h = a / 3600;
	m = a / 60 % 60;
	if (h == 0)
		snprintf(buf, 32, "%s%llum", sign, (unsigned long long)m);
	else if (m == 0)
		snprintf(buf, 32, "%s%lluh", sign, (unsigned long long)h);
	else
		snprintf(buf, 32, "%s%lluh%02llum", sign,
		    (unsigned long long)h, (unsigned long long)m);
	return buf;
}

/* ---- durations --------------------------------------------------------- */

#define DURATION_MAX 100000

static const struct unit_word {
	const char *word;
	enum cs_unit unit;
	enum cs_clock clock;
} unit_words[] = {
	{ "min", UNIT_MIN, CLOCK_DEFAULT },
	{ "mins", UNIT_MIN, CLOCK_DEFAULT },
	{ "minute", UNIT_MIN, CLOCK_DEFAULT },
	{ "minutes", UNIT_MIN, CLOCK_DEFAULT },
	{ "h", UNIT_HOUR, CLOCK_DEFAULT },
	{ "hour", UNIT_HOUR, CLOCK_DEFAULT },
	{ "hours", UNIT_HOUR, CLOCK_DEFAULT },
	{ "d", UNIT_DAY, CLOCK_DEFAULT },
	{ "day", UNIT_DAY, CLOCK_DEFAULT },
	{ "days", UNIT_DAY, CLOCK_DEFAULT },
	{ "w", UNIT_WEEK, CLOCK_DEFAULT },
	{ "week", UNIT_WEEK, CLOCK_DEFAULT },
	{ "weeks", UNIT_WEEK, CLOCK_DEFAULT },
	{ "mo", UNIT_MONTH, CLOCK_DEFAULT },
	{ "month", UNIT_MONTH, CLOCK_DEFAULT },
	{ "months", UNIT_MONTH, CLOCK_DEFAULT },
	{ "y", UNIT_YEAR, CLOCK_DEFAULT },
	{ "year", UNIT_YEAR, CLOCK_DEFAULT },
	{ "years", UNIT_YEAR, CLOCK_DEFAULT },
	{ "wh", UNIT_HOUR, CLOCK_WORKING },
	{ "wd", UNIT_DAY, CLOCK_WORKING },
	{ "ch", UNIT_HOUR, CLOCK_CALENDAR },
	{ "cd", UNIT_DAY, CLOCK_CALENDAR },
};

static const struct unit_word *
unit_lookup(const char *s)
{
	for (size_t i = 0; i < sizeof unit_words / sizeof unit_words[0]; i++)
		if (strcmp(unit_words[i].word, s) == 0)
			return &unit_words[i];
	return NULL;
}

int
duration_parse(const char *s, struct cs_duration *d, const char **why)
{
	static const char e_number[] = "expected a number";
	static const char e_unit[] = "unknown unit (expected min, h, d, w, "
	    "mo or y)";
	static const char e_working[] = "working time is counted in minutes, "
	    "hours or days";
	static const char e_large[] = "number too large";
	const struct unit_word *u;
	enum cs_clock clock = CLOCK_DEFAULT;
	int64_t n = 0;
	const char *w;

	if (!s || !is_digit(*s)) {
		*why = e_number;
		return -1;
	}
	for (; is_digit(*s); s++) {
		n = n * 10 + (*s - '0');
		if (n > DURATION_MAX) {
			*why = e_large;
			return -1;
		}
	}
	if (*s == ' ')
		s++;
	if ((w = strchr(s, ' ')) != NULL) {
		/* "working hours", "calendar days" */
		size_t len = (size_t)(w - s);

		if (len == 7 && strncmp(s, "working", 7) == 0)
			clock = CLOCK_WORKING;
		else if (len == 8 && strncmp(s, "calendar", 8) == 0)
			clock = CLOCK_CALENDAR;
		else {
			*why = e_unit;
			return -1;
		}
		s = w + 1;
	}
	if (!(u = unit_lookup(s)) ||
	    (clock != CLOCK_DEFAULT && u->clock != CLOCK_DEFAULT)) {
		*why = e_unit;
		return -1;
	}
	if (u->clock != CLOCK_DEFAULT)
		clock = u->clock;
	if (clock == CLOCK_WORKING && u->unit > UNIT_DAY) {
		*why = e_working;
		return -1;
	}
	d->n = n;
	d->unit = u->unit;
	d->clock = clock;
	return 0;
}

char *
duration_format(const struct cs_duration *d, char *buf)
{
	static const char *const names[] = {
		[UNIT_MIN] = "minute", [UNIT_HOUR] = "hour",
		[UNIT_DAY] = "day", [UNIT_WEEK] = "week",
		[UNIT_MONTH] = "month", [UNIT_YEAR] = "year",
	};
	const char *clock = "";

	if (d->clock == CLOCK_WORKING)
		clock = "working ";
	else if (d->clock == CLOCK_CALENDAR && d->unit <= UNIT_DAY)
		clock = "calendar ";
	snprintf(buf, 32, "%lld %s%s%s", (long long)d->n, clock,
	    (unsigned)d->unit <= UNIT_YEAR ? names[d->unit] : "?",
	    d->n == 1 ? "" : "s");
	return buf;
}

enum cs_clock
duration_clock(const struct cs_duration *d, enum cs_clock dflt)
{
	enum cs_clock c = d->clock != CLOCK_DEFAULT ? d->clock : dflt;

	if (d->unit > UNIT_DAY || c == CLOCK_DEFAULT)
		return CLOCK_CALENDAR;
	return c;
}

/* ---- now --------------------------------------------------------------- */

cs_time
cs_now_resolve(const char *opt, int tz_offset)
{
	const char *s = opt, *from = "--now";
	bool range = false;
	cs_time t;

	if (!s) {
		s = getenv("CS_NOW");
		from = "CS_NOW";
		if (!s || !*s)
			return (cs_time)time(NULL);
	}
	if (parse_time(s, tz_offset, &t, &range) == 0)
		return t;
	if (range)
		cs_die(CS_EX_USAGE, "bad %s value \"%s\" (in the rules' time "
		    "zone it falls outside 1900-01-01..9999-12-31)", from, s);
	cs_die(CS_EX_USAGE, "bad %s value \"%s\" (expected an ISO 8601 "
	    "date or date-time, e.g. 2026-11-23T09:00+08:00)", from, s);
}
