/* test_report.c - the figures of cs-report (report.c), checked against
 * values computed by hand on the tiny ledger in tests/data/issue5/, and the
 * renderers' value formats (report_text.c).
 *
 * The ledger (rules tiny: Monday-Friday, 09:00-12:00 and 13:30-18:00,
 * 7.5 working hours a day, no holidays; report month 2026-11, now
 * 2026-12-02 09:00 +08:00, previous month 2026-10):
 *
 * Staff S01 Alice (A), S02 Bob (B), S03 Carol (supervisor, A), S04 Dan.
 * Customers KH01 Ann, KH02 Ben (routine, owner S01, urban), KH03 Cat
 * (routine, owner S02, suburban), KH04 Dee (key, owner S02, suburban).
 * Rules: routine-monthly (quota 1 per month; window the month, latest
 * the 30th), repair-3d (3 days after a repair, moved to a working day;
 * window [event day, due]).
 *
 * Visits the rules ask for, due in November:
 *   KH01 routine-monthly  done 11-03 (V2)           on time   (S01)
 *   KH02 routine-monthly  done 11-06 (V4)           on time   (S01)
 *   KH03 routine-monthly  nothing done by 11-30     missed    (S02)
 *        (V8 done 11-27 was recorded 12-05, after now: not there)
 *   KH04 repair-3d  repair Thu 11-05 + 3 = Sun 11-08 -> Mon 11-09;
 *        done 11-12 (V5)                            late      (S02)
 *   KH03 repair-3d  repair Fri 11-20 + 3 = Mon 11-23; V7 11-25 was
 *        refused, nothing done                      missed    (S02)
 *   due 5, done 3 (2 on time + 1 late), missed 2, pending 0
 *   K1 visit rate 3/5 = 0.6, on-time rate 2/5 = 0.4
 *   S01: due 2 on time 2 (rate 1); S02: due 3, late 1, missed 2 (1/3)
 * Logged visits in November (V2..V7; V8 cut by asof, V9 is December):
 *   attempted 6, reached (done) 4: V2 V4 V5 V6; reach rate 4/6
 *   phone: V2 done, V3 unreached, V4 done, V6 done = 4, 3 reached;
 *   onsite: V5 done; wechat: V7 refused
 * Satisfaction: surveyed V2 (4444) V4 (3244) V5 (443-) V6 (4444) = 4;
 *   satisfied (every given item >= 3): V2 V5 V6 = 3, K2 = 0.75
 *   served (a done visit): KH01 KH02 KH04 = 3
 *   touched (a visit with every given item 4): KH01 (V2), KH02 (V6) = 2,
 *   K3 = 2/3; returning: KH01 (purchase 10-15, maintenance 11-10) = 1,
 *   K4 = 1/3 (KH04's repair is its first event)
 *   per staff: S01 served KH01 KH02, touched KH01; S02 served KH04 KH02
 *   (V6), touched KH02
 *   dissatisfied (an item <= low_score 2): V4, followed up by V6 11-16
 *   attitude 4,3,4,4 = 3.75; skill 4,2,4,4 = 3.5; timeliness 4,4,3,4 =
 *   3.75; promise 4,4,4 (V5 not asked) = 4; all 56/15 = 3.7333
 * Complaints (working time):
 *   C0001 opened 10-20 10:00 (S02); closed 11-02 09:30
 *   C0002 opened Mon 11-02 10:00 (S01): reply 11:00 (due 12:00, met),
 *     answer 11-03 09:30 (due 11-03 10:00, met), resolve 11-03 11:00,
 *     revisit 11-04 10:00 (due 11-04 11:00, met), close 11-04 10:30
 *   C0003 opened Thu 11-19 16:00 (S02): reply 11-20 09:30 (due 11-19
 *     18:00, late 0.5h), escalated to S03 (supervisor) 11-23 09:00,
 *     answer 11-23 10:00 (due 11-20 16:00, late 2h + 1h = 3h, held by
 *     S02 at the deadline), resolve 11-24 10:00, revisit 11-24 15:00
 *     (due 11-25 10:00, met, held by S03), close 11-24 15:30 (S03)
 *   C0004 opened Fri 11-27 14:00 (S01): reply 15:00 (due 16:00, met),
 *     wait 16:00 .. resume Mon 11-30 11:00 (2h + 2h paused), answer due
 *     11-30 14:00 + 4h = 18:00, not given: missed; open at month end
 *   opened 3 (S01 2, S02 1), closed 3 (C0001 S02, C0002 S01, C0003 S03),
 *   open at end 1 (C0004, S01)
 *   deadlines due in November 8: met 5, missed 3 (C0003 reply, answer;
 *   C0004 answer); reply 3/2/1, answer 3/1/2, revisit 2/2/0
 *   time to reply: 1h, 2.5h, 1h -> median 1, p90 (3rd of 3) 2.5
 *   time to answer: C0002 10:00->09:30 next day = 6.5 + 0.5 = 7h; C0003
 *     2 + 7.5 + 1 = 10.5h -> median 8.75, p90 10.5
 *   time to close: C0001 6.5 + 8 days x 7.5 + 0.5 = 67h; C0002 6.5 +
 *     7.5 + 1.5 = 15.5h; C0003 2 + 7.5 + 7.5 + 5 = 22h -> median 22, p90 67
 *   escalations: 1, to supervisor
 *   review (closed in November): C0001, C0002, C0003 x 3 steps = 9 rows;
 *     late: C0001 revisit (due 10-22 10:00, done 10-23 10:00, 7.5h, S02),
 *     C0003 reply (0.5h, S02), C0003 answer (3h, S02)
 * October: due 3 (the three routine-monthly, due Fri 10-30), done 1 (V1),
 *   visit rate 1/3; opened 1, open at end 1; deadlines 3, met 2 (C0001's
 *   revisit was late).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>

#include "cs.h"
#include "unit.h"

#define DIR "tests/data/issue5"

struct world {
	struct cs_rules rules;
	struct cs_store store;
	struct visit_span vl;
	struct complaint_log cl;
	cs_time now;
};

static int
world_load(struct world *w, const char *now)
{
	int rc;

	memset(w, 0, sizeof *w);
	if ((rc = rules_load(DIR "/rules.yaml", &w->rules)) != 0)
		return rc;
	if (time_parse(now, w->rules.cal.tz_offset, &w->now) != 0)
		return -1;
	if ((rc = store_load(&w->store, DIR, w->rules.cal.tz_offset)) != 0)
		return rc;
	if ((rc = visits_load_span(&w->vl, &w->store, DIR "/visits.csv", w->now,
	    w->rules.low_score, CS_NOTIME, CS_NOTIME,
	    w->rules.cal.tz_offset)) != 0)
		return rc;
	return complaints_load(&w->cl, &w->store, &w->rules,
	    DIR "/complaints.csv", w->now, w->now);
}

static void
world_free(struct world *w)
{
	complaints_free(&w->cl);
	visit_span_free(&w->vl);
	store_free(&w->store);
	rules_free(&w->rules);
}

static int
build(struct world *w, struct report *rep, enum report_by by,
      const char *staff)
{
	struct report_opts o = {0};

	o.year = 2026;
	o.month = 11;
	o.by = by;
	o.staff = staff ? store_staff(&w->store, staff) : -1;
	o.trend = 3;
	return report_build(rep, &w->rules, &w->store, &w->vl, &w->cl, w->now,
	    &o);
}

static const struct report_cell *
cell(const struct report *rep, const char *table, const char *row,
     const char *metric)
{
	const struct report_table *t = report_table(rep, table);

	for (size_t i = 0; t && i < t->nrows; i++) {
		if (strcmp(t->rows[i].key, row) != 0)
			continue;
		for (int k = 0; k < t->nmetrics; k++)
			if (strcmp(t->metrics[k].key, metric) == 0)
				return &t->rows[i].cells[k];
	}
	return NULL;
}

/* The value times 10000, rounded, so that CHECK_INT can compare rates
 * and hours exactly; -1 for a missing cell, -2 for "no value". */
static long
v4(const struct report *rep, const char *table, const char *row,
   const char *metric)
{
	const struct report_cell *c = cell(rep, table, row, metric);

	if (!c)
		return -1;
	if (c->na)
		return -2;
	return (long)(c->value * 10000 + (c->value >= 0 ? 0.5 : -0.5));
}

static long
p4(const struct report *rep, const char *table, const char *row,
   const char *metric)
{
	const struct report_cell *c = cell(rep, table, row, metric);

	if (!c)
		return -1;
	if (c->prev_na)
		return -2;
	return (long)(c->prev * 10000 + (c->prev >= 0 ? 0.5 : -0.5));
}

static const char *
text(const struct report *rep, const char *table, const char *row,
     const char *metric)
{
	const struct report_cell *c = cell(rep, table, row, metric);

	return c && c->text ? c->text : "(none)";
}

static size_t
nrows(const struct report *rep, const char *table)
{
	const struct report_table *t = report_table(rep, table);

	return t ? t->nrows : 0;
}

#define N(x) ((long)((x) * 10000 + 0.5))

static void
test_visits(const struct report *r)
{
	CHECK_INT(v4(r, "visits", "total", "due"), N(5), "visits due 5");
	CHECK_INT(v4(r, "visits", "total", "done"), N(3), "visits done 3");
	CHECK_INT(v4(r, "visits", "total", "on_time"), N(2), "on time 2");
	CHECK_INT(v4(r, "visits", "total", "late"), N(1), "late 1");
	CHECK_INT(v4(r, "visits", "total", "missed"), N(2), "missed 2");
	CHECK_INT(v4(r, "visits", "total", "pending"), 0, "pending 0");
	CHECK_INT(v4(r, "visits", "total", "visit_rate"), N(0.6), "K1 3/5");
	CHECK_INT(v4(r, "visits", "total", "on_time_rate"), N(0.4),
	    "on-time rate 2/5");
	CHECK_INT(v4(r, "visits", "total", "attempted"), N(6), "6 logged");
	CHECK_INT(v4(r, "visits", "total", "reached"), N(4), "4 reached");
	CHECK_INT(v4(r, "visits", "total", "reach_rate"), N(4.0 / 6),
	    "reach rate 4/6");
	CHECK_INT(v4(r, "visits", "S01", "due"), N(2), "S01 due 2");
	CHECK_INT(v4(r, "visits", "S01", "visit_rate"), N(1), "S01 K1 1");
	CHECK_INT(v4(r, "visits", "S02", "due"), N(3), "S02 due 3");
	CHECK_INT(v4(r, "visits", "S02", "late"), N(1), "S02 late 1");
	CHECK_INT(v4(r, "visits", "S02", "missed"), N(2), "S02 missed 2");
	CHECK_INT(v4(r, "visits", "S02", "visit_rate"), N(1.0 / 3),
	    "S02 K1 1/3");
	CHECK_INT(v4(r, "visits", "S03", "due"), -1,
	    "S03 has no visit figures: no row");
	CHECK_INT(p4(r, "visits", "total", "due"), N(3), "October due 3");
	CHECK_INT(p4(r, "visits", "total", "visit_rate"), N(1.0 / 3),
	    "October K1 1/3");
	CHECK_INT(v4(r, "visits_by_method", "phone", "attempted"), N(4),
	    "phone 4");
	CHECK_INT(v4(r, "visits_by_method", "phone", "unreached"), N(1),
	    "phone unreached 1");
	CHECK_INT(v4(r, "visits_by_method", "phone", "reach_rate"), N(0.75),
	    "phone reach 3/4");
	CHECK_INT(v4(r, "visits_by_method", "wechat", "refused"), N(1),
	    "wechat refused 1");
	CHECK_INT(v4(r, "visits_by_method", "sms", "attempted"), -1,
	    "no sms row");
	CHECK_INT(v4(r, "visits_by_method", "total", "reached"), N(4),
	    "methods total reached 4");
}

static void
test_satisfaction(const struct report *r)
{
	CHECK_INT(v4(r, "satisfaction", "total", "surveyed"), N(4),
	    "surveyed 4");
	CHECK_INT(v4(r, "satisfaction", "total", "satisfied"), N(3),
	    "satisfied 3");
	CHECK_INT(v4(r, "satisfaction", "total", "satisfaction_rate"),
	    N(0.75), "K2 3/4");
	CHECK_INT(v4(r, "satisfaction", "total", "served"), N(3), "served 3");
	CHECK_INT(v4(r, "satisfaction", "total", "touched"), N(2),
	    "touched 2");
	CHECK_INT(v4(r, "satisfaction", "total", "touched_rate"), N(2.0 / 3),
	    "K3 2/3");
	CHECK_INT(v4(r, "satisfaction", "total", "returning"), N(1),
	    "returning 1");
	CHECK_INT(v4(r, "satisfaction", "total", "return_rate"), N(1.0 / 3),
	    "K4 1/3");
	CHECK_INT(v4(r, "satisfaction", "total", "dissatisfied"), N(1),
	    "dissatisfied 1");
	CHECK_INT(v4(r, "satisfaction", "total", "followed_up"), N(1),
	    "followed up 1");
	CHECK_INT(v4(r, "satisfaction", "S01", "served"), N(2),
	    "S01 served 2");
	CHECK_INT(v4(r, "satisfaction", "S01", "touched_rate"), N(0.5),
	    "S01 K3 1/2");
	CHECK_INT(v4(r, "satisfaction", "S02", "served"), N(2),
	    "S02 served 2 (KH04, KH02)");
	CHECK_INT(v4(r, "satisfaction", "S02", "return_rate"), 0,
	    "S02 K4 0");
	CHECK_INT(p4(r, "satisfaction", "total", "satisfaction_rate"), N(1),
	    "October K2 1");
	CHECK_INT(v4(r, "scores", "total", "attitude"), N(3.75),
	    "attitude 3.75");
	CHECK_INT(v4(r, "scores", "total", "skill"), N(3.5), "skill 3.5");
	CHECK_INT(v4(r, "scores", "total", "promise"), N(4),
	    "promise 4 (V5 not asked)");
	CHECK_INT(v4(r, "scores", "total", "average"), N(56.0 / 15),
	    "all items 56/15");
	CHECK_INT(v4(r, "scores", "S01", "skill"), N(3), "S01 skill 3");
	CHECK_INT(v4(r, "satisfaction_items", "skill", "level_2"), N(1),
	    "skill level 2: 1");
	CHECK_INT(v4(r, "satisfaction_items", "skill", "level_4"), N(3),
	    "skill level 4: 3");
	CHECK_INT(v4(r, "satisfaction_items", "promise", "answered"), N(3),
	    "promise answered 3");
	CHECK_INT(v4(r, "satisfaction_items", "total", "level_4"), N(12),
	    "level 4 over all items 12");
	CHECK_INT(v4(r, "satisfaction_items", "total", "answered"), N(15),
	    "15 answers");
	CHECK_INT(nrows(r, "dissatisfied"), 1, "one dissatisfied visit");
	CHECK_STR(text(r, "dissatisfied", "V000004", "scores"), "3,2,4,4",
	    "V4's scores");
	CHECK_STR(text(r, "dissatisfied", "V000004", "followed_up"),
	    "2026-11-16 10:00", "V4 followed up by V6");
	CHECK_STR(text(r, "dissatisfied", "V000004", "phone"), "13800000002",
	    "phone shown");
}

static void
test_complaints(const struct report *r)
{
	CHECK_INT(v4(r, "complaints", "total", "opened"), N(3), "opened 3");
	CHECK_INT(v4(r, "complaints", "total", "closed"), N(3), "closed 3");
	CHECK_INT(v4(r, "complaints", "total", "open_end"), N(1),
	    "open at end 1");
	CHECK_INT(v4(r, "complaints", "S01", "opened"), N(2), "S01 opened 2");
	CHECK_INT(v4(r, "complaints", "S03", "closed"), N(1),
	    "S03 closed C0003 (held it at closing)");
	CHECK_INT(v4(r, "complaints", "total", "milestones_due"), N(8),
	    "8 deadlines");
	CHECK_INT(v4(r, "complaints", "total", "milestones_missed"), N(3),
	    "3 missed");
	CHECK_INT(v4(r, "complaints", "total", "met_rate"), N(0.625),
	    "met 5/8");
	CHECK_INT(v4(r, "complaints", "S02", "milestones_missed"), N(2),
	    "S02 missed 2");
	CHECK_INT(v4(r, "complaints", "S03", "milestones_met"), N(1),
	    "S03 met C0003's revisit");
	CHECK_INT(p4(r, "complaints", "total", "opened"), N(1),
	    "October opened 1");
	CHECK_INT(p4(r, "complaints", "total", "met_rate"), N(2.0 / 3),
	    "October met 2/3");
	CHECK_INT(v4(r, "milestones", "answer", "missed"), N(2),
	    "answer missed 2");
	CHECK_INT(v4(r, "milestones", "revisit", "due"), N(2),
	    "revisit due 2");
	CHECK_INT(v4(r, "complaint_times", "reply", "count"), N(3),
	    "3 replies");
	CHECK_INT(v4(r, "complaint_times", "reply", "median"), N(1),
	    "reply median 1h");
	CHECK_INT(v4(r, "complaint_times", "reply", "p90"), N(2.5),
	    "reply p90 2.5h");
	CHECK_INT(v4(r, "complaint_times", "answer", "median"), N(8.75),
	    "answer median 8.75h");
	CHECK_INT(v4(r, "complaint_times", "answer", "p90"), N(10.5),
	    "answer p90 10.5h");
	CHECK_INT(v4(r, "complaint_times", "close", "median"), N(22),
	    "close median 22h");
	CHECK_INT(v4(r, "complaint_times", "close", "p90"), N(67),
	    "close p90 67h");
	CHECK_INT(v4(r, "escalations", "supervisor", "escalations"), N(1),
	    "one escalation to supervisor");
	CHECK_INT(v4(r, "escalations", "total", "escalations"), N(1),
	    "one escalation");
	CHECK_INT(v4(r, "complaints_by_category", "product", "opened"), N(2),
	    "product 2");
	CHECK_INT(v4(r, "complaints_by_category", "product", "open_end"),
	    N(1), "product open 1");
	CHECK_INT(v4(r, "complaints_by_channel", "onsite", "opened"), N(1),
	    "onsite 1");
	CHECK_INT(nrows(r, "review"), 9, "9 steps reviewed");
	CHECK_STR(text(r, "review", "C2026-0001/revisit", "status"), "late",
	    "C0001 revisit late");
	CHECK_INT(v4(r, "review", "C2026-0001/revisit", "late_by"), N(7.5),
	    "by 7.5h");
	CHECK_STR(text(r, "review", "C2026-0001/revisit", "responsible"),
	    "S02 Bob", "S02 responsible");
	CHECK_STR(text(r, "review", "C2026-0003/answer", "responsible"),
	    "S02 Bob", "the holder at the deadline, not the later one");
	CHECK_INT(v4(r, "review", "C2026-0003/answer", "late_by"), N(3),
	    "answer late 3h");
	CHECK_INT(v4(r, "review", "C2026-0003/revisit", "late_by"), -2,
	    "met: no lateness");
	CHECK_STR(text(r, "review", "C2026-0002/reply", "due"),
	    "2026-11-02 12:00", "reply due 2 working hours after opening");
}

static void
test_summary(const struct report *r)
{
	CHECK_INT(v4(r, "summary", "total", "visit_rate"), N(0.6),
	    "summary K1");
	CHECK_INT(p4(r, "summary", "total", "visit_rate"), N(1.0 / 3),
	    "summary K1 October");
	CHECK_INT(v4(r, "summary", "total", "average_score"), N(56.0 / 15),
	    "summary average score");
	CHECK_INT(v4(r, "summary", "total", "reply_median_hours"), N(1),
	    "summary reply median");
	CHECK_INT(v4(r, "summary", "total", "complaints_open"), N(1),
	    "summary open at end");
	CHECK_INT(p4(r, "summary", "total", "complaints_open"), N(1),
	    "October open at end");
	CHECK_INT(nrows(r, "trend"), 3, "a trend of 3 months");
	CHECK_INT(v4(r, "trend", "2026-11", "visits_due"), N(5),
	    "trend November");
	CHECK_INT(v4(r, "trend", "2026-10", "visits_due"), N(3),
	    "trend October");
	CHECK_INT(v4(r, "trend", "2026-09", "visits_due"), N(3),
	    "trend September: 3 routine-monthly due");
	CHECK_INT(v4(r, "trend", "2026-09", "visit_rate"), 0,
	    "trend September: none done");
	CHECK_INT(v4(r, "trend", "2026-09", "satisfaction_rate"), -2,
	    "trend September: nobody surveyed");
}

static void
test_breakdowns(struct world *w)
{
	struct report r;

	CHECK_INT(build(w, &r, REPORT_BY_STAFF, "S02"), 0, "S02's report");
	CHECK_INT(v4(&r, "visits", "total", "due"), N(3),
	    "S02: due 3 (owner)");
	CHECK_INT(v4(&r, "visits", "total", "attempted"), N(3),
	    "S02: 3 logged");
	CHECK_INT(v4(&r, "satisfaction", "total", "served"), N(2),
	    "S02: served 2");
	CHECK_INT(v4(&r, "complaints", "total", "milestones_due"), N(2),
	    "S02: 2 deadlines held");
	/* S02 held C0001 at its three deadlines, C0003 at reply and answer */
	CHECK_INT(nrows(&r, "review"), 5, "S02: held 5 reviewed steps");
	CHECK_INT(v4(&r, "visits", "S01", "due"), -1, "S02: no S01 row");
	CHECK_STR(r.staff, "S02", "the person");
	report_free(&r);

	CHECK_INT(build(w, &r, REPORT_BY_REGION, NULL), 0, "by region");
	CHECK_INT(v4(&r, "visits", "urban", "due"), N(2), "urban due 2");
	CHECK_INT(v4(&r, "visits", "suburban", "missed"), N(2),
	    "suburban missed 2");
	CHECK_INT(v4(&r, "satisfaction", "urban", "served"), N(2),
	    "urban served 2");
	CHECK_INT(v4(&r, "complaints", "suburban", "opened"), N(1),
	    "suburban opened 1");
	report_free(&r);

	CHECK_INT(build(w, &r, REPORT_BY_TEAM, NULL), 0, "by team");
	CHECK_INT(v4(&r, "complaints", "A", "closed"), N(2),
	    "team A closed 2 (S01, S03)");
	CHECK_INT(v4(&r, "visits", "B", "due"), N(3), "team B due 3");
	report_free(&r);
}

/* The same report at a later now sees V8 (recorded 12-05). */
static void
test_asof(void)
{
	struct world w;
	struct report r;

	CHECK_INT(world_load(&w, "2026-12-10T09:00+08:00"), 0, "load later");
	CHECK_INT(build(&w, &r, REPORT_BY_STAFF, NULL), 0, "build later");
	/* V8 (11-27) does KH03's monthly visit on time and its repair-3d
	 * visit (due 11-23) late */
	CHECK_INT(v4(&r, "visits", "total", "missed"), 0, "none missed");
	CHECK_INT(v4(&r, "visits", "total", "late"), N(2), "2 late");
	CHECK_INT(v4(&r, "visits", "total", "attempted"), N(7), "7 logged");
	CHECK_INT(v4(&r, "satisfaction", "total", "dissatisfied"), N(2),
	    "V8 dissatisfied too");
	CHECK_STR(text(&r, "dissatisfied", "V000008", "followed_up"),
	    "2026-12-01 10:00", "V8 followed up by V9");
	report_free(&r);
	world_free(&w);
}

static void
test_formats(void)
{
	static const struct report_metric count = {"c", "C", "C", RU_COUNT};
	static const struct report_metric rate = {"r", "R", "R", RU_RATE};
	static const struct report_metric hours = {"h", "H", "H", RU_HOURS};
	static const struct report_metric score = {"s", "S", "S", RU_SCORE};
	struct report_cell c = {0};
	char buf[64];

	CHECK_STR(report_value_text(&rate, 2.0 / 3, false, buf), "66.7%",
	    "rate as a percentage");
	CHECK_STR(report_value_text(&score, 3.625, false, buf), "3.63",
	    "halves away from zero");
	CHECK_STR(report_value_text(&hours, 8.75, false, buf), "8.8h",
	    "hours");
	CHECK_STR(report_value_text(&count, 0, true, buf), "-", "no value");
	c.value = 0.6;
	c.prev = 1.0 / 3;
	CHECK_STR(report_change_text(&rate, &c, buf), "+26.7pp",
	    "change in percentage points");
	c.value = c.prev = 2;
	CHECK_STR(report_change_text(&count, &c, buf), "0", "no change");
	c.value = 1;
	CHECK_STR(report_change_text(&count, &c, buf), "-1", "down one");
	c.prev_na = true;
	CHECK_STR(report_change_text(&count, &c, buf), "",
	    "no change without a previous value");
	CHECK_STR(report_number(2.0 / 3, false, buf), "0.6667",
	    "four decimals");
	CHECK_STR(report_number(3, false, buf), "3", "whole");
	CHECK_STR(report_number(-0.00001, false, buf), "0", "no -0");
	CHECK_STR(report_number(1, true, buf), "", "na is empty");
	CHECK_STR(report_mask_phone("13812345678", buf, sizeof buf),
	    "138****5678", "mobile masked");
	CHECK_STR(report_mask_phone("+86 138-1234-5678", buf, sizeof buf),
	    "+86 1**-****-5678", "separators kept; first 3, last 4 digits");
	CHECK_STR(report_mask_phone("12345", buf, sizeof buf), "*2345",
	    "short: the last 4");
	CHECK_STR(report_mask_phone("", buf, sizeof buf), "", "empty");
}

/* Every renderer runs; csv's first lines are as documented. */
static void
test_render(const struct report *r)
{
	char *s = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&s, &n);

	CHECK_INT(report_write_csv(r, fp, OUT_CSV_EXCEL), 0, "csv");
	fclose(fp);
	CHECK(n > 100 && memcmp(s, "\xEF\xBB\xBFmonth,table,group,key,metric,"
	    "value,previous,change\r\n2026-11,summary,total,total,visits_due,"
	    "5,3,2\r\n", 96) == 0, "excel csv: BOM, header, CRLF");
	free(s);
	fp = open_memstream(&s, &n);
	CHECK_INT(report_write_json(r, fp), 0, "json");
	fclose(fp);
	CHECK(strncmp(s, "{\"month\":\"2026-11\",\"table\":\"summary\","
	    "\"group\":\"total\",\"key\":\"total\",\"metric\":\"visits_due\","
	    "\"value\":5,\"previous\":3,\"change\":2}\n", 124) == 0,
	    "json line");
	free(s);
	fp = open_memstream(&s, &n);
	CHECK_INT(report_write_text(r, fp, 1), 0, "text");
	CHECK_INT(report_write_md(r, fp), 0, "md");
	fclose(fp);
	CHECK(strstr(s, "Visit rate (K1)           60.0%    33.3%  +26.7pp")
	    != NULL, "text summary line");
	CHECK(strstr(s, "| Visit rate (K1) | 60.0% | 33.3% | +26.7pp |")
	    != NULL, "md summary line");
	free(s);
}

int
main(void)
{
	struct world w;
	struct report r;
	int rc;

	if ((rc = world_load(&w, "2026-12-02T09:00+08:00")) != 0) {
		printf("not ok - load %s (%d)\n", DIR, rc);
		return 1;
	}
	CHECK_INT(build(&w, &r, REPORT_BY_STAFF, NULL), 0, "build 2026-11");
	CHECK_STR(r.month_key, "2026-11", "month");
	CHECK_STR(r.prev_key, "2026-10", "previous month");
	test_visits(&r);
	test_satisfaction(&r);
	test_complaints(&r);
	test_summary(&r);
	test_render(&r);
	report_free(&r);
	test_breakdowns(&w);
	world_free(&w);
	test_asof();
	test_formats();
	return UNIT_DONE();
}
