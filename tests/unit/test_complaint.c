/* test_complaint - the complaint fold: holders, rungs, states, deadlines
 * with paused time credited, the asof cut. */
#include <stdlib.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

static const char ledger[] =
"seq,complaint,event,at,by,customer,holder,severity,category,channel,milestone,rung,scores,note,recorded_at\n"
"1,C2026-0001,open,2026-02-13T17:00:00+08:00,S01,KH0001,S01,general,repair,phone,,specialist,,刹车异响,2026-02-13T17:00:00+08:00\n"
"2,C2026-0001,escalate,2026-02-14T14:00:00+08:00,,,S03,,,,reply,advisor,,,2026-02-14T14:00:00+08:00\n"
"3,C2026-0001,reply,2026-02-14T14:20:00+08:00,S03,,S03,,,,,,,,2026-02-14T14:20:00+08:00\n"
"4,C2026-0001,wait,2026-02-14T14:30:00+08:00,S03,,S03,,,,,,,,2026-02-14T14:30:00+08:00\n"
"5,C2026-0002,open,2026-02-24T09:00:00+08:00,,KH0002,S07,serious,service,manufacturer,,gm,,,2026-02-24T09:00:00+08:00\n"
"6,C2026-0001,resume,2026-02-24T10:00:00+08:00,S03,,S03,,,,,,,,2026-02-24T10:00:00+08:00\n";

static cs_time
t(const char *s)
{
	cs_time v = CS_NOTIME;

	time_parse(s, 480, &v);
	return v;
}

int
main(void)
{
	char dir[] = "/tmp/test_complaint.XXXXXX", *path;
	struct cs_rules r;
	struct cs_store st;
	struct complaint_log l;
	const struct complaint *c;
	const struct cmilestone *m;
	FILE *fp;

	if (!mkdtemp(dir))
		return 1;
	path = path_join(dir, "complaints.csv");
	fp = fopen(path, "w");
	fputs(ledger, fp);
	fclose(fp);
	CHECK_INT(rules_load("rules/auto-dealer.yaml", &r), 0, "rules load");
	CHECK_INT(store_load(&st, "tests/data/issue3/store", 480), 0, "store loads");

	CHECK_INT(complaint_rung_of(&r, "specialist"), 0, "specialist is rung 0");
	CHECK_INT(complaint_rung_of(&r, "manager"), 3, "manager is rung 3");
	CHECK_INT(complaint_rung_of(&r, "gm"), 4, "gm is rung 4");
	CHECK_INT(complaint_rung_of(&r, "director"), 3, "director counts as manager");
	CHECK_INT(complaint_rung_of(&r, "driver"), -1, "unknown role");

	/* while waiting, as of 2026-02-24 09:30: the wait still runs */
	CHECK_INT(complaints_load(&l, &st, &r, path, t("2026-02-24T09:30"),
	    t("2026-02-24T09:30")), 0, "loads as of a time");
	CHECK_INT(l.n, 2, "two complaints");
	CHECK_INT(l.nev, 5, "the resume is not recorded yet");
	c = &l.c[0];
	CHECK_STR(c->id, "C2026-0001", "id");
	CHECK_INT(c->state, CST_WAITING, "waiting");
	CHECK_STR(st.staff[c->holder].id, "S03", "held by the advisor");
	CHECK_INT(c->rung, 1, "rung 1");
	CHECK_INT(c->ms[0].met, t("2026-02-14T14:20"), "reply met");
	CHECK(c->ms[0].late, "reply late");
	/* answer: due Sat 17:00 + the wait so far (14:30-18:00 Sat, 09:00-09:30 Tue) */
	CHECK_INT(c->ms[1].paused, 4 * 3600, "4h paused so far");
	CHECK_INT(c->ms[1].due, t("2026-02-24T12:00"), "answer due moves with the wait");
	CHECK(!c->ms[1].late, "not late while waiting");
	CHECK_INT(c->ms[2].start, CS_NOTIME, "revisit not started");
	m = complaint_current(&l, c);
	CHECK(m == &c->ms[1], "current milestone is the answer");
	c = &l.c[1];
	CHECK_INT(c->rung, 4, "gm holds the serious one");
	CHECK_STR(cevent_str(&l, c->chan_name), "manufacturer", "channel");
	CHECK_INT(complaint_find(&l, "C2026-0002"), 1, "found by id");
	CHECK_INT(complaint_find(&l, "C2026-0003"), -1, "unknown id");
	complaints_free(&l);

	/* after the resume at 10:00 the pause is 4.5 working hours */
	CHECK_INT(complaints_load(&l, &st, &r, path, CS_NOTIME,
	    t("2026-02-24T15:00")), 0, "loads");
	c = &l.c[0];
	CHECK_INT(c->state, CST_OPEN, "open again");
	CHECK_INT(c->ms[1].paused, 4 * 3600 + 1800, "4h30m paused");
	CHECK_INT(c->ms[1].due, t("2026-02-24T14:00"), "answer due 14:00");
	CHECK(c->ms[1].late, "late at 15:00");
	CHECK_INT(cmilestone_late(&r, &c->ms[1], t("2026-02-24T15:00")), 3600,
	    "late by one working hour");
	complaints_free(&l);

	unlink(path);
	rmdir(dir);
	free(path);
	store_free(&st);
	rules_free(&r);
	return UNIT_DONE();
}
