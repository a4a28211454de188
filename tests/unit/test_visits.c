/* test_visits - the visit log: latest versions, the asof cut, the index
 * per customer, the low-score flag and its follow-up. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

static const char ledger[] =
"id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by\n"
"V000001,2026-02-10T10:00:00+08:00,KH0002,S02,phone,done,4,4,4,4,key-weekly,,好,,2026-02-10T10:05:00+08:00,S02\n"
"V000002,2026-02-11T10:00:00+08:00,KH0001,S01,phone,done,4,2,3,4,,,慢,,2026-02-11T10:05:00+08:00,S01\n"
"V000003,2026-02-11T10:00:00+08:00,KH0001,S01,phone,done,4,3,3,4,,,改,V000002,2026-02-12T09:00:00+08:00,S05\n"
"V000004,2026-02-09T09:00:00+08:00,KH0001,S01,wechat,unreached,,,,,,C2026-0001,,,2026-02-12T09:10:00+08:00,S01\n"
"V000005,2026-02-12T15:00:00+08:00,KH0003,S01,onsite,done,1,,,,,,差,,2026-02-12T15:10:00+08:00,S01\n"
"V000006,2026-02-13T15:00:00+08:00,KH0003,S01,phone,done,4,4,4,4,,,,,2026-02-13T15:10:00+08:00,S01\n"
"V000007,2026-02-11T10:00:00+08:00,KH0001,S01,phone,done,4,4,4,4,,,再改,V000002,2026-02-13T16:00:00+08:00,S05\n";

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	fputs(text, fp);
	fclose(fp);
}

/* visit_days_load finds customers by the number in their ids where all
 * ids are one prefix and a number spelt one way, else by a hash of the
 * ids: either way the same customers, and an id spelt otherwise is
 * unknown. */
static void
test_id_forms(void)
{
	static const char *const sets[][2] = {
		/* customers.csv ids, the visit's customer */
		{"KH1 KH2 KH10", "KH10"},
		{"KH1 KH2 KH10", "KH010"},      /* not KH10: unknown */
		{"KH01 KH02 KH10", "KH02"},
		{"KH01 KH02 KH10", "KH2"},      /* width 2: unknown */
		{"KH01 KH001", "KH001"},        /* two spellings: the hash */
		{"KH01 KH001", "KH1"},
		{"A7 B8", "B8"},                /* two prefixes: the hash */
		{"9 10 11", "10"},              /* no prefix */
		{"X 10", "X"},                  /* no number */
		{"KH1 KH2", "KH"},
		{"KH1 KH2", "KH1000000000000"},
	};
	static const int want[] = {2, -1, 1, -1, 1, -1, 1, 1, 0, -1, -1};
	int ok = 0;

	for (size_t t = 0; t < sizeof want / sizeof *want; t++) {
		char dir[] = "/tmp/test_visits_ids.XXXXXX";
		char *cust = NULL, *list = xstrdup(sets[t][0]), *p, *tok;
		struct sbuf b = {0};
		struct cs_store st;
		struct cs_rules ru;
		struct visit_days d;
		cs_time now;
		int rc, got = -1;

		if (!mkdtemp(dir))
			return;
		sb_adds(&b, "id,name,class,phone,owner,region,since\n");
		for (tok = strtok_r(list, " ", &p); tok; tok = strtok_r(NULL, " ", &p))
			sb_addf(&b, "%s,n,routine,,S01,urban,\n", tok);
		cust = path_join(dir, "customers.csv");
		write_file(cust, b.s);
		free(cust);
		cust = path_join(dir, "staff.csv");
		write_file(cust, "id,name,role,team,capacity,active\n"
		    "S01,a,specialist,A,8,yes\n");
		free(cust);
		cust = path_join(dir, "events.csv");
		write_file(cust, "at,customer,kind,note\n");
		free(cust);
		cust = path_join(dir, "visits.csv");
		sb_reset(&b);
		sb_addf(&b, "%s%s%s", "id,at,customer,staff,method,outcome,"
		    "attitude,skill,timeliness,promise,rule,complaint,note,"
		    "amends,recorded_at,recorded_by\nV000001,2026-02-10T10:00,",
		    sets[t][1], ",S01,phone,done,,,,,,,,,,S01\n");
		write_file(cust, b.s);
		rc = store_load(&st, dir, 480);
		memset(&ru, 0, sizeof ru);
		ru.cal.tz_offset = 480;
		time_parse("2026-03-01T00:00", 480, &now);
		cache_off = true;
		cs_quiet = true;
		if (rc == 0 && visit_days_load(&d, dir, &ru, &st, now) == 0) {
			for (size_t c = 0; c < d.ncust; c++)
				if (d.last_at[c] != CS_NOTIME)
					got = (int)c;
			visit_days_free(&d);
		} else if (rc == 0) {
			got = -1; /* unknown customer */
		} else {
			got = -2;
		}
		cs_quiet = false;
		cache_off = false;
		if (rc == 0)
			store_free(&st);
		ok += got == want[t];
		if (got != want[t])
			fprintf(stderr, "ids \"%s\", visit of %s: %d, want %d\n",
			    sets[t][0], sets[t][1], got, want[t]);
		unlink(cust);
		free(cust);
		cust = path_join(dir, "customers.csv");
		unlink(cust);
		free(cust);
		cust = path_join(dir, "staff.csv");
		unlink(cust);
		free(cust);
		cust = path_join(dir, "events.csv");
		unlink(cust);
		free(cust);
		rmdir(dir);
		free(list);
		sb_free(&b);
	}
	CHECK_INT(ok, (int)(sizeof want / sizeof *want),
	    "customer ids found by number or by hash alike");
}

int
main(void)
{
	char dir[] = "/tmp/test_visits.XXXXXX", *path;
	struct cs_store st;
	struct visit_log l;
	const struct visit *v;
	cs_time asof;
	char id[16];
	int rc;

	if (!mkdtemp(dir))
		return 1;
	CHECK_INT(store_load(&st, "tests/data/issue3/store", 480), 0, "store loads");
	path = path_join(dir, "visits.csv");

	/* a missing log is empty */
	CHECK_INT(visits_load(&l, &st, path, CS_NOTIME, 2), 0, "missing file loads");
	CHECK_INT(l.n, 0, "no visits");
	visits_free(&l);

	write_file(path, ledger);
	/* V000007 corrects V000002 again: refused, it was already amended */
	cs_quiet = true;
	rc = visits_load(&l, &st, path, CS_NOTIME, 2);
	cs_quiet = false;
	CHECK_INT(rc, CS_EX_DATAERR, "amending a superseded row is refused");

	/* as of 2026-02-13 12:00, V000006 and V000007 are not recorded yet */
	time_parse("2026-02-13T12:00", 480, &asof);
	CHECK_INT(visits_load(&l, &st, path, asof, 2), 0, "loads as of a time");
	CHECK_INT(l.nrows, 5, "five rows recorded by then");
	CHECK_INT(l.n, 4, "four current visits");
	CHECK_INT(l.max_id, 5, "highest id");
	/* sorted by customer, then time: KH0001 (V4, V3), KH0002 (V1), KH0003 (V5) */
	CHECK_INT(l.by_cust[0], 0, "KH0001 starts at 0");
	CHECK_INT(l.by_cust[1], 2, "KH0002 starts at 2");
	CHECK_INT(l.by_cust[2], 3, "KH0003 starts at 3");
	CHECK_INT(l.by_cust[3], 4, "KH0004 has none");
	CHECK_INT(l.by_cust[4], 4, "end");
	CHECK_STR(visit_id_format(l.v[0].id, id), "V000004", "earliest first");
	CHECK_STR(visit_id_format(l.v[1].id, id), "V000003", "the correction replaces V000002");
	CHECK_INT(l.v[1].amends, 2, "amends V000002");
	CHECK_STR(visit_str(&l, l.v[1].note), "改", "note of the correction");
	CHECK_STR(visit_str(&l, l.v[0].complaint), "C2026-0001", "complaint id");
	CHECK_STR(visit_str(&l, l.v[2].rule), "key-weekly", "rule name");
	CHECK_INT(l.v[1].flags & VISIT_LOW, 0, "the correction has no low score");
	CHECK_INT(l.v[3].flags & VISIT_LOW, VISIT_LOW, "a score of 1 is low");
	CHECK_INT(l.v[3].score[0], 1, "attitude 1");
	CHECK_INT(l.v[3].score[1], 0, "skill not asked");
	CHECK(visit_followup(&l, &l.v[3]) == NULL, "no follow-up yet");
	v = visit_find(&l, 2);
	CHECK(v && v->id == 3, "V000002 is found as its correction V000003");
	CHECK(visit_find(&l, 9) == NULL, "unknown id");
	visits_free(&l);

	/* a day later the follow-up is done; low_score 1 */
	time_parse("2026-02-13T15:30", 480, &asof);
	CHECK_INT(visits_load(&l, &st, path, asof, 1), 0, "loads later");
	CHECK_INT(l.n, 5, "five current visits");
	v = visit_followup(&l, &l.v[l.by_cust[2]]);
	CHECK(v && v->id == 6, "V000006 follows V000005 up");
	visits_free(&l);

	/* method and outcome words */
	CHECK_INT(visit_method_parse("上门拜访"), VM_ONSITE, "上门拜访");
	CHECK_INT(visit_method_parse("chat"), VM_CHAT, "chat");
	CHECK_INT(visit_method_parse("fax"), -1, "fax");
	CHECK_INT(visit_outcome_parse("联系不上"), VO_UNREACHED, "联系不上");
	{
		uint8_t sc[4];
		const char *why;
		CHECK_INT(visit_scores_parse("4, ,3,2", sc, &why), 0, "scores with a blank");
		CHECK(sc[0] == 4 && sc[1] == 0 && sc[2] == 3 && sc[3] == 2, "values");
		CHECK_INT(visit_scores_parse("4,4,4,4,4", sc, &why), -1, "five scores");
		CHECK_INT(visit_scores_parse("0,4,4,4", sc, &why), -1, "zero");
	}
	unlink(path);
	rmdir(dir);
	free(path);
	store_free(&st);
	test_id_forms();
	return UNIT_DONE();
}
