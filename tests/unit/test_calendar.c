/* test_calendar.c - working time over weekdays, hours, holidays and make-up
 * days (lib/calendar.c). */
#include <stdlib.h>
#include <string.h>

#include "cs.h"
#include "unit.h"

/* The calendar of the examples: Mon-Fri 09:00-12:00 and 13:30-18:00 at
 * +08:00 with the 2026 holidays and make-up days of DOMAIN.md, built here
 * (not read from rules/calendars/) so that this test depends on calendar.c
 * alone. */
static const struct {
	const char *from, *to, *name;
} holidays_2026[] = {
	{ "2026-01-01", "2026-01-03", "元旦" },
	{ "2026-02-15", "2026-02-23", "春节" },
	{ "2026-04-04", "2026-04-06", "清明节" },
	{ "2026-05-01", "2026-05-05", "劳动节" },
	{ "2026-06-19", "2026-06-21", "端午节" },
	{ "2026-09-25", "2026-09-27", "中秋节" },
	{ "2026-10-01", "2026-10-07", "国庆节" },
}, extra_2026[] = {
	{ "2026-01-04", NULL, "元旦调休" },
	{ "2026-02-14", NULL, "春节调休" },
	{ "2026-02-28", NULL, "春节调休" },
	{ "2026-05-09", NULL, "劳动节调休" },
	{ "2026-09-20", NULL, "国庆节调休" },
	{ "2026-10-10", NULL, "国庆节调休" },
};

static cs_date
D(const char *s)
{
	cs_date d = CS_NODATE;

	if (date_parse(s, &d) != 0) {
		fprintf(stderr, "bad test date %s\n", s);
		exit(2);
	}
	return d;
}

static cs_time
T(const char *s)
{
	cs_time t = 0;

	if (time_parse(s, 480, &t) != 0) {
		fprintf(stderr, "bad test time %s\n", s);
		exit(2);
	}
	return t;
}

static const char *
name_keep(struct cs_calendar *c, const char *name)
{
	c->names = xrealloc(c->names, (c->nnames + 1) * sizeof *c->names);
	c->names[c->nnames] = xstrdup(name);
	return c->names[c->nnames++];
}

static void
day_add(struct cs_calendar *c, struct cs_dayname **v, size_t *n,
        cs_date d, const char *name)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[*n].date = d;
	(*v)[*n].name = name;
	(*n)++;
	(void)c;
}

static void
cal_2026(struct cs_calendar *c)
{
	cal_init_default(c);
	for (size_t i = 0; i < sizeof holidays_2026 / sizeof holidays_2026[0];
	    i++) {
		const char *name = name_keep(c, holidays_2026[i].name);
		for (cs_date d = D(holidays_2026[i].from);
		    d <= D(holidays_2026[i].to); d++)
			day_add(c, &c->holidays, &c->nholidays, d, name);
	}
	for (size_t i = 0; i < sizeof extra_2026 / sizeof extra_2026[0]; i++)
		day_add(c, &c->extra, &c->nextra, D(extra_2026[i].from),
		    name_keep(c, extra_2026[i].name));
}

static const char *
iso(cs_time t)
{
	static char buf[4][32];
	static int k;

	k = (k + 1) % 4;
	if (t == CS_NOTIME)
		return "NOTIME";
	return time_format_iso(t, 480, buf[k]);
}

static const char *
day(cs_date d)
{
	static char buf[4][32];
	static int k;

	k = (k + 1) % 4;
	if (d == CS_NODATE)
		return "NODATE";
	return date_format(d, buf[k]);
}

static const char *
add_h(const struct cs_calendar *c, const char *t, int64_t seconds)
{
	return iso(cal_add_working(c, T(t), seconds, NULL));
}

/* The trace of one call, as a string (freed at the next call). */
static struct sbuf trace;

static const char *
add_trace(const struct cs_calendar *c, const char *t, int64_t seconds)
{
	sb_reset(&trace);
	cal_add_working(c, T(t), seconds, &trace);
	return sb_str(&trace);
}

/* Working seconds in [a, b) by walking minute by minute (a, b whole
 * minutes). */
static int64_t
brute_between(const struct cs_calendar *c, cs_time a, cs_time b)
{
	int64_t sum = 0;

	for (cs_time t = a; t < b; t += 60)
		if (cal_is_working_time(c, t))
			sum += 60;
	return sum;
}

static void
test_basics(struct cs_calendar *c)
{
	const char *name = NULL;
	struct cs_calendar dflt;
	int off = 12345;

	cal_init_default(&dflt);
	CHECK_STR(dflt.tz_name, "Asia/Shanghai", "default zone");
	CHECK_INT(dflt.tz_offset, 480, "default offset +08:00");
	CHECK_INT(dflt.week, 0x1f, "default week Mon-Fri");
	CHECK_INT(cal_day_minutes(&dflt), 450, "default day: 7.5 working hours");
	CHECK(dflt.nholidays == 0 && dflt.nextra == 0, "default: no holidays");
	cal_free(&dflt);
	CHECK(dflt.tz_name == NULL, "cal_free clears");

	CHECK(cal_is_holiday(c, D("2026-02-18"), &name) && name &&
	    strcmp(name, "春节") == 0, "2026-02-18 is 春节");
	CHECK(!cal_is_holiday(c, D("2026-02-24"), NULL), "2026-02-24 is not a holiday");
	CHECK(cal_is_extra(c, D("2026-02-14"), &name) && strcmp(name, "春节调休") == 0,
	    "2026-02-14 is a make-up day");
	CHECK(cal_is_working_day(c, D("2026-02-13")), "Fri 2026-02-13 works");
	CHECK(cal_is_working_day(c, D("2026-02-14")), "Sat 2026-02-14 works (make-up)");
	CHECK(!cal_is_working_day(c, D("2026-02-16")), "Mon 2026-02-16 is off (春节)");
	CHECK(!cal_is_working_day(c, D("2026-03-07")), "Sat 2026-03-07 is off");
	CHECK(cal_is_working_day(c, D("2026-09-20")), "Sun 2026-09-20 works (make-up)");
	CHECK(cal_is_working_day(c, D("2027-01-01")),
	    "2027-01-01 works: the test calendar has 2026 holidays only");
	CHECK(!cal_is_working_day(c, CS_NODATE), "CS_NODATE is no working day");

	CHECK(cal_is_working_time(c, T("2026-02-13T09:00")), "09:00 is working time");
	CHECK(cal_is_working_time(c, T("2026-02-13T11:59:59")), "11:59:59 is working time");
	CHECK(!cal_is_working_time(c, T("2026-02-13T12:00")), "12:00 is not (ranges are half-open)");
	CHECK(!cal_is_working_time(c, T("2026-02-13T13:00")), "13:00 is lunch");
	CHECK(cal_is_working_time(c, T("2026-02-13T13:30")), "13:30 is working time");
	CHECK(!cal_is_working_time(c, T("2026-02-13T18:00")), "18:00 is not");
	CHECK(!cal_is_working_time(c, T("2026-02-13T08:59:59")), "08:59:59 is not");
	CHECK(!cal_is_working_time(c, T("2026-02-16T10:00")), "holiday 10:00 is not");
	CHECK(cal_is_working_time(c, T("2026-02-14T10:00")), "make-up Saturday 10:00 is");
	CHECK(cal_is_working_time(c, T("2026-02-13T02:00Z")), "02:00Z = 10:00 local");

	CHECK(tz_lookup("Asia/Shanghai", &off) == 0 && off == 480, "tz Asia/Shanghai");
	CHECK(tz_lookup("PRC", &off) == 0 && off == 480, "tz PRC");
	CHECK(tz_lookup("Asia/Hong_Kong", &off) == 0 && off == 480, "tz Asia/Hong_Kong");
	CHECK(tz_lookup("Asia/Taipei", &off) == 0 && off == 480, "tz Asia/Taipei");
	CHECK(tz_lookup("Asia/Kuala_Lumpur", &off) == 0 && off == 480, "tz Asia/Kuala_Lumpur");
	CHECK(tz_lookup("Asia/Tokyo", &off) == 0 && off == 540, "tz Asia/Tokyo");
	CHECK(tz_lookup("Asia/Seoul", &off) == 0 && off == 540, "tz Asia/Seoul");
	CHECK(tz_lookup("Asia/Kolkata", &off) == 0 && off == 330, "tz Asia/Kolkata");
	CHECK(tz_lookup("UTC", &off) == 0 && off == 0, "tz UTC");
	CHECK(tz_lookup("Etc/UTC", &off) == 0 && off == 0, "tz Etc/UTC");
	CHECK(tz_lookup("GMT", &off) == 0 && off == 0, "tz GMT");
	CHECK(tz_lookup("Z", &off) == 0 && off == 0, "tz Z");
	CHECK(tz_lookup("+08:00", &off) == 0 && off == 480, "tz +08:00");
	CHECK(tz_lookup("+0800", &off) == 0 && off == 480, "tz +0800");
	CHECK(tz_lookup("+8", &off) == 0 && off == 480, "tz +8");
	CHECK(tz_lookup("-05:30", &off) == 0 && off == -330, "tz -05:30");
	CHECK(tz_lookup("UTC+8", &off) == 0 && off == 480, "tz UTC+8");
	CHECK(tz_lookup("UTC+08:00", &off) == 0 && off == 480, "tz UTC+08:00");
	CHECK(tz_lookup("UTC-3", &off) == 0 && off == -180, "tz UTC-3");
	off = 12345;
	CHECK(tz_lookup("America/New_York", &off) == -1, "zones with DST refused");
	CHECK(tz_lookup("Europe/Berlin", &off) == -1, "Europe/Berlin refused");
	CHECK(tz_lookup("Asia/Urumqi", &off) == -1, "Asia/Urumqi refused");
	CHECK(tz_lookup("asia/shanghai", &off) == -1, "names are case-sensitive");
	CHECK(tz_lookup("", &off) == -1, "empty refused");
	CHECK(tz_lookup("+15:00", &off) == -1, "+15:00 refused");
	CHECK(tz_lookup("+08:60", &off) == -1, "+08:60 refused");
	CHECK(tz_lookup("+08:00x", &off) == -1, "junk refused");
	CHECK(tz_lookup("+", &off) == -1, "sign alone refused");
	CHECK(tz_lookup("UTC+", &off) == -1, "UTC+ refused");
	CHECK_INT(off, 12345, "refusals leave *offset alone");
}

static void
test_add_working(struct cs_calendar *c)
{
	/* The key example: the 2-working-hour reply to a complaint opened on
	 * Friday 17:00 before Spring Festival falls on the make-up Saturday. */
	CHECK_STR(add_h(c, "2026-02-13T17:00", 7200), "2026-02-14T10:00:00+08:00",
	    "Fri 2026-02-13 17:00 + 2 working hours = Sat 2026-02-14 10:00 (make-up day)");
	CHECK_STR(add_h(c, "2026-02-14T17:00", 7200), "2026-02-24T10:00:00+08:00",
	    "Sat 2026-02-14 17:00 + 2h = Tue 2026-02-24 10:00 (Feb 15..23 holiday)");
	CHECK_STR(add_h(c, "2026-03-02T11:00", 7200), "2026-03-02T14:30:00+08:00",
	    "11:00 + 2h = 14:30 (lunch break)");
	CHECK_STR(add_h(c, "2026-03-02T08:00", 3600), "2026-03-02T10:00:00+08:00",
	    "before 09:00: starts at 09:00");
	CHECK_STR(add_h(c, "2026-03-02T00:00", 3600), "2026-03-02T10:00:00+08:00",
	    "midnight: starts at 09:00");
	CHECK_STR(add_h(c, "2026-03-02T12:30", 3600), "2026-03-02T14:30:00+08:00",
	    "in lunch: starts at 13:30");
	CHECK_STR(add_h(c, "2026-03-02T19:00", 3600), "2026-03-03T10:00:00+08:00",
	    "after 18:00: starts next morning");
	CHECK_STR(add_h(c, "2026-03-06T19:00", 3600), "2026-03-09T10:00:00+08:00",
	    "Friday evening: starts Monday");
	CHECK_STR(add_h(c, "2026-03-07T10:00", 3600), "2026-03-09T10:00:00+08:00",
	    "on a Saturday: starts Monday");
	CHECK_STR(add_h(c, "2026-10-01T10:00", 3600), "2026-10-08T10:00:00+08:00",
	    "on a holiday (国庆节): starts 2026-10-08");
	CHECK_STR(add_h(c, "2026-09-30T17:00", 2 * 3600), "2026-10-08T10:00:00+08:00",
	    "over National Day");
	CHECK_STR(add_h(c, "2026-10-09T17:00", 2 * 3600), "2026-10-10T10:00:00+08:00",
	    "into the make-up Saturday 2026-10-10");

	/* Exact range ends are the result, not the next start. */
	CHECK_STR(add_h(c, "2026-03-02T16:00", 7200), "2026-03-02T18:00:00+08:00",
	    "16:00 + 2h = 18:00 the same day");
	CHECK_STR(add_h(c, "2026-03-02T10:00", 7200), "2026-03-02T12:00:00+08:00",
	    "10:00 + 2h = 12:00 (not 13:30)");
	CHECK_STR(add_h(c, "2026-03-02T09:00", 450 * 60), "2026-03-02T18:00:00+08:00",
	    "09:00 + 7h30m = 18:00 the same day");
	CHECK_STR(add_h(c, "2026-03-02T09:00", 450 * 60 + 1), "2026-03-03T09:00:01+08:00",
	    "09:00 + 7h30m + 1s = 09:00:01 the next day");
	CHECK_STR(add_h(c, "2026-03-02T08:00", 2 * 450 * 60), "2026-03-03T18:00:00+08:00",
	    "two whole days from before opening end at 18:00 of the second");
	CHECK_STR(add_h(c, "2026-03-02T12:00", 450 * 60), "2026-03-03T12:00:00+08:00",
	    "12:00 + 7h30m = 12:00 next day (range end)");
	CHECK_STR(add_h(c, "2026-03-02T10:15:30", 60), "2026-03-02T10:16:30+08:00",
	    "seconds are kept");

	/* Zero: the next working instant at or after t. */
	CHECK_STR(add_h(c, "2026-03-02T10:00", 0), "2026-03-02T10:00:00+08:00",
	    "+0 in working time: unchanged");
	CHECK_STR(add_h(c, "2026-03-02T12:00", 0), "2026-03-02T13:30:00+08:00",
	    "+0 at 12:00: 13:30");
	CHECK_STR(add_h(c, "2026-03-02T18:00", 0), "2026-03-03T09:00:00+08:00",
	    "+0 at 18:00: next morning");
	CHECK_STR(add_h(c, "2026-02-14T18:30", 0), "2026-02-24T09:00:00+08:00",
	    "+0 before Spring Festival: 2026-02-24 09:00");

	/* Year end.  Thu 2026-12-31 17:00 + 2h: the real 2027 calendar has
	 * 2027-01-01 (Fri) off for New Year, but this test calendar has the 2026
	 * holidays only, so 2027-01-01 is an ordinary Friday and the answer is
	 * 2027-01-01 10:00.  (With cn-2027 loaded it would be 2027-01-04.) */
	CHECK_STR(add_h(c, "2026-12-31T17:00", 7200), "2027-01-01T10:00:00+08:00",
	    "Thu 2026-12-31 17:00 + 2h = 2027-01-01 10:00 (no 2027 holidays here)");
	CHECK_STR(add_h(c, "2025-12-31T17:00", 7200), "2026-01-04T10:00:00+08:00",
	    "Wed 2025-12-31 17:00 + 2h = Sun 2026-01-04 10:00 (Jan 1-3 off, Jan 4 make-up)");

	/* Large durations by whole days. */
	{
		cs_time t = T("2026-01-05T09:00"), r;
		r = cal_add_working(c, t, (int64_t)10000 * 3600, NULL);
		CHECK(r != CS_NOTIME, "10000 working hours: a result");
		CHECK_INT(cal_working_between(c, t, r), (int64_t)10000 * 3600,
		    "10000 working hours: measured back exactly");
		CHECK(cal_is_working_time(c, r - 1), "10000 working hours: ends in working time");
	}
	CHECK_STR(add_h(c, "2026-02-13T17:00", -3600), "2026-02-13T17:00:00+08:00",
	    "negative seconds count as zero");
	CHECK(cal_add_working(c, CS_NOTIME, 60, NULL) == CS_NOTIME, "CS_NOTIME in, CS_NOTIME out");
}

static void
test_traces(struct cs_calendar *c)
{
	CHECK_STR(add_trace(c, "2026-02-13T17:00", 7200),
	    "counted 2026-02-13 Fri 17:00-18:00 (1h)\n"
	    "2026-02-14 Sat: make-up working day (春节调休)\n"
	    "counted 2026-02-14 Sat 09:00-10:00 (1h)\n",
	    "trace: Fri 17:00 + 2h");
	CHECK_STR(add_trace(c, "2026-02-14T17:00", 7200),
	    "2026-02-14 Sat: make-up working day (春节调休)\n"
	    "counted 2026-02-14 Sat 17:00-18:00 (1h)\n"
	    "skipped 2026-02-15 Sun .. 2026-02-23 Mon: holiday (春节)\n"
	    "counted 2026-02-24 Tue 09:00-10:00 (1h)\n",
	    "trace: over Spring Festival");
	CHECK_STR(add_trace(c, "2026-03-06T17:00", 7200),
	    "counted 2026-03-06 Fri 17:00-18:00 (1h)\n"
	    "skipped 2026-03-07 Sat, 2026-03-08 Sun: weekend\n"
	    "counted 2026-03-09 Mon 09:00-10:00 (1h)\n",
	    "trace: over a weekend");
	CHECK_STR(add_trace(c, "2026-03-02T11:00", 7200),
	    "counted 2026-03-02 Mon 11:00-12:00, 13:30-14:30 (2h)\n",
	    "trace: across lunch");
	CHECK_STR(add_trace(c, "2026-03-02T09:00", 3 * 450 * 60 + 3600),
	    "counted 2026-03-02 Mon .. 2026-03-04 Wed: 3 whole working days (22h30m)\n"
	    "counted 2026-03-05 Thu 09:00-10:00 (1h)\n",
	    "trace: whole days grouped");
	CHECK_STR(add_trace(c, "2026-10-02T10:00", 3600),
	    "skipped 2026-10-02 Fri .. 2026-10-07 Wed: holiday (国庆节)\n"
	    "counted 2026-10-08 Thu 09:00-10:00 (1h)\n",
	    "trace: starting on a holiday");
	CHECK_STR(add_trace(c, "2026-04-02T17:00", 7200),
	    "counted 2026-04-02 Thu 17:00-18:00 (1h)\n"
	    "counted 2026-04-03 Fri 09:00-10:00 (1h)\n",
	    "trace: consecutive days");
	CHECK_STR(add_trace(c, "2026-04-03T17:00", 7200),
	    "counted 2026-04-03 Fri 17:00-18:00 (1h)\n"
	    "skipped 2026-04-04 Sat .. 2026-04-06 Mon: holiday (清明节)\n"
	    "counted 2026-04-07 Tue 09:00-10:00 (1h)\n",
	    "trace: a holiday over a weekend counts as the holiday");
	CHECK_STR(add_trace(c, "2026-06-18T17:00", 7200),
	    "counted 2026-06-18 Thu 17:00-18:00 (1h)\n"
	    "skipped 2026-06-19 Fri .. 2026-06-21 Sun: holiday (端午节)\n"
	    "counted 2026-06-22 Mon 09:00-10:00 (1h)\n",
	    "trace: 端午节");
}

static void
test_working_days(struct cs_calendar *c)
{
	struct sbuf b = {0};

	CHECK_STR(iso(cal_add_working_days(c, T("2026-02-13T17:00"), 1, NULL)),
	    "2026-02-14T17:00:00+08:00", "Fri 17:00 + 1 working day = Sat 2026-02-14 17:00");
	CHECK_STR(iso(cal_add_working_days(c, T("2026-02-13T17:00"), 2, NULL)),
	    "2026-02-24T17:00:00+08:00", "Fri 17:00 + 2 working days = Tue 2026-02-24 17:00");
	CHECK_STR(iso(cal_add_working_days(c, T("2026-02-13T19:00"), 1, NULL)),
	    "2026-02-24T09:00:00+08:00",
	    "Fri 19:00 + 1 working day: from Sat 09:00, so Tue 2026-02-24 09:00");
	CHECK_STR(iso(cal_add_working_days(c, T("2026-02-13T19:00"), 0, NULL)),
	    "2026-02-14T09:00:00+08:00", "+0 working days: the next working instant");
	CHECK_STR(iso(cal_add_working_days(c, T("2026-03-02T12:30"), 1, NULL)),
	    "2026-03-03T13:30:00+08:00", "from lunch: 13:30 the next working day");
	CHECK_STR(iso(cal_add_working_days(c, T("2026-03-02T10:20:30"), 5, NULL)),
	    "2026-03-09T10:20:30+08:00", "+5 working days over a weekend");
	CHECK_STR(iso(cal_add_working_days(c, T("2026-03-09T10:00"), -5, NULL)),
	    "2026-03-02T10:00:00+08:00", "-5 working days");
	cal_add_working_days(c, T("2026-02-13T17:00"), 2, &b);
	CHECK_STR(sb_str(&b),
	    "2026-02-14 Sat: make-up working day (春节调休)\n"
	    "skipped 2026-02-15 Sun .. 2026-02-23 Mon: holiday (春节)\n",
	    "trace of + 2 working days");
	sb_free(&b);

	CHECK_STR(day(cal_add_working_days_date(c, D("2026-09-30"), 1, NULL)), "2026-10-08",
	    "2026-09-30 + 1 working day = 2026-10-08");
	CHECK_STR(day(cal_add_working_days_date(c, D("2026-10-09"), 1, NULL)), "2026-10-10",
	    "2026-10-09 + 1 working day = Sat 2026-10-10 (make-up)");
	CHECK_STR(day(cal_add_working_days_date(c, D("2026-10-08"), -1, NULL)), "2026-09-30",
	    "2026-10-08 - 1 working day = 2026-09-30");
	CHECK_STR(day(cal_add_working_days_date(c, D("2026-10-03"), 0, NULL)), "2026-10-03",
	    "+0 working days is the day itself, even a holiday");
	CHECK_STR(day(cal_add_working_days_date(c, D("2026-10-03"), 1, NULL)), "2026-10-08",
	    "holiday + 1 working day = the first working day after");
	CHECK_STR(day(cal_add_working_days_date(c, D("2026-09-18"), 1, NULL)), "2026-09-20",
	    "Fri 2026-09-18 + 1 = Sun 2026-09-20 (make-up)");
	/* 2026 has 248 working days, two of them (Jan 4, Jan 5) not after
	 * Jan 5: 246 in 2026, then Fri 2027-01-01, Mon 4, Tue 5, Wed 6. */
	CHECK_STR(day(cal_add_working_days_date(c, D("2026-01-05"), 250, NULL)), "2027-01-06",
	    "250 working days from 2026-01-05");

	CHECK_STR(day(cal_shift_day(c, D("2026-10-03"), 1, NULL)), "2026-10-08",
	    "shift later from 2026-10-03: 2026-10-08");
	CHECK_STR(day(cal_shift_day(c, D("2026-10-03"), -1, NULL)), "2026-09-30",
	    "shift earlier from 2026-10-03: 2026-09-30");
	CHECK_STR(day(cal_shift_day(c, D("2026-09-20"), 1, NULL)), "2026-09-20",
	    "Sun 2026-09-20 (make-up) stays");
	CHECK_STR(day(cal_shift_day(c, D("2026-09-20"), -1, NULL)), "2026-09-20",
	    "Sun 2026-09-20 (make-up) stays earlier too");
	CHECK_STR(day(cal_shift_day(c, D("2026-10-03"), 0, NULL)), "2026-10-03",
	    "dir 0: unchanged");
	CHECK_STR(day(cal_shift_day(c, D("2026-03-07"), 1, NULL)), "2026-03-09",
	    "Saturday later: Monday");
	CHECK_STR(day(cal_shift_day(c, D("2026-03-07"), -1, NULL)), "2026-03-06",
	    "Saturday earlier: Friday");
	cal_shift_day(c, D("2026-10-03"), 1, &b);
	cal_shift_day(c, D("2026-10-03"), -1, &b);
	cal_shift_day(c, D("2026-03-08"), 1, &b);
	cal_shift_day(c, D("2026-09-20"), 1, &b);
	CHECK_STR(sb_str(&b),
	    "2026-10-03 Sat is not a working day (国庆节): moved later to 2026-10-08 Thu\n"
	    "2026-10-03 Sat is not a working day (国庆节): moved earlier to 2026-09-30 Wed\n"
	    "2026-03-08 Sun is not a working day (weekend): moved later to 2026-03-09 Mon\n",
	    "shift traces");
	sb_free(&b);
}

static void
test_between(struct cs_calendar *c)
{
	CHECK_INT(cal_working_between(c, T("2026-02-13T17:00"), T("2026-02-24T10:00")),
	    9 * 3600 + 1800,
	    "Fri 17:00 .. Tue 2026-02-24 10:00 = 1h + 7h30m (make-up Sat) + 1h");
	CHECK_INT(cal_working_between(c, T("2026-02-14T18:00"), T("2026-02-24T09:00")), 0,
	    "nothing over Spring Festival");
	CHECK_INT(cal_working_between(c, T("2026-03-02T11:00"), T("2026-03-02T14:30")), 7200,
	    "across lunch: 2h");
	CHECK_INT(cal_working_between(c, T("2026-03-02T14:30"), T("2026-03-02T11:00")), -7200,
	    "negative when b < a");
	CHECK_INT(cal_working_between(c, T("2026-03-02T12:10"), T("2026-03-02T13:20")), 0,
	    "inside lunch: 0");
	CHECK_INT(cal_working_between(c, T("2026-03-02T10:00"), T("2026-03-02T10:00")), 0,
	    "empty interval");
	CHECK_INT(cal_working_between(c, T("2026-12-31T17:00"), T("2027-01-01T10:00")), 7200,
	    "over the year end");
	CHECK_INT(cal_working_between(c, T("2026-01-01T00:00"), T("2027-01-01T00:00")),
	    (int64_t)(365 - 104 - 19 + 6) * 450 * 60,
	    "2026: 261 weekdays - 19 holidays on weekdays + 6 make-up days = 248 days");
	CHECK_INT(cal_working_between(c, T("2026-09-30T17:00"), T("2026-10-08T09:30")),
	    3600 + 1800, "over National Day");
	CHECK_INT(cal_working_between(c, CS_NOTIME, T("2026-10-08T09:30")), 0,
	    "CS_NOTIME: 0");

	/* Against a minute-by-minute count over many intervals. */
	{
		int bad = 0, n = 0;
		cs_time base = T("2026-01-01T00:00");
		unsigned seed = 12345;
		for (int i = 0; i < 300; i++) {
			cs_time a, b;
			seed = seed * 1103515245 + 12345;
			a = base + (cs_time)(seed >> 8) % (366 * 1440) * 60;
			seed = seed * 1103515245 + 12345;
			b = a + (cs_time)(seed >> 8) % (12 * 1440) * 60;
			if (cal_working_between(c, a, b) != brute_between(c, a, b))
				bad++;
			n++;
		}
		CHECK(bad == 0, "working_between = minute count over %d intervals (%d wrong)", n, bad);
	}
}

/* working_between(t, add_working(t, s)) == s, and the result is in working
 * time or at the end of a range. */
static void
test_round_trips(const struct cs_calendar *c, const char *label)
{
	static const int64_t spans[] = { 0, 1, 59, 60, 1800, 3600, 7200, 10800,
	    450 * 60, 450 * 60 + 1, 3 * 3600 + 1, 24 * 3600, 100 * 3600 + 7,
	    1000 * 3600 };
	int bad = 0, badend = 0, n = 0;
	cs_time t0 = T("2026-01-01T00:00");

	for (cs_time t = t0; t < t0 + 366 * 86400; t += 37 * 60 + 11)
		for (size_t k = 0; k < sizeof spans / sizeof spans[0]; k++) {
			cs_time r = cal_add_working(c, t, spans[k], NULL);
			n++;
			if (r == CS_NOTIME || cal_working_between(c, t, r) !=
			    spans[k])
				bad++;
			else if (spans[k] > 0 ? !cal_is_working_time(c, r - 1) :
			    !cal_is_working_time(c, r))
				badend++;
			if (k > 4 && t % 7 != 0)
				break;   /* the long spans on some t only */
		}
	CHECK(bad == 0, "%s: round trips working_between(t, t + s) == s (%d of %d wrong)",
	    label, bad, n);
	CHECK(badend == 0, "%s: results end in working time (%d wrong)", label, badend);
}

static void
test_durations(struct cs_calendar *c)
{
	struct cs_duration d;
	const char *why;
	struct sbuf b = {0};

#define ADD_T(s, t, clk) (duration_parse(s, &d, &why) == 0 ? \
	iso(duration_add_time(c, T(t), &d, clk, NULL)) : "parse error")
#define ADD_D(s, dt, sign, clk) (duration_parse(s, &d, &why) == 0 ? \
	day(duration_add_date(c, D(dt), &d, sign, clk, NULL)) : "parse error")

	CHECK_STR(ADD_T("2h", "2026-02-13T17:00", CLOCK_WORKING), "2026-02-14T10:00:00+08:00",
	    "2h on a working clock");
	CHECK_STR(ADD_T("2h", "2026-02-13T17:00", CLOCK_CALENDAR), "2026-02-13T19:00:00+08:00",
	    "2h on a calendar clock");
	CHECK_STR(ADD_T("2h", "2026-02-13T17:00", CLOCK_DEFAULT), "2026-02-13T19:00:00+08:00",
	    "2h on the default clock is calendar");
	CHECK_STR(ADD_T("2wh", "2026-02-13T17:00", CLOCK_CALENDAR), "2026-02-14T10:00:00+08:00",
	    "2wh on a calendar clock is working");
	CHECK_STR(ADD_T("2ch", "2026-02-13T17:00", CLOCK_WORKING), "2026-02-13T19:00:00+08:00",
	    "2ch on a working clock is calendar");
	CHECK_STR(ADD_T("90min", "2026-03-02T11:00", CLOCK_WORKING), "2026-03-02T14:00:00+08:00",
	    "90 working minutes across lunch");
	CHECK_STR(ADD_T("1d", "2026-02-13T17:00", CLOCK_WORKING), "2026-02-14T17:00:00+08:00",
	    "1 working day");
	CHECK_STR(ADD_T("1d", "2026-02-13T17:00", CLOCK_CALENDAR), "2026-02-14T17:00:00+08:00",
	    "1 calendar day");
	CHECK_STR(ADD_T("3 days", "2026-02-13T17:00", CLOCK_CALENDAR), "2026-02-16T17:00:00+08:00",
	    "3 calendar days");
	CHECK_STR(ADD_T("1w", "2026-02-13T17:00", CLOCK_WORKING), "2026-02-20T17:00:00+08:00",
	    "1 week is calendar");
	CHECK_STR(ADD_T("1mo", "2026-01-31T10:00", CLOCK_WORKING), "2026-02-28T10:00:00+08:00",
	    "1 month keeps the local clock, clamps the day");
	CHECK_STR(ADD_T("1mo", "2026-01-31T02:00", CLOCK_CALENDAR), "2026-02-28T02:00:00+08:00",
	    "1 month by the local date, not the UTC date");
	CHECK_STR(ADD_T("1y", "2024-02-29T10:00", CLOCK_CALENDAR), "2025-02-28T10:00:00+08:00",
	    "1 year from a leap day");

	duration_parse("3 days", &d, &why);
	duration_add_time(c, T("2026-02-13T17:00"), &d, CLOCK_CALENDAR, &b);
	CHECK_STR(sb_str(&b), "added 3 days: 2026-02-13 Fri 17:00 -> 2026-02-16 Mon 17:00\n",
	    "trace of a calendar duration");
	sb_free(&b);

	CHECK_STR(ADD_D("3 days", "2026-02-13", 1, CLOCK_CALENDAR), "2026-02-16",
	    "date + 3 days");
	CHECK_STR(ADD_D("3 days", "2026-02-13", -1, CLOCK_CALENDAR), "2026-02-10",
	    "date - 3 days");
	CHECK_STR(ADD_D("1wd", "2026-02-13", 1, CLOCK_CALENDAR), "2026-02-14",
	    "date + 1 working day");
	CHECK_STR(ADD_D("1d", "2026-02-24", -1, CLOCK_WORKING), "2026-02-14",
	    "date - 1 day on a working clock");
	CHECK_STR(ADD_D("2 weeks", "2026-02-13", 1, CLOCK_CALENDAR), "2026-02-27",
	    "date + 2 weeks");
	CHECK_STR(ADD_D("1mo", "2026-03-31", -1, CLOCK_CALENDAR), "2026-02-28",
	    "date - 1 month");
	CHECK_STR(ADD_D("6 months", "2026-08-31", 1, CLOCK_CALENDAR), "2027-02-28",
	    "date + 6 months");
	CHECK_STR(ADD_D("1y", "2024-02-29", 1, CLOCK_CALENDAR), "2025-02-28",
	    "date + 1 year");
	CHECK_STR(ADD_D("45 days", "2026-12-31", -1, CLOCK_CALENDAR), "2026-11-16",
	    "date - 45 days");
	CHECK_STR(ADD_D("2h", "2026-02-13", 1, CLOCK_WORKING), "2026-02-13",
	    "hours leave a date unchanged");
#undef ADD_T
#undef ADD_D
}

/* Odd calendars: a six-day week, a zone west of UTC with one range, a
 * calendar with no working day at all. */
static void
test_other_calendars(void)
{
	struct cs_calendar c;
	cs_time t;

	cal_init_default(&c);
	c.week = 0x3f;   /* Mon-Sat */
	CHECK_STR(iso(cal_add_working(&c, T("2026-03-06T17:00"), 7200, NULL)),
	    "2026-03-07T10:00:00+08:00", "six-day week: Friday 17:00 + 2h = Saturday 10:00");
	test_round_trips(&c, "six-day week");
	cal_free(&c);

	cal_init_default(&c);
	free(c.tz_name);
	c.tz_name = xstrdup("-05:00");
	c.tz_offset = -300;
	c.nhours = 1;
	c.hours[0].start = 8 * 60;
	c.hours[0].end = 17 * 60;
	time_parse("2026-03-06T16:00-05:00", 0, &t);
	t = cal_add_working(&c, t, 7200, NULL);
	CHECK_STR(time_format_iso(t, -300, (char[32]){0}), "2026-03-09T09:00:00-05:00",
	    "-05:00, 08:00-17:00: Friday 16:00 + 2h = Monday 09:00");
	test_round_trips(&c, "-05:00 one range");
	cal_free(&c);

	cal_init_default(&c);
	c.nhours = 3;
	c.hours[0].start = 0;
	c.hours[0].end = 60;
	c.hours[1].start = 600;
	c.hours[1].end = 720;
	c.hours[2].start = 23 * 60;
	c.hours[2].end = 24 * 60;
	c.tz_offset = 0;
	test_round_trips(&c, "ranges touching midnight");
	CHECK_STR(time_format_iso(cal_add_working(&c, 0, 3600, NULL), 0, (char[32]){0}),
	    "1970-01-01T01:00:00+00:00", "Thu 00:00 + 1h = 01:00 (the end of the range)");
	CHECK_STR(time_format_iso(cal_add_working(&c, 23 * 3600, 7200, NULL), 0, (char[32]){0}),
	    "1970-01-02T01:00:00+00:00", "23:00 + 2h over midnight = 01:00 (range ending at 24:00)");
	cal_free(&c);

	cal_init_default(&c);
	c.week = 0;
	CHECK(cal_add_working(&c, T("2026-03-02T10:00"), 3600, NULL) == CS_NOTIME,
	    "no working day at all: CS_NOTIME");
	CHECK(cal_add_working_days(&c, T("2026-03-02T10:00"), 1, NULL) == CS_NOTIME,
	    "no working day at all: working days give CS_NOTIME");
	CHECK(cal_shift_day(&c, D("2026-03-02"), 1, NULL) == CS_NODATE,
	    "no working day at all: shift gives CS_NODATE");
	CHECK(cal_add_working_days_date(&c, D("2026-03-02"), 1, NULL) == CS_NODATE,
	    "no working day at all: working-day dates give CS_NODATE");
	CHECK_INT(cal_working_between(&c, T("2026-03-02T10:00"), T("2027-03-02T10:00")), 0,
	    "no working day at all: nothing between");
	/* One make-up day is enough when it is near. */
	c.extra = xmalloc(sizeof *c.extra);
	c.extra[0].date = D("2026-03-04");
	c.extra[0].name = NULL;
	c.nextra = 1;
	CHECK_STR(iso(cal_add_working(&c, T("2026-03-02T10:00"), 3600, NULL)),
	    "2026-03-04T10:00:00+08:00", "a lone make-up day is found");
	CHECK(cal_add_working(&c, T("2026-03-02T10:00"), 450 * 60 + 1, NULL) == CS_NOTIME,
	    "and after it, none: CS_NOTIME");
	/* A date both holiday and make-up day: the make-up day wins. */
	c.holidays = xmalloc(sizeof *c.holidays);
	c.holidays[0].date = D("2026-03-04");
	c.holidays[0].name = NULL;
	c.nholidays = 1;
	CHECK(cal_is_working_day(&c, D("2026-03-04")), "holiday and make-up day: works");
	CHECK_INT(cal_working_between(&c, T("2026-03-01T00:00"), T("2026-03-08T00:00")),
	    450 * 60, "holiday and make-up day: counted once");
	cal_free(&c);
}

int
main(void)
{
	struct cs_calendar c;

	cal_2026(&c);
	test_basics(&c);
	test_add_working(&c);
	test_traces(&c);
	test_working_days(&c);
	test_between(&c);
	test_round_trips(&c, "2026 calendar");
	test_durations(&c);
	test_other_calendars();
	cal_free(&c);
	sb_free(&trace);
	return UNIT_DONE();
}
