/* fuzz_time.c - dates, times and durations (time.c) and working-time
 * arithmetic on the 2026 calendar (calendar.c).
 *
 * The input is one or two lines: a date or time, and a duration.
 * Properties:
 *  - whatever date_parse, time_parse and duration_parse accept formats
 *    back to text that parses to the same value;
 *  - adding a duration to a time or a date never goes backwards (nor
 *    forwards when subtracting), working days land on working days, and
 *    n working hours added measure n working hours. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <string.h>

#include "cs.h"
#include "fuzz.h"

static struct cs_rules rules;
static const struct cs_calendar *cal;
static struct cs_calendar dflt;

static const char cal_yaml[] =
"version: 1\n"
"calendar:\n"
"  include: calendars/cn-2026.yaml\n"
"  week: [mon, tue, wed, thu, fri]\n"
"  hours: [\"09:00-12:00\", \"13:30-18:00\"]\n";

static void
cleanup(void)
{
	if (cal == &rules.cal)
		rules_free(&rules);
	cal_free(&dflt);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *p = getenv("CS_RULES_PATH");

	(void)argc;
	(void)argv;
	cs_quiet = true;
	cal_init_default(&dflt);
	cal = &dflt;
	if (rules_load_mem("time.yaml", p && *p && !strchr(p, ':') ? p :
	    "rules", cal_yaml, sizeof cal_yaml - 1, &rules) == 0)
		cal = &rules.cal;
	atexit(cleanup);
	return 0;
}

static void
check_date(const char *s)
{
	cs_date d, back;
	char buf[32];
	int y, m, dd;

	if (date_parse(s, &d) != 0)
		return;
	date_format(d, buf);
	if (date_parse(buf, &back) != 0 || back != d)
		fuzz_fail("date \"%s\" -> \"%s\" does not read back", s, buf);
	date_to_ymd(d, &y, &m, &dd);
	if (date_from_ymd(y, m, dd) != d || dd > days_in_month(y, m))
		fuzz_fail("date %d: %d-%d-%d", (int)d, y, m, dd);
}

static void
check_time(const char *s, int tz)
{
	cs_time t, back;
	char buf[32];

	if (time_parse(s, tz, &t) != 0)
		return;
	time_format_iso(t, tz, buf);
	/* time_parse refuses a time whose date at tz is outside 1900-9999,
	 * so what it returns formats at tz to 25 bytes that read back there */
	if (strlen(buf) != 25)
		fuzz_fail("time \"%s\" -> \"%s\": not 25 bytes", s, buf);
	if (time_parse(buf, tz, &back) != 0 || back != t)
		fuzz_fail("time \"%s\" -> \"%s\" does not read back", s, buf);
	if (t % 60 == 0 && time_from_date_minute(time_date(t, tz),
	    time_minute_of_day(t, tz), tz) != t)
		fuzz_fail("time \"%s\": date and minute do not give it back", s);
}

static bool
check_duration(const char *s, struct cs_duration *d)
{
	struct cs_duration back;
	const char *why;
	char buf[32];

	if (duration_parse(s, d, &why) != 0) {
		if (!why || !*why)
			fuzz_fail("duration \"%s\" refused without a reason", s);
		return false;
	}
	duration_format(d, buf);
	if (duration_parse(buf, &back, &why) != 0 || back.n != d->n ||
	    back.unit != d->unit ||
	    duration_clock(&back, CLOCK_WORKING) !=
	    duration_clock(d, CLOCK_WORKING) ||
	    duration_clock(&back, CLOCK_CALENDAR) !=
	    duration_clock(d, CLOCK_CALENDAR))
		fuzz_fail("duration \"%s\" -> \"%s\" does not read back", s,
		    buf);
	return true;
}

static void
check_add(cs_time t, const struct cs_duration *d)
{
	static const enum cs_clock clocks[] = { CLOCK_CALENDAR, CLOCK_WORKING };

	for (size_t i = 0; i < 2; i++) {
		enum cs_clock c = duration_clock(d, clocks[i]);
		cs_time r = duration_add_time(cal, t, d, clocks[i], NULL);

		if (r < t)
			fuzz_fail("time + %lld went backwards", (long long)d->n);
		if (c == CLOCK_WORKING && d->unit <= UNIT_HOUR) {
			int64_t want = d->n * (d->unit == UNIT_HOUR ? 3600 : 60);
			cs_time start = cal_add_working(cal, t, 0, NULL);

			if (cal_working_between(cal, start, r) != want)
				fuzz_fail("%lld working seconds added, %lld "
				    "between", (long long)want, (long long)
				    cal_working_between(cal, start, r));
		}
	}
}

static void
check_add_date(cs_date day, const struct cs_duration *d)
{
	static const enum cs_clock clocks[] = { CLOCK_CALENDAR, CLOCK_WORKING };

	if (d->unit < UNIT_DAY)
		return; /* the rules loader refuses hours for dates */
	for (size_t i = 0; i < 2; i++) {
		cs_date later = duration_add_date(cal, day, d, 1, clocks[i], NULL);
		cs_date earlier = duration_add_date(cal, day, d, -1, clocks[i],
		    NULL);

		if (later < day || earlier > day)
			fuzz_fail("date +/- %lld: %d, %d, %d", (long long)d->n,
			    (int)earlier, (int)day, (int)later);
		if (duration_clock(d, clocks[i]) == CLOCK_WORKING && d->n > 0 &&
		    (!cal_is_working_day(cal, later) ||
		    !cal_is_working_day(cal, earlier)))
			fuzz_fail("working days +/- %lld land off work",
			    (long long)d->n);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, *second;
	struct cs_duration d;
	cs_time t;
	cs_date day;

	if (size > 256)
		return 0;
	s = xstrndup((const char *)data, size);
	if ((second = strchr(s, '\n')) != NULL)
		*second++ = '\0';
	check_date(s);
	check_time(s, 480);
	check_time(s, 0);
	check_time(s, -330);
	if (check_duration(s, &d) && d.n < 0)
		fuzz_fail("negative duration");
	if (second) {
		if (check_duration(second, &d) && time_parse(s, 480, &t) == 0) {
			check_add(t, &d);
			if (date_parse(s, &day) == 0)
				check_add_date(day, &d);
		}
	}
	free(s);
	return 0;
}
