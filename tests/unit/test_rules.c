/* test_rules.c - rules.c: the shipped rule sets, every form of the
 * language (tests/data/rules/good), and the exact diagnostic and status of
 * each bad file (tests/data/rules/bad/NAME.yaml, whose first line is
 * "# expect: STATUS MESSAGE").  Runs from the top of the tree (or $TOP). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

#ifndef CS_DATADIR
#define CS_DATADIR "/usr/local/share/cs"
#endif

static char top[4096] = ".";
static char err[8192];
static int saved_fd = -1;
static FILE *err_fp;

/* ---- capturing stderr ------------------------------------------------- */

static void
capture_begin(void)
{
	fflush(stderr);
	err_fp = tmpfile();
	saved_fd = dup(2);
	dup2(fileno(err_fp), 2);
}

/* Ends the capture; err holds what was written. */
static const char *
capture_end(void)
{
	size_t n;

	fflush(stderr);
	dup2(saved_fd, 2);
	close(saved_fd);
	rewind(err_fp);
	n = fread(err, 1, sizeof err - 1, err_fp);
	err[n] = '\0';
	fclose(err_fp);
	return err;
}

static char *
path(const char *rel)
{
	return xasprintf("%s/%s", top, rel);
}

static int
load(const char *rel, struct cs_rules *r)
{
	char *p = path(rel);
	int rc;

	capture_begin();
	rc = rules_load(p, r);
	capture_end();
	free(p);
	return rc;
}

static const struct cs_milestone *
milestone(const struct cs_rules *r, const char *name)
{
	for (int i = 0; i < r->complaints.nmilestones; i++)
		if (strcmp(r->complaints.milestones[i].name, name) == 0)
			return &r->complaints.milestones[i];
	return NULL;
}

static const struct cs_named *
named(const struct cs_named *v, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return &v[i];
	return NULL;
}

static bool
dur_is(const struct cs_duration *d, int64_t n, enum cs_unit u,
       enum cs_clock c)
{
	return d->n == n && d->unit == u && d->clock == c;
}

static cs_date
ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* ---- the shipped rule sets ------------------------------------------- */

static void
check_cn2026(const struct cs_rules *r, const char *set)
{
	const struct cs_calendar *c = &r->cal;
	const char *name = NULL;

	CHECK_STR(c->tz_name, "Asia/Shanghai", "%s: timezone", set);
	CHECK_INT(c->tz_offset, 480, "%s: UTC+8", set);
	CHECK_INT(c->week, 0x1f, "%s: Monday to Friday", set);
	CHECK(c->nhours == 2 && c->hours[0].start == 9 * 60 &&
	      c->hours[0].end == 12 * 60 && c->hours[1].start == 13 * 60 + 30 &&
	      c->hours[1].end == 18 * 60, "%s: 09:00-12:00 and 13:30-18:00", set);
	CHECK_INT(c->nholidays, 33, "%s: 33 holidays in 2026", set);
	CHECK_INT(c->nextra, 6, "%s: 6 make-up days in 2026", set);
	CHECK(cal_is_extra(c, ymd(2026, 2, 14), &name) && name &&
	      strcmp(name, "春节调休") == 0, "%s: 2026-02-14 is 春节调休", set);
	name = NULL;
	CHECK(cal_is_holiday(c, ymd(2026, 2, 16), &name) && name &&
	      strcmp(name, "春节") == 0, "%s: 2026-02-16 is 春节", set);
	CHECK(cal_is_holiday(c, ymd(2026, 10, 7), NULL) &&
	      !cal_is_holiday(c, ymd(2026, 10, 8), NULL),
	      "%s: 国庆节 ends on 2026-10-07", set);
	CHECK(cal_is_extra(c, ymd(2026, 9, 20), NULL) &&
	      cal_is_extra(c, ymd(2026, 1, 4), NULL) &&
	      !cal_is_extra(c, ymd(2026, 2, 15), NULL),
	      "%s: make-up days 2026-09-20 and 2026-01-04", set);
	for (size_t i = 1; i < c->nholidays; i++)
		if (c->holidays[i - 1].date >= c->holidays[i].date) {
			CHECK(0, "%s: holidays sorted", set);
			break;
		}
	CHECK_STR(r->language, "zh_CN", "%s: language", set);
	CHECK(r->complaints.present, "%s: has complaints", set);
	CHECK_INT(r->complaints.clock, CLOCK_WORKING, "%s: complaints in working time",
	    set);
}

static void
test_shipped(void)
{
	struct cs_rules r;
	const struct visit_rule *v;
	const struct cs_milestone *m;
	const struct cs_named *n;
	int rc;

	rc = load("rules/auto-dealer.yaml", &r);
	CHECK_INT(rc, 0, "auto-dealer.yaml loads");
	CHECK_STR(err, "", "auto-dealer.yaml: nothing on stderr");
	if (rc == 0) {
		check_cn2026(&r, "auto-dealer");
		CHECK_STR(r.name, "auto-dealer", "auto-dealer: name");
		m = milestone(&r, "reply");
		CHECK(m && dur_is(&m->within, 2, UNIT_HOUR, CLOCK_WORKING) &&
		      strcmp(m->from, "open") == 0 && strcmp(m->met_by, "reply") == 0,
		      "auto-dealer: reply within 2 working hours of open");
		m = milestone(&r, "answer");
		CHECK(m && dur_is(&m->within, 1, UNIT_DAY, CLOCK_WORKING) &&
		      strcmp(m->from, "open") == 0,
		      "auto-dealer: answer within 1 working day of open");
		m = milestone(&r, "revisit");
		CHECK(m && dur_is(&m->within, 1, UNIT_DAY, CLOCK_WORKING) &&
		      strcmp(m->from, "resolve") == 0 &&
		      strcmp(m->met_by, "revisit") == 0,
		      "auto-dealer: revisit within 1 working day of resolve");
		v = rules_visit(&r, "repair-3d");
		CHECK(v && v->kind == VISIT_AFTER && strcmp(v->event, "repair") == 0 &&
		      dur_is(&v->delay, 3, UNIT_DAY, CLOCK_DEFAULT) && v->shift == 1,
		      "auto-dealer: 3 days after repair, shifted later");
		v = rules_visit(&r, "key-weekly");
		CHECK(v && v->kind == VISIT_QUOTA && v->quota == 1 &&
		      v->per == PERIOD_WEEK && v->nmatch == 1 &&
		      strcmp(v->match[0].column, "class") == 0 &&
		      v->match[0].nvalues == 1 &&
		      strcmp(v->match[0].values[0], "key") == 0 && !v->match[0].negate,
		      "auto-dealer: key accounts once a week");
		v = rules_visit(&r, "routine-monthly");
		CHECK(v && v->kind == VISIT_QUOTA && v->quota == 1 &&
		      v->per == PERIOD_MONTH, "auto-dealer: routine once a month");
		v = rules_visit(&r, "delivery");
		CHECK(v && v->kind == VISIT_AFTER && v->has_grace &&
		      dur_is(&v->grace, 2, UNIT_DAY, CLOCK_DEFAULT),
		      "auto-dealer: delivery visit within 3-5 days");
		v = rules_visit(&r, "contract-renewal");
		CHECK(v && v->kind == VISIT_BEFORE && v->nleads == 1 &&
		      dur_is(&v->leads[0], 1, UNIT_MONTH, CLOCK_DEFAULT) &&
		      strcmp(v->column, "contract_end") == 0,
		      "auto-dealer: a month before contract_end");
		CHECK_INT(r.complaints.nladder, 5, "auto-dealer: five rungs");
		if (r.complaints.nladder == 5) {
			CHECK_STR(r.complaints.ladder[1].role, "advisor", "rung 2");
			CHECK(dur_is(&r.complaints.ladder[1].after, 2, UNIT_HOUR,
			    CLOCK_WORKING), "advisor after 2 working hours");
			CHECK_STR(r.complaints.ladder[4].role, "gm", "rung 5 is gm");
		}
		n = named(r.complaints.channels, r.complaints.nchannels,
		    "manufacturer");
		CHECK(n && n->start && strcmp(n->start, "gm") == 0,
		    "auto-dealer: the manufacturer channel starts at gm");
		n = named(r.complaints.severities, r.complaints.nseverities,
		    "serious");
		CHECK(n && n->start && strcmp(n->start, "gm") == 0 && n->label &&
		      strcmp(n->label, "严重") == 0,
		      "auto-dealer: serious complaints start at gm");
		CHECK(r.complaints.has_remind &&
		      dur_is(&r.complaints.remind_every, 2, UNIT_HOUR, CLOCK_WORKING),
		      "auto-dealer: remind every 2 working hours");
		rules_free(&r);
	}

	rc = load("rules/insurance-renewal.yaml", &r);
	CHECK_INT(rc, 0, "insurance-renewal.yaml loads");
	if (rc == 0) {
		check_cn2026(&r, "insurance-renewal");
		v = rules_visit(&r, "renewal-first");
		CHECK(v && v->kind == VISIT_BEFORE && v->nleads == 1 &&
		      strcmp(v->column, "policy_end") == 0 &&
		      dur_is(&v->leads[0], 45, UNIT_DAY, CLOCK_DEFAULT) &&
		      v->shift == -1, "insurance: 45 days before policy_end, earlier");
		v = rules_visit(&r, "renewal-follow-1");
		CHECK(v && v->kind == VISIT_BEFORE && v->nleads == 1 &&
		      dur_is(&v->leads[0], 30, UNIT_DAY, CLOCK_DEFAULT) &&
		      v->shift == -1, "insurance: 30 days before policy_end, earlier");
		v = rules_visit(&r, "renewal-list");
		CHECK(v && dur_is(&v->leads[0], 60, UNIT_DAY, CLOCK_DEFAULT) &&
		      strcmp(v->purpose, "建立续保名单") == 0,
		      "insurance: the list 60 days before");
		CHECK_INT(r.nvisits, 5, "insurance: five contacts");
		rules_free(&r);
	}

	rc = load("rules/standard.yaml", &r);
	CHECK_INT(rc, 0, "standard.yaml loads");
	if (rc == 0) {
		check_cn2026(&r, "standard");
		v = rules_visit(&r, "first-visit");
		CHECK(v && v->kind == VISIT_AFTER && strcmp(v->event, "purchase") == 0 &&
		      dur_is(&v->delay, 1, UNIT_WEEK, CLOCK_DEFAULT),
		      "standard: first visit a week after purchase");
		v = rules_visit(&r, "dormant-week");
		CHECK(v && v->kind == VISIT_DORMANT && strcmp(v->event, "order") == 0 &&
		      dur_is(&v->delay, 7, UNIT_DAY, CLOCK_DEFAULT) && v->has_grace,
		      "standard: dormant 7 days");
		v = rules_visit(&r, "dormant-month");
		CHECK(v && v->kind == VISIT_QUOTA && v->quota == 2 && v->idle_event &&
		      strcmp(v->idle_event, "order") == 0 &&
		      dur_is(&v->idle_for, 1, UNIT_MONTH, CLOCK_DEFAULT),
		      "standard: twice a month while idle a month");
		m = milestone(&r, "revisit");
		CHECK(m && strcmp(m->from, "resolve") == 0 &&
		      dur_is(&m->within, 1, UNIT_DAY, CLOCK_WORKING),
		      "standard: revisit 1 working day after resolve (V10)");
		rules_free(&r);
	}

	rc = load("rules/construction-warranty.yaml", &r);
	CHECK_INT(rc, 0, "construction-warranty.yaml loads");
	if (rc == 0) {
		check_cn2026(&r, "construction-warranty");
		v = rules_visit(&r, "warranty-half-year");
		CHECK(v && v->kind == VISIT_EVERY &&
		      dur_is(&v->every, 6, UNIT_MONTH, CLOCK_DEFAULT) &&
		      strcmp(v->anchor, "handover") == 0 && v->from_column &&
		      strcmp(v->from_column, "handover") == 0 && v->until_column &&
		      strcmp(v->until_column, "warranty_end") == 0 &&
		      v->nmatch == 1 && v->match[0].negate &&
		      v->match[0].nvalues == 3,
		      "construction: every 6 months from handover until warranty_end");
		v = rules_visit(&r, "warranty-quarterly");
		CHECK(v && v->kind == VISIT_QUOTA && v->per == PERIOD_QUARTER &&
		      v->nmatch == 1 && !v->match[0].negate &&
		      strcmp(v->match[0].column, "work") == 0,
		      "construction: roofing and equipment quarterly");
		m = milestone(&r, "arrive");
		CHECK(m && dur_is(&m->within, 6, UNIT_HOUR, CLOCK_WORKING) &&
		      m->nmatch == 1 && m->match[0].negate &&
		      strcmp(m->match[0].column, "region") == 0 &&
		      strcmp(m->match[0].values[0], "suburban") == 0,
		      "construction: arrive within 6 working hours outside the suburbs");
		m = milestone(&r, "arrive-suburban");
		CHECK(m && dur_is(&m->within, 7, UNIT_HOUR, CLOCK_WORKING) &&
		      m->nmatch == 1 && !m->match[0].negate,
		      "construction: 7 working hours in the suburbs");
		m = milestone(&r, "repair");
		CHECK(m && dur_is(&m->within, 12, UNIT_HOUR, CLOCK_WORKING) &&
		      strcmp(m->met_by, "resolve") == 0,
		      "construction: repaired within 12 working hours");
		rules_free(&r);
	}
}

/* ---- every form ------------------------------------------------------- */

static void
test_full(void)
{
	struct cs_rules r;
	const struct visit_rule *v;
	const struct cs_milestone *m;
	const struct complaint_rules *c = &r.complaints;
	const char *name;
	int rc;

	rc = load("tests/data/rules/good/full.yaml", &r);
	CHECK_INT(rc, 0, "full.yaml loads");
	CHECK_STR(err, "", "full.yaml: nothing on stderr");
	if (rc)
		return;
	CHECK_STR(r.name, "full-test", "name");
	CHECK_STR(r.language, "en", "language");
	CHECK_INT(r.low_score, 1, "low_score");
	CHECK_STR(r.cal.tz_name, "UTC", "timezone from the included calendar");
	CHECK_INT(r.cal.tz_offset, 0, "UTC offset");
	CHECK_INT(r.cal.week, 0x3f, "week mon-sat from the included calendar");
	CHECK_INT(r.cal.nhours, 2, "hours: own, sorted, touching ranges joined");
	CHECK(r.cal.hours[0].start == 540 && r.cal.hours[0].end == 750 &&
	      r.cal.hours[1].start == 810 && r.cal.hours[1].end == 1080,
	      "hours 09:00-12:30, 13:30-18:00");
	CHECK_INT(r.cal.nholidays, 33 + 1 + 2 + 2, "holidays merged");
	CHECK_INT(r.cal.nextra, 7, "make-up days merged");
	name = NULL;
	CHECK(cal_is_holiday(&r.cal, ymd(2026, 10, 1), &name) && name &&
	      strcmp(name, "国庆节") == 0, "an unnamed repeat keeps the name");
	name = NULL;
	CHECK(cal_is_extra(&r.cal, ymd(2026, 2, 28), &name) && name &&
	      strcmp(name, "春节调休") == 0, "a repeated make-up day is merged");
	name = "x";
	CHECK(cal_is_holiday(&r.cal, ymd(2026, 11, 3), &name) && name == NULL,
	      "a range string, no name");
	CHECK(cal_is_holiday(&r.cal, ymd(2026, 12, 25), NULL) &&
	      cal_is_holiday(&r.cal, ymd(2026, 12, 31), NULL) &&
	      cal_is_extra(&r.cal, ymd(2026, 11, 8), NULL),
	      "from/to, date and include forms");

	CHECK_INT(r.nvisits, 6, "six visit rules");
	v = rules_visit(&r, "every-rule");
	CHECK(v != NULL, "every-rule");
	if (v) {
		CHECK_INT(v->kind, VISIT_EVERY, "every: kind");
		CHECK(dur_is(&v->every, 2, UNIT_WEEK, CLOCK_DEFAULT), "every 2 weeks");
		CHECK_STR(v->anchor, "handover", "anchor");
		CHECK_INT(v->nmatch, 3, "match two columns, except one");
		if (v->nmatch == 3) {
			CHECK(strcmp(v->match[0].column, "class") == 0 &&
			      v->match[0].nvalues == 2 &&
			      strcmp(v->match[0].values[1], "vip") == 0 &&
			      !v->match[0].negate, "match class [key, vip]");
			CHECK(strcmp(v->match[1].column, "region") == 0 &&
			      !v->match[1].negate, "match region");
			CHECK(strcmp(v->match[2].column, "owner") == 0 &&
			      v->match[2].negate &&
			      strcmp(v->match[2].values[0], "S09") == 0, "except owner");
		}
		CHECK(v->from_column && strcmp(v->from_column, "handover") == 0 &&
		      dur_is(&v->from_offset, 1, UNIT_MONTH, CLOCK_DEFAULT),
		      "from handover + 1 month");
		CHECK(v->until_column && strcmp(v->until_column, "warranty_end") == 0 &&
		      v->until_offset.n == 0, "until warranty_end");
		CHECK(v->idle_event && strcmp(v->idle_event, "order") == 0 &&
		      dur_is(&v->idle_for, 1, UNIT_MONTH, CLOCK_DEFAULT), "while_idle");
		CHECK(v->has_grace && dur_is(&v->grace, 3, UNIT_DAY, CLOCK_DEFAULT),
		      "grace");
		CHECK_INT(v->shift, 0, "shift none");
		CHECK_STR(v->method, "onsite", "method");
		CHECK_STR(v->purpose, "目的", "purpose");
		CHECK_STR(v->content, "内容", "content");
		CHECK_INT(v->line, 17, "line of the rule");
	}
	v = rules_visit(&r, "after-rule");
	CHECK(v && v->kind == VISIT_AFTER && v->delay.n == 0 &&
	      dur_is(&v->grace, 2, UNIT_DAY, CLOCK_WORKING) && v->shift == 1 &&
	      strcmp(v->method, "phone") == 0 && strcmp(v->purpose, "") == 0 &&
	      strcmp(v->content, "") == 0 && !v->from_column && !v->until_column &&
	      !v->idle_event && v->nmatch == 0,
	      "after: zero delay, working-day grace, defaults");
	v = rules_visit(&r, "before-rule");
	CHECK(v && v->kind == VISIT_BEFORE && v->nleads == 2 &&
	      dur_is(&v->leads[1], 30, UNIT_DAY, CLOCK_DEFAULT) && v->shift == -1 &&
	      !v->has_grace, "before: two leads, earlier");
	v = rules_visit(&r, "before-one");
	CHECK(v && v->nleads == 1 && dur_is(&v->leads[0], 1, UNIT_MONTH,
	      CLOCK_DEFAULT), "before: one lead as a string");
	v = rules_visit(&r, "dormant-rule");
	CHECK(v && v->kind == VISIT_DORMANT && v->from_column &&
	      strcmp(v->from_column, "since") == 0 && v->from_offset.n == 0,
	      "dormant, from: COLUMN short form");
	v = rules_visit(&r, "quota_rule");
	CHECK(v && v->kind == VISIT_QUOTA && v->quota == 3 &&
	      v->per == PERIOD_QUARTER && v->until_column &&
	      dur_is(&v->until_offset, 1, UNIT_YEAR, CLOCK_DEFAULT),
	      "quota 3 per quarter, until since + 1y");
	CHECK(rules_visit(&r, "nope") == NULL, "rules_visit: unknown name");

	CHECK(c->present, "complaints present");
	CHECK_INT(c->clock, CLOCK_CALENDAR, "clock calendar");
	CHECK(c->nseverities == 2 && c->severities[0].start == NULL &&
	      c->severities[0].label == NULL &&
	      strcmp(c->severities[1].start, "manager") == 0 &&
	      strcmp(c->severities[1].label, "重大") == 0, "severities");
	CHECK(c->ncategories == 2 && strcmp(c->categories[1].label, "服务") == 0,
	      "categories");
	CHECK(c->nchannels == 2 && strcmp(c->channels[1].start, "manager") == 0,
	      "channels");
	CHECK(c->nladder == 2 && strcmp(c->ladder[0].role, "specialist") == 0 &&
	      c->ladder[0].after.n == 0 &&
	      dur_is(&c->ladder[1].after, 2, UNIT_HOUR, CLOCK_WORKING), "ladder");
	m = milestone(&r, "fix");
	CHECK(m && strcmp(m->from, "reply") == 0 &&
	      strcmp(m->met_by, "resolve") == 0 &&
	      dur_is(&m->within, 3, UNIT_DAY, CLOCK_DEFAULT) && m->nmatch == 2 &&
	      !m->match[0].negate && m->match[1].negate,
	      "milestone with match and except");
	m = milestone(&r, "reply");
	CHECK(m && m->nmatch == 0 && m->match == NULL, "milestone without match");
	CHECK(c->has_remind && dur_is(&c->remind_every, 30, UNIT_MIN,
	      CLOCK_DEFAULT), "remind 30min");
	CHECK_INT(c->low_score, 3, "complaints low_score");
	rules_free(&r);
	CHECK(r.visits == NULL && r.nvisits == 0 && r.name == NULL,
	      "rules_free clears");

	rc = load("tests/data/rules/good/minimal.yaml", &r);
	CHECK_INT(rc, 0, "minimal.yaml loads");
	if (rc == 0) {
		CHECK_STR(r.name, "minimal", "name defaults to the file name");
		CHECK(r.language == NULL, "no language");
		CHECK_INT(r.low_score, 2, "low_score defaults to 2");
		CHECK(!r.complaints.present, "no complaints section");
		CHECK_INT(r.complaints.clock, CLOCK_WORKING, "complaint clock default");
		CHECK_INT(r.complaints.low_score, 2, "complaint low_score default");
		CHECK_INT(r.nvisits, 0, "no visit rules");
		CHECK_STR(r.cal.tz_name, "Asia/Shanghai", "default timezone");
		CHECK_INT(r.cal.week, 0x1f, "default week");
		CHECK_INT(r.cal.nholidays, 0, "no holidays");
		CHECK(strstr(r.path, "good/minimal.yaml") != NULL, "path kept");
		rules_free(&r);
	}
}

/* ---- bad files ------------------------------------------------------- */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_bad_files(void)
{
	char *dir = path("tests/data/rules/bad"), **names = NULL, *p, *want;
	char line[2048];
	size_t n = 0, cap = 0;
	struct dirent *de;
	struct cs_rules r;
	FILE *fp;
	DIR *d;
	int status, rc;

	d = opendir(dir);
	CHECK(d != NULL, "opendir %s", dir);
	if (!d) {
		free(dir);
		return;
	}
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (len > 5 && strcmp(de->d_name + len - 5, ".yaml") == 0) {
			xgrow(&names, &cap, n + 1, sizeof *names);
			names[n++] = xstrdup(de->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	CHECK(n >= 60, "%zu bad fixtures", n);
	for (size_t i = 0; i < n; i++) {
		p = xasprintf("%s/%s", dir, names[i]);
		fp = fopen(p, "r");
		line[0] = '\0';
		if (fp) {
			if (!fgets(line, sizeof line, fp))
				line[0] = '\0';
			fclose(fp);
		}
		status = 0;
		want = NULL;
		if (sscanf(line, "# expect: %d ", &status) == 1)
			want = xasprintf("cs: %s", strchr(line + 10, ' ') + 1);
		CHECK(want != NULL, "%s: has an expect line", names[i]);
		capture_begin();
		rc = rules_load(p, &r);
		capture_end();
		CHECK_INT(rc, status, "%s: status", names[i]);
		if (want)
			CHECK_STR(err, want, "%s: message", names[i]);
		CHECK(r.visits == NULL && r.name == NULL && r.cal.holidays == NULL,
		      "%s: nothing left allocated", names[i]);
		rules_free(&r);
		free(want);
		free(p);
		free(names[i]);
	}
	free(names);
	free(dir);
}

/* ---- in memory, missing files, search paths ---------------------------- */

static int
load_mem(const char *text, const char *dir, struct cs_rules *r)
{
	int rc;

	capture_begin();
	rc = rules_load_mem("mem.yaml", dir, text, strlen(text), r);
	capture_end();
	return rc;
}

static void
test_misc(void)
{
	struct cs_rules r;
	char *s, *want, *dir, *good;
	const char *saved = getenv("CS_RULES_PATH");
	char *saved_copy = saved ? xstrdup(saved) : NULL;
	int rc;

	rc = load("tests/data/rules/none.yaml", &r);
	CHECK_INT(rc, CS_EX_NOINPUT, "missing rules file: 66");
	CHECK_STR(err, "cs: none.yaml: cannot open: No such file or directory\n",
	    "missing rules file: message");
	rules_free(&r);

	rc = load_mem("version: 1\nname: \"\xff\"\n", ".", &r);
	CHECK_INT(rc, CS_EX_DATAERR, "invalid UTF-8: 65");
	CHECK_STR(err, "cs: mem.yaml:2:8: YAML syntax error: invalid leading "
	    "UTF-8 octet\n", "invalid UTF-8: message");

	rc = load_mem("", ".", &r);
	CHECK_INT(rc, CS_EX_DATAERR, "empty buffer: 65");
	CHECK_STR(err, "cs: mem.yaml:1:1: empty document (expected a mapping)\n",
	    "empty buffer: message");

	rc = load_mem("version: 1\nname: &a x\nlanguage: *a\n", ".", &r);
	CHECK_STR(err, "cs: mem.yaml:2:7: anchors are not allowed (found &a)\n",
	    "anchor before its alias");

	/* a billion laughs never gets to expand */
	rc = load_mem("version: 1\nname: [*a, *a]\n", ".", &r);
	CHECK_STR(err, "cs: mem.yaml:2:8: aliases are not allowed\n",
	    "alias without anchor");

	/* includes from memory resolve against dir, then CS_RULES_PATH */
	good = path("tests/data/rules/good");
	s = path("rules");
	setenv("CS_RULES_PATH", s, 1);
	free(s);
	rc = load_mem("version: 1\ncalendar: {include: ../inc/company.yaml}\n",
	    good, &r);
	CHECK_INT(rc, 0, "include from memory");
	CHECK_INT(r.cal.nholidays, 34, "include from memory: its holidays");
	rules_free(&r);

	setenv("CS_RULES_PATH", "/nonexistent/a::/nonexistent/b", 1);
	rc = load_mem("version: 1\ncalendar:\n  include: [nope.yaml]\n", good, &r);
	CHECK_INT(rc, CS_EX_DATAERR, "include not found: 65");
	want = xasprintf("cs: mem.yaml:3:13: cannot find calendar \"nope.yaml\" "
	    "(looked in %s, /nonexistent/a, /nonexistent/b, %s/rules)\n", good,
	    CS_DATADIR);
	CHECK_STR(err, want, "include not found: message");
	free(want);

	/* rules_find */
	s = rules_find(NULL, "samples");
	CHECK_STR(s, "samples/rules.yaml", "rules_find: default in DIR");
	free(s);
	s = rules_find(NULL, NULL);
	CHECK_STR(s, "./rules.yaml", "rules_find: default in .");
	free(s);
	s = rules_find("my.yaml", "samples");
	CHECK_STR(s, "my.yaml", "rules_find: a .yaml name is a path");
	free(s);
	s = rules_find("x.yml", NULL);
	CHECK_STR(s, "x.yml", "rules_find: a .yml name is a path");
	free(s);
	s = rules_find("conf/rules", NULL);
	CHECK_STR(s, "conf/rules", "rules_find: a name with / is a path");
	free(s);
	dir = path("rules");
	s = xasprintf("/nonexistent:%s", dir);
	setenv("CS_RULES_PATH", s, 1);
	free(s);
	s = rules_find("auto-dealer", NULL);
	want = xasprintf("%s/auto-dealer.yaml", dir);
	CHECK_STR(s, want, "rules_find: a bare name in CS_RULES_PATH");
	free(want);
	free(s);
	free(dir);
	setenv("CS_RULES_PATH", "/nonexistent", 1);
	capture_begin();
	s = rules_find("nope", NULL);
	capture_end();
	CHECK(s == NULL, "rules_find: unknown rule set");
	want = xasprintf("cs: no rule set \"nope\" (looked in /nonexistent, "
	    "%s/rules)\n", CS_DATADIR);
	CHECK_STR(err, want, "rules_find: unknown rule set message");
	free(want);
	free(s);

	if (saved_copy)
		setenv("CS_RULES_PATH", saved_copy, 1);
	else
		unsetenv("CS_RULES_PATH");
	free(saved_copy);
	free(good);
}

/* ---- checks against the ledgers ------------------------------------------ */

static void
test_years_and_columns(void)
{
	static const char *text =
	    "version: 1\n"
	    "calendar:\n"
	    "  holidays: [2025-12-31, 2026-10-01..2026-10-07]\n"
	    "  workdays: [2026-10-10]\n"
	    "visits:\n"
	    "  - {name: a, match: {clas: key}, quota: {count: 1, per: week}}\n"
	    "  - {name: b, except: {region: x}, quota: {count: 1, per: week}}\n";
	char *cols[] = {"id", "name", "class"};
	struct csv_table t = {0};
	struct cs_rules r;
	cs_date d27 = date_from_ymd(2027, 1, 1);

	CHECK_INT(load_mem(text, ".", &r), 0, "years: loads");
	CHECK_INT(r.cal.year_lo, 2025, "years: from the first holiday");
	CHECK_INT(r.cal.year_hi, 2026, "years: to the last day");
	/* nothing watched yet: a lookup in 2027 is not noted */
	cal_is_working_day(&r.cal, d27);
	capture_begin();
	cal_warn_beyond(&r.cal, "mem.yaml");
	CHECK_STR(capture_end(), "", "years: not watched, not said");
	cal_watch(&r.cal, d27 + 10);
	cal_is_working_day(&r.cal, date_from_ymd(2026, 12, 31));
	cal_is_working_day(&r.cal, d27 + 11);
	capture_begin();
	cal_warn_beyond(&r.cal, "mem.yaml");
	CHECK_STR(capture_end(), "", "years: inside or past the watch");
	cal_is_working_day(&r.cal, d27 + 3);
	cal_is_working_day(&r.cal, d27 + 4);
	capture_begin();
	cal_warn_beyond(&r.cal, "mem.yaml");
	cal_warn_beyond(&r.cal, "mem.yaml");
	CHECK_STR(capture_end(), "cs: mem.yaml: the holiday calendar covers "
	    "2025-2026 only; 2027-01-01 and later are counted as plain "
	    "weekdays (add the 2027 holidays, see cs-rules(5))\n",
	    "years: said once");

	t.file = "customers.csv";
	t.cols = cols;
	t.ncols = 3;
	capture_begin();
	rules_check_columns(&r, "mem.yaml", &t);
	CHECK_STR(capture_end(), "cs: mem.yaml:6: rule \"a\" matches on column "
	    "\"clas\", which customers.csv does not have (columns: id, "
	    "name, class)\n"
	    "cs: mem.yaml:7: rule \"b\" leaves out customers by column "
	    "\"region\", which customers.csv does not have (columns: id, "
	    "name, class)\n", "columns: a missing match or except column");
	rules_free(&r);

	/* no holidays: no years, nothing noted */
	CHECK_INT(load_mem("version: 1\n", ".", &r), 0, "no years: loads");
	CHECK(r.cal.beyond == NULL, "no years: nothing to check");
	cal_watch(&r.cal, d27 + 10);
	cal_is_working_day(&r.cal, d27 + 3);
	capture_begin();
	cal_warn_beyond(&r.cal, "mem.yaml");
	CHECK_STR(capture_end(), "", "no years: not said");
	rules_free(&r);
}

int
main(void)
{
	const char *t = getenv("TOP");
	char *rp;

	if (t && *t)
		snprintf(top, sizeof top, "%s", t);
	cs_setprogname("cs");
	/* the fixtures include calendars/cn-2026.yaml through the path */
	rp = path("rules");
	if (!getenv("CS_RULES_PATH"))
		setenv("CS_RULES_PATH", rp, 1);
	free(rp);
	test_shipped();
	test_full();
	test_bad_files();
	test_misc();
	test_years_and_columns();
	return UNIT_DONE();
}
