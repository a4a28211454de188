/* calendar.c - working time: weekdays, hours, holidays, make-up days. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>

#include "cs.h"

#define DAY_SECONDS 86400
/* Give up after this many days in a row without a working day. */
#define IDLE_MAX 3660

static const char *const weekday_names[] = {
	"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
};

/* ---- timezones ----------------------------------------------------------- */

static const struct fixed_zone {
	const char *name;
	int offset;
} fixed_zones[] = {
	{ "Asia/Shanghai", 480 }, { "Asia/Chongqing", 480 },
	{ "Asia/Chungking", 480 }, { "Asia/Harbin", 480 }, { "PRC", 480 },
	{ "Asia/Hong_Kong", 480 }, { "Hongkong", 480 }, { "Asia/Macau", 480 },
	{ "Asia/Taipei", 480 }, { "ROC", 480 }, { "Asia/Singapore", 480 },
	{ "Singapore", 480 }, { "Asia/Kuala_Lumpur", 480 },
	{ "Asia/Manila", 480 }, { "Asia/Tokyo", 540 }, { "Japan", 540 },
	{ "Asia/Seoul", 540 }, { "ROK", 540 }, { "Asia/Kolkata", 330 },
	{ "Asia/Calcutta", 330 }, { "UTC", 0 }, { "Etc/UTC", 0 },
	{ "GMT", 0 }, { "Etc/GMT", 0 }, { "Z", 0 },
};

/* "+08:00", "+0800", "+08", "+8", "-05:30". */
static int
offset_parse(const char *s, int *offset)
{
	int sign, h = 0, m = 0, nd = 0;

	if (*s != '+' && *s != '-')
		return -1;
	sign = *s++ == '-' ? -1 : 1;
	while (*s >= '0' && *s <= '9' && nd < 2) {
		h = h * 10 + (*s++ - '0');
		nd++;
	}
	if (nd == 0)
		return -1;
	if (*s == ':')
		s++;
	if (*s) {
		if (!(s[0] >= '0' && s[0] <= '9' && s[1] >= '0' &&
		    s[1] <= '9') || s[2])
			return -1;
		m = (s[0] - '0') * 10 + (s[1] - '0');
	}
	if (m > 59 || h * 60 + m > 14 * 60)
		return -1;
	*offset = sign * (h * 60 + m);
	return 0;
}

int
tz_lookup(const char *name, int *offset)
{
	if (!name)
		return -1;
	for (size_t i = 0; i < sizeof fixed_zones / sizeof fixed_zones[0]; i++)
		if (strcmp(fixed_zones[i].name, name) == 0) {
			*offset = fixed_zones[i].offset;
			return 0;
		}
	if (strncmp(name, "UTC", 3) == 0 && (name[3] == '+' || name[3] == '-'))
		name += 3;
	return offset_parse(name, offset);
}

/* ---- the calendar ---------------------------------------------------------- */

void
cal_init_default(struct cs_calendar *c)
{
	memset(c, 0, sizeof *c);
	c->tz_name = xstrdup("Asia/Shanghai");
	c->tz_offset = 480;
	c->week = 0x1f;
	c->nhours = 2;
	c->hours[0].start = 9 * 60;
	c->hours[0].end = 12 * 60;
	c->hours[1].start = 13 * 60 + 30;
	c->hours[1].end = 18 * 60;
}

void
cal_free(struct cs_calendar *c)
{
	for (size_t i = 0; i < c->nnames; i++)
		free(c->names[i]);
	free(c->names);
	free(c->holidays);
	free(c->extra);
	free(c->tz_name);
	free(c->beyond);
	memset(c, 0, sizeof *c);
}

/* The entry for d in a sorted list, or NULL. */
static const struct cs_dayname *
dayname_find(const struct cs_dayname *v, size_t n, cs_date d)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].date < d)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].date == d ? &v[lo] : NULL;
}

/* Index of the first entry on or after d. */
static size_t
dayname_lower(const struct cs_dayname *v, size_t n, cs_date d)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].date < d)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool
cal_is_holiday(const struct cs_calendar *c, cs_date d, const char **name)
{
	const struct cs_dayname *e = dayname_find(c->holidays, c->nholidays, d);

	if (e && name)
		*name = e->name;
	return e != NULL;
}

bool
cal_is_extra(const struct cs_calendar *c, cs_date d, const char **name)
{
	const struct cs_dayname *e = dayname_find(c->extra, c->nextra, d);

	if (e && name)
		*name = e->name;
	return e != NULL;
}

static bool
weekday_works(const struct cs_calendar *c, cs_date d)
{
	return (c->week >> date_weekday(d)) & 1;
}

bool
cal_is_working_day(const struct cs_calendar *c, cs_date d)
{
	if (d == CS_NODATE)
		return false;
	/* after the years the holidays are known for: noted, said once */
	if (c->beyond && d > c->cover_hi && d <= c->beyond->watch)
		c->beyond->seen = true;
	if (cal_is_extra(c, d, NULL))
		return true;
	return weekday_works(c, d) && !cal_is_holiday(c, d, NULL);
}

void
cal_watch(const struct cs_calendar *c, cs_date d)
{
	if (c->beyond && d != CS_NODATE && d > c->beyond->watch)
		c->beyond->watch = d;
}

void
cal_warn_beyond(const struct cs_calendar *c, const char *file)
{
	char years[32];

	if (!c->beyond || !c->beyond->seen)
		return;
	if (c->year_lo == c->year_hi)
		snprintf(years, sizeof years, "%d", c->year_lo);
	else
		snprintf(years, sizeof years, "%d-%d", c->year_lo, c->year_hi);
	cs_warn("%s: the holiday calendar covers %s only; %d-01-01 and later "
	    "are counted as plain weekdays (add the %d holidays, see "
	    "cs-rules(5))", file, years, c->year_hi + 1, c->year_hi + 1);
	c->beyond->seen = false;
}

int
cal_day_minutes(const struct cs_calendar *c)
{
	int sum = 0;

	for (int i = 0; i < c->nhours; i++)
		sum += c->hours[i].end - c->hours[i].start;
	return sum;
}

static int
range_start(const struct cs_calendar *c, int i)
{
	return c->hours[i].start * 60;
}

static int
range_end(const struct cs_calendar *c, int i)
{
	return c->hours[i].end * 60;
}

/* Seconds since local midnight. */
static int
second_of_day(cs_time t, int tz_offset)
{
	cs_time l = t + (cs_time)tz_offset * 60;
	cs_time r = l % DAY_SECONDS;

	return (int)(r < 0 ? r + DAY_SECONDS : r);
}

static cs_time
local_time(const struct cs_calendar *c, cs_date d, int second)
{
	return (cs_time)d * DAY_SECONDS + second - (cs_time)c->tz_offset * 60;
}

bool
cal_is_working_time(const struct cs_calendar *c, cs_time t)
{
	int s;

	if (t == CS_NOTIME || !cal_is_working_day(c, time_date(t, c->tz_offset)))
		return false;
	s = second_of_day(t, c->tz_offset);
	for (int i = 0; i < c->nhours; i++)
		if (s >= range_start(c, i) && s < range_end(c, i))
			return true;
	return false;
}

/* ---- the trace (--explain) --------------------------------------------- */

static char *
day_format(cs_date d, char *buf)
{
	date_format(d, buf);
	strcat(buf, " ");
	strcat(buf, weekday_names[date_weekday(d)]);
	return buf;
}

static void
clock_add(struct sbuf *b, int second)
{
	sb_addf(b, "%02d:%02d", second / 3600, second / 60 % 60);
}

enum skip_kind { SKIP_NONE, SKIP_HOLIDAY, SKIP_WEEKEND };

/* Groups consecutive skipped days with the same reason, and consecutive
 * whole working days counted, into one line each. */
struct trace {
	struct sbuf *b;
	const struct cs_calendar *c;
	enum skip_kind skind;
	const char *sname;
	cs_date slo, shi;
	int sn;
	cs_date flo, fhi;
	int fn;
	int64_t fsecs;
};

static void
day_run_add(struct sbuf *b, cs_date lo, cs_date hi, int n)
{
	char b1[32], b2[32];

	if (n == 1)
		sb_adds(b, day_format(lo, b1));
	else
		sb_addf(b, "%s%s%s", day_format(lo, b1), n == 2 ? ", " : " .. ",
		    day_format(hi, b2));
}

static void
trace_flush_skip(struct trace *tr)
{
	if (!tr->b || tr->sn == 0)
		return;
	sb_adds(tr->b, "skipped ");
	day_run_add(tr->b, tr->slo, tr->shi, tr->sn);
	if (tr->skind == SKIP_WEEKEND)
		sb_adds(tr->b, ": weekend\n");
	else if (tr->sname)
		sb_addf(tr->b, ": holiday (%s)\n", tr->sname);
	else
		sb_adds(tr->b, ": holiday\n");
	tr->sn = 0;
}

static void
trace_flush_full(struct trace *tr)
{
	char b1[32];

	if (!tr->b || tr->fn == 0)
		return;
	sb_adds(tr->b, "counted ");
	day_run_add(tr->b, tr->flo, tr->fhi, tr->fn);
	sb_addf(tr->b, ": %d whole working day%s (%s)\n", tr->fn,
	    tr->fn == 1 ? "" : "s", span_format(tr->fsecs, b1));
	tr->fn = 0;
	tr->fsecs = 0;
}

static void
trace_flush(struct trace *tr)
{
	trace_flush_skip(tr);
	trace_flush_full(tr);
}

static bool
same_name(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* Why d is not a working day: SKIP_HOLIDAY (*name) or SKIP_WEEKEND. */
static enum skip_kind
skip_reason(const struct cs_calendar *c, cs_date d, const char **name)
{
	*name = NULL;
	if (cal_is_holiday(c, d, name))
		return SKIP_HOLIDAY;
	return SKIP_WEEKEND;
}

static void
trace_skip(struct trace *tr, cs_date d)
{
	enum skip_kind k;
	const char *name;

	if (!tr->b)
		return;
	trace_flush_full(tr);
	k = skip_reason(tr->c, d, &name);
	if (tr->sn > 0 && (k != tr->skind || !same_name(name, tr->sname) ||
	    (d != tr->shi + 1 && d != tr->slo - 1)))
		trace_flush_skip(tr);
	if (tr->sn == 0) {
		tr->skind = k;
		tr->sname = name;
		tr->slo = tr->shi = d;
	} else if (d < tr->slo)
		tr->slo = d;
	else
		tr->shi = d;
	tr->sn++;
}

/* A working day reached: says so if it is a make-up day. */
static void
trace_workday(struct trace *tr, cs_date d)
{
	const char *name = NULL;
	char b1[32];

	if (!tr->b)
		return;
	trace_flush_skip(tr);
	if (!cal_is_extra(tr->c, d, &name) ||
	    (weekday_works(tr->c, d) && !cal_is_holiday(tr->c, d, NULL)))
		return;
	trace_flush_full(tr);
	sb_addf(tr->b, "%s: make-up working day", day_format(d, b1));
	if (name)
		sb_addf(tr->b, " (%s)", name);
	sb_adds(tr->b, "\n");
}

static void
trace_full(struct trace *tr, cs_date d, int64_t secs)
{
	if (!tr->b)
		return;
	if (tr->fn == 0)
		tr->flo = d;
	tr->fhi = d;
	tr->fn++;
	tr->fsecs += secs;
}

/* ---- working days ---------------------------------------------------------- */

cs_date
cal_shift_day(const struct cs_calendar *c, cs_date d, int dir,
              struct sbuf *why)
{
	char b1[32], b2[32];
	const char *name;
	enum skip_kind k;
	cs_date e = d;
	int idle = 0;

	if (dir == 0 || d == CS_NODATE || cal_is_working_day(c, d))
		return d;
	dir = dir > 0 ? 1 : -1;
	while (!cal_is_working_day(c, e)) {
		if (++idle > IDLE_MAX)
			return CS_NODATE;
		e += dir;
	}
	if (why) {
		k = skip_reason(c, d, &name);
		sb_addf(why, "%s is not a working day (%s): moved %s to %s\n",
		    day_format(d, b1), k == SKIP_WEEKEND ? "weekend" :
		    name ? name : "holiday", dir > 0 ? "later" : "earlier",
		    day_format(e, b2));
	}
	return e;
}

static cs_date
add_working_days_date(struct trace *tr, cs_date d, int n)
{
	int step = n > 0 ? 1 : -1, idle = 0;
	int64_t left = n > 0 ? (int64_t)n : -(int64_t)n;

	if (d == CS_NODATE)
		return d;
	while (left > 0) {
		d += step;
		if (cal_is_working_day(tr->c, d)) {
			trace_workday(tr, d);
			left--;
			idle = 0;
		} else {
			trace_skip(tr, d);
			if (++idle > IDLE_MAX)
				return CS_NODATE;
		}
	}
	return d;
}

cs_date
cal_add_working_days_date(const struct cs_calendar *c, cs_date d, int n,
                          struct sbuf *why)
{
	struct trace tr = { .b = why, .c = c };

	d = add_working_days_date(&tr, d, n);
	trace_flush(&tr);
	return d;
}

/* ---- working time ------------------------------------------------------------ */

/* A deadline counted in working time (a complaint's reply is due...) past
 * the calendar's years is said whatever a command looks ahead to. */
static void
note_beyond(const struct cs_calendar *c, cs_time t)
{
	if (c->beyond && t != CS_NOTIME &&
	    time_date(t, c->tz_offset) > c->cover_hi)
		c->beyond->seen = true;
}

static cs_time
add_working(struct trace *tr, cs_time t, int64_t seconds)
{
	const struct cs_calendar *c = tr->c;
	struct sbuf line = {0};
	int64_t rem = seconds < 0 ? 0 : seconds, daysecs, got;
	cs_date d;
	int s0, end = 0, idle = 0;
	bool done;
	char b1[32], b2[32];

	if (t == CS_NOTIME || c->nhours <= 0)
		return CS_NOTIME;
	daysecs = (int64_t)cal_day_minutes(c) * 60;
	if (daysecs <= 0)
		return CS_NOTIME;
	d = time_date(t, c->tz_offset);
	s0 = second_of_day(t, c->tz_offset);
	for (;; d++, s0 = 0) {
		if (!cal_is_working_day(c, d)) {
			trace_skip(tr, d);
			if (++idle > IDLE_MAX) {
				sb_free(&line);
				return CS_NOTIME;
			}
			continue;
		}
		idle = 0;
		trace_workday(tr, d);
		if (s0 <= range_start(c, 0) && rem > daysecs) {
			rem -= daysecs;
			trace_full(tr, d, daysecs);
			continue;
		}
		got = 0;
		done = false;
		sb_reset(&line);
		for (int i = 0; i < c->nhours && !done; i++) {
			int st = range_start(c, i), en = range_end(c, i);
			int from = s0 > st ? s0 : st;
			int64_t avail = en - from, take;

			if (s0 >= en)
				continue;
			take = rem < avail ? rem : avail;
			if (tr->b && take > 0) {
				sb_adds(&line, got ? ", " : " ");
				clock_add(&line, from);
				sb_addc(&line, '-');
				clock_add(&line, from + (int)take);
			}
			got += take;
			if (rem <= avail) {
				end = from + (int)take;
				done = true;
			} else
				rem -= avail;
		}
		if (tr->b && got > 0) {
			trace_flush(tr);
			sb_addf(tr->b, "counted %s%s (%s)\n", day_format(d, b1),
			    sb_str(&line), span_format(got, b2));
		}
		if (done) {
			sb_free(&line);
			return local_time(c, d, end);
		}
	}
}

cs_time
cal_add_working(const struct cs_calendar *c, cs_time t, int64_t seconds,
                struct sbuf *why)
{
	struct trace tr = { .b = why, .c = c };
	cs_time r = add_working(&tr, t, seconds);

	trace_flush(&tr);
	note_beyond(c, r);
	return r;
}

cs_time
cal_add_working_days(const struct cs_calendar *c, cs_time t, int n,
                     struct sbuf *why)
{
	struct trace tr = { .b = why, .c = c };
	cs_time t0, r;
	cs_date d;
	int s, last;

	t0 = add_working(&tr, t, 0);
	if (t0 == CS_NOTIME || n == 0) {
		trace_flush(&tr);
		return t0;
	}
	s = second_of_day(t0, c->tz_offset);
	d = add_working_days_date(&tr, time_date(t0, c->tz_offset), n);
	trace_flush(&tr);
	if (d == CS_NODATE)
		return CS_NOTIME;
	last = range_end(c, c->nhours - 1);
	if (s > last)
		s = last;
	r = local_time(c, d, s);
	note_beyond(c, r);
	return r;
}

/* Working seconds of day d within [lo, hi) seconds of the day. */
static int64_t
day_overlap(const struct cs_calendar *c, cs_date d, int lo, int hi)
{
	int64_t sum = 0;

	if (lo >= hi || !cal_is_working_day(c, d))
		return 0;
	for (int i = 0; i < c->nhours; i++) {
		int a = range_start(c, i), b = range_end(c, i);
		if (a < lo)
			a = lo;
		if (b > hi)
			b = hi;
		if (b > a)
			sum += b - a;
	}
	return sum;
}

/* Working days in [from, to), by arithmetic: whole weeks, then the
 * holidays and make-up days in the range. */
static int64_t
working_days_in(const struct cs_calendar *c, cs_date from, cs_date to)
{
	int64_t n, count, perweek = 0;
	size_t i;

	if (to <= from)
		return 0;
	n = (int64_t)to - from;
	for (int k = 0; k < 7; k++)
		perweek += (c->week >> k) & 1;
	count = n / 7 * perweek;
	for (cs_date d = (cs_date)(from + n / 7 * 7); d < to; d++)
		count += weekday_works(c, d);
	for (i = dayname_lower(c->holidays, c->nholidays, from);
	    i < c->nholidays && c->holidays[i].date < to; i++)
		if (weekday_works(c, c->holidays[i].date) &&
		    !cal_is_extra(c, c->holidays[i].date, NULL))
			count--;
	for (i = dayname_lower(c->extra, c->nextra, from);
	    i < c->nextra && c->extra[i].date < to; i++)
		if (!weekday_works(c, c->extra[i].date) ||
		    cal_is_holiday(c, c->extra[i].date, NULL))
			count++;
	return count;
}

int64_t
cal_working_between(const struct cs_calendar *c, cs_time a, cs_time b)
{
	cs_date da, db;
	int sa, sb;

	if (a == CS_NOTIME || b == CS_NOTIME)
		return 0;
	if (b < a)
		return -cal_working_between(c, b, a);
	da = time_date(a, c->tz_offset);
	db = time_date(b, c->tz_offset);
	sa = second_of_day(a, c->tz_offset);
	sb = second_of_day(b, c->tz_offset);
	if (da == db)
		return day_overlap(c, da, sa, sb);
	return day_overlap(c, da, sa, DAY_SECONDS) + day_overlap(c, db, 0, sb) +
	    working_days_in(c, da + 1, db) * cal_day_minutes(c) * 60;
}

/* ---- durations on the calendar ------------------------------------------ */

cs_time
duration_add_time(const struct cs_calendar *c, cs_time t,
                  const struct cs_duration *d, enum cs_clock dflt,
                  struct sbuf *why)
{
	static const int64_t unit_seconds[] = {
		[UNIT_MIN] = 60, [UNIT_HOUR] = 3600, [UNIT_DAY] = DAY_SECONDS,
		[UNIT_WEEK] = 7 * DAY_SECONDS,
	};
	char b1[32], b2[32], b3[32], b4[32], b5[32];
	cs_time r;
	cs_date day;

	if (t == CS_NOTIME)
		return CS_NOTIME;
	if (duration_clock(d, dflt) == CLOCK_WORKING) {
		if (d->unit == UNIT_DAY)
			return cal_add_working_days(c, t, (int)d->n, why);
		return cal_add_working(c, t, d->n * unit_seconds[d->unit], why);
	}
	switch (d->unit) {
	case UNIT_MIN:
	case UNIT_HOUR:
	case UNIT_DAY:
	case UNIT_WEEK:
		r = t + d->n * unit_seconds[d->unit];
		break;
	case UNIT_MONTH:
	case UNIT_YEAR:
		day = time_date(t, c->tz_offset);
		r = local_time(c, date_add_months(day, (int)(d->unit ==
		    UNIT_YEAR ? d->n * 12 : d->n)),
		    second_of_day(t, c->tz_offset));
		break;
	default:
		return t;
	}
	if (why)
		sb_addf(why, "added %s: %s %s -> %s %s\n", duration_format(d, b1),
		    day_format(time_date(t, c->tz_offset), b2),
		    time_format_short(t, c->tz_offset, b3) + 11,
		    day_format(time_date(r, c->tz_offset), b4),
		    time_format_short(r, c->tz_offset, b5) + 11);
	return r;
}

cs_date
duration_add_date(const struct cs_calendar *c, cs_date d,
                  const struct cs_duration *dur, int sign,
                  enum cs_clock dflt, struct sbuf *why)
{
	int64_t n;

	if (d == CS_NODATE)
		return CS_NODATE;
	n = sign < 0 ? -dur->n : dur->n;
	switch (dur->unit) {
	case UNIT_DAY:
		if (duration_clock(dur, dflt) == CLOCK_WORKING)
			return cal_add_working_days_date(c, d, (int)n, why);
		return (cs_date)(d + n);
	case UNIT_WEEK:
		return (cs_date)(d + 7 * n);
	case UNIT_MONTH:
		return date_add_months(d, (int)n);
	case UNIT_YEAR:
		return date_add_months(d, (int)(12 * n));
	default:
		return d;
	}
}
