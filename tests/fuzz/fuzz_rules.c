/* fuzz_rules.c - the rules loader (rules_load_mem, libyaml).
 *
 * Properties, for any input: loading returns 0, CS_EX_DATAERR or
 * CS_EX_NOINPUT (an include that is not there); rules that load are whole
 * (a calendar with working time, every visit rule named and sound), and
 * nothing leaks either way.  Includes resolve against $CS_RULES_PATH (the
 * shipped calendars), else rules/. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <string.h>

#include "cs.h"
#include "fuzz.h"

static const char *dir = "rules";

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *p = getenv("CS_RULES_PATH");

	(void)argc;
	(void)argv;
	cs_quiet = true;
	if (p && *p && !strchr(p, ':'))
		dir = p;
	return 0;
}

static void
check_duration(const struct cs_duration *d, const char *what)
{
	char buf[64];
	struct cs_duration back;
	const char *why;

	if (d->n < 0)
		fuzz_fail("%s: negative duration", what);
	duration_format(d, buf);
	if (d->n > 0 && duration_parse(buf, &back, &why) != 0)
		fuzz_fail("%s: \"%s\" does not parse back", what, buf);
}

static void
check_rules(const struct cs_rules *r)
{
	const struct cs_calendar *c = &r->cal;

	if (!(c->week & 0x7F) && c->nextra == 0)
		fuzz_fail("no working day at all");
	if (c->nhours < 1 || c->nhours > 8)
		fuzz_fail("%d working-hour ranges", c->nhours);
	for (int i = 0; i < c->nhours; i++) {
		if (c->hours[i].start < 0 || c->hours[i].end > 24 * 60 ||
		    c->hours[i].start >= c->hours[i].end)
			fuzz_fail("bad hour range %d-%d", c->hours[i].start,
			    c->hours[i].end);
		if (i && c->hours[i].start < c->hours[i - 1].end)
			fuzz_fail("hour ranges overlap or are not sorted");
	}
	for (size_t i = 1; i < c->nholidays; i++)
		if (c->holidays[i].date <= c->holidays[i - 1].date)
			fuzz_fail("holidays not sorted and unique");
	for (size_t i = 1; i < c->nextra; i++)
		if (c->extra[i].date <= c->extra[i - 1].date)
			fuzz_fail("extra days not sorted and unique");
	for (int i = 0; i < r->nvisits; i++) {
		const struct visit_rule *v = &r->visits[i];

		if (!v->name || !*v->name)
			fuzz_fail("visit rule %d without a name", i);
		if (rules_visit(r, v->name) != v)
			fuzz_fail("visit rule %s twice", v->name);
		if (v->kind == VISIT_EVERY) {
			check_duration(&v->every, v->name);
			if (v->every.n <= 0)
				fuzz_fail("%s: every 0", v->name);
		}
		if (v->kind == VISIT_QUOTA && v->quota < 1)
			fuzz_fail("%s: quota %d", v->name, v->quota);
		if (v->kind == VISIT_BEFORE && v->nleads < 1)
			fuzz_fail("%s: no leads", v->name);
		for (int k = 0; k < v->nleads; k++)
			check_duration(&v->leads[k], v->name);
		if (v->shift < -1 || v->shift > 1)
			fuzz_fail("%s: shift %d", v->name, v->shift);
	}
	for (int i = 0; i < r->complaints.nmilestones; i++) {
		const struct cs_milestone *m = &r->complaints.milestones[i];

		check_duration(&m->within, m->name);
		if (m->within.n <= 0)
			fuzz_fail("%s: within 0", m->name);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cs_rules r;
	int st;

	st = rules_load_mem("fuzz.yaml", dir, (const char *)data, size, &r);
	if (st == 0) {
		check_rules(&r);
		rules_free(&r);
	} else if (st != CS_EX_DATAERR && st != CS_EX_NOINPUT) {
		fuzz_fail("status %d", st);
	}
	return 0;
}
