/* test_time.c - dates, times, spans and durations (lib/time.c). */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

static const char *
fmt_date(cs_date d)
{
	static char buf[32];

	return date_format(d, buf);
}

static const char *
fmt_iso(cs_time t, int off)
{
	static char buf[32];

	return time_format_iso(t, off, buf);
}

static const char *
fmt_span(int64_t s)
{
	static char buf[32];

	return span_format(s, buf);
}

/* duration_parse then duration_format, or "ERR: why". */
static const char *
dur(const char *s)
{
	static char buf[96];
	struct cs_duration d;
	const char *why = NULL;

	if (duration_parse(s, &d, &why) != 0) {
		snprintf(buf, sizeof buf, "ERR: %s", why ? why : "(null)");
		return buf;
	}
	return duration_format(&d, buf);
}

static cs_date
D(const char *s)
{
	cs_date d = CS_NODATE;

	if (date_parse(s, &d) != 0)
		return CS_NODATE;
	return d;
}

static void
test_dates(void)
{
	cs_date d;
	int y, m, dd;

	CHECK_INT(date_from_ymd(1970, 1, 1), 0, "epoch is day 0");
	CHECK_INT(date_from_ymd(1969, 12, 31), -1, "the day before is -1");
	CHECK_INT(date_from_ymd(2000, 3, 1), 11017, "2000-03-01");
	CHECK_INT(date_from_ymd(2026, 2, 29), CS_NODATE, "2026-02-29 does not exist");
	CHECK_INT(date_from_ymd(2026, 0, 1), CS_NODATE, "month 0 does not exist");
	date_to_ymd(date_from_ymd(2024, 2, 29), &y, &m, &dd);
	CHECK(y == 2024 && m == 2 && dd == 29, "2024-02-29 round trip");
	date_to_ymd(-1, &y, &m, &dd);
	CHECK(y == 1969 && m == 12 && dd == 31, "day -1 is 1969-12-31");

	/* Every day from 1900 to 2100 round-trips, and consecutive. */
	{
		bool ok = true;
		cs_date prev = date_from_ymd(1899, 12, 31);
		for (y = 1900; y <= 2100 && ok; y++)
			for (m = 1; m <= 12 && ok; m++)
				for (dd = 1; dd <= days_in_month(y, m); dd++) {
					int y2, m2, d2;
					d = date_from_ymd(y, m, dd);
					date_to_ymd(d, &y2, &m2, &d2);
					if (d != prev + 1 || y2 != y || m2 != m ||
					    d2 != dd)
						ok = false;
					prev = d;
				}
		CHECK(ok, "1900..2100: every date round-trips, one day apart");
	}

	CHECK_INT(date_weekday(0), 3, "1970-01-01 was a Thursday");
	CHECK_INT(date_weekday(-1), 2, "1969-12-31 was a Wednesday");
	CHECK_INT(date_weekday(D("2026-02-13")), 4, "2026-02-13 is a Friday");
	CHECK_INT(date_weekday(D("2026-02-15")), 6, "2026-02-15 is a Sunday");
	CHECK_INT(date_weekday(D("2026-11-23")), 0, "2026-11-23 is a Monday");
	CHECK_INT(date_weekday(D("1900-01-01")), 0, "1900-01-01 was a Monday");

	CHECK_INT(days_in_month(2026, 2), 28, "Feb 2026 has 28 days");
	CHECK_INT(days_in_month(2024, 2), 29, "Feb 2024 has 29 days");
	CHECK_INT(days_in_month(1900, 2), 28, "Feb 1900 has 28 days (century)");
	CHECK_INT(days_in_month(2000, 2), 29, "Feb 2000 has 29 days (400 years)");
	CHECK_INT(days_in_month(2026, 4), 30, "April has 30 days");
	CHECK_INT(days_in_month(2026, 12), 31, "December has 31 days");
	CHECK_INT(days_in_month(2026, 13), 0, "month 13: 0");
}

static void
test_date_parse(void)
{
	cs_date d = 12345;

	CHECK_STR(fmt_date(D("2026-11-23")), "2026-11-23", "parse 2026-11-23");
	CHECK_STR(fmt_date(D("2026/11/23")), "2026-11-23", "parse 2026/11/23");
	CHECK_STR(fmt_date(D("2026/1/5")), "2026-01-05", "parse 2026/1/5");
	CHECK_STR(fmt_date(D("2026/01/5")), "2026-01-05", "parse 2026/01/5");
	CHECK_STR(fmt_date(D("2024-02-29")), "2024-02-29", "leap day 2024");
	CHECK_STR(fmt_date(D("2000-02-29")), "2000-02-29", "leap day 2000");
	CHECK_STR(fmt_date(D("1900-01-01")), "1900-01-01", "year 1900 accepted");
	CHECK_STR(fmt_date(D("9999-12-31")), "9999-12-31", "year 9999 accepted");
	CHECK(date_parse("2026-02-30", &d) == -1, "2026-02-30 refused");
	CHECK(date_parse("2026-02-29", &d) == -1, "2026-02-29 refused");
	CHECK(date_parse("1900-02-29", &d) == -1, "1900-02-29 refused");
	CHECK(date_parse("2026-13-01", &d) == -1, "2026-13-01 refused");
	CHECK(date_parse("2026-00-10", &d) == -1, "month 0 refused");
	CHECK(date_parse("2026-01-00", &d) == -1, "day 0 refused");
	CHECK(date_parse("2026-04-31", &d) == -1, "2026-04-31 refused");
	CHECK(date_parse("2026-11-23x", &d) == -1, "trailing junk refused");
	CHECK(date_parse("2026-11-23 ", &d) == -1, "trailing space refused");
	CHECK(date_parse(" 2026-11-23", &d) == -1, "leading space refused");
	CHECK(date_parse("2026-1-5", &d) == -1, "2026-1-5 refused (dashes need two digits)");
	CHECK(date_parse("2026/11-23", &d) == -1, "mixed separators refused");
	CHECK(date_parse("2026/123/1", &d) == -1, "three-digit month refused");
	CHECK(date_parse("26-11-23", &d) == -1, "two-digit year refused");
	CHECK(date_parse("1899-12-31", &d) == -1, "year 1899 refused");
	CHECK(date_parse("10000-01-01", &d) == -1, "year 10000 refused");
	CHECK(date_parse("", &d) == -1, "empty refused");
	CHECK(date_parse("2026-11-23T09:00", &d) == -1, "a time is not a date");
	CHECK(date_parse("２０２６-11-23", &d) == -1, "fullwidth digits refused");
	CHECK_INT(d, 12345, "refusals leave *out alone");
}

static void
test_months_periods(void)
{
	CHECK_STR(fmt_date(date_add_months(D("2026-01-31"), 1)), "2026-02-28",
	    "2026-01-31 + 1 month = 2026-02-28");
	CHECK_STR(fmt_date(date_add_months(D("2024-01-31"), 1)), "2024-02-29",
	    "2024-01-31 + 1 month = 2024-02-29");
	CHECK_STR(fmt_date(date_add_months(D("2026-03-31"), -1)), "2026-02-28",
	    "2026-03-31 - 1 month = 2026-02-28");
	CHECK_STR(fmt_date(date_add_months(D("2024-03-31"), -1)), "2024-02-29",
	    "2024-03-31 - 1 month = 2024-02-29");
	CHECK_STR(fmt_date(date_add_months(D("2026-11-15"), 2)), "2027-01-15",
	    "across a year end");
	CHECK_STR(fmt_date(date_add_months(D("2026-01-15"), -1)), "2025-12-15",
	    "back across a year end");
	CHECK_STR(fmt_date(date_add_months(D("2026-01-15"), -13)), "2024-12-15",
	    "back 13 months");
	CHECK_STR(fmt_date(date_add_months(D("2024-02-29"), 12)), "2025-02-28",
	    "leap day + 1 year");
	CHECK_STR(fmt_date(date_add_months(D("2026-05-31"), 6)), "2026-11-30",
	    "2026-05-31 + 6 months");
	CHECK_STR(fmt_date(date_add_months(D("2026-05-31"), 0)), "2026-05-31",
	    "+0 months");

	CHECK_STR(fmt_date(period_start(D("2026-11-23"), PERIOD_WEEK)), "2026-11-23",
	    "week of a Monday starts that day");
	CHECK_STR(fmt_date(period_start(D("2026-11-29"), PERIOD_WEEK)), "2026-11-23",
	    "week of a Sunday starts the Monday before");
	CHECK_STR(fmt_date(period_start(D("2026-01-01"), PERIOD_WEEK)), "2025-12-29",
	    "week across a year end");
	CHECK_STR(fmt_date(period_start(D("2026-11-23"), PERIOD_MONTH)), "2026-11-01",
	    "month start");
	CHECK_STR(fmt_date(period_start(D("2026-11-23"), PERIOD_QUARTER)), "2026-10-01",
	    "quarter start (Q4)");
	CHECK_STR(fmt_date(period_start(D("2026-03-31"), PERIOD_QUARTER)), "2026-01-01",
	    "quarter start (Q1)");
	CHECK_STR(fmt_date(period_start(D("2026-11-23"), PERIOD_YEAR)), "2026-01-01",
	    "year start");
	CHECK_STR(fmt_date(period_next(D("2026-11-23"), PERIOD_WEEK)), "2026-11-30",
	    "next week");
	CHECK_STR(fmt_date(period_next(D("2026-12-01"), PERIOD_MONTH)), "2027-01-01",
	    "next month");
	CHECK_STR(fmt_date(period_next(D("2026-10-01"), PERIOD_QUARTER)), "2027-01-01",
	    "next quarter");
	CHECK_STR(fmt_date(period_next(D("2026-01-01"), PERIOD_YEAR)), "2027-01-01",
	    "next year");
	CHECK_STR(period_name(PERIOD_WEEK), "week", "period name week");
	CHECK_STR(period_name(PERIOD_QUARTER), "quarter", "period name quarter");
}

static void
test_time_parse(void)
{
	cs_time t = 42;
	char buf[32];

	/* 2026-11-23T09:00+08:00 = 01:00Z */
	CHECK(time_parse("2026-11-23T09:00+08:00", 0, &t) == 0 &&
	    t == (cs_time)date_from_ymd(2026, 11, 23) * 86400 + 3600,
	    "2026-11-23T09:00+08:00");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:00+08:00", "formatted back at +08:00");
	CHECK_STR(fmt_iso(t, 0), "2026-11-23T01:00:00+00:00", "formatted at UTC prints +00:00");
	CHECK_STR(fmt_iso(t, -330), "2026-11-22T19:30:00-05:30", "formatted at -05:30");
	CHECK(time_parse("2026-11-23T09:00", 480, &t) == 0, "no offset: local");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:00+08:00", "local at tz_offset");
	CHECK(time_parse("2026-11-23 09:00:05", 480, &t) == 0, "space and seconds");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:05+08:00", "seconds kept");
	CHECK(time_parse("2026-11-23", 480, &t) == 0, "bare date");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T00:00:00+08:00", "bare date is local midnight");
	CHECK(time_parse("2026-11-23T01:00Z", 480, &t) == 0, "Z");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:00+08:00", "Z is UTC");
	CHECK(time_parse("2026-11-23T09:00+0800", 0, &t) == 0, "+0800");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:00+08:00", "+0800 read right");
	CHECK(time_parse("2026-11-23T09:00+08", 0, &t) == 0, "+08");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:00+08:00", "+08 read right");
	CHECK(time_parse("2026-11-22T19:30:00-05:30", 0, &t) == 0, "-05:30");
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:00+08:00", "-05:30 read right");
	CHECK(time_parse("2026/11/23 09:00", 480, &t) == 0, "spreadsheet date with a time");
	CHECK(time_parse("2026-11-23T23:59:59+08:00", 0, &t) == 0, "23:59:59");
	CHECK(time_parse("1969-12-31T23:00Z", 0, &t) == 0 && t == -3600,
	    "before the epoch");
	CHECK_STR(fmt_iso(t, 0), "1969-12-31T23:00:00+00:00", "before the epoch formatted");
	CHECK_STR(time_format_short(t, 480, buf), "1970-01-01 07:00", "short format");

	t = 42;
	CHECK(time_parse("2026-11-23T24:00", 480, &t) == -1, "24:00 refused");
	CHECK(time_parse("2026-11-23T09:60", 480, &t) == -1, "09:60 refused");
	CHECK(time_parse("2026-11-23T09:00:60", 480, &t) == -1, "second 60 refused");
	CHECK(time_parse("2026-11-23T9:00", 480, &t) == -1, "one-digit hour refused");
	CHECK(time_parse("2026-11-23T09", 480, &t) == -1, "hour alone refused");
	CHECK(time_parse("2026-11-23T09:00+8", 480, &t) == -1, "+8 refused");
	CHECK(time_parse("2026-11-23T09:00+08:0", 480, &t) == -1, "+08:0 refused");
	CHECK(time_parse("2026-11-23T09:00+19:00", 480, &t) == -1, "+19:00 refused");
	CHECK(time_parse("2026-11-23T09:00 +08:00", 480, &t) == -1, "space before offset refused");
	CHECK(time_parse("2026-11-23T09:00x", 480, &t) == -1, "junk refused");
	CHECK(time_parse("2026-11-23T09:00:00.5", 480, &t) == -1, "fractions refused");
	CHECK(time_parse("2026-11-23  09:00", 480, &t) == -1, "two spaces refused");
	CHECK(time_parse("2026-11-23T", 480, &t) == -1, "T alone refused");
	CHECK(time_parse("2026-02-30T09:00", 480, &t) == -1, "bad date refused");
	CHECK(time_parse("now", 480, &t) == -1, "words refused");
	CHECK(time_parse("", 480, &t) == -1, "empty refused");
	CHECK_INT(t, 42, "refusals leave *out alone");

	CHECK(time_parse("2026-02-13T17:00+08:00", 0, &t) == 0, "2026-02-13T17:00+08:00");
	CHECK_INT(time_date(t, 480), date_from_ymd(2026, 2, 13), "local date at +08:00");
	CHECK_INT(time_date(t, -600), date_from_ymd(2026, 2, 12), "local date at -10:00");
	CHECK_INT(time_minute_of_day(t, 480), 17 * 60, "minute of day at +08:00");
	CHECK_INT(time_minute_of_day(t, 0), 9 * 60, "minute of day at UTC");
	CHECK_INT(time_from_date_minute(date_from_ymd(2026, 2, 13), 17 * 60, 480), t,
	    "time_from_date_minute");
	CHECK_INT(time_minute_of_day(-60, 0), 23 * 60 + 59, "minute of day before the epoch");
	CHECK_INT(time_date(-1, 0), -1, "date of -1s is day -1");
}

/* The edges: every time time_parse returns formats back to text it reads
 * as the same time, at the zone it was parsed in; what would not (a year
 * of five digits, or before 1900, in that zone) is refused. */
static void
test_time_edges(void)
{
	static const char *const ok[] = {
		"9999-12-31T23:59:59+08:00", "9999-12-31T23:59Z",
		"9999-12-31T15:59+00:00", "1900-01-01T00:00:00+08:00",
		"1900-01-01", "9999-12-31", "1900-01-01T00:00-08:00",
	};
	static const int zones[] = {480, 0, 0, 480, 480, -600, -480};
	char buf[32];
	cs_time t, u;

	CHECK_INT(date_from_ymd(1900, 1, 1), CS_DATE_MIN, "CS_DATE_MIN");
	CHECK_INT(date_from_ymd(9999, 12, 31), CS_DATE_MAX, "CS_DATE_MAX");
	CHECK(date_in_range(CS_DATE_MIN) && date_in_range(CS_DATE_MAX) &&
	    !date_in_range(CS_DATE_MIN - 1) && !date_in_range(CS_DATE_MAX + 1) &&
	    !date_in_range(CS_NODATE), "date_in_range");
	CHECK(date_parse("10000-01-01", &(cs_date){0}) == -1, "year 10000 refused");
	CHECK(date_parse("1899-12-31", &(cs_date){0}) == -1, "1899 refused");
	CHECK_STR(fmt_date(CS_DATE_MAX), "9999-12-31", "9999-12-31 formats");
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		int z = zones[i];
		CHECK(time_parse(ok[i], z, &t) == 0, "%s at %+d parses", ok[i], z);
		time_format_iso(t, z, buf);
		CHECK(time_parse(buf, z, &u) == 0 && u == t,
		    "%s at %+d formats as %s and parses back", ok[i], z, buf);
		time_format_iso(t, 0, buf);
		CHECK(time_parse(buf, z, &u) != 0 || u == t,
		    "%s in UTC (%s) is the same time or refused", ok[i], buf);
	}
	t = 42;
	/* 9999-12-31T23:59+08:00 is fine at +08:00 and at UTC ... */
	CHECK(time_parse("9999-12-31T23:59+08:00", 0, &t) == 0,
	    "9999-12-31T23:59+08:00 at UTC");
	CHECK_STR(fmt_iso(t, 0), "9999-12-31T15:59:00+00:00", "... formats in UTC");
	/* ... but not where it is already 10000 */
	t = 42;
	CHECK(time_parse("9999-12-31T23:59-08:00", 480, &t) == -1,
	    "9999-12-31T23:59-08:00 refused at +08:00 (10000-01-01 there)");
	CHECK(time_parse("9999-12-31T23:59-08:00", 0, &t) == -1,
	    "... and at UTC");
	CHECK(time_parse("9999-12-31T23:59", 480, &t) == 0, "local 9999-12-31T23:59");
	CHECK(time_parse("9999-12-31T20:00+08:00", 840, &t) == -1,
	    "refused at +14:00 (10000-01-01 there)");
	CHECK(time_parse("1900-01-01T00:00+08:00", 0, &t) == -1,
	    "1900-01-01T00:00+08:00 refused at UTC (1899-12-31 there)");
	CHECK(time_parse("1900-01-01T08:00+08:00", 0, &t) == 0,
	    "1900-01-01T08:00+08:00 is 1900-01-01T00:00Z");
	CHECK(time_parse("1900-01-01T07:59+08:00", 0, &t) == -1,
	    "a minute earlier is 1899 in UTC");
	t = 42;
	CHECK(time_parse("9999-12-31", 1200, &t) == -1 && t == 42,
	    "a zone beyond +18:00 refused");
	/* dates computed past 9999 still format, for people, with more digits */
	CHECK_STR(fmt_date(date_add_months(CS_DATE_MAX, 1)), "10000-01-31",
	    "9999-12-31 + 1 month");
	CHECK(!date_in_range(date_add_months(CS_DATE_MAX, 1)),
	    "... and is out of range");
}

static void
test_span(void)
{
	CHECK_STR(fmt_span(0), "0m", "span 0");
	CHECK_STR(fmt_span(59), "0m", "span 59s");
	CHECK_STR(fmt_span(45 * 60), "45m", "span 45m");
	CHECK_STR(fmt_span(3 * 3600), "3h", "span 3h");
	CHECK_STR(fmt_span(3 * 3600 + 5 * 60), "3h05m", "span 3h05m");
	CHECK_STR(fmt_span(27 * 3600 + 30 * 60), "27h30m", "span 27h30m");
	CHECK_STR(fmt_span(-(3 * 3600 + 5 * 60)), "-3h05m", "negative span");
	CHECK_STR(fmt_span(-45 * 60), "-45m", "negative minutes");
	CHECK_STR(fmt_span(INT64_MIN), "-2562047788015215h30m", "INT64_MIN does not overflow");
}

static void
test_durations(void)
{
	struct cs_duration d;
	const char *why;

	CHECK_STR(dur("30min"), "30 minutes", "30min");
	CHECK_STR(dur("1 minute"), "1 minute", "1 minute");
	CHECK_STR(dur("5 mins"), "5 minutes", "5 mins");
	CHECK_STR(dur("2h"), "2 hours", "2h");
	CHECK_STR(dur("1 hour"), "1 hour", "1 hour");
	CHECK_STR(dur("1d"), "1 day", "1d");
	CHECK_STR(dur("3 days"), "3 days", "3 days");
	CHECK_STR(dur("0d"), "0 days", "0d allowed");
	CHECK_STR(dur("1w"), "1 week", "1w");
	CHECK_STR(dur("2 weeks"), "2 weeks", "2 weeks");
	CHECK_STR(dur("1mo"), "1 month", "1mo");
	CHECK_STR(dur("6 months"), "6 months", "6 months");
	CHECK_STR(dur("1y"), "1 year", "1y");
	CHECK_STR(dur("2 years"), "2 years", "2 years");
	CHECK_STR(dur("2 working hours"), "2 working hours", "2 working hours");
	CHECK_STR(dur("2wh"), "2 working hours", "2wh");
	CHECK_STR(dur("2 wh"), "2 working hours", "2 wh");
	CHECK_STR(dur("1 working day"), "1 working day", "1 working day");
	CHECK_STR(dur("1wd"), "1 working day", "1wd");
	CHECK_STR(dur("30 working minutes"), "30 working minutes", "30 working minutes");
	CHECK_STR(dur("3 calendar days"), "3 calendar days", "3 calendar days");
	CHECK_STR(dur("3cd"), "3 calendar days", "3cd");
	CHECK_STR(dur("2ch"), "2 calendar hours", "2ch");
	CHECK_STR(dur("2 calendar weeks"), "2 weeks", "calendar weeks are weeks");
	CHECK_STR(dur("100000min"), "100000 minutes", "100000 is the cap");

	CHECK(duration_parse("2 working hours", &d, &why) == 0 && d.n == 2 &&
	    d.unit == UNIT_HOUR && d.clock == CLOCK_WORKING, "2 working hours: fields");
	CHECK(duration_parse("3 days", &d, &why) == 0 && d.n == 3 &&
	    d.unit == UNIT_DAY && d.clock == CLOCK_DEFAULT, "3 days: default clock");

	CHECK_STR(dur(""), "ERR: expected a number", "empty refused");
	CHECK_STR(dur("h"), "ERR: expected a number", "no number refused");
	CHECK_STR(dur("-2h"), "ERR: expected a number", "sign refused");
	CHECK_STR(dur("+2h"), "ERR: expected a number", "plus sign refused");
	CHECK_STR(dur(" 2h"), "ERR: expected a number", "leading space refused");
	CHECK_STR(dur("1.5h"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "fraction refused");
	CHECK_STR(dur("2"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "no unit refused");
	CHECK_STR(dur("2hr"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "2hr refused");
	CHECK_STR(dur("2m"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "2m (ambiguous) refused");
	CHECK_STR(dur("2H"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "upper case refused");
	CHECK_STR(dur("2  h"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "two spaces refused");
	CHECK_STR(dur("2h "), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "trailing space refused");
	CHECK_STR(dur("2 working"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "qualifier alone refused");
	CHECK_STR(dur("2 working wh"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "double qualifier refused");
	CHECK_STR(dur("2 calendar wd"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "contradicting qualifiers refused");
	CHECK_STR(dur("2 busy hours"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "unknown qualifier refused");
	CHECK_STR(dur("2wmin"), "ERR: unknown unit (expected min, h, d, w, mo or y)",
	    "wmin refused");
	CHECK_STR(dur("2 working weeks"), "ERR: working time is counted in minutes, hours or days",
	    "working weeks refused");
	CHECK_STR(dur("1 working month"), "ERR: working time is counted in minutes, hours or days",
	    "working months refused");
	CHECK_STR(dur("100001min"), "ERR: number too large", "over the cap refused");
	CHECK_STR(dur("99999999999999999999999d"), "ERR: number too large",
	    "huge number refused without overflow");

	d = (struct cs_duration){ 2, UNIT_HOUR, CLOCK_DEFAULT };
	CHECK(duration_clock(&d, CLOCK_WORKING) == CLOCK_WORKING, "bare h takes the rule's clock");
	CHECK(duration_clock(&d, CLOCK_DEFAULT) == CLOCK_CALENDAR, "default counts as calendar");
	d.clock = CLOCK_CALENDAR;
	CHECK(duration_clock(&d, CLOCK_WORKING) == CLOCK_CALENDAR, "own clock wins");
	d = (struct cs_duration){ 1, UNIT_WEEK, CLOCK_DEFAULT };
	CHECK(duration_clock(&d, CLOCK_WORKING) == CLOCK_CALENDAR, "weeks are calendar");
}

/* Runs cs_now_resolve(opt) in a child; returns its exit status and what it
 * printed on stderr in err. */
static int
now_dies(const char *opt, const char *env, char *err, size_t errsz)
{
	int fd[2], st = 0;
	ssize_t n;
	size_t got = 0;
	pid_t pid;

	fflush(stdout);
	if (pipe(fd) != 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		dup2(fd[1], 2);
		close(fd[0]);
		if (env)
			setenv("CS_NOW", env, 1);
		cs_now_resolve(opt, 480);
		_exit(0);
	}
	close(fd[1]);
	while (got + 1 < errsz && (n = read(fd[0], err + got,
	    errsz - 1 - got)) > 0)
		got += (size_t)n;
	err[got] = '\0';
	close(fd[0]);
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void
test_now(void)
{
	char err[512];

	cs_time t;

	t = cs_now_resolve("2026-11-23T09:00", 480);
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T09:00:00+08:00", "--now wins");
	setenv("CS_NOW", "2026-02-13T17:00+08:00", 1);
	t = cs_now_resolve(NULL, 0);
	CHECK_STR(fmt_iso(t, 480), "2026-02-13T17:00:00+08:00", "CS_NOW read");
	t = cs_now_resolve("2026-11-23", 480);
	CHECK_STR(fmt_iso(t, 480), "2026-11-23T00:00:00+08:00", "--now over CS_NOW");
	unsetenv("CS_NOW");

	cs_setprogname("cs-due");
	CHECK_INT(now_dies("2026-13-01", NULL, err, sizeof err), 64, "bad --now exits 64");
	CHECK_STR(err, "cs-due: bad --now value \"2026-13-01\" (expected an ISO 8601 "
	    "date or date-time, e.g. 2026-11-23T09:00+08:00)\n", "bad --now message");
	CHECK_INT(now_dies(NULL, "tomorrow", err, sizeof err), 64, "bad CS_NOW exits 64");
	CHECK_STR(err, "cs-due: bad CS_NOW value \"tomorrow\" (expected an ISO 8601 "
	    "date or date-time, e.g. 2026-11-23T09:00+08:00)\n", "bad CS_NOW message");
	CHECK_INT(now_dies("", "2026-11-23", err, sizeof err), 64, "empty --now exits 64");
	CHECK_INT(now_dies("9999-12-31T23:59-08:00", NULL, err, sizeof err), 64,
	    "--now in year 10000 at +08:00 exits 64");
	CHECK_STR(err, "cs-due: bad --now value \"9999-12-31T23:59-08:00\" (in "
	    "the rules' time zone it falls outside 1900-01-01..9999-12-31)\n",
	    "out-of-range --now message");
}

/* Every day of 1960..2110 (the table of months and the formulas on
 * either side of it) against the C library's calendar. */
static void
test_days_vs_libc(void)
{
	int bad = 0;

	for (cs_date z = -3653; z < 51136; z++) {
		time_t t = (time_t)z * 86400;
		struct tm tm;
		char want[32], got[32];
		cs_date back;

		gmtime_r(&t, &tm);
		strftime(want, sizeof want, "%Y-%m-%d", &tm);
		date_format(z, got);
		if (strcmp(want, got) != 0 || date_parse(got, &back) != 0 ||
		    back != z || date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1,
		    tm.tm_mday) != z)
			bad++;
	}
	CHECK_INT(bad, 0, "dates 1960..2110 agree with gmtime");
}

int
main(void)
{
	test_days_vs_libc();
	test_dates();
	test_date_parse();
	test_months_periods();
	test_time_parse();
	test_time_edges();
	test_span();
	test_durations();
	test_now();
	return UNIT_DONE();
}
