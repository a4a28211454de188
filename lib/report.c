/* report.c - the monthly return-visit report (客户回访报告): every figure
 * of cs-report(1), computed from the ledgers into the format-neutral
 * struct report of cs.h.  The renderers (report_text.c, report_html.c,
 * report_xlsx.c) only read that structure.
 *
 * A month's figures are taken at its end, or at now if that comes
 * first: call that instant E.  The ledgers are those loaded with
 * asof = now, so rows recorded later are not there and a past report is
 * reproduced exactly by the same --now.  The definitions below are the
 * man page's; keep both in step. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>

#include "cs.h"

const char *const report_by_names[] = {
	"staff", "team", "region", "class", NULL
};

/* ---- tables and their metrics ----------------------------------------- */

struct tdef {
	const char *key, *en, *zh, *group, *group_en, *group_zh;
	const struct report_metric *m;
	int nm;
	bool has_prev;
};
#define NM(a) ((int)(sizeof a / sizeof a[0]))

enum { S_VISITS_DUE, S_VISITS_DONE, S_VISIT_RATE, S_ON_TIME_RATE,
       S_REACH_RATE, S_SATISFACTION_RATE, S_TOUCHED_RATE, S_RETURN_RATE,
       S_AVERAGE_SCORE, S_DISSATISFIED, S_COMPLAINTS_OPENED,
       S_COMPLAINTS_CLOSED, S_COMPLAINTS_OPEN, S_MET_RATE, S_REPLY_MEDIAN,
       S_ESCALATIONS };
static const struct report_metric summary_m[] = {
	{"visits_due", "Visits due", "应回访", RU_COUNT},
	{"visits_done", "Visits done", "已回访", RU_COUNT},
	{"visit_rate", "Visit rate (K1)", "回访率 (K1)", RU_RATE},
	{"on_time_rate", "On-time rate", "按时回访率", RU_RATE},
	{"reach_rate", "Reach rate", "接通率", RU_RATE},
	{"satisfaction_rate", "Satisfaction rate (K2)", "满意率 (K2)", RU_RATE},
	{"touched_rate", "Touched rate (K3)", "感动率 (K3)", RU_RATE},
	{"return_rate", "Return rate (K4)", "回头率 (K4)", RU_RATE},
	{"average_score", "Average score", "平均得分", RU_SCORE},
	{"dissatisfied", "Dissatisfied visits", "不满意回访", RU_COUNT},
	{"complaints_opened", "Complaints opened", "新增投诉", RU_COUNT},
	{"complaints_closed", "Complaints closed", "结案投诉", RU_COUNT},
	{"complaints_open", "Open at month end", "月末未结投诉", RU_COUNT},
	{"milestone_met_rate", "Deadlines met", "时限达成率", RU_RATE},
	{"reply_median_hours", "Median time to reply", "回复用时中位数",
	 RU_HOURS},
	{"escalations", "Escalations", "升级次数", RU_COUNT},
};

enum { V_DUE, V_DONE, V_ON_TIME, V_LATE, V_MISSED, V_PENDING, V_RATE,
       V_ON_TIME_RATE, V_ATTEMPTED, V_REACHED, V_REACH_RATE };
static const struct report_metric visits_m[] = {
	{"due", "Due", "应回访", RU_COUNT},
	{"done", "Done", "已回访", RU_COUNT},
	{"on_time", "On time", "按时", RU_COUNT},
	{"late", "Late", "逾期完成", RU_COUNT},
	{"missed", "Missed", "漏访", RU_COUNT},
	{"pending", "Pending", "未到期", RU_COUNT},
	{"visit_rate", "Visit rate", "回访率", RU_RATE},
	{"on_time_rate", "On time", "按时率", RU_RATE},
	{"attempted", "Logged", "回访次数", RU_COUNT},
	{"reached", "Reached", "接通", RU_COUNT},
	{"reach_rate", "Reach rate", "接通率", RU_RATE},
};

enum { VM_ATTEMPTED, VM_REACHED, VM_UNREACHED, VM_REFUSED, VM_RESCHEDULED,
       VM_REACH_RATE };
static const struct report_metric method_m[] = {
	{"attempted", "Logged", "回访次数", RU_COUNT},
	{"reached", "Reached", "接通", RU_COUNT},
	{"unreached", "Unreached", "未接通", RU_COUNT},
	{"refused", "Refused", "拒绝", RU_COUNT},
	{"rescheduled", "Rescheduled", "改约", RU_COUNT},
	{"reach_rate", "Reach rate", "接通率", RU_RATE},
};

enum { SA_SURVEYED, SA_SATISFIED, SA_RATE, SA_SERVED, SA_TOUCHED,
       SA_TOUCHED_RATE, SA_RETURNING, SA_RETURN_RATE, SA_DISSATISFIED,
       SA_FOLLOWED_UP };
static const struct report_metric satisfaction_m[] = {
	{"surveyed", "Surveyed", "调查", RU_COUNT},
	{"satisfied", "Satisfied", "满意", RU_COUNT},
	{"satisfaction_rate", "Satisfaction", "满意率", RU_RATE},
	{"served", "Served", "服务客户", RU_COUNT},
	{"touched", "Touched", "感动客户", RU_COUNT},
	{"touched_rate", "Touched rate", "感动率", RU_RATE},
	{"returning", "Returning", "回头客户", RU_COUNT},
	{"return_rate", "Return rate", "回头率", RU_RATE},
	{"dissatisfied", "Dissatisfied", "不满意", RU_COUNT},
	{"followed_up", "Followed up", "已跟进", RU_COUNT},
};

/* SC_ATTITUDE .. SC_PROMISE follow the order of visit.score[] */
enum { SC_ATTITUDE, SC_SKILL, SC_TIMELINESS, SC_PROMISE, SC_AVERAGE };
static const struct report_metric scores_m[] = {
	{"attitude", "Attitude", "态度", RU_SCORE},
	{"skill", "Skill", "技术", RU_SCORE},
	{"timeliness", "Timeliness", "到达时间", RU_SCORE},
	{"promise", "Promise", "承诺办理", RU_SCORE},
	{"average", "All items", "全部项目", RU_SCORE},
};

enum { IT_LEVEL /* 4 */, IT_ANSWERED = 4, IT_AVERAGE };
static const struct report_metric items_m[] = {
	{"level_1", "1 Very dissatisfied", "1 非常不满意", RU_COUNT},
	{"level_2", "2 Dissatisfied", "2 不满意", RU_COUNT},
	{"level_3", "3 Satisfied", "3 满意", RU_COUNT},
	{"level_4", "4 Very satisfied", "4 非常满意", RU_COUNT},
	{"answered", "Answered", "作答", RU_COUNT},
	{"average", "Average", "平均", RU_SCORE},
};

enum { DS_AT, DS_CUSTOMER, DS_NAME, DS_PHONE, DS_STAFF, DS_SCORES,
       DS_FOLLOWED_UP };
static const struct report_metric dissatisfied_m[] = {
	{"at", "Time", "时间", RU_TEXT},
	{"customer", "Customer", "客户", RU_TEXT},
	{"name", "Name", "姓名", RU_TEXT},
	{"phone", "Phone", "电话", RU_TEXT},
	{"staff", "Staff", "回访人", RU_TEXT},
	{"scores", "Scores", "评分", RU_TEXT},
	{"followed_up", "Followed up", "跟进", RU_TEXT},
};

enum { C_OPENED, C_CLOSED, C_OPEN_END, C_MS_DUE, C_MS_MET, C_MS_MISSED,
       C_MET_RATE };
static const struct report_metric complaints_m[] = {
	{"opened", "Opened", "新增", RU_COUNT},
	{"closed", "Closed", "结案", RU_COUNT},
	{"open_end", "Open at end", "月末未结", RU_COUNT},
	{"milestones_due", "Deadlines", "到期时限", RU_COUNT},
	{"milestones_met", "Met", "按时", RU_COUNT},
	{"milestones_missed", "Missed", "超时", RU_COUNT},
	{"met_rate", "Met rate", "达成率", RU_RATE},
};

enum { CB_OPENED, CB_OPEN_END };
static const struct report_metric cby_m[] = {
	{"opened", "Opened", "新增", RU_COUNT},
	{"open_end", "Open at end", "月末未结", RU_COUNT},
};

enum { MS_DUE, MS_MET, MS_MISSED, MS_MET_RATE };
static const struct report_metric milestones_m[] = {
	{"due", "Due", "到期", RU_COUNT},
	{"met", "Met", "按时", RU_COUNT},
	{"missed", "Missed", "超时", RU_COUNT},
	{"met_rate", "Met rate", "达成率", RU_RATE},
};

enum { T_COUNT, T_MEDIAN, T_P90 };
static const struct report_metric times_m[] = {
	{"count", "Complaints", "件数", RU_COUNT},
	{"median", "Median", "中位数", RU_HOURS},
	{"p90", "90th percentile", "90%分位", RU_HOURS},
};

static const struct report_metric escalations_m[] = {
	{"escalations", "Escalations", "升级次数", RU_COUNT},
};

enum { RV_CUSTOMER, RV_MILESTONE, RV_DUE, RV_DONE, RV_STATUS, RV_LATE_BY,
       RV_RESPONSIBLE };
static const struct report_metric review_m[] = {
	{"customer", "Customer", "客户", RU_TEXT},
	{"milestone", "Step", "环节", RU_TEXT},
	{"due", "Due", "时限", RU_TEXT},
	{"done", "Done", "完成", RU_TEXT},
	{"status", "Result", "结果", RU_TEXT},
	{"late_by", "Late by", "超时", RU_HOURS},
	{"responsible", "Responsible", "责任人", RU_TEXT},
};

/* The trend: these summary figures, month by month. */
static const int trend_from_summary[] = {
	S_VISITS_DUE, S_VISIT_RATE, S_SATISFACTION_RATE, S_TOUCHED_RATE,
	S_COMPLAINTS_OPENED, S_MET_RATE,
};
static struct report_metric trend_m[NM(trend_from_summary)];

enum { TB_SUMMARY, TB_VISITS, TB_METHOD, TB_SATISFACTION, TB_SCORES, TB_ITEMS,
       TB_DISSATISFIED, TB_COMPLAINTS, TB_CATEGORY, TB_SEVERITY,
       TB_CHANNEL, TB_MILESTONES, TB_TIMES, TB_ESCALATIONS, TB_REVIEW,
       TB_TREND, TB_N };
/* group, group_en and group_zh of the breakdown tables come from --by. */
static const struct tdef tdefs[TB_N] = {
	[TB_SUMMARY] = {"summary", "Summary", "概要", "total", "Figure",
	    "指标", summary_m, NM(summary_m), true},
	[TB_VISITS] = {"visits", "Visits", "回访", NULL, NULL, NULL,
	    visits_m, NM(visits_m), true},
	[TB_METHOD] = {"visits_by_method", "Logged visits by method and "
	    "outcome", "回访方式与结果", "method", "Method", "方式",
	    method_m, NM(method_m), true},
	[TB_SATISFACTION] = {"satisfaction", "Satisfaction", "满意度", NULL,
	    NULL, NULL, satisfaction_m, NM(satisfaction_m), true},
	[TB_SCORES] = {"scores", "Average scores", "平均得分", NULL, NULL,
	    NULL, scores_m, NM(scores_m), true},
	[TB_ITEMS] = {"satisfaction_items", "Satisfaction by item and level",
	    "满意度分项分布", "item", "Item", "项目", items_m, NM(items_m),
	    true},
	[TB_DISSATISFIED] = {"dissatisfied", "Dissatisfied visits",
	    "不满意回访", "visit", "Visit", "回访", dissatisfied_m,
	    NM(dissatisfied_m), false},
	[TB_COMPLAINTS] = {"complaints", "Complaints", "投诉", NULL, NULL,
	    NULL, complaints_m, NM(complaints_m), true},
	[TB_CATEGORY] = {"complaints_by_category", "Complaints by category",
	    "投诉类别", "category", "Category", "类别", cby_m, NM(cby_m),
	    true},
	[TB_SEVERITY] = {"complaints_by_severity", "Complaints by severity",
	    "投诉严重程度", "severity", "Severity", "严重程度", cby_m,
	    NM(cby_m), true},
	[TB_CHANNEL] = {"complaints_by_channel", "Complaints by channel",
	    "投诉渠道", "channel", "Channel", "渠道", cby_m, NM(cby_m), true},
	[TB_MILESTONES] = {"milestones", "Complaint deadlines",
	    "投诉处理时限", "milestone", "Step", "环节", milestones_m,
	    NM(milestones_m), true},
	[TB_TIMES] = {"complaint_times", "Working hours to reply, answer and "
	    "close", "回复、答复、结案用时（工作小时）", "step", "Step", "环节",
	    times_m, NM(times_m), true},
	[TB_ESCALATIONS] = {"escalations", "Escalations by rung", "升级层级",
	    "rung", "Rung", "层级", escalations_m, NM(escalations_m), true},
	[TB_REVIEW] = {"review", "Review of the month's closed complaints "
	    "(C7)", "本月结案投诉时效复核 (C7)", "complaint", "Complaint",
	    "投诉", review_m, NM(review_m), false},
	[TB_TREND] = {"trend", "Trend", "趋势", "month", "Month", "月份",
	    trend_m, NM(trend_m), false},
};

/* ---- building ----------------------------------------------------------- */

#define SKIP (-1)

/* The names of the rules' lists over every branch's rules, in order of
 * first appearance (one directory: its rules' lists). */
enum { U_CAT, U_SEV, U_CHAN, U_MS, U_RUNG, U_N };
struct names {
	char **name, **label;   /* label: NULL or 中文 */
	int n;
	size_t cap;
};

struct build {
	struct report *rep;
	const struct cs_rules *r;
	const struct cs_store *s;
	const struct visit_span *vs;
	const struct complaint_log *cl;
	const struct report_opts *o;
	cs_time now;          /* --now: what the ledgers hold */
	cs_time start, end;   /* the month: [start, end], end = E */
	bool whole;           /* E is the month's last second */
	bool lite;            /* only the figures: no rows of text (the month
	                         before, the trend's months) */
	int tz;
	/* groups of the breakdown: 0 .. ng-2 real ones, ng-1 "(none)" */
	int ng;
	char **gkey, **glabel;
	int *of_staff;        /* staff index -> group (staff, team) */
	int *of_cust;         /* customer index -> group (region, class) */
	bool cust_shared;     /* of_cust is the month's (report_acc_branch) */
	int status;
	/* kept from branch to branch (report_acc) */
	const struct cs_branches *br;  /* NULL: one directory */
	size_t k;             /* the branch being counted */
	struct strmap gix;    /* group key (staff of branch k: "k/ID") -> g */
	size_t gcap;
	int *gbranch;         /* a staff group's branch, else -1 */
	char **gname;         /* a staff group's name (its label's rest) */
	int none;             /* the "(none)" group (-1 while groups grow) */
	bool closed;          /* every group is in */
	const struct names *u;   /* U_N of them */
	int *map[U_N];        /* branch k's list index -> union index */
	int nmap[U_N];
	double *answers;      /* scores answered: (ng + 1) * 5 */
	int64_t *times[3];    /* working seconds to reply, answer, close */
	size_t ntimes[3], captimes[3];
	size_t ndis, capdis, nrv, caprv, capdisk, caprvk;
	size_t *dis_k, *rv_k; /* the branch of each dissatisfied, review row */
};

static const char *
tr(const struct build *b, const char *en, const char *zh)
{
	return b->o->zh && zh ? zh : en;
}

static bool
in_month(const struct build *b, cs_time t)
{
	return t != CS_NOTIME && t >= b->start && t <= b->end;
}

/* The group a figure counts for, or SKIP when a per-person report leaves
 * it out.  staff: the person it is about (-1 if nobody); cust: the
 * customer (-1 if none). */
static int
attr(const struct build *b, int staff, int cust)
{
	if (b->o->staff >= 0 && staff != b->o->staff)
		return SKIP;
	switch (b->o->by) {
	case REPORT_BY_STAFF:
	case REPORT_BY_TEAM:
		return staff >= 0 ? b->of_staff[staff] : b->none;
	default:
		return cust >= 0 ? b->of_cust[cust] : b->none;
	}
}

/* The group of key, added if new (once every group is in: "(none)").
 * staff >= 0: a staff member's group (branch b->k; the key is the id). */
static int
group_add(struct build *b, const char *key, const char *label, int staff)
{
	char *mk = staff >= 0 && b->br ? xasprintf("%zu/%s", b->k, key) : NULL;
	int g = strmap_get(&b->gix, mk ? mk : key);

	if (g >= 0 || b->closed) {
		free(mk);
		return g >= 0 ? g : b->none;
	}
	if ((size_t)b->ng + 1 > b->gcap) {
		b->gcap = b->gcap ? b->gcap * 2 : 16;
		b->gkey = xrealloc(b->gkey, b->gcap * sizeof *b->gkey);
		b->glabel = xrealloc(b->glabel, b->gcap * sizeof *b->glabel);
		b->gbranch = xrealloc(b->gbranch, b->gcap * sizeof *b->gbranch);
		b->gname = xrealloc(b->gname, b->gcap * sizeof *b->gname);
	}
	b->gkey[b->ng] = xstrdup(key);
	b->glabel[b->ng] = xstrdup(label);
	b->gbranch[b->ng] = staff >= 0 && b->br ? (int)b->k : -1;
	b->gname[b->ng] = staff >= 0 && b->br ?
	    xstrdup(b->s->staff[staff].name) : NULL;
	strmap_put(&b->gix, mk ? mk : key, b->ng);
	free(mk);
	return b->ng++;
}

static const struct { const char *key, *en, *zh; } value_labels[] = {
	{"urban", "Urban", "市区"}, {"suburban", "Suburban", "郊区"},
	{"routine", "Routine", "一般客户"}, {"key", "Key account", "大客户"},
	{"vip", "VIP", "VIP客户"}, {"enterprise", "Enterprise", "企业客户"},
};
/* Words of the rules shown to people: milestones and ladder roles. */
static const struct { const char *key, *en, *zh; } word_labels[] = {
	{"reply", "reply", "回复"}, {"answer", "answer", "答复"},
	{"revisit", "revisit", "回访确认"}, {"resolve", "resolve", "解决"},
	{"close", "close", "结案"}, {"arrive", "arrive", "到达"},
	{"arrival", "arrival", "到达"}, {"investigate", "investigate", "调查"},
	{"specialist", "specialist", "客服专员"},
	{"advisor", "advisor", "服务顾问"}, {"supervisor", "supervisor", "主管"},
	{"manager", "manager", "经理"}, {"director", "director", "总监"},
	{"gm", "general manager", "总经理"},
};

static const char *
word_label(const struct build *b, const char *v)
{
	for (size_t i = 0; i < sizeof word_labels / sizeof *word_labels; i++)
		if (strcmp(word_labels[i].key, v) == 0)
			return tr(b, word_labels[i].en, word_labels[i].zh);
	return v;
}

static const char *
value_label(const struct build *b, const char *v)
{
	for (size_t i = 0; i < sizeof value_labels / sizeof *value_labels; i++)
		if (strcmp(value_labels[i].key, v) == 0)
			return tr(b, value_labels[i].en, value_labels[i].zh);
	return v;
}

/* An id of branch b->k as shown: BRANCH/ID where it is in several
 * branches (branch.c), else as it is. */
static char *
shown_id(const struct build *b, int kind, const char *id)
{
	return b->br ? branches_id(b->br, kind, b->k, id) : xstrdup(id);
}

static char *
staff_label(const struct build *b, int i)
{
	char *id, *l;

	if (i < 0)
		return xstrdup("-");
	id = shown_id(b, BR_STAFF, b->s->staff[i].id);
	l = xasprintf("%s %s", id, b->s->staff[i].name);
	free(id);
	return l;
}

/* The groups of branch b->k's staff and customers (added while they
 * grow, before the first figure), and which is whose. */
static void
groups_branch(struct build *b)
{
	const struct cs_store *s = b->s;

	if (!b->br && b->of_staff && b->none >= 0) {
		/* one directory: its groups were made from this very store */
		for (size_t i = 0; i < s->nstaff; i++)
			if (b->gkey[b->of_staff[i]][0] == '\0')
				b->of_staff[i] = b->none;
		return;
	}
	free(b->of_staff);
	if (!b->cust_shared)
		free(b->of_cust);
	b->cust_shared = false;
	b->of_staff = xcalloc(s->nstaff + 1, sizeof *b->of_staff);
	b->of_cust = xcalloc(s->ncustomers + 1, sizeof *b->of_cust);
	for (size_t i = 0; i < s->nstaff; i++) {
		if (b->o->by == REPORT_BY_STAFF) {
			char *l = xasprintf("%s %s", s->staff[i].id,
			    s->staff[i].name);
			b->of_staff[i] = group_add(b, s->staff[i].id, l, (int)i);
			free(l);
		} else if (b->o->by == REPORT_BY_TEAM) {
			b->of_staff[i] = group_add(b, s->staff[i].team,
			    s->staff[i].team, -1);
		}
	}
	for (size_t i = 0; i < s->ncustomers; i++) {
		const struct customer *c = &s->customers[i];
		const char *v = b->o->by == REPORT_BY_REGION ?
		    customer_region(s, c) : customer_class(s, c);
		if (b->o->by == REPORT_BY_REGION || b->o->by == REPORT_BY_CLASS)
			b->of_cust[i] = group_add(b, v, value_label(b, v), -1);
	}
	if (b->none >= 0)
		for (size_t i = 0; i < s->nstaff; i++)
			if (b->gkey[b->of_staff[i]][0] == '\0')
				b->of_staff[i] = b->none;
}

/* Every branch's groups are in: "(none)" last (a customer whose owner is
 * not in staff.csv, a group value left empty; its key cannot clash with
 * an id), and staff ids in several branches qualified. */
static void
groups_close(struct build *b)
{
	group_add(b, "", tr(b, "(none)", "(无)"), -1);
	b->none = b->ng - 1;
	b->closed = true;
	for (int g = 0; g < b->ng; g++) {
		char *id;
		if (b->gbranch[g] < 0)
			continue;
		id = branches_id(b->br, BR_STAFF, (size_t)b->gbranch[g],
		    b->gkey[g]);
		free(b->glabel[g]);
		b->glabel[g] = xasprintf("%s %s", id, b->gname[g]);
		free(b->gkey[g]);
		b->gkey[g] = id;
	}
}

static void
groups_free(struct build *b)
{
	for (int g = 0; g < b->ng; g++) {
		free(b->gkey[g]);
		free(b->glabel[g]);
		free(b->gname[g]);
	}
	free(b->gkey);
	free(b->glabel);
	free(b->gbranch);
	free(b->gname);
	free(b->of_staff);
	if (!b->cust_shared)
		free(b->of_cust);
	strmap_free(&b->gix);
	b->gkey = b->glabel = b->gname = NULL;
	b->gbranch = b->of_staff = b->of_cust = NULL;
}

/* A new table of the report, with nrows rows whose cells are zero. */
static struct report_table *
table_new(struct build *b, int which, size_t nrows)
{
	struct report *rep = b->rep;
	const struct tdef *d = &tdefs[which];
	struct report_table *t = &rep->tables[which];

	t->key = d->key;
	t->en = d->en;
	t->zh = d->zh;
	t->group = d->group;
	t->group_en = d->group_en;
	t->group_zh = d->group_zh;
	if (!d->group) {
		static const char *const heads[][2] = {
			{"Staff", "员工"}, {"Team", "班组"},
			{"Region", "区域"}, {"Class", "客户类别"},
		};
		t->group = report_by_names[b->o->by];
		t->group_en = heads[b->o->by][0];
		t->group_zh = heads[b->o->by][1];
	}
	t->metrics = d->m;
	t->nmetrics = d->nm;
	t->has_prev = d->has_prev;
	t->nrows = nrows;
	t->rows = xcalloc(nrows ? nrows : 1, sizeof *t->rows);
	for (size_t i = 0; i < nrows; i++) {
		t->rows[i].cells = xcalloc((size_t)d->nm, sizeof *t->rows[i].cells);
		for (int k = 0; k < d->nm; k++)
			t->rows[i].cells[k].prev_na = true;
	}
	return t;
}

static void
row_set(struct report_row *row, const char *key, const char *label,
        bool total)
{
	row->key = xstrdup(key);
	row->label = xstrdup(label);
	row->total = total;
}

/* A breakdown table: one row per group, then the total. */
static struct report_table *
table_groups(struct build *b, int which)
{
	struct report_table *t = table_new(b, which, (size_t)b->ng + 1);

	for (int g = 0; g < b->ng; g++)
		row_set(&t->rows[g], b->gkey[g], b->glabel[g], false);
	row_set(&t->rows[b->ng], "total", tr(b, "Total", "合计"), true);
	return t;
}

/* Adds v to a group's row (g >= 0) and to the total (the last row). */
static void
add(struct report_table *t, int g, int metric, double v)
{
	if (g >= 0)
		t->rows[g].cells[metric].value += v;
	if ((size_t)g != t->nrows - 1)
		t->rows[t->nrows - 1].cells[metric].value += v;
}

static double
val(const struct report_table *t, size_t row, int metric)
{
	return t->rows[row].cells[metric].value;
}

/* cells[out] = cells[num] / cells[den] on every row (na over nothing). */
static void
ratio(struct report_table *t, int out, int num, int den)
{
	for (size_t i = 0; i < t->nrows; i++) {
		struct report_cell *c = t->rows[i].cells;
		if (c[den].value > 0)
			c[out].value = c[num].value / c[den].value;
		else {
			c[out].value = 0;
			c[out].na = true;
		}
	}
}

static void
row_free(struct report_row *row, int nm)
{
	free(row->key);
	free(row->label);
	for (int k = 0; row->cells && k < nm; k++)
		free(row->cells[k].text);
	free(row->cells);
}

/* Drops the rows (never the total) whose numbers are all zero or na. */
static void
prune(struct report_table *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->nrows; i++) {
		bool keep = t->rows[i].total;
		for (int k = 0; !keep && k < t->nmetrics; k++)
			keep = !t->rows[i].cells[k].na &&
			    t->rows[i].cells[k].value != 0;
		if (keep)
			t->rows[n++] = t->rows[i];
		else
			row_free(&t->rows[i], t->nmetrics);
	}
	t->nrows = n;
}

static void
cell_text(struct report_row *row, int metric, const char *s)
{
	free(row->cells[metric].text);
	row->cells[metric].text = xstrdup(s);
}

/* ---- visits ------------------------------------------------------------- */

/* The visits the rules ask for, due in the month, and their status at E:
 * the schedule engine runs as of E, so only visits done by then count.
 * At the end of a whole month the engine's day is the next month's first,
 * so a window that closed on the last day is over (missed), not due. */
static void
build_due(struct build *b, struct report_table *t)
{
	struct sched sc;
	struct visit_days vd;
	cs_time e = b->whole ? b->end + 1 : b->end;
	int rc;

	visit_days_from_span(&vd, b->vs, e, b->tz);
	if ((rc = sched_init_days(&sc, b->r, b->s, &vd, e, false)) != 0) {
		visit_days_free(&vd);
		b->status = rc;
		return;
	}
	/* one customer at a time: the occurrences are counted, not kept */
	for (size_t c = 0; c < b->s->ncustomers; c++) {
		if ((rc = sched_customer(&sc, c, b->rep->from, b->rep->to,
		    0)) != 0) {
			b->status = rc;
			break;
		}
		int g = SKIP - 1; /* the customer's group: found once */
		for (size_t i = 0; i < sc.nocc; i++) {
			const struct occurrence *o = &sc.occ[i];
			if (!o->rule || o->due < b->rep->from ||
			    o->due > b->rep->to || o->status == OCC_LAPSED)
				continue;
			if (g == SKIP - 1)
				g = attr(b, store_staff(b->s, customer_owner(b->s,
				    &b->s->customers[c])), (int)c);
			if (g == SKIP)
				continue;
			add(t, g, V_DUE, 1);
			switch (o->status) {
			case OCC_SATISFIED:
				add(t, g, V_ON_TIME, 1);
				add(t, g, V_DONE, 1);
				break;
			case OCC_LATE:
				add(t, g, V_LATE, 1);
				add(t, g, V_DONE, 1);
				break;
			case OCC_OVERDUE:
				add(t, g, V_MISSED, 1);
				break;
			default:
				add(t, g, V_PENDING, 1);
				break;
			}
		}
	}
	sched_free(&sc);
	visit_days_free(&vd);
}

static int
given_items(const struct visit_brief *v, int *lo, int *hi)
{
	int n = 0;

	*lo = 5;
	*hi = 0;
	for (int k = 0; k < 4; k++) {
		int x = brief_score(v, k);
		if (!x)
			continue;
		n++;
		if (x < *lo)
			*lo = x;
		if (x > *hi)
			*hi = x;
	}
	return n;
}

static void
dissatisfied_row(struct build *b, struct report_table *t, size_t cust,
                 const struct visit_brief *v, const struct visit_brief *f)
{
	const struct cs_store *s = b->s;
	const struct customer *c = &s->customers[cust];
	struct report_row *row;
	char buf[64], *lab;

	xgrow(&t->rows, &b->capdis, b->ndis + 1, sizeof *t->rows);
	xgrow(&b->dis_k, &b->capdisk, b->ndis + 1, sizeof *b->dis_k);
	b->dis_k[b->ndis] = b->k;
	row = &t->rows[b->ndis++];
	memset(row, 0, sizeof *row);
	row->cells = xcalloc((size_t)t->nmetrics, sizeof *row->cells);
	visit_id_format(v->id, buf);
	row_set(row, buf, buf, false);
	cell_text(row, DS_AT, time_format_short(brief_at(b->vs, v), b->tz,
	    buf));
	lab = shown_id(b, BR_CUSTOMER, customer_id(s, c));
	cell_text(row, DS_CUSTOMER, lab);
	free(lab);
	cell_text(row, DS_NAME, customer_name(s, c));
	cell_text(row, DS_PHONE, b->o->mask ? report_mask_phone(
	    customer_phone(s, c), buf, sizeof buf) : customer_phone(s, c));
	lab = staff_label(b, v->staff);
	cell_text(row, DS_STAFF, lab);
	free(lab);
	for (int k = 0; k < 4; k++) {
		int x = brief_score(v, k);
		buf[2 * k] = x ? (char)('0' + x) : '-';
		buf[2 * k + 1] = k < 3 ? ',' : '\0';
	}
	cell_text(row, DS_SCORES, buf);
	if (f && brief_at(b->vs, f) <= b->now)
		cell_text(row, DS_FOLLOWED_UP, time_format_short(brief_at(b->vs,
		    f), b->tz, buf));
	else
		cell_text(row, DS_FOLLOWED_UP, tr(b, "no", "否"));
	for (int k = 0; k < t->nmetrics; k++)
		row->cells[k].prev_na = true;
}

/* Rows keyed by an id with a number (V000123): shorter first, then by
 * the text. */
static int
cmp_row_id(const void *a, const void *b)
{
	const struct report_row *x = a, *y = b;
	size_t n = strlen(x->key), m = strlen(y->key);

	if (n != m)
		return n < m ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* Service events per customer: bit 1 one in the month (up to E), bit 2
 * one before the month. */
static uint8_t *
event_flags(const struct build *b)
{
	uint8_t *f = xcalloc(b->s->ncustomers + 1, 1);

	for (size_t i = 0; i < b->s->nevents; i++) {
		const struct event *e = &b->s->events[i];
		if (e->cust < 0 || e->at > b->end)
			continue;
		f[e->cust] |= e->at >= b->start ? 1 : 2;
	}
	return f;
}

/* The logged visits of the month: attempts, outcomes, scores (one
 * branch's; logged_end makes the averages). */
static void
build_logged(struct build *b, struct report_table *tv,
             struct report_table *tm, struct report_table *ts,
             struct report_table *tsc, struct report_table *ti,
             struct report_table *td)
{
	const struct visit_span *vs = b->vs;
	int low = b->r->low_score > 0 ? b->r->low_score : 2;
	int *served = xcalloc((size_t)b->ng + 1, sizeof *served);
	int *touched = xcalloc((size_t)b->ng + 1, sizeof *touched);
	uint8_t *ev = event_flags(b);
	double *answers = b->answers;

	for (size_t c = 0; c < vs->ncust; c++) {
		bool served_all = false, touched_all = false;
		bool returning = ev[c] == 3;
		for (size_t i = vs->by_cust[c]; i < vs->by_cust[c + 1]; i++) {
			const struct visit_brief *v = &vs->v[i];
			cs_time at = brief_at(vs, v);
			int g, n, lo, hi;
			if (!in_month(b, at) || at > b->now)
				continue;
			if ((g = attr(b, v->staff, (int)c)) == SKIP)
				continue;
			add(tv, g, V_ATTEMPTED, 1);
			add(tm, v->method, VM_ATTEMPTED, 1);
			add(tm, v->method, VM_REACHED + v->outcome, 1);
			if (v->outcome != VO_DONE)
				continue;
			add(tv, g, V_REACHED, 1);
			if (served[g] != (int)c + 1) {
				served[g] = (int)c + 1;
				ts->rows[g].cells[SA_SERVED].value++;
				if (returning)
					ts->rows[g].cells[SA_RETURNING].value++;
			}
			if (!served_all) {
				served_all = true;
				ts->rows[ts->nrows - 1].cells[SA_SERVED].value++;
				if (returning)
					ts->rows[ts->nrows - 1].cells[SA_RETURNING].value++;
			}
			if ((n = given_items(v, &lo, &hi)) == 0)
				continue;
			add(ts, g, SA_SURVEYED, 1);
			if (lo >= 3)
				add(ts, g, SA_SATISFIED, 1);
			for (int k = 0; k < 4; k++) {
				int x = brief_score(v, k);
				if (!x)
					continue;
				/* sums here, averages at the end */
				add(tsc, g, k, x);
				add(tsc, g, SC_AVERAGE, x);
				for (size_t r = 0; r < 2; r++) {
					size_t row = r ? (size_t)b->ng : (size_t)g;
					answers[row * 5 + (size_t)k]++;
					answers[row * 5 + SC_AVERAGE]++;
				}
				add(ti, k, IT_LEVEL + x - 1, 1);
				add(ti, k, IT_ANSWERED, 1);
				add(ti, k, IT_AVERAGE, x);
			}
			if (lo == 4) {
				if (touched[g] != (int)c + 1) {
					touched[g] = (int)c + 1;
					ts->rows[g].cells[SA_TOUCHED].value++;
				}
				if (!touched_all) {
					touched_all = true;
					ts->rows[ts->nrows - 1].cells[SA_TOUCHED].value++;
				}
			}
			if (lo <= low) {
				add(ts, g, SA_DISSATISFIED, 1);
				const struct visit_brief *f =
				    visit_span_followup(vs, v);
				if (f && brief_at(vs, f) <= b->now)
					add(ts, g, SA_FOLLOWED_UP, 1);
				if (!b->lite)
					dissatisfied_row(b, td, c, v, f);
			}
		}
	}
	td->nrows = b->ndis;
	free(served);
	free(touched);
	free(ev);
}

/* A row key and label of branch k's visit or complaint (key: the id, or
 * ID/STEP) as shown: BRANCH/... where the id is in several branches. */
static void
row_qualify(const struct build *b, struct report_row *row, int kind,
            size_t k)
{
	const char *lab;
	char *key, *label;

	if (!b->br || !branches_clash(b->br, kind, row->label))
		return;
	lab = branches_label(b->br, k);
	key = xasprintf("%s/%s", lab, row->key);
	label = xasprintf("%s/%s", lab, row->label);
	free(row->key);
	free(row->label);
	row->key = key;
	row->label = label;
}

static void
logged_end(struct build *b)
{
	struct report *rep = b->rep;
	struct report_table *tsc = &rep->tables[TB_SCORES];
	struct report_table *ti = &rep->tables[TB_ITEMS];
	struct report_table *td = &rep->tables[TB_DISSATISFIED];
	double *answers = b->answers;

	for (size_t i = 0; i < td->nrows; i++)
		row_qualify(b, &td->rows[i], BR_VISIT, b->dis_k[i]);
	if (td->nrows > 1)
		qsort(td->rows, td->nrows, sizeof *td->rows, cmp_row_id);
	/* averages from the sums: each item's scores over its answers */
	for (size_t i = 0; i < tsc->nrows; i++)
		for (int k = 0; k <= SC_AVERAGE; k++) {
			struct report_cell *x = &tsc->rows[i].cells[k];
			double n = answers[i * 5 + (size_t)k];
			x->value = n > 0 ? x->value / n : 0;
			x->na = n == 0;
		}
	for (size_t i = 0; i < ti->nrows; i++) {
		struct report_cell *x = ti->rows[i].cells;
		double n = x[IT_ANSWERED].value;
		x[IT_AVERAGE].value = n > 0 ? x[IT_AVERAGE].value / n : 0;
		x[IT_AVERAGE].na = n == 0;
	}
}

/* ---- complaints --------------------------------------------------------- */

/* complaints_load_brief: grouped by complaint already (order NULL) */
#define CEV(l, c, j) (&(l)->ev[(l)->order ? (l)->order[(c)->ev + (j)] : \
	(c)->ev + (j)])

/* Who held the complaint at t: the holder named by its last open, assign
 * or escalate event at or before t (-1 if none). */
static int
holder_at(const struct complaint_log *l, const struct complaint *c, cs_time t)
{
	int h = -1;

	for (size_t j = 0; j < c->nev; j++) {
		const struct cevent *e = CEV(l, c, j);
		if (e->at > t)
			continue;
		if ((e->event == CE_OPEN || e->event == CE_ASSIGN ||
		    e->event == CE_ESCALATE) && e->holder >= 0)
			h = e->holder;
	}
	return h;
}

/* Working seconds from the opening to e, less the time spent waiting on
 * the customer (wait .. resume) in between. */
static int64_t
time_to(const struct build *b, const struct complaint *c,
        const struct cevent *e)
{
	const struct complaint_log *l = b->cl;
	const struct cs_calendar *cal = &b->r->cal;
	cs_time waiting = CS_NOTIME;
	int64_t paused = 0, all;

	for (size_t j = 0; j < c->nev; j++) {
		const struct cevent *x = CEV(l, c, j);
		if (x == e)
			break;
		if (x->at > e->at)
			continue;
		if (x->event == CE_WAIT && waiting == CS_NOTIME)
			waiting = x->at;
		else if ((x->event == CE_RESUME || x->event == CE_RESOLVE ||
		    x->event == CE_CLOSE) && waiting != CS_NOTIME) {
			paused += cal_working_between(cal, waiting, x->at);
			waiting = CS_NOTIME;
		}
	}
	if (waiting != CS_NOTIME)
		paused += cal_working_between(cal, waiting, e->at);
	all = cal_working_between(cal, c->opened, e->at) - paused;
	return all > 0 ? all : 0;
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* Median (the middle value, or the mean of the two middle ones) and the
 * 90th percentile (nearest rank: the ceil(0.9 n)-th smallest). */
static void
times_row(struct report_table *t, size_t row, int64_t *v, size_t n)
{
	struct report_cell *c = t->rows[row].cells;

	c[T_COUNT].value = (double)n;
	if (n == 0) {
		c[T_MEDIAN].na = c[T_P90].na = true;
		return;
	}
	qsort(v, n, sizeof *v, cmp_i64);
	c[T_MEDIAN].value = (n % 2 ? (double)v[n / 2] :
	    ((double)v[n / 2 - 1] + (double)v[n / 2]) / 2) / 3600;
	c[T_P90].value = (double)v[(9 * n + 9) / 10 - 1] / 3600;
}

/* A category, severity or channel's row (list U_CAT, U_SEV, U_CHAN; ix
 * in branch b->k's rules): its place in the lists of every branch's
 * rules, or the "(other)" row after them. */
static int
named_row(const struct build *b, int list, int ix)
{
	return ix >= 0 && ix < b->nmap[list] ? b->map[list][ix] :
	    b->u[list].n;
}

static struct report_table *
table_named(struct build *b, int which, const struct names *v)
{
	int nv = v->n;
	struct report_table *t = table_new(b, which, (size_t)nv + 2);

	for (int i = 0; i < nv; i++)
		row_set(&t->rows[i], v->name[i], tr(b, v->name[i],
		    v->label[i]), false);
	row_set(&t->rows[nv], "", tr(b, "(other)", "(其他)"), false);
	row_set(&t->rows[nv + 1], "total", tr(b, "Total", "合计"), true);
	return t;
}

static const char *
ms_name(const struct build *b, int k)
{
	return b->r->complaints.milestones[k].name;
}

static void
review_row(struct build *b, struct report_table *t,
           const struct complaint *c, const struct cmilestone *m)
{
	const struct cs_store *s = b->s;
	const struct customer *cu = &s->customers[c->cust];
	struct report_row *row;
	char buf[64], *key, *lab, *cid;
	int64_t late = cmilestone_late(b->r, m, b->now);
	const char *status;

	xgrow(&t->rows, &b->caprv, b->nrv + 1, sizeof *t->rows);
	xgrow(&b->rv_k, &b->caprvk, b->nrv + 1, sizeof *b->rv_k);
	b->rv_k[b->nrv] = b->k;
	row = &t->rows[b->nrv++];
	memset(row, 0, sizeof *row);
	row->cells = xcalloc((size_t)t->nmetrics, sizeof *row->cells);
	for (int k = 0; k < t->nmetrics; k++)
		row->cells[k].prev_na = true;
	key = xasprintf("%s/%s", c->id, ms_name(b, m->rule));
	row_set(row, key, c->id, false);
	free(key);
	cid = shown_id(b, BR_CUSTOMER, customer_id(s, cu));
	lab = xasprintf("%s %s", cid, customer_name(s, cu));
	cell_text(row, RV_CUSTOMER, lab);
	free(lab);
	free(cid);
	cell_text(row, RV_MILESTONE, word_label(b, ms_name(b, m->rule)));
	cell_text(row, RV_DUE, time_format_short(m->due, b->tz, buf));
	if (m->met != CS_NOTIME)
		cell_text(row, RV_DONE, time_format_short(m->met, b->tz, buf));
	else
		cell_text(row, RV_DONE, "-");
	if (!m->late)
		status = tr(b, "met", "按时");
	else if (m->met != CS_NOTIME)
		status = tr(b, "late", "超时");
	else
		status = tr(b, "missed", "未完成");
	cell_text(row, RV_STATUS, status);
	row->cells[RV_LATE_BY].value = (double)late / 3600;
	row->cells[RV_LATE_BY].na = !m->late;
	if (m->late) {
		lab = staff_label(b, holder_at(b->cl, c, m->due));
		cell_text(row, RV_RESPONSIBLE, lab);
		free(lab);
	} else
		cell_text(row, RV_RESPONSIBLE, "-");
}

static const int step_ev[] = {CE_REPLY, CE_ANSWER, CE_CLOSE};

/* The complaint tables, empty (rows: every branch's rules' lists). */
static void
complaints_begin(struct build *b)
{
	const struct names *u = b->u;
	struct report_table *tms, *tt, *tesc;
	static const char *const steps[][3] = {
		{"reply", "Reply", "回复"}, {"answer", "Answer", "答复"},
		{"close", "Close", "结案"},
	};
	int nms = u[U_MS].n, nrung = u[U_RUNG].n;

	table_groups(b, TB_COMPLAINTS);
	table_named(b, TB_CATEGORY, &u[U_CAT]);
	table_named(b, TB_SEVERITY, &u[U_SEV]);
	table_named(b, TB_CHANNEL, &u[U_CHAN]);
	tms = table_new(b, TB_MILESTONES, (size_t)nms + 1);
	for (int k = 0; k < nms; k++)
		row_set(&tms->rows[k], u[U_MS].name[k],
		    word_label(b, u[U_MS].name[k]), false);
	row_set(&tms->rows[nms], "total", tr(b, "Total", "合计"), true);
	tt = table_new(b, TB_TIMES, 3);
	for (int k = 0; k < 3; k++)
		row_set(&tt->rows[k], steps[k][0], tr(b, steps[k][1],
		    steps[k][2]), false);
	tesc = table_new(b, TB_ESCALATIONS, (size_t)nrung + 2);
	for (int k = 0; k < nrung; k++)
		row_set(&tesc->rows[k], u[U_RUNG].name[k],
		    word_label(b, u[U_RUNG].name[k]), false);
	row_set(&tesc->rows[nrung], "", tr(b, "(other)", "(其他)"), false);
	row_set(&tesc->rows[nrung + 1], "total", tr(b, "Total", "合计"),
	    true);
	table_new(b, TB_REVIEW, 0);
}

/* One branch's complaints into the tables. */
static void
build_complaints(struct build *b)
{
	const struct complaint_log *l = b->cl;
	const struct complaint_rules *cr = &b->r->complaints;
	struct report *rep = b->rep;
	struct report_table *tc = &rep->tables[TB_COMPLAINTS];
	struct report_table *tcat = &rep->tables[TB_CATEGORY];
	struct report_table *tsev = &rep->tables[TB_SEVERITY];
	struct report_table *tchan = &rep->tables[TB_CHANNEL];
	struct report_table *tms = &rep->tables[TB_MILESTONES];
	struct report_table *tesc = &rep->tables[TB_ESCALATIONS];
	struct report_table *trv = &rep->tables[TB_REVIEW];
	int64_t **times = b->times;
	size_t *ntimes = b->ntimes;

	for (int k = 0; k < 3; k++)
		xgrow(&times[k], &b->captimes[k], ntimes[k] + l->n + 1,
		    sizeof *times[k]);
	for (size_t i = 0; i < l->n; i++) {
		const struct complaint *c = &l->c[i];
		cs_time closed_in = CS_NOTIME;
		bool closed_at_end = false, seen[3] = {false};
		int g;

		if (c->opened > b->end)
			continue;
		for (size_t j = 0; j < c->nev; j++) {
			const struct cevent *e = CEV(l, c, j);
			if (e->at > b->end)
				continue;
			if (e->event == CE_CLOSE)
				closed_at_end = true;
			else if (e->event == CE_REOPEN)
				closed_at_end = false;
			if (!in_month(b, e->at))
				continue;
			if (e->event == CE_CLOSE && closed_in == CS_NOTIME)
				closed_in = e->at;
			for (int k = 0; k < 3; k++) {
				if (e->event != step_ev[k] || seen[k])
					continue;
				seen[k] = true;
				/* only the first such step counts, and only if
				 * it came in this month */
				bool first = true;
				for (size_t q = 0; q < j; q++)
					if (CEV(l, c, q)->event == step_ev[k])
						first = false;
				if (!first || attr(b, holder_at(l, c, e->at),
				    c->cust) == SKIP)
					continue;
				times[k][ntimes[k]++] = time_to(b, c, e);
			}
			if (e->event == CE_ESCALATE &&
			    attr(b, e->holder, c->cust) != SKIP) {
				const char *rung = cevent_str(l, e->rung);
				int k = -1;
				for (int q = 0; q < cr->nladder && k < 0; q++)
					if (strcmp(cr->ladder[q].role, rung) == 0)
						k = q;
				if (k < 0 && !*rung && e->holder >= 0)
					k = complaint_rung_of(b->r,
					    b->s->staff[e->holder].role);
				add(tesc, k >= 0 && k < b->nmap[U_RUNG] ?
				    b->map[U_RUNG][k] : b->u[U_RUNG].n, 0, 1);
			}
		}
		if (in_month(b, c->opened) &&
		    (g = attr(b, holder_at(l, c, c->opened), c->cust)) != SKIP) {
			add(tc, g, C_OPENED, 1);
			add(tcat, named_row(b, U_CAT, c->category), CB_OPENED, 1);
			add(tsev, named_row(b, U_SEV, c->severity), CB_OPENED, 1);
			add(tchan, named_row(b, U_CHAN, c->channel), CB_OPENED, 1);
		}
		if (closed_in != CS_NOTIME && (g = attr(b, holder_at(l, c,
		    closed_in), c->cust)) != SKIP)
			add(tc, g, C_CLOSED, 1);
		if (!closed_at_end && (g = attr(b, holder_at(l, c, b->end),
		    c->cust)) != SKIP) {
			add(tc, g, C_OPEN_END, 1);
			add(tcat, named_row(b, U_CAT, c->category), CB_OPEN_END,
			    1);
			add(tsev, named_row(b, U_SEV, c->severity), CB_OPEN_END,
			    1);
			add(tchan, named_row(b, U_CHAN, c->channel), CB_OPEN_END,
			    1);
		}
		for (int k = 0; k < l->nms; k++) {
			const struct cmilestone *m = &c->ms[k];
			if (m->rule < 0 || m->start == CS_NOTIME ||
			    m->due == CS_NOTIME)
				continue;
			if (!b->lite && closed_in != CS_NOTIME &&
			    attr(b, holder_at(l, c, m->due), c->cust) != SKIP)
				review_row(b, trv, c, m);
			if (!in_month(b, m->due) ||
			    (g = attr(b, holder_at(l, c, m->due), c->cust)) == SKIP)
				continue;
			add(tc, g, C_MS_DUE, 1);
			add(tms, b->map[U_MS][m->rule], MS_DUE, 1);
			add(tc, g, m->late ? C_MS_MISSED : C_MS_MET, 1);
			add(tms, b->map[U_MS][m->rule], m->late ? MS_MISSED :
			    MS_MET, 1);
		}
	}
	trv->nrows = b->nrv;
}

/* The rates, medians and percentiles of every branch's complaints. */
static void
complaints_end(struct build *b)
{
	struct report *rep = b->rep;
	struct report_table *tc = &rep->tables[TB_COMPLAINTS];
	struct report_table *tms = &rep->tables[TB_MILESTONES];
	struct report_table *tt = &rep->tables[TB_TIMES];
	struct report_table *tesc = &rep->tables[TB_ESCALATIONS];
	struct report_table *trv = &rep->tables[TB_REVIEW];
	size_t nrung = (size_t)b->u[U_RUNG].n;

	for (size_t i = 0; i < trv->nrows; i++)
		row_qualify(b, &trv->rows[i], BR_COMPLAINT, b->rv_k[i]);
	ratio(tc, C_MET_RATE, C_MS_MET, C_MS_DUE);
	ratio(tms, MS_MET_RATE, MS_MET, MS_DUE);
	for (int k = 0; k < 3; k++)
		times_row(tt, (size_t)k, b->times[k], b->ntimes[k]);
	prune(tc);
	/* the "(other)" rows only when something is in them */
	for (int which = TB_CATEGORY; which <= TB_CHANNEL; which++) {
		struct report_table *t = &rep->tables[which];
		size_t o = t->nrows - 2;
		if (val(t, o, CB_OPENED) == 0 && val(t, o, CB_OPEN_END) == 0) {
			row_free(&t->rows[o], t->nmetrics);
			t->rows[o] = t->rows[o + 1];
			t->nrows--;
		}
	}
	if (val(tesc, nrung, 0) == 0) {
		row_free(&tesc->rows[nrung], tesc->nmetrics);
		tesc->rows[nrung] = tesc->rows[nrung + 1];
		tesc->nrows--;
	}
}

/* ---- the month, the summary, the previous month, the trend ------------- */

static const struct report_cell *
cell_of(const struct report *rep, int which, const char *rowkey, int metric)
{
	const struct report_table *t = &rep->tables[which];

	for (size_t i = 0; i < t->nrows; i++)
		if (strcmp(t->rows[i].key, rowkey) == 0)
			return &t->rows[i].cells[metric];
	return NULL;
}

static void
summary_put(struct report_table *t, int metric, const struct report_cell *c)
{
	struct report_cell *d = &t->rows[0].cells[metric];

	if (c) {
		d->value = c->value;
		d->na = c->na;
	} else {
		d->value = 0;
		d->na = true;
	}
}

static void
build_summary(struct build *b)
{
	const struct report *rep = b->rep;
	struct report_table *t = table_new(b, TB_SUMMARY, 1);
	static const struct { int s, table; const char *metric; } from[] = {
		{S_VISITS_DUE, TB_VISITS, "due"},
		{S_VISITS_DONE, TB_VISITS, "done"},
		{S_VISIT_RATE, TB_VISITS, "visit_rate"},
		{S_ON_TIME_RATE, TB_VISITS, "on_time_rate"},
		{S_REACH_RATE, TB_VISITS, "reach_rate"},
		{S_SATISFACTION_RATE, TB_SATISFACTION, "satisfaction_rate"},
		{S_TOUCHED_RATE, TB_SATISFACTION, "touched_rate"},
		{S_RETURN_RATE, TB_SATISFACTION, "return_rate"},
		{S_DISSATISFIED, TB_SATISFACTION, "dissatisfied"},
		{S_COMPLAINTS_OPENED, TB_COMPLAINTS, "opened"},
		{S_COMPLAINTS_CLOSED, TB_COMPLAINTS, "closed"},
		{S_COMPLAINTS_OPEN, TB_COMPLAINTS, "open_end"},
		{S_MET_RATE, TB_COMPLAINTS, "met_rate"},
	};
	const struct report_cell *c;

	row_set(&t->rows[0], "total", tr(b, "Total", "合计"), true);
	for (size_t i = 0; i < sizeof from / sizeof *from; i++) {
		const struct report_table *src = &rep->tables[from[i].table];
		int k = 0;
		while (strcmp(src->metrics[k].key, from[i].metric) != 0)
			k++;
		summary_put(t, from[i].s, cell_of(rep, from[i].table, "total",
		    k));
	}
	/* every item answered, all four together */
	summary_put(t, S_AVERAGE_SCORE, cell_of(rep, TB_ITEMS, "total",
	    IT_AVERAGE));
	summary_put(t, S_REPLY_MEDIAN, cell_of(rep, TB_TIMES, "reply",
	    T_MEDIAN));
	c = cell_of(rep, TB_ESCALATIONS, "total", 0);
	summary_put(t, S_ESCALATIONS, c);
}

static void
month_key(int y, int m, char *buf)
{
	snprintf(buf, 8, "%04u-%02u", (unsigned)y % 10000, (unsigned)m % 100);
}

/* The month's report and its empty tables: every group is in (b->u and
 * the groups of every branch).  r, s: the first branch's. */
static void
month_begin(struct build *b, const struct cs_rules *r,
            const struct cs_store *s, cs_time now)
{
	struct report *rep = b->rep;
	const struct report_opts *o = b->o;
	struct report_table *tm, *ti;
	int py = o->month == 1 ? o->year - 1 : o->year;
	int pm = o->month == 1 ? 12 : o->month - 1;
	int nmethods = 0;

	memset(rep, 0, sizeof *rep);
	rep->year = o->year;
	rep->month = o->month;
	month_key(o->year, o->month, rep->month_key);
	month_key(py, pm, rep->prev_key);
	rep->from = date_from_ymd(o->year, o->month, 1);
	rep->to = date_add_months(rep->from, 1) - 1;
	rep->asof = now;
	rep->tz_offset = r->cal.tz_offset;
	rep->by = o->by;
	rep->zh = o->zh;
	if (o->staff >= 0) {
		rep->staff = xstrdup(s->staff[o->staff].id);
		rep->staff_name = xstrdup(s->staff[o->staff].name);
	}
	rep->ntables = TB_N;
	rep->tables = xcalloc(TB_N, sizeof *rep->tables);
	groups_close(b);

	table_groups(b, TB_VISITS);
	while (visit_methods[nmethods])
		nmethods++;
	tm = table_new(b, TB_METHOD, (size_t)nmethods + 1);
	for (int k = 0; k < nmethods; k++) {
		static const char *const zh[] = {"电话", "上门", "微信", "短信",
		    "邮件", "函件", "在线"};
		static const char *const en[] = {"Phone", "On-site", "WeChat",
		    "SMS", "E-mail", "Letter", "Chat"};
		row_set(&tm->rows[k], visit_methods[k], tr(b, en[k], zh[k]),
		    false);
	}
	row_set(&tm->rows[nmethods], "total",
	    tr(b, "Total", "合计"), true);
	table_groups(b, TB_SATISFACTION);
	table_groups(b, TB_SCORES);
	ti = table_new(b, TB_ITEMS, 5);
	{
		static const char *const en[] = {"Attitude", "Skill",
		    "Timeliness", "Promise"};
		static const char *const zh[] = {"态度", "技术", "到达时间",
		    "承诺办理"};
		static const char *const key[] = {"attitude", "skill",
		    "timeliness", "promise"};
		for (int k = 0; k < 4; k++)
			row_set(&ti->rows[k], key[k], tr(b, en[k], zh[k]),
			    false);
		row_set(&ti->rows[4], "total", tr(b, "All items", "全部项目"),
		    true);
	}
	table_new(b, TB_DISSATISFIED, 0);
	b->answers = xcalloc(((size_t)b->ng + 1) * 5, sizeof *b->answers);
	complaints_begin(b);
}

/* One branch's figures of the month into its tables. */
static int
month_count(struct build *b, const struct cs_rules *r,
            const struct cs_store *s, const struct visit_span *vs,
            const struct complaint_log *cl, cs_time now)
{
	struct report *rep = b->rep;
	cs_time month_end;

	b->r = r;
	b->s = s;
	b->vs = vs;
	b->cl = cl;
	b->now = now;
	b->tz = r->cal.tz_offset;
	b->start = time_from_date_minute(rep->from, 0, b->tz);
	month_end = time_from_date_minute(rep->to + 1, 0, b->tz) - 1;
	b->end = now < month_end ? now : month_end;
	b->whole = b->end == month_end;
	if (vs->from != CS_NOTIME && b->start < vs->from) {
		cs_warn("%s: the visits were read from a later month on",
		    rep->month_key);
		return CS_EX_SOFTWARE;
	}
	groups_branch(b);
	build_due(b, &rep->tables[TB_VISITS]);
	build_logged(b, &rep->tables[TB_VISITS], &rep->tables[TB_METHOD],
	    &rep->tables[TB_SATISFACTION], &rep->tables[TB_SCORES],
	    &rep->tables[TB_ITEMS], &rep->tables[TB_DISSATISFIED]);
	build_complaints(b);
	return b->status;
}

/* The rates, averages, medians once every branch is in; the summary. */
static void
month_end(struct build *b)
{
	struct report *rep = b->rep;
	struct report_table *tv = &rep->tables[TB_VISITS];
	struct report_table *tm = &rep->tables[TB_METHOD];
	struct report_table *ts = &rep->tables[TB_SATISFACTION];

	logged_end(b);
	ratio(tv, V_RATE, V_DONE, V_DUE);
	ratio(tv, V_ON_TIME_RATE, V_ON_TIME, V_DUE);
	ratio(tv, V_REACH_RATE, V_REACHED, V_ATTEMPTED);
	ratio(tm, VM_REACH_RATE, VM_REACHED, VM_ATTEMPTED);
	ratio(ts, SA_RATE, SA_SATISFIED, SA_SURVEYED);
	ratio(ts, SA_TOUCHED_RATE, SA_TOUCHED, SA_SERVED);
	ratio(ts, SA_RETURN_RATE, SA_RETURNING, SA_SERVED);
	prune(tv);
	prune(tm);
	prune(ts);
	prune(&rep->tables[TB_SCORES]);
	complaints_end(b);
	build_summary(b);
}

static void
build_free(struct build *b)
{
	groups_free(b);
	for (int k = 0; k < U_N; k++)
		free(b->map[k]);
	for (int k = 0; k < 3; k++)
		free(b->times[k]);
	free(b->answers);
	free(b->dis_k);
	free(b->rv_k);
}

static const struct report_row *
row_by_key(const struct report_table *t, const char *key)
{
	for (size_t i = 0; i < t->nrows; i++)
		if (strcmp(t->rows[i].key, key) == 0)
			return &t->rows[i];
	return NULL;
}

/* Copies the previous month's values into rep's cells, by table, row key
 * and metric. */
static void
attach_prev(struct report *rep, const struct report *prev)
{
	for (size_t k = 0; k < rep->ntables; k++) {
		struct report_table *t = &rep->tables[k];
		if (!t->has_prev)
			continue;
		for (size_t i = 0; i < t->nrows; i++) {
			const struct report_row *p = row_by_key(&prev->tables[k],
			    t->rows[i].key);
			for (int m = 0; m < t->nmetrics; m++) {
				struct report_cell *c = &t->rows[i].cells[m];
				c->prev_na = !p || p->cells[m].na;
				c->prev = p && !p->cells[m].na ? p->cells[m].value : 0;
			}
		}
	}
}

/* Row i of the trend: month m's summary figures. */
static void
trend_row(struct report_table *t, size_t i, const struct report *m)
{
	const struct report_table *s = &m->tables[TB_SUMMARY];

	row_set(&t->rows[i], m->month_key, m->month_key, false);
	for (int k = 0; k < t->nmetrics; k++) {
		t->rows[i].cells[k] = s->rows[0].cells[trend_from_summary[k]];
		t->rows[i].cells[k].text = NULL;
		t->rows[i].cells[k].prev_na = true;
	}
}

cs_time
report_span_until(const struct cs_rules *r, int year, int month)
{
	int m = year * 12 + (month - 1) + 1;

	return time_from_date_minute(date_from_ymd(m / 12, m % 12 + 1, 1), 0,
	    r->cal.tz_offset);
}

cs_time
report_span_from(const struct cs_rules *r, int year, int month, int trend)
{
	/* the month, the month before, and the trend's months */
	int back = trend - 1 > 1 ? trend - 1 : 1;
	int m = year * 12 + (month - 1) - back;

	return time_from_date_minute(date_from_ymd(m / 12, m % 12 + 1, 1), 0,
	    r->cal.tz_offset);
}

/* The months a report is made of: [0] its month, [1] the month before,
 * [i >= 2] the trend's month i months back. */
struct report_acc {
	struct report_opts o;
	const struct cs_branches *br;
	struct names u[U_N];
	int n;
	struct report *rep;
	struct report_opts *mo;
	struct build *b;
	char *rules_name;
	bool begun;
};

static void
names_add(struct names *u, const char *name, const char *label)
{
	for (int i = 0; i < u->n; i++)
		if (strcmp(u->name[i], name) == 0)
			return;
	xgrow(&u->name, &u->cap, (size_t)u->n + 1, sizeof *u->name);
	u->label = xrealloc(u->label, u->cap * sizeof *u->label);
	u->name[u->n] = xstrdup(name);
	u->label[u->n++] = label ? xstrdup(label) : NULL;
}

static int
names_ix(const struct names *u, const char *name)
{
	for (int i = 0; i < u->n; i++)
		if (strcmp(u->name[i], name) == 0)
			return i;
	return -1;
}

/* The name of item i of list k of the rules, and its label. */
static const char *
rules_item(const struct cs_rules *r, int k, int i, const char **label)
{
	const struct complaint_rules *cr = &r->complaints;
	const struct cs_named *v = k == U_CAT ? cr->categories :
	    k == U_SEV ? cr->severities : k == U_CHAN ? cr->channels : NULL;

	*label = v ? v[i].label : NULL;
	return v ? v[i].name : k == U_MS ? cr->milestones[i].name :
	    cr->ladder[i].role;
}

static int
rules_items(const struct cs_rules *r, int k)
{
	const struct complaint_rules *cr = &r->complaints;

	return k == U_CAT ? cr->ncategories : k == U_SEV ? cr->nseverities :
	    k == U_CHAN ? cr->nchannels : k == U_MS ? cr->nmilestones :
	    cr->nladder;
}

struct report_acc *
report_acc_new(const struct report_opts *o, const struct cs_branches *br)
{
	struct report_acc *a = xcalloc(1, sizeof *a);

	for (int k = 0; k < NM(trend_from_summary); k++)
		trend_m[k] = summary_m[trend_from_summary[k]];
	a->o = *o;
	a->br = br;
	a->n = o->trend > 2 ? o->trend : 2;
	a->rep = xcalloc((size_t)a->n, sizeof *a->rep);
	a->mo = xcalloc((size_t)a->n, sizeof *a->mo);
	a->b = xcalloc((size_t)a->n, sizeof *a->b);
	for (int i = 0; i < a->n; i++) {
		int months = o->year * 12 + (o->month - 1) - i;
		a->mo[i] = *o;
		a->mo[i].year = months / 12;
		a->mo[i].month = months % 12 + 1;
		a->b[i].rep = &a->rep[i];
		a->b[i].o = &a->mo[i];
		a->b[i].lite = i > 0;
		a->b[i].br = br;
		a->b[i].u = a->u;
		a->b[i].none = -1;
	}
	return a;
}

void
report_acc_branch(struct report_acc *a, size_t k, const struct cs_rules *r,
                  const struct cs_store *s)
{
	for (int u = 0; u < U_N; u++)
		for (int i = 0; i < rules_items(r, u); i++) {
			const char *label, *name = rules_item(r, u, i, &label);
			names_add(&a->u[u], name, label);
		}
	if (r->name && !a->rules_name)
		a->rules_name = xstrdup(r->name);
	else if (r->name && strcmp(a->rules_name, r->name) != 0) {
		char *n = xasprintf("%s, %s", a->rules_name, r->name);
		free(a->rules_name);
		a->rules_name = n;
	}
	for (int i = 0; i < a->n; i++) {
		struct build *b = &a->b[i], *b0 = &a->b[0];
		b->k = k;
		b->s = s;
		groups_branch(b);
		/* one directory by region or class: every month's customers
		 * fall in the same groups, one array for all */
		if (i > 0 && !a->br && (a->o.by == REPORT_BY_REGION ||
		    a->o.by == REPORT_BY_CLASS) && memcmp(b->of_cust,
		    b0->of_cust, (s->ncustomers + 1) * sizeof *b->of_cust) == 0) {
			free(b->of_cust);
			b->of_cust = b0->of_cust;
			b->cust_shared = true;
		}
	}
}

int
report_acc_add(struct report_acc *a, size_t k, const struct cs_rules *r,
               const struct cs_store *s, const struct visit_span *vs,
               const struct complaint_log *cl, cs_time now)
{
	int rc = 0;

	/* the oldest first: the month's rows of text (dissatisfied visits,
	 * review) come last, after every engine run has given its memory
	 * back */
	for (int i = a->n - 1; rc == 0 && i >= 0; i--) {
		struct build *b = &a->b[i];
		if (!a->begun) {
			b->s = s;
			month_begin(b, r, s, now);
			b->rep->rules_name = a->rules_name ?
			    xstrdup(a->rules_name) : NULL;
		}
		b->k = k;
		for (int u = 0; u < U_N; u++) {
			b->nmap[u] = rules_items(r, u);
			free(b->map[u]);
			b->map[u] = xcalloc((size_t)b->nmap[u] + 1,
			    sizeof *b->map[u]);
			for (int j = 0; j < b->nmap[u]; j++) {
				const char *label;
				b->map[u][j] = names_ix(&a->u[u],
				    rules_item(r, u, j, &label));
			}
		}
		rc = month_count(b, r, s, vs, cl, now);
	}
	a->begun = true;
	return rc;
}

void
report_acc_free(struct report_acc *a)
{
	if (!a)
		return;
	for (int i = 0; i < a->n; i++) {
		build_free(&a->b[i]);
		report_free(&a->rep[i]);
	}
	for (int u = 0; u < U_N; u++) {
		for (int i = 0; i < a->u[u].n; i++) {
			free(a->u[u].name[i]);
			free(a->u[u].label[i]);
		}
		free(a->u[u].name);
		free(a->u[u].label);
	}
	free(a->rep);
	free(a->mo);
	free(a->b);
	free(a->rules_name);
	free(a);
}

int
report_acc_end(struct report_acc *a, struct report *rep)
{
	struct report_table *t;
	struct build b = {0};
	int n = a->o.trend > 0 ? a->o.trend : 0;

	memset(rep, 0, sizeof *rep);
	if (!a->begun) {
		cs_warn("no ledger directory to report on");
		report_acc_free(a);
		return CS_EX_SOFTWARE;
	}
	for (int i = 0; i < a->n; i++)
		month_end(&a->b[i]);
	attach_prev(&a->rep[0], &a->rep[1]);
	b.rep = &a->rep[0];
	b.o = &a->o;
	t = table_new(&b, TB_TREND, (size_t)n);
	/* oldest first; the last two are the month before and the month */
	for (int i = 0; i < n; i++)
		trend_row(t, (size_t)i, &a->rep[n - 1 - i]);
	*rep = a->rep[0];
	memset(&a->rep[0], 0, sizeof a->rep[0]);
	report_acc_free(a);
	return 0;
}

int
report_build(struct report *rep, const struct cs_rules *r,
             const struct cs_store *s, const struct visit_span *vs,
             const struct complaint_log *cl, cs_time now,
             const struct report_opts *o)
{
	struct report_acc *a = report_acc_new(o, NULL);
	int rc;

	report_acc_branch(a, 0, r, s);
	if ((rc = report_acc_add(a, 0, r, s, vs, cl, now)) != 0) {
		report_acc_free(a);
		memset(rep, 0, sizeof *rep);
		return rc;
	}
	return report_acc_end(a, rep);
}

void
report_free(struct report *rep)
{
	for (size_t k = 0; rep->tables && k < rep->ntables; k++) {
		struct report_table *t = &rep->tables[k];
		for (size_t i = 0; i < t->nrows; i++)
			row_free(&t->rows[i], t->nmetrics);
		free(t->rows);
	}
	free(rep->tables);
	free(rep->staff);
	free(rep->staff_name);
	free(rep->rules_name);
	memset(rep, 0, sizeof *rep);
}

const struct report_table *
report_table(const struct report *rep, const char *key)
{
	for (size_t k = 0; k < rep->ntables; k++)
		if (rep->tables[k].key && strcmp(rep->tables[k].key, key) == 0)
			return &rep->tables[k];
	return NULL;
}

const char *
report_lang(const struct report *rep, const char *en, const char *zh)
{
	return rep->zh && zh ? zh : en;
}

/* ---- formatting values ---------------------------------------------- */

static double
absval(double v)
{
	return v < 0 ? -v : v;
}

/* "%.Nf" (N <= 3) with -0 shown as 0. */
static char *
fixed(double v, int decimals, const char *suffix, bool sign, char *buf)
{
	static const double scale[] = {1, 10, 100, 1000};

	if (absval(v) * scale[decimals] < 0.5)
		v = 0;
	/* halves away from zero (3.625 -> 3.63), not to even */
	v += v > 0 ? 1e-9 : v < 0 ? -1e-9 : 0;
	snprintf(buf, 32, sign && v != 0 ? "%+.*f%s" : "%.*f%s", decimals, v,
	    suffix);
	return buf;
}

const char *
report_value_text(const struct report_metric *m, double v, bool na,
                  char *buf)
{
	if (na)
		return strcpy(buf, "-");
	switch (m->unit) {
	case RU_COUNT:
		return fixed(v, 0, "", false, buf);
	case RU_RATE:
		return fixed(v * 100, 1, "%", false, buf);
	case RU_HOURS:
		return fixed(v, 1, "h", false, buf);
	case RU_SCORE:
		return fixed(v, 2, "", false, buf);
	case RU_TEXT:
		break;
	}
	buf[0] = '\0';
	return buf;
}

const char *
report_change_text(const struct report_metric *m,
                   const struct report_cell *c, char *buf)
{
	double d = c->value - c->prev;

	if (c->na || c->prev_na || m->unit == RU_TEXT) {
		buf[0] = '\0';
		return buf;
	}
	switch (m->unit) {
	case RU_COUNT:
		return fixed(d, 0, "", true, buf);
	case RU_RATE:
		return fixed(d * 100, 1, "pp", true, buf);
	case RU_HOURS:
		return fixed(d, 1, "h", true, buf);
	default:
		return fixed(d, 2, "", true, buf);
	}
}

const char *
report_number(double v, bool na, char *buf)
{
	size_t n;

	if (na) {
		buf[0] = '\0';
		return buf;
	}
	if (absval(v) < 0.00005)
		v = 0;
	v += v > 0 ? 1e-9 : v < 0 ? -1e-9 : 0;
	snprintf(buf, 32, "%.4f", v);
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	return buf;
}

char *
report_mask_phone(const char *phone, char *buf, size_t n)
{
	size_t len = strlen(phone), digits = 0, seen = 0, o = 0;

	for (size_t i = 0; i < len; i++)
		digits += phone[i] >= '0' && phone[i] <= '9';
	for (size_t i = 0; i < len && o + 1 < n; i++) {
		char ch = phone[i];
		if (ch >= '0' && ch <= '9') {
			seen++;
			/* keep the first 3 and the last 4 digits; with 7 or
			 * fewer, keep only the last 4 */
			if (digits > 7 ? seen > 3 && seen <= digits - 4 :
			    seen <= (digits > 4 ? digits - 4 : 0))
				ch = '*';
		}
		buf[o++] = ch;
	}
	if (n > 0)
		buf[o] = '\0';
	return buf;
}
