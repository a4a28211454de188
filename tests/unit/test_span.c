/* test_span - visits_load_span (cs-report's view of the log) against
 * visits_load: the same current visits from `from` on, the same done
 * dates and latest visit per customer as of any time after `from`,
 * amends across the boundary, the asof cut, the same refusals. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

#define HEAD "id,at,customer,staff,method,outcome,attitude,skill," \
    "timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by\n"

static const char ledger[] = HEAD
/* before from (2026-02-01) */
"V000001,2026-01-05T10:00:00+08:00,KH0001,S01,phone,done,4,4,4,4,,,,,,S01\n"
"V000002,2026-01-20T10:00:00+08:00,KH0002,S02,phone,done,1,,,,,,,,,S02\n"
"V000003,2026-01-25T10:00:00+08:00,KH0001,S01,phone,unreached,,,,,,,,,,S01\n"
/* an old visit corrected, still old */
"V000004,2026-01-06T09:00:00+08:00,KH0001,S01,onsite,done,4,3,4,4,,,,V000001,,S05\n"
"V000010,2026-01-31T23:59:59+08:00,KH0003,S01,sms,done,,,,,,,,,,S01\n"
"V000011,2026-02-01T00:00:00+08:00,KH0003,S01,sms,done,2,,,,,,,,,S01\n"
"V000012,2026-02-10T15:00:00+08:00,KH0003,S03,onsite,done,2,3,,,,,,,,S03\n"
/* an old visit corrected into the span */
"V000013,2026-02-12T11:00:00+08:00,KH0002,S02,wechat,done,3,4,4,,,,,V000002,,S02\n"
/* an old unreached one corrected to done */
"V000014,2026-02-14T11:00:00+08:00,KH0001,S01,phone,done,4,4,4,3,,,,V000003,,S01\n"
"V000015,2026-03-01T00:00:00+08:00,KH0003,S01,phone,done,4,4,4,4,,,,,,S01\n"
/* a span visit corrected to another customer */
"V000016,2026-03-02T10:00:00+08:00,KH0004,S01,phone,done,1,1,1,1,,,,V000012,,S01\n"
"V000017,2026-03-03T10:00:00+08:00,KH0001,S04,letter,refused,,,,,,,,,,S04\n"
/* a span visit corrected back before from */
"V000018,2026-01-28T10:00:00+08:00,KH0003,S01,chat,done,1,2,3,4,,,,V000011,,S01\n"
/* a correction of a correction */
"V000019,2026-02-12T11:00:00+08:00,KH0002,S02,wechat,done,2,4,4,,,,,V000013,,S02\n"
/* recorded after asof: left out */
"V000020,2026-03-04T10:00:00+08:00,KH0002,S02,phone,done,4,4,4,4,,,,,2026-03-06T10:00:00+08:00,S02\n"
/* after asof, but not said when it was recorded; one second after */
"V000021,2026-03-05T12:00:01+08:00,KH0002,S02,phone,done,4,4,4,4,,,,,,S02\n"
"V000022,2026-03-05T12:00:02+08:00,KH0001,S02,phone,done,4,4,4,4,,,,,,S02\n"
"V000023,2026-03-05T12:00:00+08:00,KH0001,S02,phone,done,3,,,,,,,,2026-03-05T12:00:00+08:00,S02\n";

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	fputs(text, fp);
	fclose(fp);
}

static bool
same_days(const struct visit_days *a, const struct visit_days *b)
{
	if (a->ncust != b->ncust)
		return false;
	for (size_t c = 0; c < a->ncust; c++) {
		/* b may be a view: its ends in end[], no latest visits */
		uint32_t bend = b->end ? b->end[c] : b->off[c + 1];
		if (a->off[c + 1] - a->off[c] != bend - b->off[c] ||
		    (b->last_at && (a->last_at[c] != b->last_at[c] ||
		    (a->last_at[c] != CS_NOTIME &&
		    (a->last_id[c] != b->last_id[c] ||
		    a->last_low[c] != b->last_low[c])))))
			return false;
		for (uint32_t i = 0; i < a->off[c + 1] - a->off[c]; i++)
			if (a->date[a->off[c] + i] != b->date[b->off[c] + i])
				return false;
	}
	return true;
}

/* The span holds the log's visits from `from` to asof + 1, in order. */
static bool
same_rows(const struct visit_span *sp, const struct visit_log *l)
{
	size_t k = 0;

	for (size_t c = 0; c < l->ncust; c++) {
		if (sp->by_cust[c] != k)
			return false;
		for (size_t i = l->by_cust[c]; i < l->by_cust[c + 1]; i++) {
			const struct visit *v = &l->v[i];
			const struct visit_brief *b;
			if (v->at < sp->from || v->at > sp->asof + 1)
				continue;
			if (k >= sp->n)
				return false;
			b = &sp->v[k++];
			if (brief_at(sp, b) != v->at || b->id != v->id ||
			    b->staff != v->staff ||
			    b->method != v->method || b->outcome != v->outcome ||
			    !(b->sc & BRIEF_LOW) != !(v->flags & VISIT_LOW))
				return false;
			for (int s = 0; s < 4; s++)
				if (brief_score(b, s) != v->score[s])
					return false;
		}
	}
	return k == sp->n && sp->by_cust[l->ncust] == k;
}

int
main(void)
{
	char dir[] = "/tmp/test_span.XXXXXX", *path;
	static const char *const froms[] = {"2026-02-01T00:00", "2026-01-01",
	    "2026-03-01", "2026-03-05T12:00"};
	/* the engine's times: not after asof + 1 s */
	static const char *const nows[] = {"2026-03-01T00:00", "2026-02-11",
	    "2026-03-05T12:00:01+08:00", "2026-03-05T12:00",
	    "2026-02-28T23:59:59+08:00"};
	struct cs_store st;
	struct visit_log l;
	struct visit_span sp;
	cs_time asof, from, now;
	int rc;

	if (!mkdtemp(dir))
		return 1;
	CHECK_INT(store_load(&st, "tests/data/issue3/store", 480), 0,
	    "store loads");
	path = path_join(dir, "visits.csv");

	/* a missing log is empty */
	CHECK_INT(visits_load_span(&sp, &st, path, CS_NOTIME, 2, CS_NOTIME,
	    CS_NOTIME, 480), 0, "missing file loads");
	CHECK_INT(sp.n, 0, "no visits");
	CHECK_INT(sp.days.off[st.ncustomers], 0, "no done ones");
	visit_span_free(&sp);

	write_file(path, ledger);
	time_parse("2026-03-05T12:00", 480, &asof);
	CHECK_INT(visits_load(&l, &st, path, asof, 2), 0, "the log loads");
	for (size_t f = 0; f < sizeof froms / sizeof *froms; f++) {
		time_parse(froms[f], 480, &from);
		rc = visits_load_span(&sp, &st, path, asof, 2, from, CS_NOTIME,
		    480);
		CHECK_INT(rc, 0, "the span from %s loads", froms[f]);
		if (rc)
			continue;
		CHECK(same_rows(&sp, &l), "from %s: the log's visits", froms[f]);
		for (size_t n = 0; n < sizeof nows / sizeof *nows; n++) {
			struct visit_days a, b;
			time_parse(nows[n], 480, &now);
			if (now < from)
				continue;
			visit_days_from_log(&a, &l, now, 480);
			visit_days_from_span(&b, &sp, now, 480);
			CHECK(same_days(&a, &b), "from %s, as of %s: the same "
			    "done visits", froms[f], nows[n]);
			visit_days_free(&a);
			visit_days_free(&b);
		}
		/* follow-ups: the next done visit of the customer */
		for (size_t i = 0; i < sp.n; i++) {
			const struct visit_brief *b = &sp.v[i];
			const struct visit_brief *fb = visit_span_followup(&sp, b);
			const struct visit *v = NULL, *fv;
			for (size_t j = 0; j < l.n && !v; j++)
				if (l.v[j].id == b->id)
					v = &l.v[j];
			fv = v ? visit_followup(&l, v) : NULL;
			/* one after asof + 1 s is left out (a report asks
			 * for one done by asof) */
			if (fv && fv->at > asof + 1)
				fv = NULL;
			CHECK(v && (fv ? fb && fb->id == fv->id : !fb),
			    "from %s: follow-up of V%06u", froms[f], b->id);
		}
		/* until: the same visits up to it, done visits as of any
		 * time up to it, follow-ups (the one after it kept) */
		for (size_t n = 0; n < sizeof nows / sizeof *nows; n++) {
			struct visit_span tr;
			struct visit_days a, b;
			bool same = true;
			size_t k = 0;
			time_parse(nows[n], 480, &now);
			if (now < from || visits_load_span(&tr, &st, path, asof, 2,
			    from, now, 480) != 0)
				continue;
			visit_days_from_log(&a, &l, now, 480);
			visit_days_from_span(&b, &tr, now, 480);
			CHECK(same_days(&a, &b), "from %s, until %s: the same done "
			    "visits", froms[f], nows[n]);
			visit_days_free(&a);
			visit_days_free(&b);
			for (size_t i = 0; i < sp.n; i++) {
				const struct visit_brief *x = &sp.v[i], *fx, *fy;
				if (brief_at(&sp, x) > now)
					continue;
				while (k < tr.n && tr.v[k].id != x->id)
					k++;
				if (k == tr.n) {
					same = false;
					break;
				}
				fx = visit_span_followup(&sp, x);
				fy = visit_span_followup(&tr, &tr.v[k]);
				if (!fx != !fy || (fx && fx->id != fy->id))
					same = false;
			}
			CHECK(same, "from %s, until %s: the visits up to it and "
			    "their follow-ups", froms[f], nows[n]);
			visit_span_free(&tr);
		}
		visit_span_free(&sp);
	}
	visits_free(&l);

	/* the refusals of visits_load */
	{
		static const char *const bad[] = {
			/* amends an id nobody wrote */
			HEAD
			"V000001,2026-01-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n"
			"V000002,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000000,,S01\n",
			HEAD
			"V000001,2026-01-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n"
			"V000003,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000002,,S01\n",
			/* amends an id recorded after asof */
			HEAD
			"V000001,2026-01-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,2026-04-01T00:00:00+08:00,S01\n"
			"V000002,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000001,,S01\n",
			/* twice the same; the first bad one is the unknown */
			HEAD
			"V000001,2026-01-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n"
			"V000002,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000001,,S01\n"
			"V000004,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000003,,S01\n"
			"V000005,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000001,,S01\n",
			/* twice the same, both in the span */
			HEAD
			"V000001,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n"
			"V000002,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000001,,S01\n"
			"V000005,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,V000001,,S01\n",
		};
		time_parse("2026-02-01", 480, &from);
		cs_quiet = true;
		for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
			write_file(path, bad[k]);
			rc = visits_load(&l, &st, path, asof, 2);
			if (rc == 0)
				visits_free(&l);
			CHECK_INT(rc, CS_EX_DATAERR, "bad %zu: refused", k);
			rc = visits_load_span(&sp, &st, path, asof, 2, from,
			    CS_NOTIME, 480);
			CHECK_INT(rc, CS_EX_DATAERR, "bad %zu: the span too", k);
			if (rc == 0)
				visit_span_free(&sp);
		}
		cs_quiet = false;
	}

	/* the briefs' times are 32-bit seconds after the first one: 136
	 * years apart is an internal limit, not a crash nor a wrong time */
	{
		static const char far[] = HEAD
		    "V000001,1901-01-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n"
		    "V000002,2040-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n";
		static const char near[] = HEAD
		    "V000001,1990-01-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n"
		    "V000002,2026-02-05T10:00:00+08:00,KH0001,S01,phone,done,,,,,,,,,,S01\n";
		cs_time t0, t1;
		write_file(path, far);
		CHECK_INT(visits_load(&l, &st, path, CS_NOTIME, 2), 0,
		    "visits 139 years apart: a log");
		if (l.n) {
			visits_free(&l);
			cs_quiet = true;
			CHECK_INT(visits_load_span(&sp, &st, path, CS_NOTIME, 2,
			    CS_NOTIME, CS_NOTIME, 480), CS_EX_SOFTWARE,
			    "visits 136 years apart: refused");
			cs_quiet = false;
		}
		write_file(path, near);
		time_parse("1990-01-05T10:00:00+08:00", 480, &t0);
		time_parse("2026-02-05T10:00:00+08:00", 480, &t1);
		CHECK_INT(visits_load_span(&sp, &st, path, asof, 2, CS_NOTIME,
		    CS_NOTIME, 480), 0, "visits 36 years apart load");
		CHECK_INT(sp.n, 2, "both in brief");
		CHECK(sp.n == 2 && brief_at(&sp, &sp.v[0]) == t0 &&
		    brief_at(&sp, &sp.v[1]) == t1, "their times as written");
		CHECK(sp.n == 2 && visit_span_followup(&sp, &sp.v[0]) ==
		    &sp.v[1], "the later one follows the first up");
		visit_span_free(&sp);
	}

	unlink(path);
	rmdir(dir);
	free(path);
	store_free(&st);
	return UNIT_DONE();
}
