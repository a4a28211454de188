/*
 * gen-samples.c - writes a realistic ledger directory: the customer-service
 * department of a car dealer (4S shop) in Shanghai, with its staff, its
 * customers, a year of service events, return visits and complaints.
 *
 * usage: gen-samples [--seed N] [--customers N] [--staff N] [--visits N]
 *                    [--from DATE] [--to DATE] [--rules FILE] DIR
 *
 * Deterministic: the same options give the same bytes.  Randomness comes
 * from xoshiro256** seeded with splitmix64 (never the clock, never rand()),
 * with one stream per customer and per purpose, so a customer looks the
 * same whatever else is generated.  Big data sets stream: visits are
 * simulated one day at a time and written as they are made; memory grows
 * with customers, not with visits.  --visits N gives exactly N visits: a
 * counting pass finds how many the simulation makes, and the writing pass
 * keeps a uniform sample of them (Knuth's selection sampling).
 *
 * The visit rule names and complaint vocabulary are those of
 * rules/auto-dealer.yaml (samples/rules.yaml is a copy of it).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cs.h"

#define TZ        480          /* Asia/Shanghai, minutes east of UTC */
#define NEVER     INT32_MAX    /* a date that never comes */
#define WORK_AM0  (9 * 60)     /* working hours 09:00-12:00, 13:30-18:00 */
#define WORK_AM1  (12 * 60)
#define WORK_PM0  (13 * 60 + 30)
#define WORK_PM1  (18 * 60)
#define FLUSH_AT  (256 * 1024) /* bytes of formatted rows per fwrite */

static const char usage_text[] =
    "usage: gen-samples [--seed N] [--customers N] [--staff N] [--visits N]\n"
    "                   [--from DATE] [--to DATE] [--rules FILE] DIR\n"
    "Writes staff.csv, customers.csv, events.csv, visits.csv and complaints.csv\n"
    "into DIR (and copies FILE to DIR/rules.yaml).  Defaults: --seed 20261123\n"
    "--customers 200 --staff 10 --from 2025-11-23 --to 2026-11-22.\n";

/* ---- the random numbers --------------------------------------------- */

struct rng {
	uint64_t s[4];
};

enum {
	STREAM_STAFF = 1, STREAM_COMPLAINTS, STREAM_VISITS, STREAM_PICK,
	STREAM_ATTR = 1000, /* + customer index, times 4 */
};

static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static void
rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
	uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ULL);

	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t
rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t res = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return res;
}

/* A number in [0, n). */
static uint32_t
rng_below(struct rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* A number in [lo, hi]. */
static int
rng_range(struct rng *r, int lo, int hi)
{
	return lo + (int)rng_below(r, (uint32_t)(hi - lo + 1));
}

/* True permille times in a thousand. */
static bool
rng_chance(struct rng *r, int permille)
{
	return (int)rng_below(r, 1000) < permille;
}

/* An index into weights[0..n), with probability proportional to each. */
static int
rng_weighted(struct rng *r, const int *w, int n)
{
	int sum = 0, x;

	for (int i = 0; i < n; i++)
		sum += w[i];
	x = (int)rng_below(r, (uint32_t)sum);
	for (int i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define PICK(r, a) ((a)[rng_below((r), (uint32_t)NELEM(a))])

/* ---- the working calendar (2025 and 2026 statutory holidays) ---------- */

/* The same days as rules/calendars/cn-2026.yaml, plus 2025 for periods
 * that start earlier.  Later years have weekends only. */
static const int holiday_ymd[][2] = {
	{20250101, 20250101}, {20250128, 20250204}, {20250404, 20250406},
	{20250501, 20250505}, {20250531, 20250602}, {20251001, 20251008},
	{20260101, 20260103}, {20260215, 20260223}, {20260404, 20260406},
	{20260501, 20260505}, {20260619, 20260621}, {20260925, 20260927},
	{20261001, 20261007},
};
static const int workday_ymd[] = {
	20250126, 20250208, 20250427, 20250928, 20251011,
	20260104, 20260214, 20260228, 20260509, 20260920, 20261010,
};
/* Days the showroom and workshop are shut (New Year's Eve to the third
 * day of the Spring Festival): no service events at all. */
static const int closed_ymd[][2] = {
	{20250128, 20250131}, {20260216, 20260219},
};

static cs_date holidays[NELEM(holiday_ymd)][2];
static cs_date workdays[NELEM(workday_ymd)];
static cs_date closed[NELEM(closed_ymd)][2];

static cs_date
ymd(int v)
{
	return date_from_ymd(v / 10000, v / 100 % 100, v % 100);
}

static void
calendar_init(void)
{
	for (int i = 0; i < NELEM(holiday_ymd); i++) {
		holidays[i][0] = ymd(holiday_ymd[i][0]);
		holidays[i][1] = ymd(holiday_ymd[i][1]);
	}
	for (int i = 0; i < NELEM(workday_ymd); i++)
		workdays[i] = ymd(workday_ymd[i]);
	for (int i = 0; i < NELEM(closed_ymd); i++) {
		closed[i][0] = ymd(closed_ymd[i][0]);
		closed[i][1] = ymd(closed_ymd[i][1]);
	}
}

static bool
is_holiday(cs_date d)
{
	for (int i = 0; i < NELEM(holidays); i++)
		if (d >= holidays[i][0] && d <= holidays[i][1])
			return true;
	return false;
}

static bool
is_workday(cs_date d)
{
	if (is_holiday(d))
		return false;
	for (int i = 0; i < NELEM(workdays); i++)
		if (d == workdays[i])
			return true;
	return date_weekday(d) < 5;
}

static bool
is_closed(cs_date d)
{
	for (int i = 0; i < NELEM(closed); i++)
		if (d >= closed[i][0] && d <= closed[i][1])
			return true;
	return false;
}

/* The nearest working day on or after (dir > 0) or on or before d. */
static cs_date
shift_workday(cs_date d, int dir)
{
	while (!is_workday(d))
		d += dir;
	return d;
}

static cs_time
at_local(cs_date d, int minute)
{
	return time_from_date_minute(d, minute, TZ);
}

static bool
is_work_minute(int m)
{
	return (m >= WORK_AM0 && m < WORK_AM1) || (m >= WORK_PM0 && m < WORK_PM1);
}

static bool
is_work_instant(cs_time t)
{
	return is_workday(time_date(t, TZ)) &&
	    is_work_minute(time_minute_of_day(t, TZ));
}

/* t plus min minutes of working time (whole minutes); from a time outside
 * working hours the count starts at the next working instant. */
static cs_time
work_add(cs_time t, int64_t min)
{
	static const int range[2][2] = {{WORK_AM0, WORK_AM1}, {WORK_PM0, WORK_PM1}};
	cs_date d = time_date(t, TZ);
	int m = time_minute_of_day(t, TZ);

	for (;; d++, m = 0) {
		if (!is_workday(d))
			continue;
		for (int i = 0; i < 2; i++) {
			if (m >= range[i][1])
				continue;
			if (m < range[i][0])
				m = range[i][0];
			if (min < range[i][1] - m || (min == range[i][1] - m && min > 0))
				return at_local(d, m + (int)min);
			min -= range[i][1] - m;
			m = range[i][1];
		}
	}
}

/* t plus n working days: the same clock time on the n-th next working day
 * (from the next working instant when t is outside working hours). */
static cs_time
work_add_days(cs_time t, int n)
{
	cs_time s = work_add(t, 0);
	cs_date d = time_date(s, TZ);
	int m = time_minute_of_day(s, TZ);

	while (n-- > 0)
		d = shift_workday(d + 1, 1);
	return at_local(d, m);
}

/* Working minutes in [a, b). */
static int64_t
work_between(cs_time a, cs_time b)
{
	int64_t n = 0;

	for (cs_time t = work_add(a, 0); t < b; t = work_add(t, 1))
		n++;
	return n;
}

/* When a cron job running every 10 minutes in working hours first sees t. */
static cs_time
cron_tick(cs_time t)
{
	t = (t + 599) / 600 * 600;
	while (!is_work_instant(t))
		t = work_add(t, 0);
	return t;
}

/* ---- what the people and things are called ---------------------------- */

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
	"马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
	"唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
	"潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任",
	"沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石",
	"廖", "贾", "夏", "付", "方", "邹", "孟", "熊", "秦", "邱", "江", "尹",
	"薛", "顾", "毛", "龚", "邵", "钱", "严", "戴", "孔", "汤", "倪", "施",
};
static const char *const given_first[] = {
	"建", "志", "晓", "海", "俊", "文", "春", "明", "国", "永", "子", "雨",
	"嘉", "思", "梦", "欣", "佳", "浩", "宇", "伟", "立", "家", "振", "秀",
	"玉", "丽", "美", "雪", "静", "亚", "慧", "晨", "一", "天", "光", "卫",
};
static const char *const given_male[] = {
	"伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平",
	"辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆",
	"旭", "宁", "龙", "林", "阳", "峰", "东", "亮", "成", "新", "荣", "民",
};
static const char *const given_female[] = {
	"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "燕", "萍",
	"红", "琳", "婷", "雪", "慧", "颖", "倩", "洁", "佳", "欣", "悦", "梅",
	"莉", "蓉", "薇", "琴", "云", "洁", "璐", "晶",
};
static const char *const firm_city[] = {
	"上海", "上海", "上海", "苏州", "昆山", "嘉兴", "太仓", "无锡",
};
static const char *const firm_word[] = {
	"恒通", "嘉禾", "华盛", "永达", "宏远", "鑫源", "金桥", "东方", "新联",
	"立信", "德润", "安捷", "中联", "博源", "瑞丰", "浦江", "申达", "锦程",
	"汇丰源", "天成", "明华", "同创", "盛世", "启航",
};
static const char *const firm_trade[] = {
	"物流", "建材", "贸易", "电子", "汽车租赁", "科技", "餐饮管理", "置业",
	"机械", "医药", "印刷", "环保", "商务服务", "食品", "装饰工程",
};
static const char *const firm_form[] = {
	"有限公司", "有限公司", "有限公司", "股份有限公司", "有限公司",
};

struct model {
	const char *name;
	int weight;
	bool ev;     /* new-energy: green plate, yearly maintenance */
	bool fleet;  /* what companies buy */
};
static const struct model models[] = {
	{"朗逸", 22, false, false},   {"帕萨特", 12, false, true},
	{"途观L", 15, false, false},  {"凌渡L", 7, false, false},
	{"途岳", 7, false, false},    {"途昂", 5, false, true},
	{"威然", 3, false, true},     {"途铠", 4, false, false},
	{"ID.3", 5, true, false},     {"ID.4 X", 8, true, true},
	{"ID.6 X", 4, true, false},   {"帕萨特新能源", 3, true, true},
};

static const char plate_letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";

enum cls { CL_ROUTINE, CL_KEY, CL_VIP, CL_ENTERPRISE };
static const char *const cls_name[] = {"routine", "key", "vip", "enterprise"};

enum role { R_SPECIALIST, R_ADVISOR, R_SUPERVISOR, R_MANAGER, R_GM, NROLES };
static const char *const role_name[] = {
	"specialist", "advisor", "supervisor", "manager", "gm",
};
static const char *const role_label[] = {
	"客服专员", "服务顾问", "客服主管", "服务经理", "总经理",
};

/* ---- the generator's state ------------------------------------------- */

struct member {
	char name[32];
	char team[32];
	int role, team_ix, capacity;
	cs_date left;        /* last day + 1 for those who left, else NEVER */
};

struct team {
	int16_t *spec;       /* its specialists */
	int nspec;
	int advisor, supervisor;
};

struct cust {
	cs_date since, maint_due, contract_end, policy_end; /* NEVER = empty */
	cs_date reg_next;    /* next regular visit, NEVER if none */
	cs_date retry;       /* retry day of the pending task */
	cs_date bday;        /* the day bucket it is in, NEVER if none */
	cs_date last_contact;
	int32_t bnext, bprev;
	int16_t owner, first_owner;
	uint8_t cls, region, model, pref, pending, tries;
};

enum ekind { EK_PURCHASE, EK_DELIVERY, EK_MAINT, EK_REPAIR, EK_ORDER,
	EK_CONTRACT, NEKINDS };
static const char *const ekind_name[] = {
	"purchase", "delivery", "maintenance", "repair", "order", "contract",
};

struct gevent {
	cs_time at;
	int32_t cust;
	uint8_t kind, note, extra;
};

/* What a visit is for.  The first ones are the rules of auto-dealer.yaml;
 * the others are visits the department makes that no rule asks for. */
enum task { T_ROUTINE, T_KEY, T_REPAIR, T_DELIVERY, T_MAINT, T_CONTRACT,
	T_VIP, T_ENTERPRISE, T_POLICY, T_COMPLAINT, NTASKS };
static const char *const task_rule[NTASKS] = {
	"routine-monthly", "key-weekly", "repair-3d", "delivery",
	"maintenance-reminder", "contract-renewal", "", "", "", "",
};

struct trig {            /* a visit an event or a date asks for */
	cs_date day, aux;    /* aux: the date it is about (policy end...) */
	int32_t cust;
	uint8_t task, onduty;
};

/* Complaints: categories and channels of auto-dealer.yaml. */
enum { CAT_PRODUCT, CAT_REPAIR, CAT_SERVICE, CAT_PARTS, CAT_PRICE, CAT_OTHER };
static const char *const cat_name[] = {
	"product", "repair", "service", "parts", "price", "other",
};
enum { CH_PHONE, CH_ONSITE, CH_WECHAT, CH_VISIT, CH_LETTER, CH_MANUFACTURER,
	NCHANNELS };
static const char *const chan_name[] = {
	"phone", "onsite", "wechat", "visit", "letter", "manufacturer",
};
enum { SEV_GENERAL, SEV_SERIOUS };
static const char *const sev_name[] = {"general", "serious"};

enum cevkind { CE_OPEN_, CE_ASSIGN_, CE_REPLY_, CE_ANSWER_, CE_RESOLVE_,
	CE_REVISIT_, CE_CLOSE_, CE_REOPEN_, CE_WAIT_, CE_RESUME_, CE_ESCALATE_ };
static const char *const cev_name[] = {
	"open", "assign", "reply", "answer", "resolve", "revisit", "close",
	"reopen", "wait", "resume", "escalate",
};
enum { MS_NONE, MS_REPLY, MS_ANSWER, MS_REVISIT };
static const char *const ms_name[] = {"", "reply", "answer", "revisit"};
static const char *const ms_label[] = {"", "回复", "答复", "回访"};

struct gcomplaint {
	cs_time open;
	int32_t cust;
	int year, yseq;
	int16_t registrar;
	uint8_t topic, sev, chan, scen;
};

struct gcev {
	cs_time at, rec;
	int32_t comp;
	int16_t by, holder;
	uint8_t ev, step, ms, rung, note;
	uint8_t sc[4];
};

struct revisit_visit {   /* a complaint revisit, logged as a visit too */
	cs_time at;
	int32_t cust, comp;
	int16_t staff;
	uint8_t sc[4];
	bool low;
};

#define BUSY_MAX 24
struct busy {            /* a staff member's calls on one day */
	cs_date day;
	int n;
	int16_t start[BUSY_MAX], end[BUSY_MAX];
};

struct vrec {            /* one visit row of the day being simulated */
	cs_time at, rec;
	cs_date aux;
	int32_t cust, comp, seq, corr_seq;
	uint32_t amends;
	int16_t staff, recby;
	uint8_t task, method, outcome, mand, note_kind, note;
	uint8_t sc[4];
};

struct gen {
	uint64_t seed;
	long ncust, nstaff;
	long long want_visits;   /* -1: the natural count */
	cs_date from, to;
	cs_time end;             /* the end of the last day */
	const char *dir;

	struct member *staff;
	struct team *teams;
	int nteams, manager, gm;
	int16_t *spec_all;       /* every specialist */
	int nspec_all;

	struct cust *cust;
	struct gevent *ev;
	size_t nev, evcap;
	struct trig *trig;
	size_t ntrig, trigcap;

	struct gcomplaint *comp;
	size_t ncomp, compcap;
	struct gcev *cev;
	size_t ncev, cevcap;
	struct revisit_visit *rv;
	size_t nrv, rvcap;

	/* the visit simulation */
	struct rng vr;
	int32_t *head;           /* customers bucketed by day - from */
	long ndays;
	int scale;               /* permille: > 1000 makes regular visits denser */
	struct vrec *buf;
	size_t nbuf, bufcap;
	int32_t *tasks;          /* today's regular customers */
	size_t ntasks, taskcap;
	int32_t *pos;
	size_t poscap;
	struct busy *busy;
	long long nmand, nopt;
	/* writing */
	bool emit;
	struct rng pick;
	long long need_opt, left_opt;
	uint32_t next_id;
};

/* qsort, which must not be given a NULL array even when it is empty. */
static void
sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

static void *
grow(void *p, size_t *cap, size_t n, size_t elem)
{
	xgrow(&p, cap, n, elem);
	return p;
}

/* ---- files ------------------------------------------------------------ */

struct outf {
	FILE *fp;
	char *path, *tmp;
	struct sbuf sb;
	long long rows;
};

static void
file_open(struct outf *o, const char *dir, const char *name,
         const char *const *cols, int ncols)
{
	char *tname = xasprintf(".%s.tmp", name);

	memset(o, 0, sizeof *o);
	o->path = path_join(dir, name);
	o->tmp = path_join(dir, tname);
	free(tname);
	if (!(o->fp = fopen(o->tmp, "w")))
		cs_die(CS_EX_CANTCREAT, "%s: %s", o->tmp, strerror(errno));
	setvbuf(o->fp, NULL, _IOFBF, 1 << 20);
	csv_format_row(&o->sb, cols, ncols);
}

static void
file_flush(struct outf *o)
{
	if (o->sb.len && fwrite(o->sb.s, 1, o->sb.len, o->fp) != o->sb.len)
		cs_die(CS_EX_IOERR, "%s: %s", o->tmp, strerror(errno));
	sb_reset(&o->sb);
}

static void
file_row(struct outf *o, const char *const *f, int n)
{
	csv_format_row(&o->sb, f, n);
	o->rows++;
	if (o->sb.len >= FLUSH_AT)
		file_flush(o);
}

static void
file_close(struct outf *o)
{
	file_flush(o);
	if (fclose(o->fp) != 0)
		cs_die(CS_EX_IOERR, "%s: %s", o->tmp, strerror(errno));
	if (rename(o->tmp, o->path) != 0)
		cs_die(CS_EX_IOERR, "%s: %s", o->path, strerror(errno));
	sb_free(&o->sb);
	free(o->path);
	free(o->tmp);
}

static void
copy_file(const char *from, const char *dir, const char *name)
{
	char buf[65536];
	char *to = path_join(dir, name);
	FILE *in = fopen(from, "r"), *out;
	size_t n;

	if (!in)
		cs_die(CS_EX_NOINPUT, "%s: %s", from, strerror(errno));
	if (!(out = fopen(to, "w")))
		cs_die(CS_EX_CANTCREAT, "%s: %s", to, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			cs_die(CS_EX_IOERR, "%s: %s", to, strerror(errno));
	if (ferror(in))
		cs_die(CS_EX_IOERR, "%s: %s", from, strerror(errno));
	if (fclose(out) != 0)
		cs_die(CS_EX_IOERR, "%s: %s", to, strerror(errno));
	fclose(in);
	free(to);
}

/* ---- ids -------------------------------------------------------------- */

/* prefix and n with at least width digits, at p; returns the end.  (The
 * writers format millions of ids: no printf here.) */
static char *
put_num(char *p, const char *prefix, unsigned long long n, int width)
{
	char tmp[24];
	int k = 0;

	while (*prefix)
		*p++ = *prefix++;
	do
		tmp[k++] = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	while (k < width)
		tmp[k++] = '0';
	while (k > 0)
		*p++ = tmp[--k];
	*p = '\0';
	return p;
}

static char *
cust_id(long i, char *buf)
{
	put_num(buf, "KH", (unsigned long long)i + 1, 4);
	return buf;
}

static char *
staff_id(int i, char *buf)
{
	if (i < 0)
		buf[0] = '\0';
	else
		put_num(buf, "S", (unsigned long long)i + 1, 2);
	return buf;
}

static char *
comp_id(const struct gcomplaint *c, char *buf)
{
	put_num(put_num(buf, "C", (unsigned long long)c->year, 4), "-",
	    (unsigned long long)c->yseq, 4);
	return buf;
}

static char *
visit_id(uint32_t n, char *buf)
{
	put_num(buf, "V", n, 6);
	return buf;
}

/* ---- staff ------------------------------------------------------------ */

static void
person_name(struct rng *r, char *buf, size_t n)
{
	bool male = rng_chance(r, 550);
	const char *sur = surnames[rng_below(r, (uint32_t)(rng_chance(r, 500) ?
	    12 : NELEM(surnames)))];
	const char *last = male ? PICK(r, given_male) : PICK(r, given_female);

	if (rng_chance(r, 250))
		snprintf(buf, n, "%s%s", sur, last);
	else
		snprintf(buf, n, "%s%s%s", sur, PICK(r, given_first), last);
}

static void
team_name(int i, char *buf, size_t n)
{
	static const char *const digits[] = {
		"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
	};

	if (i < 10)
		snprintf(buf, n, "%s组", digits[i]);
	else
		snprintf(buf, n, "%d组", i + 1);
}

/* Staff ids in order: specialists, advisors (one per team), supervisors
 * (one per two teams), the service manager, the general manager.  Every
 * eighth specialist (from the third on) has left: active no. */
static void
gen_staff(struct gen *g)
{
	struct rng r;
	long rest = g->nstaff - 2;
	int nteams = (int)(rest + 2) / 5, nsup, nspec, k = 0;

	if (nteams < 1)
		nteams = 1;
	nsup = nteams / 2 > 0 ? nteams / 2 : 1;
	nspec = (int)rest - nteams - nsup;
	rng_seed(&r, g->seed, STREAM_STAFF);
	g->staff = xcalloc((size_t)g->nstaff, sizeof *g->staff);
	g->teams = xcalloc((size_t)nteams, sizeof *g->teams);
	g->nteams = nteams;
	g->spec_all = xcalloc((size_t)nspec, sizeof *g->spec_all);
	for (int i = 0; i < nteams; i++)
		g->teams[i].spec = xcalloc((size_t)nspec / (size_t)nteams + 2,
		    sizeof *g->teams[i].spec);
	for (int i = 0; i < g->nstaff; i++) {
		struct member *s = &g->staff[i];
		bool dup;

		do {
			person_name(&r, s->name, sizeof s->name);
			dup = false;
			for (int j = 0; g->nstaff <= 200 && j < i; j++)
				dup |= strcmp(g->staff[j].name, s->name) == 0;
		} while (dup);
		s->left = NEVER;
		if (i < nspec) {
			struct team *t;

			s->role = R_SPECIALIST;
			s->team_ix = (int)((long)i * nteams / nspec);
			s->capacity = 8 + 2 * (int)rng_below(&r, 3);
			if (i % 8 == 2)
				s->left = g->to - 53;
			t = &g->teams[s->team_ix];
			t->spec[t->nspec++] = (int16_t)i;
			g->spec_all[g->nspec_all++] = (int16_t)i;
		} else if (i < nspec + nteams) {
			s->role = R_ADVISOR;
			s->team_ix = i - nspec;
			s->capacity = 4;
			g->teams[s->team_ix].advisor = i;
		} else if (i < nspec + nteams + nsup) {
			s->role = R_SUPERVISOR;
			s->team_ix = -1;
			s->capacity = 2;
			for (int t = 0; t < nteams; t++)
				if (t * nsup / nteams == i - nspec - nteams)
					g->teams[t].supervisor = i;
		} else {
			s->role = k++ == 0 ? R_MANAGER : R_GM;
			s->team_ix = -1;
			s->capacity = 2;
		}
		if (s->team_ix >= 0)
			team_name(s->team_ix, s->team, sizeof s->team);
		else
			snprintf(s->team, sizeof s->team, "%s",
			    s->role == R_GM ? "总经办" : "客服部");
	}
	g->manager = (int)g->nstaff - 2;
	g->gm = (int)g->nstaff - 1;
}

static bool
active_on(const struct gen *g, int s, cs_date d)
{
	return s >= 0 && d < g->staff[s].left;
}

/* An active specialist of team t on day d, other than not (or -1). */
static int
colleague(const struct gen *g, struct rng *r, int t, int not, cs_date d)
{
	const struct team *tm = &g->teams[t];

	for (int tries = 0; tries < 8; tries++) {
		int s = tm->spec[rng_below(r, (uint32_t)tm->nspec)];

		if (s != not && active_on(g, s, d))
			return s;
	}
	for (int i = 0; i < tm->nspec; i++)
		if (tm->spec[i] != not && active_on(g, tm->spec[i], d))
			return tm->spec[i];
	return -1;
}

static void
write_staff(const struct gen *g)
{
	static const char *const cols[] = {
		"id", "name", "role", "team", "capacity", "active",
	};
	struct outf o;
	char id[32], cap[32];

	file_open(&o, g->dir, "staff.csv", cols, NELEM(cols));
	for (int i = 0; i < g->nstaff; i++) {
		const struct member *s = &g->staff[i];
		const char *f[6];

		snprintf(cap, sizeof cap, "%d", s->capacity);
		f[0] = staff_id(i, id);
		f[1] = s->name;
		f[2] = role_name[s->role];
		f[3] = s->team;
		f[4] = cap;
		f[5] = s->left == NEVER ? "yes" : "no";
		file_row(&o, f, 6);
	}
	file_close(&o);
}

/* ---- customers --------------------------------------------------------- */

/* A date in [lo, hi]: weekends (when people buy cars) and the National
 * Day week (the autumn car fair) more likely. */
static cs_date
showroom_day(struct rng *r, cs_date lo, cs_date hi)
{
	for (;;) {
		cs_date d = lo + (cs_date)rng_below(r, (uint32_t)(hi - lo + 1));
		int y, m, dd;

		if (is_closed(d))
			continue;
		date_to_ymd(d, &y, &m, &dd);
		if (m == 10 && dd <= 7 && is_holiday(d))
			return d;
		if (date_weekday(d) >= 5 ? rng_chance(r, 800) : rng_chance(r, 450))
			return d;
	}
}

/* The customer's fixed attributes, from its own stream. */
static void
gen_customer(struct gen *g, long i)
{
	static const int cls_w[] = {70, 15, 10, 5};
	struct cust *c = &g->cust[i];
	struct rng r;
	int w[NELEM(models)], owner;
	cs_date lo;

	rng_seed(&r, g->seed, STREAM_ATTR + 4 * (uint64_t)i);
	c->cls = (uint8_t)rng_weighted(&r, cls_w, 4);
	c->region = rng_chance(&r, 300);
	for (int k = 0; k < NELEM(models); k++)
		w[k] = c->cls == CL_ENTERPRISE && !models[k].fleet ? 0 :
		    models[k].weight;
	c->model = (uint8_t)rng_weighted(&r, w, NELEM(models));
	lo = date_add_months(g->to + 1, -60);
	c->since = showroom_day(&r, lo, g->to);
	c->pref = (uint8_t)rng_below(&r, 28);
	owner = g->spec_all[rng_below(&r, (uint32_t)g->nspec_all)];
	if (!active_on(g, owner, c->since))
		owner = colleague(g, &r, g->staff[owner].team_ix, -1, c->since);
	for (int k = 0; owner < 0 && k < g->nspec_all; k++)
		if (active_on(g, g->spec_all[k], c->since))
			owner = g->spec_all[k];
	if (owner < 0)
		owner = g->spec_all[0];
	c->first_owner = c->owner = (int16_t)owner;
	if (g->staff[owner].left != NEVER && rng_chance(&r, 850))
		c->owner = (int16_t)colleague(g, &r, g->staff[owner].team_ix,
		    owner, g->staff[owner].left);
	if (c->owner < 0)
		c->owner = c->first_owner;
	c->maint_due = c->contract_end = c->policy_end = NEVER;
	c->reg_next = c->retry = c->bday = c->last_contact = NEVER;
	c->bnext = c->bprev = -1;
}

/* Name, phone and plate: text only needed when writing. */
static void
customer_text(const struct gen *g, long i, char *name, char *phone,
              char *plate)
{
	static const char *const phone_pre[] = {
		"130", "131", "132", "133", "135", "136", "137", "138", "139",
		"150", "151", "152", "153", "155", "156", "158", "159",
		"180", "181", "186", "187", "188", "189",
	};
	const struct cust *c = &g->cust[i];
	struct rng r;
	char tail[8];
	char area;

	rng_seed(&r, g->seed, STREAM_ATTR + 4 * (uint64_t)i + 1);
	if (c->cls == CL_ENTERPRISE || (c->cls == CL_KEY && rng_chance(&r, 200))) {
		const char *city = PICK(&r, firm_city), *word = PICK(&r, firm_word);
		const char *trade = PICK(&r, firm_trade), *form = PICK(&r, firm_form);

		snprintf(name, 96, "%s%s%s%s", city, word, trade, form);
	} else
		person_name(&r, name, 96);
	snprintf(phone, 32, "%s%08u", PICK(&r, phone_pre),
	    rng_below(&r, 100000000));
	if (c->region == 1 && rng_chance(&r, 400))
		area = 'C';   /* 沪C: suburban districts only */
	else
		area = "ABDEFGHJKLMN"[rng_below(&r, 12)];
	for (int k = 0; k < 5; k++) {
		bool letter = k > 0 && k < 4 && rng_chance(&r, 180);

		tail[k] = letter ? plate_letters[rng_below(&r, 24)] :
		    (char)('0' + rng_below(&r, 10));
	}
	tail[5] = '\0';
	if (models[c->model].ev)
		snprintf(plate, 32, "沪%c·D%s", area, tail);
	else
		snprintf(plate, 32, "沪%c·%s", area, tail);
}

static char *
opt_date(cs_date d, char *buf)
{
	if (d == NEVER)
		buf[0] = '\0';
	else
		date_format(d, buf);
	return buf;
}

static void
write_customers(const struct gen *g)
{
	static const char *const cols[] = {
		"id", "name", "class", "phone", "owner", "region", "since",
		"plate", "model", "maintenance_due", "contract_end", "policy_end",
	};
	struct outf o;

	file_open(&o, g->dir, "customers.csv", cols, NELEM(cols));
	for (long i = 0; i < g->ncust; i++) {
		const struct cust *c = &g->cust[i];
		char id[32], name[96], phone[32], plate[32], owner[32];
		char since[32], md[32], ce[32], pe[32];
		const char *f[12];

		customer_text(g, i, name, phone, plate);
		f[0] = cust_id(i, id);
		f[1] = name;
		f[2] = cls_name[c->cls];
		f[3] = phone;
		f[4] = staff_id(c->owner, owner);
		f[5] = c->region ? "suburban" : "urban";
		f[6] = date_format(c->since, since);
		f[7] = plate;
		f[8] = models[c->model].name;
		f[9] = opt_date(c->maint_due, md);
		f[10] = opt_date(c->contract_end, ce);
		f[11] = opt_date(c->policy_end, pe);
		file_row(&o, f, 12);
	}
	file_close(&o);
}

/* ---- service events ---------------------------------------------------- */

static const char *const purchase_notes[] = {
	"签订购车合同：%s", "全款购车：%s", "分期购车：%s，首付三成",
	"置换购车：旧车置换%s", "签订购车合同：%s（企业采购）",
};
static const char *const delivery_notes[] = {
	"新车交付：%s", "新车交付：%s，讲解车辆功能", "新车交付：%s，已代办上牌",
};
static const char *const maint_notes[] = {
	"常规保养：更换机油机滤", "保养：更换机油机滤、空气滤芯",
	"保养：更换空调滤芯、刹车油", "保养：机油机滤、四轮换位",
	"大保养：更换火花塞、变速箱油", "保养：更换机油机滤，检查底盘",
};
static const char *const first_maint_note = "首保：更换机油机滤，全车检查";
static const char *const ev_maint_notes[] = {
	"年度保养：检查电池包、更换空调滤芯", "年度保养：冷却液检查、底盘检查",
};
static const char *const repair_notes[] = {
	"更换前刹车片", "更换蓄电池", "空调不制冷，补充冷媒、更换膨胀阀",
	"右后门钣金喷漆", "事故车维修（保险理赔）", "更换前挡风玻璃",
	"发动机故障灯亮，更换点火线圈", "底盘异响，更换稳定杆连杆",
	"变速箱换挡顿挫，升级控制软件", "更换左前大灯总成", "车机黑屏，更换主机",
	"更换前减震器", "轮胎扎钉，更换右前轮胎", "雨刮电机故障，更换",
};
static const char *const ev_repair_notes[] = {
	"充电口故障，更换充电座", "低压蓄电池亏电，更换", "车机系统升级",
};
static const char *const order_notes[] = {
	"订购原厂脚垫", "加装行车记录仪", "预订冬季轮胎", "购买延保服务（2年）",
	"购买保养套餐（4次）", "订购原厂车顶行李架",
};
static const char *const ev_order_notes[] = {"订购原厂家用充电桩"};
static const char *const fleet_order_note = "追加订购%s三台（公务用车）";
static const char *const contract_notes[] = {
	"签订保养套餐合同（1年）", "续签保养套餐合同（1年）",
	"签订车队维保合同（1年）", "续签车队维保合同（1年）",
};
static const char *const insurers[] = {
	"平安保险", "太平洋保险", "人保财险", "大地保险",
};
enum { NOTE_INSURANCE = 200, NOTE_FIRST_MAINT, NOTE_FLEET_ORDER };

/* Formats an event's note. */
static void
event_note(const struct gen *g, const struct gevent *e, char *buf, size_t n)
{
	const struct model *m = &models[g->cust[e->cust].model];

	switch (e->kind) {
	case EK_PURCHASE:
		snprintf(buf, n, purchase_notes[e->note], m->name);
		break;
	case EK_DELIVERY:
		snprintf(buf, n, delivery_notes[e->note], m->name);
		break;
	case EK_MAINT:
		snprintf(buf, n, "%s", e->note == NOTE_FIRST_MAINT ?
		    first_maint_note : m->ev ? ev_maint_notes[e->note % 2] :
		    maint_notes[e->note]);
		break;
	case EK_REPAIR:
		snprintf(buf, n, "%s", m->ev && e->extra ?
		    ev_repair_notes[e->note % NELEM(ev_repair_notes)] :
		    repair_notes[e->note]);
		break;
	case EK_ORDER:
		if (e->note == NOTE_FLEET_ORDER)
			snprintf(buf, n, fleet_order_note, m->name);
		else
			snprintf(buf, n, "%s", m->ev && e->extra ?
			    ev_order_notes[0] : order_notes[e->note]);
		break;
	default:
		if (e->note == NOTE_INSURANCE)
			snprintf(buf, n, "续保：交强险+商业险（%s）",
			    insurers[e->extra % NELEM(insurers)]);
		else
			snprintf(buf, n, "%s", contract_notes[e->note]);
	}
}

static void
add_event(struct gen *g, long ci, cs_date d, int minute, int kind, int note,
          int extra)
{
	struct gevent *e;

	g->ev = grow(g->ev, &g->evcap, g->nev + 1, sizeof *g->ev);
	e = &g->ev[g->nev++];
	e->at = at_local(d, minute);
	e->cust = (int32_t)ci;
	e->kind = (uint8_t)kind;
	e->note = (uint8_t)note;
	e->extra = (uint8_t)extra;
}

/* A visit asked for on day raw, moved to a working day (dir) and kept if
 * it falls inside the period. */
static void
add_trig(struct gen *g, long ci, cs_date raw, int dir, int task, cs_date aux,
         bool onduty)
{
	cs_date d = onduty ? raw : shift_workday(raw, dir);
	struct trig *t;

	if (d < g->from || d > g->to)
		return;
	g->trig = grow(g->trig, &g->trigcap, g->ntrig + 1, sizeof *g->trig);
	t = &g->trig[g->ntrig++];
	t->day = d;
	t->aux = aux;
	t->cust = (int32_t)ci;
	t->task = (uint8_t)task;
	t->onduty = onduty;
}

/* A shop day near d (the workshop shuts over the Spring Festival). */
static cs_date
open_day(cs_date d)
{
	while (is_closed(d))
		d++;
	return d;
}

/* A random day in [lo, hi] with busier days around the holidays: the
 * maintenance rush before the Spring Festival, repairs after long trips. */
static cs_date
event_day(struct rng *r, cs_date lo, cs_date hi, int kind)
{
	for (;;) {
		cs_date d = lo + (cs_date)rng_below(r, (uint32_t)(hi - lo + 1));
		int y, m, dd, w = 500;

		if (is_closed(d))
			continue;
		date_to_ymd(d, &y, &m, &dd);
		if (kind == EK_REPAIR && ((m == 2 && dd >= 24) || (m == 3 && dd <= 6) ||
		    (m == 10 && dd >= 8 && dd <= 16)))
			w = 850;
		if (is_holiday(d))
			w = 300;
		if (rng_chance(r, w))
			return d;
	}
}

static int
workshop_minute(struct rng *r)
{
	return rng_range(r, 10 * 60, 18 * 60 + 30);
}

/* The maintenance cycle from due (first maintenance if first): reminders,
 * visits to the workshop, and the next due date left in the file. */
static void
maint_cycle(struct gen *g, struct rng *r, long ci, cs_date due, bool first)
{
	struct cust *c = &g->cust[ci];
	int months = models[c->model].ev ? 12 : 6;

	for (;;) {
		cs_date came;

		c->maint_due = due;
		if (due - 7 > g->to)
			return;
		add_trig(g, ci, due - 7, -1, T_MAINT, due, false);
		if (!rng_chance(r, first ? 940 : 880))
			return;   /* does not come: overdue in the file */
		came = open_day(due + rng_range(r, -10, 20));
		if (came > g->to)
			return;
		if (came >= g->from)
			add_event(g, ci, came, workshop_minute(r), EK_MAINT,
			    first ? NOTE_FIRST_MAINT :
			    (int)rng_below(r, NELEM(maint_notes)), 0);
		due = date_add_months(came, months);
		first = false;
	}
}

/* A yearly thing (insurance, a contract) starting at start: renewals in
 * the period with their visits; returns the end date now in force. */
static cs_date
yearly(struct gen *g, struct rng *r, long ci, cs_date start, int task,
       int renew_permille)
{
	cs_date end = date_add_months(start, 12);

	while (end < g->from)
		end = date_add_months(end, 12);
	while (end <= g->to) {
		bool renews = rng_chance(r, renew_permille);

		if (task == T_POLICY) {
			add_trig(g, ci, end - 45, -1, T_POLICY, end, false);
			add_trig(g, ci, end - 30, -1, T_POLICY, end, false);
		} else {
			add_trig(g, ci, date_add_months(end, -1), -1, T_CONTRACT,
			    end, false);
		}
		if (!renews)
			return end;
		if (end - 20 >= g->from) {
			cs_date d = open_day(end - rng_range(r, 2, 20));
			int note = task == T_POLICY ? NOTE_INSURANCE :
			    g->cust[ci].cls == CL_ENTERPRISE ? 3 : 1;

			add_event(g, ci, d, rng_range(r, 9 * 60 + 30, 17 * 60 + 30),
			    EK_CONTRACT, note, (int)rng_below(r, 4));
		}
		end = date_add_months(end, 12);
	}
	return end;
}

/* The last Friday of the period (2026-11-20 for the samples). */
static cs_date
last_friday(const struct gen *g)
{
	cs_date d = g->to;

	while (date_weekday(d) != 4)
		d--;
	return d;
}

static void
gen_events_for(struct gen *g, long ci)
{
	struct cust *c = &g->cust[ci];
	struct rng r;
	bool ev = models[c->model].ev;
	cs_date lo = c->since > g->from ? c->since : g->from, delivered = NEVER;
	int n;

	rng_seed(&r, g->seed, STREAM_ATTR + 4 * (uint64_t)ci + 2);
	/* A car bought in the period: order, delivery, first maintenance. */
	if (c->since >= g->from) {
		int note = c->cls == CL_ENTERPRISE ? 4 : (int)rng_below(&r, 4);

		add_event(g, ci, c->since, rng_range(&r, 10 * 60, 19 * 60 + 30),
		    EK_PURCHASE, note, 0);
		delivered = showroom_day(&r, c->since + 3, c->since + 25);
		if (delivered <= g->to) {
			add_event(g, ci, delivered, rng_range(&r, 10 * 60, 17 * 60),
			    EK_DELIVERY, (int)rng_below(&r, 3), 0);
			/* V3: visit 3 to 5 days after delivery; over a
			 * holiday the one on duty calls. */
			add_trig(g, ci, delivered + 3, 1, T_DELIVERY, NEVER,
			    is_holiday(delivered + 3) &&
			    date_weekday(delivered + 3) < 5 && rng_chance(&r, 600));
			maint_cycle(g, &r, ci, date_add_months(delivered, 3), true);
		}
	} else if (rng_chance(&r, c->since < g->from - 4 * 365 ? 700 : 930)) {
		int months = ev ? 12 : 6;
		cs_date due = g->from - 20 + (cs_date)rng_below(&r,
		    (uint32_t)(months * 30));

		maint_cycle(g, &r, ci, due, false);
	}
	/* Repairs: fleets and key accounts drive more. */
	n = 0;
	for (int k = 0; k < 3; k++)
		n += rng_chance(&r, c->cls == CL_ENTERPRISE || c->cls == CL_KEY ?
		    260 : 130);
	for (int k = 0; k < n && lo <= g->to; k++) {
		cs_date d = event_day(&r, lo, g->to, EK_REPAIR);

		if (delivered != NEVER && d <= delivered)
			continue;
		add_event(g, ci, d, workshop_minute(&r), EK_REPAIR,
		    (int)rng_below(&r, NELEM(repair_notes)),
		    ev && rng_chance(&r, 400));
		add_trig(g, ci, d + 3, 1, T_REPAIR, NEVER, false);
	}
	/* Orders: accessories, extended warranty; fleets buy more cars. */
	if (rng_chance(&r, c->cls == CL_ENTERPRISE ? 500 : 280) && lo <= g->to) {
		cs_date d = event_day(&r, lo, g->to, EK_ORDER);

		add_event(g, ci, d, rng_range(&r, 9 * 60, 18 * 60), EK_ORDER,
		    c->cls == CL_ENTERPRISE && rng_chance(&r, 500) ?
		    NOTE_FLEET_ORDER : (int)rng_below(&r, NELEM(order_notes)),
		    ev && rng_chance(&r, 500));
	}
	/* Insurance bought through the dealer, renewed yearly. */
	if (rng_chance(&r, 650)) {
		cs_date start = delivered != NEVER ? delivered : c->since + 10;

		if (start <= g->to)
			c->policy_end = yearly(g, &r, ci, start, T_POLICY, 780);
	}
	/* A maintenance package, or a fleet's service contract (V8). */
	if (c->cls == CL_ENTERPRISE || rng_chance(&r, 200)) {
		cs_date start = c->since + (cs_date)rng_below(&r, 200);

		if (start <= g->to)
			c->contract_end = yearly(g, &r, ci, start, T_CONTRACT,
			    c->cls == CL_ENTERPRISE ? 900 : 600);
	}
}

static int
cmp_event(const void *a, const void *b)
{
	const struct gevent *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->cust != y->cust)
		return x->cust < y->cust ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind - y->kind;
	return x->note - y->note;
}

static int
cmp_trig(const void *a, const void *b)
{
	const struct trig *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->cust != y->cust)
		return x->cust < y->cust ? -1 : 1;
	if (x->task != y->task)
		return x->task - y->task;
	return x->aux < y->aux ? -1 : x->aux > y->aux;
}

static void
gen_events(struct gen *g)
{
	cs_date fri = last_friday(g);

	for (long i = 0; i < g->ncust; i++)
		gen_events_for(g, i);
	/* The example: a key account's car repaired on Friday
	 * (2026-11-20), so a visit is due on Monday 2026-11-23. */
	for (long i = 0; i < g->ncust && fri - 30 >= g->from; i++) {
		if (g->cust[i].cls == CL_KEY && g->cust[i].since < fri - 60) {
			add_event(g, i, fri, 16 * 60 + 30, EK_REPAIR, 0, 0);
			add_trig(g, i, fri + 3, 1, T_REPAIR, NEVER, false);
			break;
		}
	}
	sort(g->ev, g->nev, sizeof *g->ev, cmp_event);
	sort(g->trig, g->ntrig, sizeof *g->trig, cmp_trig);
}

static void
write_events(const struct gen *g)
{
	static const char *const cols[] = {"at", "customer", "kind", "note"};
	struct outf o;

	file_open(&o, g->dir, "events.csv", cols, NELEM(cols));
	for (size_t i = 0; i < g->nev; i++) {
		const struct gevent *e = &g->ev[i];
		char at[32], id[32], note[160];
		const char *f[4];

		event_note(g, e, note, sizeof note);
		f[0] = time_format_iso(e->at, TZ, at);
		f[1] = cust_id(e->cust, id);
		f[2] = ekind_name[e->kind];
		f[3] = note;
		file_row(&o, f, 4);
	}
	file_close(&o);
}

/* ---- complaints -------------------------------------------------------- */

struct topic {
	uint8_t cat;
	int8_t kind;        /* the event kind it follows, -1 none */
	uint16_t serious;   /* permille of serious ones */
	const char *open, *answer, *resolve;
};
static const struct topic topics[] = {
	{CAT_PRODUCT, EK_MAINT, 0, "客户反映保养后发动机异响",
	 "技术经理答复：安排技师复检发动机舱，费用由店方承担",
	 "复检发现发动机护板螺丝松动，已紧固，异响消除"},
	{CAT_SERVICE, EK_MAINT, 0, "保养等待时间过长，超过三小时未交车",
	 "服务经理答复：当日工位紧张，向客户致歉并改进预约排班",
	 "赠送免费洗车一次及保养工时券"},
	{CAT_PRICE, EK_REPAIR, 0, "对维修报价不满意，认为工时费偏高",
	 "服务经理答复：按厂家标准工时重新核算费用",
	 "退还多收工时费320元"},
	{CAT_REPAIR, EK_REPAIR, 150, "维修后问题未解决，刹车仍有异响",
	 "技术经理答复：安排二次检修，费用由店方承担",
	 "更换前刹车盘，试车确认异响消除"},
	{CAT_SERVICE, EK_REPAIR, 0, "维修交车时发现车内有油污",
	 "服务经理答复：致歉并安排免费内饰清洁",
	 "已完成内饰精洗，客户到店确认"},
	{CAT_REPAIR, EK_REPAIR, 0, "事故车维修后右后门缝隙不均",
	 "钣喷主管答复：重新调整车门并复检漆面",
	 "车门已重新调整，客户验车确认"},
	{CAT_PARTS, EK_REPAIR, 0, "维修所需配件缺货，等待超过两周",
	 "配件经理答复：已向厂家加急订货，预计五个工作日到货",
	 "配件到货后完成维修，赠送保养一次"},
	{CAT_OTHER, EK_DELIVERY, 100, "新车交付延期，未按合同约定日期交车",
	 "销售经理答复：厂家物流延误，承诺三日内交车",
	 "已交车，赠送一年保养套餐作为补偿"},
	{CAT_PRODUCT, EK_DELIVERY, 0, "新车交付后发现右后门有划痕",
	 "服务经理答复：确认为交付前运输损伤，免费补漆",
	 "已完成补漆，客户验车确认"},
	{CAT_SERVICE, -1, 0, "服务顾问态度冷淡，多次来电无人回复",
	 "客服主管答复：已约谈当事服务顾问，向客户致歉",
	 "服务顾问当面致歉，客户表示接受"},
	{CAT_OTHER, EK_PURCHASE, 0, "销售承诺的赠品（脚垫、贴膜）未兑现",
	 "销售经理答复：核实属实，立即补发赠品",
	 "赠品已补发到位"},
	{CAT_PRICE, EK_ORDER, 0, "对延保服务价格有异议",
	 "服务经理答复：说明延保条款及价格构成",
	 "为客户办理九折优惠"},
	{CAT_PRODUCT, -1, 200, "车机系统频繁死机黑屏",
	 "技术经理答复：升级车机软件至最新版本",
	 "已升级车机软件，观察一周未再死机"},
	{CAT_PRODUCT, EK_MAINT, 0, "保养后发现底盘漏油",
	 "技术经理答复：检查为放油螺丝垫片未更换，免费处理",
	 "已更换垫片并补充机油"},
	{CAT_PRICE, EK_MAINT, 0, "保养时未经同意加做燃油添加剂项目",
	 "服务经理答复：确认未经客户同意，退还费用并致歉",
	 "已退还添加剂费用198元"},
	{CAT_OTHER, -1, 0, "维修期间在店停车被收取停车费",
	 "行政部答复：维修客户停车免费，退还停车费",
	 "已退还停车费20元"},
	{CAT_REPAIR, EK_REPAIR, 600, "刹车维修后高速行驶方向跑偏，存在安全隐患",
	 "技术总监答复：立即安排道路救援，全面检测底盘",
	 "重新做四轮定位并更换左前下摆臂，试车正常"},
	{CAT_PARTS, EK_MAINT, 0, "怀疑保养更换的机油滤清器不是原厂件",
	 "配件经理答复：出示原厂配件出库单及防伪码",
	 "客户核对防伪码确认为原厂件"},
	{CAT_SERVICE, -1, 0, "春节前预约保养，到店后被告知没有工位",
	 "服务经理答复：节前预约量大，排班失误，向客户致歉",
	 "节后优先安排保养，并减免工时费"},
};
enum { TOPIC_SPRING = NELEM(topics) - 1 };

static const char *const reply_notes[] = {
	"已致电客户致歉，说明处理流程和时限",
	"已回复客户，承诺一个工作日内给出处理方案",
	"已微信回复客户，登记问题并安排专人跟进",
	"已当面向客户致歉，记录问题详情",
};
static const char *const wait_notes[] = {
	"等待客户提供维修发票和行驶证照片", "等待客户确认处理方案",
	"客户出差，约定回来后到店检测",
};
static const char *const resume_notes[] = {
	"客户已提供资料，继续处理", "客户已确认方案，继续处理",
	"客户已到店，继续处理",
};
static const char *const revisit_ok_notes[] = {
	"客户对处理结果满意", "客户表示满意，感谢及时处理", "客户基本满意",
};
static const char *const revisit_low_note = "客户对处理结果不满意，认为补偿不足";
static const char *const close_notes[] = {
	"处理完毕，结案", "客户确认满意，结案归档",
};

/* How a complaint goes, in working minutes. */
struct cplan {
	int reply;       /* open -> reply */
	int wait;        /* reply -> wait (0: no wait) */
	int pause;       /* wait -> resume (-1: still waiting) */
	int answer;      /* open -> answer (-1: not yet) */
	int resolve;     /* answer -> resolve (-1: not yet) */
	int revisit;     /* resolve -> revisit (-1: not yet) */
	bool reopen;     /* the first revisit is dissatisfied */
	bool assign;     /* registered by one specialist, handed to another */
};

enum { SC_RANDOM, SC_SPRING, SC_FRIDAY, SC_LADDER, SC_REVISIT, SC_WAITING,
	SC_REOPEN, NSCEN };

struct ctimeline {             /* one complaint's timeline being written */
	struct gen *g;
	struct rng *r;
	int32_t comp;
	cs_time last;
	int holder, rung, team, step;
	bool stopped;
};

static int
rung_holder(const struct ctimeline *x, int rung)
{
	const struct gen *g = x->g;

	switch (rung) {
	case R_ADVISOR: return g->teams[x->team].advisor;
	case R_SUPERVISOR: return g->teams[x->team].supervisor;
	case R_MANAGER: return g->manager;
	default: return g->gm;
	}
}

/* Appends one event at t (at least a minute after the last one); false
 * once the period has ended. */
static bool
cev_add(struct ctimeline *x, cs_time t, int ev, int by, int ms, int rung, int note,
        const uint8_t *sc)
{
	struct gen *g = x->g;
	struct gcev *e;

	if (x->stopped)
		return false;
	if (ev != CE_ESCALATE_ && !is_work_instant(t) &&
	    is_work_instant(t - 60))
		t -= 60;   /* "12:00" is the end of the morning: 11:59 */
	if (t < x->last + 60)
		t = x->last + 60;
	if (t > g->end) {
		x->stopped = true;
		return false;
	}
	g->cev = grow(g->cev, &g->cevcap, g->ncev + 1, sizeof *g->cev);
	e = &g->cev[g->ncev++];
	memset(e, 0, sizeof *e);
	e->at = t;
	e->rec = ev == CE_ESCALATE_ ? t : t + rng_range(x->r, 0, 50);
	e->comp = x->comp;
	e->by = (int16_t)by;
	e->holder = (int16_t)x->holder;
	e->ev = (uint8_t)ev;
	e->step = (uint8_t)x->step++;
	e->ms = (uint8_t)ms;
	e->rung = (uint8_t)rung;
	e->note = (uint8_t)note;
	if (sc)
		memcpy(e->sc, sc, 4);
	x->last = t;
	return true;
}

/* The ladder of auto-dealer.yaml: a milestone late by 2 working hours goes
 * to the advisor, 4 to the supervisor, 1 working day to the manager, 2 to
 * the general manager.  cron (every 10 minutes in working hours) moves it
 * when it sees it, if the milestone is still unmet then. */
static void
escalate_until(struct ctimeline *x, cs_time due, cs_time met, int ms)
{
	for (int k = x->rung + 1; k < NROLES; k++) {
		cs_time th, t;

		switch (k) {
		case R_ADVISOR: th = work_add(due, 120); break;
		case R_SUPERVISOR: th = work_add(due, 240); break;
		case R_MANAGER: th = work_add_days(due, 1); break;
		default: th = work_add_days(due, 2); break;
		}
		t = cron_tick(th);
		if (t >= met || t <= x->last)
			return;
		x->holder = rung_holder(x, k);
		x->rung = k;
		if (!cev_add(x, t, CE_ESCALATE_, -1, ms, k, 0, NULL))
			return;
	}
}

static void
revisit_scores(struct rng *r, uint8_t *sc, bool low)
{
	for (int k = 0; k < 4; k++)
		sc[k] = (uint8_t)(low ? rng_range(r, 1, 3) :
		    rng_chance(r, 700) ? 4 : 3);
	if (low)
		sc[rng_below(r, 4)] = 2;
}

static void
add_revisit_visit(struct gen *g, cs_time at, int32_t cust, int32_t comp,
                  int staff, const uint8_t *sc, bool low)
{
	struct revisit_visit *v;

	g->rv = grow(g->rv, &g->rvcap, g->nrv + 1, sizeof *g->rv);
	v = &g->rv[g->nrv++];
	v->at = at;
	v->cust = cust;
	v->comp = comp;
	v->staff = (int16_t)staff;
	memcpy(v->sc, sc, 4);
	v->low = low;
}

/* Writes complaint i's events as its plan says. */
static void
complaint_timeline(struct gen *g, struct rng *r, int32_t i,
                   const struct cplan *p)
{
	struct gcomplaint *c = &g->comp[i];
	const struct member *reg = &g->staff[c->registrar];
	struct ctimeline x = {g, r, i, c->open - 60, -1, R_SPECIALIST, reg->team_ix, 0,
		false};
	int specialist = c->registrar, t_by;
	cs_time reply, answer, resolve, revisit, wait = 0, resume = 0, due;
	int64_t paused = 0;
	uint8_t sc[4];

	if (c->sev == SEV_SERIOUS || c->chan == CH_MANUFACTURER) {
		x.holder = g->gm;
		x.rung = R_GM;
	} else {
		x.holder = c->registrar;
	}
	cev_add(&x, c->open, CE_OPEN_, c->registrar, 0, 0, 0, NULL);
	if (p->assign && x.rung == R_SPECIALIST) {
		int to = g->cust[c->cust].owner;

		if (to != c->registrar && active_on(g, to, time_date(c->open, TZ)) &&
		    g->staff[to].team_ix == x.team) {
			x.holder = specialist = to;
			cev_add(&x, work_add(c->open, rng_range(r, 5, 30)),
			    CE_ASSIGN_, c->registrar, 0, 0, 0, NULL);
		}
	}
	/* reply: 2 working hours from open */
	reply = work_add(c->open, p->reply);
	escalate_until(&x, work_add(c->open, 120), reply, MS_REPLY);
	if (!cev_add(&x, reply, CE_REPLY_, x.holder, 0, 0, c->chan == CH_WECHAT ?
	    2 : c->chan == CH_ONSITE ? 3 : (int)rng_below(r, 2), NULL))
		return;
	/* waiting on the customer pauses the clock */
	if (p->wait > 0) {
		int w = (int)rng_below(r, NELEM(wait_notes));

		wait = work_add(x.last, p->wait);
		if (!cev_add(&x, wait, CE_WAIT_, x.holder, 0, 0, w, NULL) ||
		    p->pause < 0)
			return;
		resume = work_add(wait, p->pause);
		paused = work_between(wait, resume);
		if (!cev_add(&x, resume, CE_RESUME_, x.holder, 0, 0, w, NULL))
			return;
	}
	/* answer: 1 working day from open, plus the paused time */
	due = work_add(work_add_days(c->open, 1), paused);
	if (p->answer < 0) {
		escalate_until(&x, due, INT64_MAX, MS_ANSWER);
		return;
	}
	answer = p->wait > 0 ? work_add(resume, p->answer) :
	    work_add(c->open, p->answer);
	if (answer <= x.last + 600)
		answer = work_add(x.last, rng_range(r, 20, 90));
	escalate_until(&x, due, answer, MS_ANSWER);
	if (!cev_add(&x, answer, CE_ANSWER_, x.holder, 0, 0, 0, NULL) ||
	    p->resolve < 0)
		return;
	for (int round = 0; round < 2; round++) {
		bool low = p->reopen && round == 0;

		resolve = work_add(x.last, round ? rng_range(r, 400, 900) :
		    p->resolve);
		if (!cev_add(&x, resolve, CE_RESOLVE_, x.holder, 0, 0, round,
		    NULL))
			return;
		/* revisit: 1 working day from resolve, by the specialist */
		due = work_add_days(resolve, 1);
		if (p->revisit < 0 && round == 0) {
			escalate_until(&x, due, INT64_MAX, MS_REVISIT);
			return;
		}
		revisit = work_add(resolve, round ? rng_range(r, 60, 300) :
		    p->revisit);
		escalate_until(&x, due, revisit, MS_REVISIT);
		if (!active_on(g, specialist, time_date(revisit, TZ)))
			specialist = colleague(g, r, x.team, -1,
			    time_date(revisit, TZ));
		revisit_scores(r, sc, low);
		if (!cev_add(&x, revisit, CE_REVISIT_, specialist, 0, 0,
		    (int)rng_below(r, NELEM(revisit_ok_notes)), sc))
			return;
		add_revisit_visit(g, x.last, c->cust, i, specialist, sc, low);
		if (!low)
			break;
		/* dissatisfied: reopen and one rung up */
		if (!cev_add(&x, work_add(x.last, rng_range(r, 5, 20)),
		    CE_REOPEN_, specialist, 0, 0, 0, NULL))
			return;
		if (x.rung < R_GM) {
			x.rung++;
			x.holder = rung_holder(&x, x.rung);
			if (!cev_add(&x, x.last + 60, CE_ESCALATE_, -1, MS_REVISIT,
			    x.rung, 1, NULL))
				return;
		}
	}
	t_by = rng_chance(r, 700) ? x.holder : specialist;
	cev_add(&x, work_add(x.last, rng_range(r, 10, 90)), CE_CLOSE_, t_by, 0,
	    0, (int)rng_below(r, NELEM(close_notes)), NULL);
}

/* A plausible plan: mostly within the 211 rule, some late. */
static void
random_plan(struct rng *r, struct cplan *p, bool top)
{
	memset(p, 0, sizeof *p);
	p->reply = !top && rng_chance(r, 150) ? rng_range(r, 150, 420) :
	    rng_range(r, 8, 100);
	if (rng_chance(r, 150)) {
		p->wait = rng_range(r, 10, 60);
		p->pause = rng_range(r, 300, 1800);
		p->answer = rng_range(r, 60, 240);
	} else {
		p->answer = !top && rng_chance(r, 120) ? rng_range(r, 480, 1100) :
		    rng_range(r, 150, 440);
	}
	p->resolve = rng_range(r, 30, 1800);
	p->revisit = !top && rng_chance(r, 100) ? rng_range(r, 500, 900) :
	    rng_range(r, 30, 420);
	p->assign = rng_chance(r, 150);
}

/* Who takes a complaint of customer ci on day d. */
static int
registrar_for(const struct gen *g, struct rng *r, long ci, cs_date d)
{
	const struct cust *c = &g->cust[ci];
	int s = c->first_owner != c->owner && d < g->staff[c->first_owner].left ?
	    c->first_owner : c->owner;

	if (!active_on(g, s, d) || rng_chance(r, 120))
		s = colleague(g, r, g->staff[c->first_owner].team_ix, -1, d);
	if (s < 0)
		s = g->spec_all[0];
	return s;
}

/* The time a complaint arrives through channel ch, near t. */
static cs_time
arrival(struct rng *r, int ch, cs_time t)
{
	cs_date d = time_date(t, TZ);
	int m = time_minute_of_day(t, TZ);

	switch (ch) {
	case CH_WECHAT:  /* any time people are awake */
		if (m < 8 * 60 || m > 22 * 60)
			return at_local(d + (m > 22 * 60), rng_range(r, 8 * 60,
			    10 * 60));
		return t;
	case CH_ONSITE:  /* the showroom is open every day */
		if (is_closed(d))
			d = open_day(d);
		if (m < 9 * 60 || m > 18 * 60)
			m = rng_range(r, 9 * 60 + 30, 17 * 60 + 30);
		return at_local(d, m);
	default:         /* office hours */
		return work_add(t, rng_range(r, 0, 90));
	}
}

static int
pick_channel(struct rng *r, const struct topic *tp)
{
	static const int w[NCHANNELS] = {45, 22, 15, 6, 2, 0};

	if (tp->cat == CAT_PRODUCT && rng_chance(r, 250))
		return CH_MANUFACTURER;
	return rng_weighted(r, w, NCHANNELS);
}

/* A complaint that follows a customer's event or comes out of nowhere. */
static bool
random_complaint(struct gen *g, struct rng *r, struct gcomplaint *c)
{
	int tix;
	cs_time t;

	memset(c, 0, sizeof *c);
	if (g->nev && rng_chance(r, 650)) {
		const struct gevent *e = &g->ev[rng_below(r, (uint32_t)g->nev)];
		int cand[NELEM(topics)], n = 0;

		for (int k = 0; k < TOPIC_SPRING; k++)
			if (topics[k].kind == e->kind)
				cand[n++] = k;
		if (!n)
			return false;
		tix = cand[rng_below(r, (uint32_t)n)];
		c->cust = e->cust;
		t = e->at + 60 * rng_range(r, 120, 4 * 24 * 60);
	} else {
		int cand[NELEM(topics)], n = 0;
		cs_date lo, d;

		for (int k = 0; k < TOPIC_SPRING; k++)
			if (topics[k].kind < 0)
				cand[n++] = k;
		tix = cand[rng_below(r, (uint32_t)n)];
		c->cust = (int32_t)rng_below(r, (uint32_t)g->ncust);
		lo = g->cust[c->cust].since > g->from ? g->cust[c->cust].since :
		    g->from;
		d = lo + (cs_date)rng_below(r, (uint32_t)(g->to - lo + 1));
		t = at_local(d, rng_range(r, 9 * 60, 18 * 60));
	}
	c->topic = (uint8_t)tix;
	c->chan = (uint8_t)pick_channel(r, &topics[tix]);
	c->sev = rng_chance(r, topics[tix].serious) ? SEV_SERIOUS : SEV_GENERAL;
	c->open = arrival(r, c->chan, t);
	if (c->open > g->end - 3600)
		return false;
	c->registrar = (int16_t)registrar_for(g, r, c->cust,
	    time_date(c->open, TZ));
	return true;
}

/* The first customer of class cls (any if -1) from index start on whose
 * since is before d and who has no scenario yet. */
static long
scenario_customer(const struct gen *g, long start, int cls, cs_date d,
                  const bool *taken)
{
	for (long k = 0; k < g->ncust; k++) {
		long i = (start + k) % g->ncust;
		const struct cust *c = &g->cust[i];

		if ((cls < 0 || c->cls == cls) && c->since < d - 30 && !taken[i] &&
		    active_on(g, c->owner, d))
			return i;
	}
	return -1;
}

static int
cmp_complaint(const void *a, const void *b)
{
	const struct gcomplaint *x = a, *y = b;

	if (x->open != y->open)
		return x->open < y->open ? -1 : 1;
	return x->cust < y->cust ? -1 : x->cust > y->cust;
}

static int
cmp_cev(const void *a, const void *b)
{
	const struct gcev *x = a, *y = b;

	if (x->rec != y->rec)
		return x->rec < y->rec ? -1 : 1;
	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->comp != y->comp)
		return x->comp < y->comp ? -1 : 1;
	return x->step - y->step;
}

static int
cmp_rv(const void *a, const void *b)
{
	const struct revisit_visit *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->comp < y->comp ? -1 : x->comp > y->comp;
}

/* The scenarios the tests and the demo rely on, when the period holds
 * them (all relative to the period's last Friday but one). */
static void
add_scenarios(struct gen *g, struct rng *r)
{
	cs_date fri = last_friday(g), spring = date_from_ymd(2026, 2, 13);
	bool *taken = xcalloc((size_t)g->ncust, sizeof *taken);
	struct {
		int scen, cls, topic, chan;
		cs_date day;
		int minute;
	} sc[] = {
		{SC_SPRING, CL_ROUTINE, TOPIC_SPRING, CH_PHONE, spring, 17 * 60 + 5},
		{SC_FRIDAY, CL_VIP, 1, CH_PHONE, fri, 15 * 60 + 40},
		{SC_LADDER, CL_KEY, 3, CH_ONSITE, fri - 3, 10 * 60 + 20},
		{SC_REVISIT, CL_ROUTINE, 2, CH_PHONE, fri - 8, 14 * 60 + 10},
		{SC_WAITING, CL_ROUTINE, 11, CH_WECHAT, fri - 4, 10 * 60},
		{SC_REOPEN, CL_ROUTINE, 5, CH_PHONE,
		 shift_workday(g->from + (g->to - g->from) * 3 / 5, 1), 10 * 60},
	};

	for (int k = 0; k < NELEM(sc); k++) {
		struct gcomplaint *c;
		long ci;

		if (sc[k].day - 40 < g->from || sc[k].day > g->to)
			continue;
		ci = scenario_customer(g, (long)rng_below(r, (uint32_t)g->ncust),
		    sc[k].cls, sc[k].day, taken);
		if (ci < 0)
			continue;
		taken[ci] = true;
		g->comp = grow(g->comp, &g->compcap, g->ncomp + 1, sizeof *g->comp);
		c = &g->comp[g->ncomp++];
		memset(c, 0, sizeof *c);
		c->open = at_local(sc[k].day, sc[k].minute);
		c->cust = (int32_t)ci;
		c->topic = (uint8_t)sc[k].topic;
		c->chan = (uint8_t)sc[k].chan;
		c->sev = SEV_GENERAL;
		c->scen = (uint8_t)sc[k].scen;
		c->registrar = g->cust[ci].owner;
	}
	free(taken);
}

static void
scenario_plan(const struct gen *g, const struct gcomplaint *c, struct rng *r,
              struct cplan *p)
{
	cs_date fri = last_friday(g);

	random_plan(r, p, false);
	p->assign = false;
	switch (c->scen) {
	case SC_SPRING:   /* Fri 17:05: reply Sat 09:40 (a make-up day) */
		p->reply = 95;
		p->wait = 0;
		p->answer = 405;
		p->resolve = 190;
		p->revisit = 240;
		break;
	case SC_FRIDAY:   /* replied; the answer is due Monday afternoon */
		p->reply = 45;
		p->wait = 0;
		p->answer = -1;
		break;
	case SC_LADDER:   /* never answered: up the whole ladder */
		p->reply = 45;
		p->wait = 0;
		p->answer = -1;
		break;
	case SC_REVISIT:  /* resolved Thursday 14:30, the revisit is late */
		p->reply = 30;
		p->wait = 0;
		p->answer = 300;
		p->resolve = (int)work_between(work_add(c->open, 300),
		    at_local(fri - 1, 14 * 60 + 30));
		p->revisit = -1;
		break;
	case SC_WAITING:  /* waiting on the customer since Monday */
		p->reply = 40;
		p->wait = 30;
		p->pause = -1;
		break;
	case SC_REOPEN:   /* the first revisit is dissatisfied */
		p->reply = 35;
		p->wait = 0;
		p->answer = 300;
		p->resolve = 900;
		p->revisit = 120;
		p->reopen = true;
		break;
	}
}

static void
gen_complaints(struct gen *g)
{
	struct rng r;
	long ndays = g->to - g->from + 1;
	long want = (long)((g->ncust * ndays * 2 + 3650 / 2) / 3650);
	int year = 0, yseq = 0;

	rng_seed(&r, g->seed, STREAM_COMPLAINTS);
	add_scenarios(g, &r);
	want -= (long)g->ncomp;
	for (long k = 0, tries = 0; k < want && tries < want * 20; tries++) {
		struct gcomplaint c;

		if (!random_complaint(g, &r, &c))
			continue;
		g->comp = grow(g->comp, &g->compcap, g->ncomp + 1, sizeof *g->comp);
		g->comp[g->ncomp++] = c;
		k++;
	}
	sort(g->comp, g->ncomp, sizeof *g->comp, cmp_complaint);
	for (size_t i = 0; i < g->ncomp; i++) {
		struct gcomplaint *c = &g->comp[i];
		int y, m, d;
		struct cplan p;

		date_to_ymd(time_date(c->open, TZ), &y, &m, &d);
		if (y != year) {
			year = y;
			yseq = 0;
		}
		c->year = y;
		c->yseq = ++yseq;
		if (c->scen)
			scenario_plan(g, c, &r, &p);
		else
			random_plan(&r, &p, c->sev == SEV_SERIOUS ||
			    c->chan == CH_MANUFACTURER);
		complaint_timeline(g, &r, (int32_t)i, &p);
	}
	sort(g->cev, g->ncev, sizeof *g->cev, cmp_cev);
	sort(g->rv, g->nrv, sizeof *g->rv, cmp_rv);
}

static void
cev_note(const struct gen *g, const struct gcev *e, char *buf, size_t n)
{
	const struct gcomplaint *c = &g->comp[e->comp];
	const struct topic *tp = &topics[c->topic];

	switch (e->ev) {
	case CE_OPEN_:
		snprintf(buf, n, "%s%s", c->chan == CH_MANUFACTURER ?
		    "厂家400热线转来：" : c->chan == CH_VISIT ? "回访时客户反映：" :
		    "", tp->open);
		break;
	case CE_ASSIGN_:
		snprintf(buf, n, "转交客户专属客服跟进");
		break;
	case CE_REPLY_:
		snprintf(buf, n, "%s", reply_notes[e->note]);
		break;
	case CE_ANSWER_:
		snprintf(buf, n, "%s", tp->answer);
		break;
	case CE_RESOLVE_:
		snprintf(buf, n, "%s%s", e->note ? "再次处理：" : "", tp->resolve);
		break;
	case CE_REVISIT_:
		snprintf(buf, n, "%s", e->sc[0] && (e->sc[0] <= 2 ||
		    e->sc[1] <= 2 || e->sc[2] <= 2 || e->sc[3] <= 2) ?
		    revisit_low_note : revisit_ok_notes[e->note]);
		break;
	case CE_CLOSE_:
		snprintf(buf, n, "%s", close_notes[e->note]);
		break;
	case CE_REOPEN_:
		snprintf(buf, n, "回访不满意，重新处理");
		break;
	case CE_WAIT_:
		snprintf(buf, n, "%s", wait_notes[e->note]);
		break;
	case CE_RESUME_:
		snprintf(buf, n, "%s", resume_notes[e->note]);
		break;
	case CE_ESCALATE_:
		if (e->note)
			snprintf(buf, n, "回访不满意，升级至%s", role_label[e->rung]);
		else
			snprintf(buf, n, "%s超时，升级至%s", ms_label[e->ms],
			    role_label[e->rung]);
		break;
	default:
		buf[0] = '\0';
	}
}

static char *
scores_text(const uint8_t *sc, char *buf)
{
	char *p = buf;

	for (int k = 0; k < 4 && sc[0]; k++) {
		if (k)
			*p++ = ',';
		*p++ = (char)('0' + sc[k]);
	}
	*p = '\0';
	return buf;
}

static void
write_complaints(const struct gen *g)
{
	static const char *const cols[] = {
		"seq", "complaint", "event", "at", "by", "customer", "holder",
		"severity", "category", "channel", "milestone", "rung", "scores",
		"note", "recorded_at",
	};
	struct outf o;

	file_open(&o, g->dir, "complaints.csv", cols, NELEM(cols));
	for (size_t i = 0; i < g->ncev; i++) {
		const struct gcev *e = &g->cev[i];
		const struct gcomplaint *c = &g->comp[e->comp];
		char seq[24], id[32], at[32], by[32], cust[32], holder[32];
		char sc[32], note[256], rec[32];
		bool open = e->ev == CE_OPEN_;
		const char *f[15];

		put_num(seq, "", i + 1, 1);
		cev_note(g, e, note, sizeof note);
		f[0] = seq;
		f[1] = comp_id(c, id);
		f[2] = cev_name[e->ev];
		f[3] = time_format_iso(e->at, TZ, at);
		f[4] = staff_id(e->by, by);
		f[5] = cust_id(c->cust, cust);
		f[6] = staff_id(e->holder, holder);
		f[7] = open ? sev_name[c->sev] : "";
		f[8] = open ? cat_name[topics[c->topic].cat] : "";
		f[9] = open ? chan_name[c->chan] : "";
		f[10] = ms_name[e->ms];
		f[11] = e->ev == CE_ESCALATE_ ? role_name[e->rung] : "";
		f[12] = scores_text(e->sc, sc);
		f[13] = note;
		f[14] = time_format_iso(e->rec, TZ, rec);
		file_row(&o, f, 15);
	}
	file_close(&o);
}

/* ---- visits ------------------------------------------------------------ */

enum { M_PHONE, M_ONSITE, M_WECHAT, M_SMS, NMETHODS };
static const char *const method_name[] = {"phone", "onsite", "wechat", "sms"};
enum { O_DONE, O_UNREACHED, O_REFUSED, O_RESCHEDULED };
static const char *const outcome_name[] = {
	"done", "unreached", "refused", "rescheduled",
};

/* Notes: done visits per task (a %s gets the date the visit is about). */
static const char *const note_regular[] = {
	"车辆使用正常，无其他需求", "客户表示对服务满意",
	"客户询问保养套餐价格，已介绍", "客户咨询二手车置换政策，已转销售顾问",
	"客户反映油耗偏高，建议进店检测", "客户近期出差，车辆使用较少",
	"已提醒冬季胎压检查", "客户推荐朋友来店看车，已登记",
	"客户询问延保服务，已发送资料", "已告知本月到店保养优惠活动",
};
static const char *const note_enterprise[] = {
	"拜访车队负责人，了解车辆使用情况", "与行政部沟通下季度维保计划",
	"车队车辆运行正常，驾驶员反馈良好", "客户计划明年增购车辆，已转大客户经理",
};
static const char *const note_repair[] = {
	"维修后车辆正常，客户满意", "客户对维修速度满意",
	"客户反映维修后仍有轻微异响，已预约复检", "客户认为维修费用偏高，已解释收费标准",
	"车辆使用正常，感谢关心",
};
static const char *const note_delivery[] = {
	"新车使用正常，已提醒首保时间", "已讲解车机互联功能使用",
	"客户询问上牌进度，已告知", "已提醒首保（3个月或5000公里）",
};
static const char *const note_maint[] = {
	"已提醒保养到期日%s，客户表示会按时进店", "已提醒保养到期日%s，已预约进店时间",
	"客户表示已在外地保养", "已发送保养到期提醒（%s）",
};
static const char *const note_contract[] = {
	"已送达合同到期通知（%s到期），客户同意续签", "已送达合同到期通知，客户考虑中",
	"客户同意续约，约定签约时间",
};
static const char *const note_policy[] = {
	"续保提醒：保单%s到期，已报价，客户考虑中", "客户同意续保，约定来店办理",
	"客户已在其他渠道投保", "已微信发送续保报价单（保单%s到期）",
};
static const char *const note_onduty = "节日值班回访：新车使用正常，已提醒首保";
static const char *const note_complaint[] = {
	"投诉处理结果回访，客户满意", "投诉处理结果回访，客户对处理结果不满意",
};
static const char *const note_low[] = {
	"客户对维修等待时间不满意", "客户反映服务顾问未及时回电",
	"客户对收费有异议", "客户反映洗车不干净",
};
static const char *const note_unreached[] = {
	"电话无人接听", "客户关机", "电话占线", "号码暂时无法接通",
	"微信未回复", "微信消息未读",
};
static const char *const note_rescheduled[] = {
	"客户正在开车，约下午再联系", "客户在开会，约明天再联系",
	"客户出差，下周再联系",
};
static const char *const note_refused[] = {
	"客户表示不需要回访", "客户较忙，拒绝回访",
};
static const char *const note_correction[] = {
	"更正：实际已接通，补录评分", "更正：评分录入有误", "更正：回访方式应为微信",
};
enum { NK_NONE, NK_DONE, NK_LOW, NK_UNREACHED, NK_RESCHEDULED, NK_REFUSED,
	NK_CORRECTION, NK_ONDUTY };

static const char *const *const done_notes[NTASKS] = {
	note_regular, note_regular, note_repair, note_delivery, note_maint,
	note_contract, note_regular, note_enterprise, note_policy, note_complaint,
};
static const int done_nnotes[NTASKS] = {
	NELEM(note_regular), NELEM(note_regular), NELEM(note_repair),
	NELEM(note_delivery), NELEM(note_maint), NELEM(note_contract),
	NELEM(note_regular), NELEM(note_enterprise), NELEM(note_policy),
	NELEM(note_complaint),
};

/* The note of visit v: a fixed text, or one formatted into buf. */
static const char *
visit_note(const struct vrec *v, char *buf, size_t n)
{
	char date[32];

	switch (v->note_kind) {
	case NK_DONE:
		if (!strchr(done_notes[v->task][v->note], '%'))
			return done_notes[v->task][v->note];
		snprintf(buf, n, done_notes[v->task][v->note],
		    opt_date(v->aux, date));
		return buf;
	case NK_LOW:
		return note_low[v->note];
	case NK_UNREACHED:
		return note_unreached[v->note];
	case NK_RESCHEDULED:
		return note_rescheduled[v->note];
	case NK_REFUSED:
		return note_refused[v->note];
	case NK_CORRECTION:
		return note_correction[v->note];
	case NK_ONDUTY:
		return note_onduty;
	default:
		return "";
	}
}

static bool
survey_task(int task)
{
	return task <= T_DELIVERY || task == T_VIP || task == T_ENTERPRISE ||
	    task == T_COMPLAINT;
}

static int
pick_method(struct rng *r, int task, int cls)
{
	static const int w[NTASKS][NMETHODS] = {
		/* phone onsite wechat sms */
		{76, 2, 22, 0},  /* routine */
		{60, 15, 25, 0}, /* key */
		{85, 0, 15, 0},  /* repair */
		{85, 0, 15, 0},  /* delivery */
		{60, 0, 10, 30}, /* maintenance */
		{40, 50, 10, 0}, /* contract */
		{70, 8, 22, 0},  /* vip */
		{45, 40, 15, 0}, /* enterprise */
		{85, 0, 15, 0},  /* policy */
		{100, 0, 0, 0},  /* complaint */
	};
	int m = rng_weighted(r, w[task], NMETHODS);

	if (m == M_ONSITE && task == T_CONTRACT && cls != CL_ENTERPRISE &&
	    rng_chance(r, 600))
		m = M_PHONE;
	return m;
}

static void
pick_scores(struct rng *r, uint8_t *sc)
{
	int mood = (int)rng_below(r, 1000);

	for (int k = 0; k < 4; k++) {
		if (mood < 850)
			sc[k] = rng_chance(r, 720) ? 4 : 3;
		else if (mood < 988)
			sc[k] = (uint8_t)(rng_chance(r, 35) ? 2 :
			    rng_chance(r, 700) ? 3 : 4);
		else
			sc[k] = (uint8_t)rng_range(r, 1, 3);
	}
	if (mood >= 988)
		sc[rng_below(r, 4)] = (uint8_t)rng_range(r, 1, 2);
}

static bool
low_scores(const uint8_t *sc)
{
	return sc[0] && (sc[0] <= 2 || sc[1] <= 2 || sc[2] <= 2 || sc[3] <= 2);
}

/* A time in working hours when staff s is free on day d, for a visit of
 * dur minutes: calls cluster mid-morning and mid-afternoon.  Once a day
 * is full (big data sets), any time will do. */
static void
busy_add(struct gen *g, int s, cs_date d, int m, int dur)
{
	struct busy *b = &g->busy[s];

	if (b->day != d) {
		b->day = d;
		b->n = 0;
	}
	if (b->n < BUSY_MAX) {
		b->start[b->n] = (int16_t)m;
		b->end[b->n++] = (int16_t)(m + dur);
	}
}

static cs_time
take_slot(struct gen *g, int s, cs_date d, int dur)
{
	struct rng *r = &g->vr;
	struct busy *b = &g->busy[s];
	int m, tries;

	if (b->day != d) {
		b->day = d;
		b->n = 0;
	}
	m = rng_chance(r, 450) ? rng_range(r, WORK_AM0 + 5, WORK_AM1 - 20) :
	    rng_range(r, WORK_PM0 + 5, WORK_PM1 - 20);
	if (!is_workday(d))   /* on duty over a holiday */
		m = rng_range(r, 10 * 60, 16 * 60);
	if (b->n == BUSY_MAX)
		return at_local(d, m);
	for (tries = 0; tries < 2 * BUSY_MAX; tries++) {
		bool moved = false;

		for (int k = 0; k < b->n; k++) {
			if (m < b->end[k] + 2 && m + dur + 2 > b->start[k]) {
				m = b->end[k] + rng_range(r, 2, 15);
				moved = true;
			}
		}
		if (m + dur > WORK_AM1 && m < WORK_PM0)
			m = WORK_PM0 + rng_range(r, 0, 15), moved = true;
		if (m + dur > WORK_PM1)
			m = WORK_AM0 + rng_range(r, 0, 20), moved = true;
		if (!moved)
			break;
	}
	busy_add(g, s, d, m, dur);
	return at_local(d, m);
}

static struct vrec *
new_vrec(struct gen *g)
{
	struct vrec *v;

	g->buf = grow(g->buf, &g->bufcap, g->nbuf + 1, sizeof *g->buf);
	v = &g->buf[g->nbuf];
	memset(v, 0, sizeof *v);
	v->seq = (int32_t)g->nbuf++;
	v->corr_seq = -1;
	v->comp = -1;
	v->aux = NEVER;
	return v;
}

/* Perhaps a correction of visit v, recorded later the same day. */
static void
maybe_correct(struct gen *g, int32_t vi)
{
	struct rng *r = &g->vr;
	struct vrec *v = &g->buf[vi], *c;
	int kind, s;
	cs_time late;

	if (v->comp >= 0 || v->method == M_SMS || !rng_chance(r, 6))
		return;
	if (v->outcome == O_UNREACHED)
		kind = 0;
	else if (v->outcome == O_DONE && v->sc[0])
		kind = v->method == M_PHONE && rng_chance(r, 300) ? 2 : 1;
	else
		return;
	s = g->staff[v->staff].team_ix >= 0 && rng_chance(r, 400) ?
	    g->teams[g->staff[v->staff].team_ix].supervisor : v->staff;
	c = new_vrec(g);
	v = &g->buf[vi];
	*c = *v;
	c->seq = (int32_t)g->nbuf - 1;
	v->corr_seq = c->seq;
	v->mand = c->mand = 1;
	late = at_local(time_date(v->at, TZ), 17 * 60 + 20 + rng_range(r, 0, 30));
	c->rec = (v->rec + 1200 > late ? v->rec + 1200 : late) +
	    rng_range(r, 0, 59);
	c->recby = (int16_t)s;
	c->note_kind = NK_CORRECTION;
	c->note = (uint8_t)kind;
	if (kind == 0) {
		c->outcome = O_DONE;
		pick_scores(r, c->sc);
		if (!survey_task(c->task))
			memset(c->sc, 0, 4);
	} else if (kind == 1) {
		int k = (int)rng_below(r, 4);

		c->sc[k] = (uint8_t)(c->sc[k] == 4 ? 3 : c->sc[k] + 1);
	} else {
		c->method = M_WECHAT;
	}
}

/* The date of the customer's next regular visit after `after`. */
static cs_date
regular_next(struct gen *g, const struct cust *c, cs_date after, bool first)
{
	cs_date t;
	int y, m, d;

	if (c->cls == CL_KEY) {
		t = after - date_weekday(after) + (first ? 0 : 7) + c->pref % 5;
		if (t <= after)
			t += 7;
	} else {
		date_to_ymd(after, &y, &m, &d);
		t = date_from_ymd(y, m, 1 + c->pref) + rng_range(&g->vr, -2, 2);
		while (t <= after || (!first && t - after < 18))
			t = date_add_months(t, 1);
	}
	if (g->scale > 1000)
		t = after + 1 + (cs_date)((int64_t)(t - after - 1) * 1000 / g->scale);
	t = shift_workday(t, 1);
	return t > g->to ? NEVER : t;
}

static void
bucket_remove(struct gen *g, int32_t ci)
{
	struct cust *c = &g->cust[ci];

	if (c->bday == NEVER)
		return;
	if (c->bprev >= 0)
		g->cust[c->bprev].bnext = c->bnext;
	else
		g->head[c->bday - g->from] = c->bnext;
	if (c->bnext >= 0)
		g->cust[c->bnext].bprev = c->bprev;
	c->bday = NEVER;
	c->bnext = c->bprev = -1;
}

/* Puts the customer in the bucket of its next action. */
static void
resched(struct gen *g, int32_t ci)
{
	struct cust *c = &g->cust[ci];
	cs_date d = c->reg_next;

	bucket_remove(g, ci);
	if (c->pending && c->retry < d)
		d = c->retry;
	if (d == NEVER || d > g->to)
		return;
	c->bday = d;
	c->bprev = -1;
	c->bnext = g->head[d - g->from];
	if (c->bnext >= 0)
		g->cust[c->bnext].bprev = ci;
	g->head[d - g->from] = ci;
}

/* Who calls customer c on day d (-1: nobody; a customer of someone who
 * left and was not handed over, or during the handover). */
static int
visitor(const struct gen *g, const struct cust *c, cs_date d, bool regular)
{
	if (c->first_owner != c->owner) {
		cs_date left = g->staff[c->first_owner].left;

		if (d < left)
			return c->first_owner;
		if (regular && d < left + 14)
			return -1;
	}
	return active_on(g, c->owner, d) ? c->owner : -1;
}

/* Makes one visit of customer ci for task on day d. */
static void
make_visit(struct gen *g, int32_t ci, cs_date d, int task, cs_date aux,
           bool onduty)
{
	struct rng *r = &g->vr;
	struct cust *c = &g->cust[ci];
	bool regular = task == T_ROUTINE || task == T_KEY || task == T_VIP ||
	    task == T_ENTERPRISE;
	int s = visitor(g, c, d, regular), dur, team;
	struct vrec *v;
	int32_t vi;

	if (s < 0 && !regular && rng_chance(r, 500))
		s = colleague(g, r, g->staff[c->first_owner].team_ix, -1, d);
	if (onduty)
		s = g->spec_all[rng_below(r, (uint32_t)g->nspec_all)];
	if (s < 0 || !active_on(g, s, d))
		return;
	c->last_contact = d;
	team = g->staff[s].team_ix;
	v = new_vrec(g);
	vi = v->seq;
	v->cust = ci;
	v->task = (uint8_t)task;
	v->aux = aux;
	v->method = (uint8_t)pick_method(r, task, c->cls);
	if (!onduty && rng_chance(r, 60)) {
		int o = colleague(g, r, team, s, d);

		if (o >= 0)
			s = o;   /* covering for a colleague */
	}
	if (v->method == M_ONSITE && c->cls != CL_ROUTINE && rng_chance(r, 350))
		s = g->teams[team].advisor;
	v->staff = v->recby = (int16_t)s;
	switch (v->method) {
	case M_ONSITE: dur = rng_range(r, 60, 150); break;
	case M_SMS: dur = rng_range(r, 1, 2); break;
	case M_WECHAT: dur = rng_range(r, 3, 10); break;
	default: dur = rng_range(r, 4, 12);
	}
	v->at = take_slot(g, s, d, dur);
	v->rec = v->at + 60 * (dur + rng_range(r, 0, 4)) + rng_range(r, 0, 59);
	if (v->method == M_ONSITE) {
		/* written up back at the office */
		cs_time back = v->rec + 60 * rng_range(r, 20, 90);

		if (time_minute_of_day(back, TZ) < 19 * 60 + 30 &&
		    time_date(back, TZ) == d)
			v->rec = back;
	}
	if (v->method == M_SMS || v->method == M_ONSITE)
		v->outcome = O_DONE;
	else {
		static const int w[] = {840, 100, 20, 40};

		v->outcome = (uint8_t)rng_weighted(r, w, 4);
	}
	switch (v->outcome) {
	case O_DONE:
		if (survey_task(task) && v->method != M_SMS)
			pick_scores(r, v->sc);
		if (low_scores(v->sc)) {
			v->note_kind = NK_LOW;
			v->note = (uint8_t)rng_below(r, NELEM(note_low));
		} else if (onduty) {
			v->note_kind = NK_ONDUTY;
		} else if (!regular || rng_chance(r, 600)) {
			v->note_kind = NK_DONE;
			v->note = (uint8_t)rng_below(r, (uint32_t)done_nnotes[task]);
		}
		break;
	case O_UNREACHED:
		v->note_kind = NK_UNREACHED;
		v->note = (uint8_t)(v->method == M_WECHAT ? 4 + rng_below(r, 2) :
		    rng_below(r, 4));
		break;
	case O_RESCHEDULED:
		v->note_kind = NK_RESCHEDULED;
		v->note = (uint8_t)rng_below(r, NELEM(note_rescheduled));
		break;
	default:
		v->note_kind = NK_REFUSED;
		v->note = (uint8_t)rng_below(r, NELEM(note_refused));
	}
	maybe_correct(g, vi);
	v = &g->buf[vi];
	/* not reached: try again in a working day or three */
	if ((v->outcome == O_UNREACHED || v->outcome == O_RESCHEDULED) &&
	    v->corr_seq < 0 && c->tries < 2) {
		c->pending = (uint8_t)(task + 1);
		c->retry = shift_workday(d + rng_range(r, 1, 3), 1);
		c->tries++;
	} else {
		c->pending = 0;
		c->tries = 0;
	}
}

static int
cmp_vrec(const void *a, const void *b)
{
	const struct vrec *x = a, *y = b;

	if (x->rec != y->rec)
		return x->rec < y->rec ? -1 : 1;
	return x->seq - y->seq;
}

static void
emit_visit(struct gen *g, struct outf *o, struct vrec *v)
{
	char id[32], at[32], cust[32], staff[32], sc[4][4], comp[32], note[256];
	char amends[32], rec[32], recby[32];
	const char *f[32];

	f[0] = visit_id(++g->next_id, id);
	f[1] = time_format_iso(v->at, TZ, at);
	f[2] = cust_id(v->cust, cust);
	f[3] = staff_id(v->staff, staff);
	f[4] = method_name[v->method];
	f[5] = outcome_name[v->outcome];
	for (int k = 0; k < 4; k++) {
		sc[k][0] = v->sc[k] ? (char)('0' + v->sc[k]) : '\0';
		sc[k][1] = '\0';
		f[6 + k] = sc[k];
	}
	f[10] = task_rule[v->task];
	if (v->comp >= 0)
		comp_id(&g->comp[v->comp], comp);
	else
		comp[0] = '\0';
	f[11] = comp;
	f[12] = visit_note(v, note, sizeof note);
	if (v->amends)
		visit_id(v->amends, amends);
	else
		amends[0] = '\0';
	f[13] = amends;
	f[14] = time_format_iso(v->rec, TZ, rec);
	f[15] = staff_id(v->recby, recby);
	file_row(o, f, 16);
	if (v->corr_seq >= 0)
		g->buf[g->pos[v->corr_seq]].amends = g->next_id;
}

/* Writes (or counts) the day's visits in the order they were recorded. */
static void
flush_day(struct gen *g, struct outf *o)
{
	if (!g->emit) {
		for (size_t i = 0; i < g->nbuf; i++) {
			if (g->buf[i].mand)
				g->nmand++;
			else
				g->nopt++;
		}
		g->nbuf = 0;
		return;
	}
	sort(g->buf, g->nbuf, sizeof *g->buf, cmp_vrec);
	g->pos = grow(g->pos, &g->poscap, g->nbuf, sizeof *g->pos);
	for (size_t i = 0; i < g->nbuf; i++)
		g->pos[g->buf[i].seq] = (int32_t)i;
	for (size_t i = 0; i < g->nbuf; i++) {
		struct vrec *v = &g->buf[i];

		if (g->want_visits >= 0 && !v->mand) {
			/* selection sampling: exactly need_opt of left_opt */
			bool take = (long long)rng_below(&g->pick,
			    (uint32_t)(g->left_opt > UINT32_MAX ? UINT32_MAX :
			    g->left_opt)) < g->need_opt;

			g->left_opt--;
			if (!take)
				continue;
			g->need_opt--;
		}
		emit_visit(g, o, v);
	}
	g->nbuf = 0;
}

static void
shuffle(struct rng *r, int32_t *a, size_t n)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = rng_below(r, (uint32_t)i);
		int32_t t = a[i - 1];

		a[i - 1] = a[j];
		a[j] = t;
	}
}

static int
regular_task(int cls)
{
	static const int t[] = {T_ROUTINE, T_KEY, T_VIP, T_ENTERPRISE};

	return t[cls];
}

/* One pass over the period, day by day: counting (o == NULL) or writing. */
static void
simulate_visits(struct gen *g, struct outf *o)
{
	static const int keep[] = {720, 520, 750, 850};  /* per class */
	size_t ti = 0, ri = 0;

	g->emit = o != NULL;
	g->nmand = g->nopt = 0;
	g->next_id = 0;
	rng_seed(&g->vr, g->seed, STREAM_VISITS);
	for (long i = 0; i < g->ndays; i++)
		g->head[i] = -1;
	for (long i = 0; i < g->nstaff; i++)
		g->busy[i].day = NEVER;
	for (long i = 0; i < g->ncust; i++) {
		struct cust *c = &g->cust[i];
		cs_date after = c->since + 7 > g->from - 1 ? c->since + 7 :
		    g->from - 1;

		c->bday = c->last_contact = NEVER;
		c->bnext = c->bprev = -1;
		c->pending = c->tries = 0;
		c->reg_next = regular_next(g, c, after, true);
		resched(g, (int32_t)i);
	}
	for (cs_date d = g->from; d <= g->to; d++) {
		/* complaint revisits, at their times */
		for (; ri < g->nrv && time_date(g->rv[ri].at, TZ) <= d; ri++) {
			const struct revisit_visit *rv = &g->rv[ri];
			struct vrec *v = new_vrec(g);

			v->at = rv->at;
			v->rec = rv->at + 60 * rng_range(&g->vr, 3, 10) +
			    rng_range(&g->vr, 0, 59);
			v->cust = rv->cust;
			v->comp = rv->comp;
			v->staff = v->recby = rv->staff;
			v->task = T_COMPLAINT;
			v->method = M_PHONE;
			v->outcome = O_DONE;
			v->mand = 1;
			memcpy(v->sc, rv->sc, 4);
			v->note_kind = NK_DONE;
			v->note = rv->low;
			g->cust[rv->cust].last_contact = d;
			busy_add(g, rv->staff, d, time_minute_of_day(rv->at, TZ),
			    10);
		}
		/* what events and dates ask for today */
		for (; ti < g->ntrig && g->trig[ti].day <= d; ti++) {
			const struct trig *t = &g->trig[ti];
			struct cust *c = &g->cust[t->cust];
			static const int comply[NTASKS] = {
				0, 0, 900, 950, 850, 900, 0, 0, 880, 0,
			};

			if (t->day < d || c->last_contact == d ||
			    !rng_chance(&g->vr, comply[t->task]))
				continue;
			make_visit(g, t->cust, d, t->task, t->aux, t->onduty);
			/* one call does for the regular one too */
			if (c->reg_next != NEVER && c->reg_next - d < 10)
				c->reg_next = regular_next(g, c, c->reg_next, false);
			resched(g, t->cust);
		}
		/* regular visits and retries due today */
		if (!is_workday(d))
			continue;
		g->ntasks = 0;
		for (int32_t ci = g->head[d - g->from]; ci >= 0;
		    ci = g->cust[ci].bnext) {
			g->tasks = grow(g->tasks, &g->taskcap, g->ntasks + 1,
			    sizeof *g->tasks);
			g->tasks[g->ntasks++] = ci;
		}
		shuffle(&g->vr, g->tasks, g->ntasks);
		for (size_t k = 0; k < g->ntasks; k++) {
			int32_t ci = g->tasks[k];
			struct cust *c = &g->cust[ci];

			if (c->pending && c->retry <= d) {
				int task = c->pending - 1;

				c->pending = 0;
				if (c->last_contact != d)
					make_visit(g, ci, d, task, NEVER, false);
				if (c->reg_next != NEVER && c->reg_next <= d + 3)
					c->reg_next = regular_next(g, c, d, false);
			} else if (c->reg_next <= d) {
				if (c->last_contact != d &&
				    rng_chance(&g->vr, keep[c->cls]))
					make_visit(g, ci, d, regular_task(c->cls),
					    NEVER, false);
				c->reg_next = regular_next(g, c, d, false);
			}
			resched(g, ci);
		}
		flush_day(g, o);
	}
	flush_day(g, o);
	for (long i = 0; i < g->ncust; i++)
		bucket_remove(g, (int32_t)i);
}

static void
gen_visits(struct gen *g)
{
	static const char *const cols[] = {
		"id", "at", "customer", "staff", "method", "outcome", "attitude",
		"skill", "timeliness", "promise", "rule", "complaint", "note",
		"amends", "recorded_at", "recorded_by",
	};
	struct outf o;

	g->ndays = g->to - g->from + 1;
	g->head = xcalloc((size_t)g->ndays, sizeof *g->head);
	g->busy = xcalloc((size_t)g->nstaff, sizeof *g->busy);
	g->scale = 1000;
	if (g->want_visits >= 0) {
		/* count; make regular visits denser until there are enough */
		for (int k = 0; k < 12; k++) {
			long long have;

			simulate_visits(g, NULL);
			have = g->nmand + g->nopt;
			if (have >= g->want_visits)
				break;
			g->scale = (int)((long long)g->scale *
			    (g->want_visits * 11 / 10 + 1) / (have ? have : 1));
			if (g->scale > 1000 * 1000)
				g->scale = 1000 * 1000;
		}
		if (g->nmand + g->nopt < g->want_visits)
			cs_die(CS_EX_USAGE, "--visits %lld: at most %lld visits fit "
			    "the period", g->want_visits, g->nmand + g->nopt);
		if (g->nmand > g->want_visits)
			cs_die(CS_EX_USAGE, "--visits %lld: at least %lld are "
			    "needed (complaint revisits and corrections)",
			    g->want_visits, g->nmand);
		g->need_opt = g->want_visits - g->nmand;
		g->left_opt = g->nopt;
		rng_seed(&g->pick, g->seed, STREAM_PICK);
	}
	file_open(&o, g->dir, "visits.csv", cols, NELEM(cols));
	simulate_visits(g, &o);
	file_close(&o);
}

/* ---- main --------------------------------------------------------------- */

static long long
number_arg(const char *opt, const char *s, long long lo, long long hi)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi) {
		cs_warn("bad value \"%s\" for %s (expected an integer %lld..%lld)",
		    s, opt, lo, hi);
		fprintf(stderr, "Try 'gen-samples --help'.\n");
		exit(CS_EX_USAGE);
	}
	return v;
}

static cs_date
date_arg(const char *opt, const char *s)
{
	cs_date d;

	if (date_parse(s, &d) != 0) {
		cs_warn("bad date \"%s\" for %s (expected YYYY-MM-DD)", s, opt);
		fprintf(stderr, "Try 'gen-samples --help'.\n");
		exit(CS_EX_USAGE);
	}
	return d;
}

static void
gen_free(struct gen *g)
{
	for (int i = 0; i < g->nteams; i++)
		free(g->teams[i].spec);
	free(g->teams);
	free(g->staff);
	free(g->spec_all);
	free(g->cust);
	free(g->ev);
	free(g->trig);
	free(g->comp);
	free(g->cev);
	free(g->rv);
	free(g->head);
	free(g->buf);
	free(g->tasks);
	free(g->pos);
	free(g->busy);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"seed", required_argument, NULL, 's'},
		{"customers", required_argument, NULL, 'c'},
		{"staff", required_argument, NULL, 'n'},
		{"visits", required_argument, NULL, 'v'},
		{"from", required_argument, NULL, 'f'},
		{"to", required_argument, NULL, 't'},
		{"rules", required_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{0},
	};
	struct gen g = {0};
	const char *rules = NULL;
	int ch;
	struct stat st;

	cs_setprogname(argv[0]);
	calendar_init();
	g.seed = 20261123;
	g.ncust = 200;
	g.nstaff = 10;
	g.want_visits = -1;
	g.from = date_from_ymd(2025, 11, 23);
	g.to = date_from_ymd(2026, 11, 22);
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 's':
			g.seed = (uint64_t)number_arg("--seed", optarg, 0,
			    INT64_MAX);
			break;
		case 'c':
			g.ncust = (long)number_arg("--customers", optarg, 1,
			    20000000);
			break;
		case 'n':
			g.nstaff = (long)number_arg("--staff", optarg, 5, 30000);
			break;
		case 'v':
			g.want_visits = number_arg("--visits", optarg, 0,
			    2000000000);
			break;
		case 'f':
			g.from = date_arg("--from", optarg);
			break;
		case 't':
			g.to = date_arg("--to", optarg);
			break;
		case 'r':
			rules = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default:
			fprintf(stderr, "Try 'gen-samples --help'.\n");
			return CS_EX_USAGE;
		}
	}
	if (argc - optind != 1) {
		cs_warn("%s", argc - optind ? "too many operands" :
		    "missing the directory");
		fprintf(stderr, "Try 'gen-samples --help'.\n");
		return CS_EX_USAGE;
	}
	if (g.to < g.from || g.to - g.from > 3660) {
		cs_warn("--from and --to must make a period of 1 to 3660 days");
		fprintf(stderr, "Try 'gen-samples --help'.\n");
		return CS_EX_USAGE;
	}
	g.dir = argv[optind];
	if (stat(g.dir, &st) != 0 && mkdir(g.dir, 0777) != 0)
		cs_die(CS_EX_CANTCREAT, "%s: %s", g.dir, strerror(errno));
	g.end = at_local(g.to + 1, 0) - 1;

	gen_staff(&g);
	g.cust = xcalloc((size_t)g.ncust, sizeof *g.cust);
	for (long i = 0; i < g.ncust; i++)
		gen_customer(&g, i);
	gen_events(&g);
	gen_complaints(&g);
	write_staff(&g);
	write_customers(&g);
	write_events(&g);
	write_complaints(&g);
	gen_visits(&g);
	if (rules)
		copy_file(rules, g.dir, "rules.yaml");
	gen_free(&g);
	return 0;
}
