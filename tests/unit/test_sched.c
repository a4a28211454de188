/* test_sched.c - the schedule engine (sched.c) and the planner (plan.c)
 * with the shipped rule sets, on small ledger directories written to a
 * temporary directory. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

static const char staff_csv[] =
"id,name,role,team,capacity,active\n"
"S01,王芳,specialist,A,4,yes\n"
"S02,李娜,specialist,A,4,yes\n"
"S03,张伟,advisor,A,3,yes\n"
"S04,赵敏,specialist,A,4,no\n"
"S05,刘洋,specialist,B,4,yes\n";

static const char visits_hdr[] =
"id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,"
"rule,complaint,note,amends,recorded_at,recorded_by\n";

/* One test's world: a ledger directory, rules, now, the engine. */
struct world {
	char dir[64];
	struct cs_rules rules;
	struct cs_store store;
	struct visit_log vl;
	struct visit_days vd;
	struct sched s;
	bool loaded;
};

static void
put(const char *dir, const char *name, const char *text)
{
	char *p = path_join(dir, name);
	FILE *fp = fopen(p, "w");

	if (!fp) {
		perror(p);
		exit(2);
	}
	fputs(text, fp);
	fclose(fp);
	free(p);
}

static void
rm_dir(const char *dir)
{
	static const char *const names[] = {
		"customers.csv", "staff.csv", "events.csv", "visits.csv",
		"rules.yaml", NULL
	};
	for (int i = 0; names[i]; i++) {
		char *p = path_join(dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

/* rules: a shipped rule set file, or (if it starts with "version") the
 * text of one. */
static int
world_open(struct world *w, const char *rules, const char *customers,
           const char *events, const char *visits, const char *now,
           cs_date from, cs_date to, unsigned flags)
{
	struct sbuf v = {0};
	cs_time t;
	int rc;

	memset(w, 0, sizeof *w);
	strcpy(w->dir, "/tmp/test_sched.XXXXXX");
	if (!mkdtemp(w->dir)) {
		perror("mkdtemp");
		exit(2);
	}
	put(w->dir, "customers.csv", customers);
	put(w->dir, "staff.csv", staff_csv);
	put(w->dir, "events.csv", events ? events : "at,customer,kind,note\n");
	sb_adds(&v, visits_hdr);
	sb_adds(&v, visits ? visits : "");
	put(w->dir, "visits.csv", v.s);
	sb_free(&v);
	if (strncmp(rules, "version", 7) == 0) {
		put(w->dir, "rules.yaml", rules);
		char *p = path_join(w->dir, "rules.yaml");
		/* includes resolve through CS_RULES_PATH (tests set it) */
		rc = rules_load(p, &w->rules);
		free(p);
	} else {
		rc = rules_load(rules, &w->rules);
	}
	if (rc) {
		printf("# rules_load %s: %d\n", rules, rc);
		return rc;
	}
	w->loaded = true;
	if (time_parse(now, w->rules.cal.tz_offset, &t) != 0) {
		printf("# bad now %s\n", now);
		return 1;
	}
	if ((rc = store_load(&w->store, w->dir, w->rules.cal.tz_offset)) != 0)
		return rc;
	char *vp = path_join(w->dir, "visits.csv");
	rc = visits_load(&w->vl, &w->store, vp, t, w->rules.low_score);
	free(vp);
	if (rc)
		return rc;
	visit_days_from_log(&w->vd, &w->vl, t, w->rules.cal.tz_offset);
	if ((rc = sched_init_days(&w->s, &w->rules, &w->store, &w->vd, t,
	    true)))
		return rc;
	return sched_range(&w->s, from, to, flags);
}

static void
world_close(struct world *w)
{
	sched_free(&w->s);
	visit_days_free(&w->vd);
	visits_free(&w->vl);
	store_free(&w->store);
	if (w->loaded)
		rules_free(&w->rules);
	rm_dir(w->dir);
}

static cs_date
D(const char *s)
{
	cs_date d = CS_NODATE;

	if (date_parse(s, &d) != 0) {
		printf("# bad date %s\n", s);
		exit(2);
	}
	return d;
}

static const char *
ds(cs_date d)
{
	static char buf[8][32];
	static int k;

	k = (k + 1) % 8;
	if (d == CS_NODATE)
		return "-";
	return date_format(d, buf[k]);
}

/* The occurrence of customer id and rule (NULL: follow-up) whose due day
 * is due (CS_NODATE: the first one). */
static const struct occurrence *
find(const struct world *w, const char *cust, const char *rule, cs_date due)
{
	for (size_t i = 0; i < w->s.nocc; i++) {
		const struct occurrence *o = &w->s.occ[i];
		if (strcmp(customer_id(&w->store, &w->store.customers[o->cust]), cust) != 0)
			continue;
		if (rule ? !o->rule || strcmp(o->rule->name, rule) != 0 : o->rule != NULL)
			continue;
		if (due == CS_NODATE || o->due == due)
			return o;
	}
	return NULL;
}

static int
count(const struct world *w, const char *cust, const char *rule)
{
	int n = 0;

	for (size_t i = 0; i < w->s.nocc; i++) {
		const struct occurrence *o = &w->s.occ[i];
		if (strcmp(customer_id(&w->store, &w->store.customers[o->cust]), cust) == 0 &&
		    o->rule && strcmp(o->rule->name, rule) == 0)
			n++;
	}
	return n;
}

#define CHECK_OCC(w, cust, rule, due, e, l, st) do { \
	const struct occurrence *o_ = find(w, cust, rule, D(due)); \
	CHECK(o_ != NULL, "%s %s due %s exists", cust, rule ? rule : "follow-up", due); \
	if (o_) { \
		CHECK_STR(ds(o_->earliest), e, "%s %s earliest", cust, rule ? rule : "follow-up"); \
		CHECK_STR(ds(o_->latest), l, "%s %s latest", cust, rule ? rule : "follow-up"); \
		CHECK_STR(occ_status_name(o_->status), st, "%s %s status", cust, rule ? rule : "follow-up"); \
	} \
} while (0)

static const char cust_hdr[] =
"id,name,class,phone,owner,region,since,contract_end,maintenance_due,"
"policy_end,handover,warranty_end,work,repair_start,repair_end\n";

/* auto-dealer.yaml: the examples. */
static void
test_dealer(void)
{
	struct world w;
	struct sbuf c = {0};
	int rc;

	sb_adds(&c, cust_hdr);
	sb_adds(&c, "KH0001,陈明,key,1,S01,urban,2025-06-01,,,,,,,,\n");
	sb_adds(&c, "KH0003,吴刚,routine,3,S02,urban,2025-01-10,,,,,,,,\n");
	sb_adds(&c, "KH0007,黄磊,vip,7,S01,urban,2024-08-08,,2026-10-10,,,,,,\n");
	sb_adds(&c, "KH0005,王强,vip,5,S02,urban,2024-11-01,2026-12-20,,,,,,,\n");
	rc = world_open(&w, "rules/auto-dealer.yaml", c.s,
	    "at,customer,kind,note\n"
	    "2026-09-30T10:00:00+08:00,KH0007,repair,\n"
	    "2026-11-20T16:00:00+08:00,KH0003,repair,\n",
	    "V000001,2026-11-16T09:30:00+08:00,KH0001,S01,phone,done,4,4,4,4,,,,,,\n"
	    "V000002,2026-10-09T14:00:00+08:00,KH0007,S01,phone,done,4,4,4,4,,,,,,\n",
	    "2026-11-23T09:00+08:00", D("2026-09-01"), D("2026-12-31"), 0);
	CHECK_INT(rc, 0, "dealer world loads");
	/* a repair on Friday 2026-11-20 asks for a visit on Monday 11-23 */
	CHECK_OCC(&w, "KH0003", "repair-3d", "2026-11-23", "2026-11-20",
	    "2026-11-23", "due");
	/* a repair that lands on 2026-10-03 (National Day) moves to 10-08;
	 * the visit on 10-09 did it late */
	CHECK_OCC(&w, "KH0007", "repair-3d", "2026-10-08", "2026-09-30",
	    "2026-10-08", "done-late");
	/* maintenance due 10-10: 7 days before is 10-03, a holiday: earlier
	 * to Wednesday 09-30 */
	CHECK_OCC(&w, "KH0007", "maintenance-reminder", "2026-09-30",
	    "2026-09-30", "2026-10-10", "done");
	/* contract ends 12-20: one month before, Friday 11-20 */
	CHECK_OCC(&w, "KH0005", "contract-renewal", "2026-11-20", "2026-11-20",
	    "2026-12-20", "due");
	/* key account: the week of 11-16 done, the week of 11-23 due
	 * (due Friday 11-27, overdue after Sunday 11-29) */
	CHECK_OCC(&w, "KH0001", "key-weekly", "2026-11-20", "2026-11-16",
	    "2026-11-22", "done");
	CHECK_OCC(&w, "KH0001", "key-weekly", "2026-11-27", "2026-11-23",
	    "2026-11-29", "due");
	CHECK_OCC(&w, "KH0001", "key-weekly", "2026-12-04", "2026-11-30",
	    "2026-12-06", "upcoming");
	/* the week of Oct 1-7 has no working day before Sunday 10-04 but
	 * Sep 28-30: due on Wednesday 09-30 */
	CHECK_OCC(&w, "KH0001", "key-weekly", "2026-09-30", "2026-09-28",
	    "2026-10-04", "done-late");
	/* one customer at a time: the same occurrences, in the same order */
	{
		size_t n = w.s.nocc, k = 0;
		struct occurrence *all = xcalloc(n + 1, sizeof *all);
		bool same = true;
		memcpy(all, w.s.occ, n * sizeof *all);
		for (size_t i = 0; i < n; i++)
			all[i].why = all[i].why ? xstrdup(all[i].why) : NULL;
		for (size_t cu = 0; cu < w.store.ncustomers; cu++) {
			if (sched_customer(&w.s, cu, D("2026-09-01"), D("2026-12-31"),
			    0) != 0)
				same = false;
			for (size_t i = 0; i < w.s.nocc; i++, k++) {
				const struct occurrence *a = &all[k], *b = &w.s.occ[i];
				if (k >= n || a->cust != b->cust || a->rule != b->rule ||
				    a->nth != b->nth || a->of != b->of ||
				    a->earliest != b->earliest || a->due != b->due ||
				    a->latest != b->latest || a->status != b->status ||
				    a->late != b->late || a->done != b->done ||
				    !a->why != !b->why ||
				    (a->why && strcmp(a->why, b->why) != 0))
					same = false;
			}
		}
		CHECK(same && k == n && n > 0, "sched_customer gives sched_range's "
		    "%zu occurrences customer by customer", n);
		for (size_t i = 0; i < n; i++)
			free(all[i].why);
		free(all);
	}
	world_close(&w);

	/* the same on 2026-11-30: the week of 11-23 is overdue */
	rc = world_open(&w, "rules/auto-dealer.yaml", c.s, NULL,
	    "V000001,2026-11-16T09:30:00+08:00,KH0001,S01,phone,done,4,4,4,4,,,,,,\n",
	    "2026-11-30T10:00+08:00", D("2026-11-01"), D("2026-11-30"), 0);
	CHECK_INT(rc, 0, "dealer world on 11-30 loads");
	CHECK_OCC(&w, "KH0001", "key-weekly", "2026-11-27", "2026-11-23",
	    "2026-11-29", "overdue");
	{
		const struct occurrence *o = find(&w, "KH0001", "key-weekly",
		    D("2026-11-27"));
		char b[32];
		CHECK_INT(o ? o->late : -1, 3600, "late by 1 working hour at 10:00");
		CHECK_STR(o ? span_format(o->late, b) : "", "1h", "late shows 1h");
		CHECK(o && o->why && strstr(o->why, "rule key-weekly: 1 per week"),
		    "explain names the rule");
	}
	world_close(&w);
	sb_free(&c);
}

/* quota periods around the Spring Festival 2026: make-up Saturdays are
 * the last working day of their week; a week of holidays asks nothing */
static void
test_spring_festival(void)
{
	struct world w;
	int rc;

	rc = world_open(&w, "rules/auto-dealer.yaml",
	    "id,name,class,phone,owner,region,since\n"
	    "KH0001,陈明,key,1,S01,urban,2025-06-01\n"
	    "KH0002,周强,key,2,S01,urban,2026-02-22\n", NULL, NULL,
	    "2026-03-02T09:00+08:00", D("2026-02-09"), D("2026-03-01"), 0);
	CHECK_INT(rc, 0, "spring festival world loads");
	CHECK_OCC(&w, "KH0001", "key-weekly", "2026-02-14", "2026-02-09",
	    "2026-02-15", "overdue");
	CHECK_OCC(&w, "KH0001", "key-weekly", "2026-02-28", "2026-02-23",
	    "2026-03-01", "overdue");
	CHECK_INT(count(&w, "KH0001", "key-weekly"), 2,
	    "nothing for the week of 02-16..22 (all holidays)");
	/* since Sunday 02-22: nothing for that week */
	CHECK_INT(count(&w, "KH0002", "key-weekly"), 1, "since a Sunday");
	world_close(&w);
}

/* insurance-renewal.yaml: contacts 45 and 30 days before policy_end,
 * moved earlier to a working day. */
static void
test_insurance(void)
{
	struct world w;
	int rc;

	rc = world_open(&w, "rules/insurance-renewal.yaml",
	    "id,name,class,phone,owner,region,since,policy_end\n"
	    "KH0101,钱进,routine,1,S01,urban,2025-01-01,2027-01-15\n"
	    "KH0102,孙悦,routine,2,S02,urban,2025-01-01,2026-11-04\n",
	    NULL,
	    "V000001,2026-09-21T10:00:00+08:00,KH0102,S02,phone,done,4,4,4,4,,,,,,\n",
	    "2026-11-23T09:00+08:00", D("2026-08-01"), D("2027-01-31"), 0);
	CHECK_INT(rc, 0, "insurance world loads");
	/* policy_end 2027-01-15: 2026-12-01 and 2026-12-16 */
	CHECK_OCC(&w, "KH0101", "renewal-first", "2026-12-01", "2026-12-01",
	    "2026-12-15", "upcoming");
	CHECK_OCC(&w, "KH0101", "renewal-follow-1", "2026-12-16", "2026-12-16",
	    "2026-12-30", "upcoming");
	CHECK_OCC(&w, "KH0101", "renewal-list", "2026-11-16", "2026-11-16",
	    "2026-11-30", "due");
	/* 45 days before 2026-11-04 is Sunday 09-20, a make-up working day:
	 * it stays; 30 days before is 10-05 (National Day): earlier to 09-30 */
	CHECK_OCC(&w, "KH0102", "renewal-first", "2026-09-20", "2026-09-20",
	    "2026-10-04", "done");
	CHECK_OCC(&w, "KH0102", "renewal-follow-1", "2026-09-30", "2026-09-30",
	    "2026-10-14", "overdue");
	world_close(&w);
}

/* standard.yaml: routine monthly, dormancy, after with shift earlier,
 * while_idle quota 2 per month. */
static void
test_standard(void)
{
	struct world w;
	int rc;

	rc = world_open(&w, "rules/standard.yaml",
	    "id,name,class,phone,owner,region,since\n"
	    "KH0201,赵一,routine,1,S01,urban,2025-01-01\n"
	    "KH0202,钱二,enterprise,2,S01,urban,2025-01-01\n"
	    "KH0203,孙三,enterprise,3,S02,urban,2025-01-01\n"
	    "KH0204,李四,enterprise,4,S02,urban,2025-01-01\n"
	    "KH0205,周五,enterprise,5,S02,urban,2025-01-01\n",
	    "at,customer,kind,note\n"
	    "2026-09-01T10:00:00+08:00,KH0202,order,\n"
	    "2026-11-02T10:00:00+08:00,KH0203,order,\n"
	    "2026-11-02T10:00:00+08:00,KH0204,order,\n"
	    "2026-11-12T10:00:00+08:00,KH0204,order,\n"
	    "2026-10-08T10:00:00+08:00,KH0205,contract,\n",
	    "V000001,2026-10-05T10:00:00+08:00,KH0201,S01,phone,done,4,4,4,4,,,,,,\n"
	    "V000002,2026-11-05T10:00:00+08:00,KH0202,S01,phone,done,4,4,4,4,,,,,,\n",
	    "2026-11-23T09:00+08:00", D("2026-10-01"), D("2026-12-31"), 0);
	CHECK_INT(rc, 0, "standard world loads");
	/* last visited 10-05: due in November (by 11-30), ... */
	CHECK_OCC(&w, "KH0201", "routine-monthly", "2026-11-30", "2026-11-01",
	    "2026-11-30", "due");
	/* dormant: no order since 09-01, idle from 09-08; KH0202 with 2 a
	 * month while idle for a month: 11-13 (first half) and 11-30 */
	CHECK_OCC(&w, "KH0202", "dormant-month", "2026-11-13", "2026-11-01",
	    "2026-11-30", "done");
	CHECK_OCC(&w, "KH0202", "dormant-month", "2026-11-30", "2026-11-01",
	    "2026-11-30", "due");
	CHECK_INT(count(&w, "KH0202", "dormant-month"), 6,
	    "two a month in October, November and December");
	/* KH0203 had no order until 11-02: idle on 10-01 and 11-01 (since
	 * 2025), not on 12-01 (ordered within a month) */
	CHECK_INT(count(&w, "KH0203", "dormant-month"), 4,
	    "KH0203: October and November only");
	/* dormant-week: last order 11-02, idle from 11-09, grace 1 week */
	CHECK_OCC(&w, "KH0203", "dormant-week", "2026-11-09", "2026-11-09",
	    "2026-11-16", "overdue");
	/* KH0204 ordered again on 11-12 before any visit: lapsed; then idle
	 * from 11-19, due that day */
	CHECK_OCC(&w, "KH0204", "dormant-week", "2026-11-09", "2026-11-09",
	    "2026-11-16", "lapsed");
	CHECK_OCC(&w, "KH0204", "dormant-week", "2026-11-19", "2026-11-19",
	    "2026-11-26", "due");
	/* contract Thursday 10-08: file within 3 days (10-11 Sunday ->
	 * earlier: Saturday 10-10 is a make-up working day) */
	CHECK_OCC(&w, "KH0205", "customer-file", "2026-10-10", "2026-10-08",
	    "2026-10-10", "overdue");
	world_close(&w);

	/* on 2026-12-01 the November visit is overdue */
	rc = world_open(&w, "rules/standard.yaml",
	    "id,name,class,phone,owner,region,since\n"
	    "KH0201,赵一,routine,1,S01,urban,2025-01-01\n", NULL,
	    "V000001,2026-10-05T10:00:00+08:00,KH0201,S01,phone,done,4,4,4,4,,,,,,\n",
	    "2026-12-01T09:00+08:00", D("2026-11-01"), D("2026-12-31"), 0);
	CHECK_INT(rc, 0, "standard world on 12-01 loads");
	CHECK_OCC(&w, "KH0201", "routine-monthly", "2026-11-30", "2026-11-01",
	    "2026-11-30", "overdue");
	CHECK_OCC(&w, "KH0201", "routine-monthly", "2026-12-31", "2026-12-01",
	    "2026-12-31", "due");
	world_close(&w);
}

static const char every_rules[] =
"version: 1\n"
"calendar:\n"
"  include: calendars/cn-2026.yaml\n"
"visits:\n"
"  - name: monthly\n"
"    match: {class: routine}\n"
"    every: 1 month\n"
"    grace: 3 days\n"
"  - name: new-file\n"
"    match: {class: new}\n"
"    every: 2 weeks\n"
"    anchor: handover\n"
"    from: {column: handover, offset: 7 days}\n"
"    until: {column: warranty_end}\n"
"  - name: low\n"
"    after: {event: repair, delay: 1 day}\n";

/* every: the interval since the last done visit; anchors; bounds; the
 * low-score follow-up. */
static void
test_every(void)
{
	struct world w;
	int rc;

	rc = world_open(&w, every_rules,
	    "id,name,class,phone,owner,region,since,handover,warranty_end\n"
	    "KH0301,甲,routine,1,S01,urban,2026-06-01,,\n"
	    "KH0302,乙,routine,2,S01,urban,2026-10-20,,\n"
	    "KH0303,丙,new,3,S02,urban,2026-01-01,2026-11-02,2026-12-10\n"
	    "KH0304,丁,new,4,S02,urban,2026-01-01,,\n"
	    "KH0305,戊,other,5,S02,urban,2026-01-01,,\n",
	    NULL,
	    "V000001,2026-09-01T10:00:00+08:00,KH0301,S01,phone,done,4,4,4,4,,,,,,\n"
	    "V000002,2026-10-05T10:00:00+08:00,KH0301,S01,phone,done,4,4,4,4,,,,,,\n"
	    "V000003,2026-11-20T10:00:00+08:00,KH0305,S02,phone,done,2,4,4,4,,,,,,\n"
	    "V000004,2026-11-19T10:00:00+08:00,KH0305,S02,phone,done,4,4,4,4,,,,,,\n",
	    "2026-11-23T09:00+08:00", D("2026-09-01"), D("2026-12-31"),
	    SCHED_FOLLOWUPS);
	CHECK_INT(rc, 0, "every world loads");
	/* 09-01 + 1 month = 10-01, a holiday: later to 10-08; the 10-05
	 * visit came before the window's end: done */
	CHECK_OCC(&w, "KH0301", "monthly", "2026-10-08", "2026-09-02",
	    "2026-10-11", "done");
	/* 10-05 + 1 month = 11-05, grace 3 days: overdue after 11-08 */
	CHECK_OCC(&w, "KH0301", "monthly", "2026-11-05", "2026-10-06",
	    "2026-11-08", "overdue");
	/* the next assumes it is done today: 11-23 + 1 month */
	CHECK_OCC(&w, "KH0301", "monthly", "2026-12-23", "2026-11-24",
	    "2026-12-26", "upcoming");
	/* never visited: since 10-20 + 1 month = 11-20 */
	CHECK_OCC(&w, "KH0302", "monthly", "2026-11-20", "2026-10-20",
	    "2026-11-23", "due");
	/* from handover + 7 days (11-09): handover 11-02 + 2 weeks = 11-16,
	 * then 11-23 + 2 weeks = 12-07; none after warranty_end 12-10 */
	CHECK_OCC(&w, "KH0303", "new-file", "2026-11-16", "2026-11-09",
	    "2026-11-16", "overdue");
	CHECK_OCC(&w, "KH0303", "new-file", "2026-12-07", "2026-11-24",
	    "2026-12-07", "upcoming");
	CHECK_INT(count(&w, "KH0303", "new-file"), 2, "until warranty_end");
	/* no handover date: the rule does not apply */
	CHECK_INT(count(&w, "KH0304", "new-file"), 0, "no from date, no visits");
	/* the low-score visit of 11-20 (Friday) is the latest: follow-up by
	 * Monday 11-23 */
	CHECK_OCC(&w, "KH0305", NULL, "2026-11-23", "2026-11-20", "2026-11-23",
	    "due");
	{
		const struct occurrence *o = find(&w, "KH0305", NULL, CS_NODATE);
		CHECK_INT(o ? o->visit : 0, 3, "follow-up of V000003");
	}
	world_close(&w);

	/* cs-due's look-back: an interval overdue since long ago is still
	 * listed with SCHED_KEEP_OPEN, a missed quota period is not */
	rc = world_open(&w, every_rules,
	    "id,name,class,phone,owner,region,since,handover,warranty_end\n"
	    "KH0306,己,routine,6,S01,urban,2025-01-01,,\n", NULL,
	    "V000001,2026-03-02T10:00:00+08:00,KH0306,S01,phone,done,4,4,4,4,,,,,,\n",
	    "2026-11-23T09:00+08:00", D("2026-08-25"), D("2026-11-23"),
	    SCHED_KEEP_OPEN);
	CHECK_INT(rc, 0, "keep-open world loads");
	CHECK_OCC(&w, "KH0306", "monthly", "2026-04-02", "2026-03-03",
	    "2026-04-05", "overdue");
	CHECK_INT(count(&w, "KH0306", "monthly"), 1, "only the open one");
	world_close(&w);

	/* a later done visit ends the follow-up */
	rc = world_open(&w, every_rules,
	    "id,name,class,phone,owner,region,since,handover,warranty_end\n"
	    "KH0305,戊,other,5,S02,urban,2026-01-01,,\n", NULL,
	    "V000003,2026-11-20T10:00:00+08:00,KH0305,S02,phone,done,2,4,4,4,,,,,,\n"
	    "V000004,2026-11-20T15:00:00+08:00,KH0305,S02,phone,unreached,,,,,,,,,,\n"
	    "V000005,2026-11-21T10:00:00+08:00,KH0305,S02,phone,done,4,4,4,4,,,,,,\n",
	    "2026-11-23T09:00+08:00", D("2026-09-01"), D("2026-12-31"),
	    SCHED_FOLLOWUPS);
	CHECK(rc == 0 && find(&w, "KH0305", NULL, CS_NODATE) == NULL,
	    "followed up by the done visit of 11-21");
	world_close(&w);
}

/* construction-warranty.yaml: every 6 months from handover until
 * warranty_end; quarterly for roofing; repair progress per quarter. */
static void
test_construction(void)
{
	struct world w;
	int rc;

	rc = world_open(&w, "rules/construction-warranty.yaml",
	    "id,name,class,phone,owner,region,since,handover,warranty_end,work,repair_start,repair_end\n"
	    "GC0001,阳光小区,enterprise,1,S01,urban,2025-01-01,2026-03-10,2027-03-10,structure,,\n"
	    "GC0002,绿地大厦,enterprise,2,S01,urban,2025-01-01,2026-03-10,2026-11-15,roofing,2026-08-15,2027-01-10\n",
	    NULL,
	    "V000001,2026-09-08T10:00:00+08:00,GC0001,S01,onsite,done,4,4,4,4,,,,,,\n",
	    "2026-11-23T09:00+08:00", D("2026-07-01"), D("2027-06-30"), 0);
	CHECK_INT(rc, 0, "construction world loads");
	/* visited 09-08: next 2027-03-08; the warranty ends 03-10 */
	CHECK_OCC(&w, "GC0001", "warranty-half-year", "2027-03-08",
	    "2026-09-09", "2027-03-08", "upcoming");
	CHECK_INT(count(&w, "GC0001", "warranty-half-year"), 2,
	    "the 09-10 one (done) and 03-08");
	/* roofing quarterly until warranty_end 11-15: Q3 and a clipped Q4
	 * (10-01..11-15, due Friday 11-13) */
	CHECK_OCC(&w, "GC0002", "warranty-quarterly", "2026-11-13",
	    "2026-10-01", "2026-11-15", "overdue");
	CHECK_INT(count(&w, "GC0002", "warranty-quarterly"), 2,
	    "no quarter after warranty_end");
	/* repair 08-15..2027-01-10: Q3 from 08-15, Q4, Q1 to 01-10 */
	CHECK_OCC(&w, "GC0002", "repair-progress", "2026-09-30", "2026-08-15",
	    "2026-09-30", "overdue");
	CHECK_OCC(&w, "GC0002", "repair-progress", "2027-01-08", "2027-01-01",
	    "2027-01-10", "upcoming");
	CHECK_INT(count(&w, "GC0002", "repair-progress"), 3, "three quarters");
	world_close(&w);
}

/* plan.c: owners first, then the least-loaded colleague of the team,
 * capacity respected, quota visits spread, unplaced ones reported. */
static void
test_plan(void)
{
	struct world w;
	struct sbuf c = {0};
	struct plan p;
	int rc, per_staff[8] = {0}, per_day[7] = {0}, max_day = 0;

	sb_adds(&c, "id,name,class,phone,owner,region,since\n");
	/* 26 key accounts of S01 (capacity 4), one of S04 (inactive) */
	for (int i = 1; i <= 26; i++)
		sb_addf(&c, "KH%04d,客户%d,key,%d,S01,urban,2025-01-01\n", i, i, i);
	sb_adds(&c, "KH0099,客户99,key,99,S04,urban,2025-01-01\n");
	rc = world_open(&w, "rules/auto-dealer.yaml", c.s, NULL, NULL,
	    "2026-12-01T09:00+08:00", D("2026-12-07"), D("2026-12-13"), 0);
	CHECK_INT(rc, 0, "plan world loads");
	rc = plan_make(&p, &w.s, D("2026-12-07"), D("2026-12-13"));
	CHECK_INT(rc, 0, "plan_make");
	CHECK_INT(p.n, 27, "27 visits asked for");
	for (size_t i = 0; i < p.n; i++) {
		const struct plan_item *it = &p.items[i];
		if (it->staff >= 0) {
			per_staff[it->staff]++;
			per_day[it->date - D("2026-12-07")]++;
		}
	}
	/* S01 4 a day x 5 = 20; then S02 (specialist) 4 x 5 = 20 > 7 left */
	CHECK_INT(per_staff[0], 20, "the owner S01 takes 20 (4 a day)");
	CHECK_INT(per_staff[1], 7, "colleague S02 takes the rest");
	CHECK_INT(per_staff[2], 0, "the advisor S03 is not needed");
	CHECK_INT(per_staff[3], 0, "inactive S04 gets nothing");
	CHECK_INT(p.nunplaced, 0, "nothing unplaced");
	for (int d = 0; d < 7; d++)
		if (per_day[d] > max_day)
			max_day = per_day[d];
	CHECK_INT(per_day[5] + per_day[6], 0, "nothing on the weekend");
	CHECK(max_day <= 6, "spread over the week (max %d a day)", max_day);
	/* the same inputs give the same plan */
	{
		struct plan q;
		bool same = plan_make(&q, &w.s, D("2026-12-07"), D("2026-12-13")) == 0 &&
		    q.n == p.n;
		for (size_t i = 0; same && i < p.n; i++)
			same = q.items[i].occ->cust == p.items[i].occ->cust &&
			    q.items[i].occ->rule == p.items[i].occ->rule &&
			    q.items[i].occ->nth == p.items[i].occ->nth &&
			    q.items[i].date == p.items[i].date &&
			    q.items[i].staff == p.items[i].staff;
		CHECK(same, "deterministic");
		plan_free(&q);
	}
	plan_free(&p);
	world_close(&w);

	/* 60 key accounts: team A holds 4+4+3 a day (S01, S02, S03) = 55 */
	sb_reset(&c);
	sb_adds(&c, "id,name,class,phone,owner,region,since\n");
	for (int i = 1; i <= 60; i++)
		sb_addf(&c, "KH%04d,客户%d,key,%d,S01,urban,2025-01-01\n", i, i, i);
	rc = world_open(&w, "rules/auto-dealer.yaml", c.s, NULL, NULL,
	    "2026-12-01T09:00+08:00", D("2026-12-07"), D("2026-12-13"), 0);
	rc = rc ? rc : plan_make(&p, &w.s, D("2026-12-07"), D("2026-12-13"));
	CHECK_INT(rc, 0, "overfull plan");
	CHECK_INT(p.nunplaced, 5, "5 visits could not be placed");
	CHECK(p.n > 0 && p.items[p.n - 1].staff < 0 &&
	    strcmp(p.items[p.n - 1].reason, "capacity full") == 0,
	    "unplaced: capacity full");
	plan_free(&p);
	world_close(&w);

	/* a make-up working day (Sunday 2026-09-20) takes visits; the
	 * Mid-Autumn holiday (09-25..27) does not */
	sb_reset(&c);
	sb_adds(&c, "id,name,class,phone,owner,region,since\n");
	for (int i = 1; i <= 3; i++)
		sb_addf(&c, "KH%04d,客户%d,key,%d,S05,urban,2025-01-01\n", i, i, i);
	rc = world_open(&w, "rules/auto-dealer.yaml", c.s,
	    "at,customer,kind,note\n2026-09-17T11:00:00+08:00,KH0001,repair,\n",
	    NULL, "2026-09-17T12:00+08:00", D("2026-09-14"), D("2026-09-27"), 0);
	rc = rc ? rc : plan_make(&p, &w.s, D("2026-09-14"), D("2026-09-27"));
	CHECK_INT(rc, 0, "September plan");
	{
		int holiday = 0, before = 0;
		cs_date repair = CS_NODATE;
		for (size_t i = 0; i < p.n; i++) {
			if (p.items[i].date >= D("2026-09-25"))
				holiday++;
			if (p.items[i].date < D("2026-09-17"))
				before++;
			if (strcmp(p.items[i].occ->rule->name, "repair-3d") == 0)
				repair = p.items[i].date;
		}
		CHECK_INT(p.n, 7, "3 customers x 2 weeks, one repair");
		CHECK_INT(holiday, 0, "nothing on the Mid-Autumn holiday");
		CHECK_INT(before, 0, "nothing before today");
		/* repair Thursday 09-17 + 3 days: Sunday 09-20, worked */
		CHECK_STR(ds(repair), "2026-09-20",
		    "the repair visit on make-up Sunday 09-20");
		CHECK_INT(p.nunplaced, 0, "all placed");
	}
	plan_free(&p);
	world_close(&w);
	sb_free(&c);
}

int
main(void)
{
	cs_quiet = false;
	if (!getenv("CS_RULES_PATH"))
		setenv("CS_RULES_PATH", "rules", 1);
	test_dealer();
	test_spring_festival();
	test_insurance();
	test_standard();
	test_every();
	test_construction();
	test_plan();
	return UNIT_DONE();
}
