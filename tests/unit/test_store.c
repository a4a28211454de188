/* test_store.c - store.c: loading a ledger directory, its indexes, and
 * the exact message for each kind of bad data. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

#define GOOD "tests/data/store/good"

static FILE *cap_file;
static int cap_saved = -1;
static char cap_buf[8192];

static void
cap_begin(void)
{
	fflush(stderr);
	cap_file = tmpfile();
	cap_saved = dup(2);
	dup2(fileno(cap_file), 2);
}

static const char *
cap_end(void)
{
	size_t n;

	fflush(stderr);
	dup2(cap_saved, 2);
	close(cap_saved);
	rewind(cap_file);
	n = fread(cap_buf, 1, sizeof cap_buf - 1, cap_file);
	cap_buf[n] = '\0';
	fclose(cap_file);
	return cap_buf;
}

static char dir[64];

static void
put(const char *name, const char *data)
{
	char p[160];
	FILE *fp;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	if (!data) {
		unlink(p);
		return;
	}
	fp = fopen(p, "w");
	fputs(data, fp);
	fclose(fp);
}

static const char *STAFF =
    "id,name,role,team,capacity,active\nS01,张敏,specialist,北区,12,yes\n";
static const char *CUSTOMERS =
    "id,name,class,phone,owner,region,since\n"
    "KH0001,王小明,vip,13800000001,S01,urban,2025-03-01\n";

/* Loads dir with the three files given (NULL: absent); returns the
 * status and what was printed in *err. */
static int
try_load(const char *customers, const char *staff, const char *events,
         const char **err)
{
	struct cs_store s;
	int st;

	put("customers.csv", customers);
	put("staff.csv", staff);
	put("events.csv", events);
	cap_begin();
	st = store_load(&s, dir, 480);
	*err = cap_end();
	if (st == 0)
		store_free(&s);
	return st;
}

static void
test_good(void)
{
	struct cs_store s;
	cs_date d, want;
	const char *err;
	int st, i;

	cap_begin();
	st = store_load(&s, GOOD, 480);
	err = cap_end();
	CHECK_INT(st, 0, "good directory loads");
	CHECK_STR(err, "", "without a word");
	if (st)
		return;
	CHECK_STR(s.dir, GOOD, "dir kept");
	CHECK_INT(s.ncustomers, 3, "3 customers");
	CHECK_INT(s.nstaff, 3, "3 staff");
	CHECK_INT(s.nevents, 3, "3 events");

	i = store_customer(&s, "KH0002");
	CHECK_INT(i, 1, "customer index");
	CHECK_INT(store_customer(&s, "KH9999"), -1, "unknown customer: -1");
	CHECK_STR(customer_name(&s, &s.customers[i]), "李雷, 韩梅梅", "name with a comma");
	CHECK_STR(customer_class(&s, &s.customers[i]), "key", "class");
	CHECK_STR(customer_owner(&s, &s.customers[i]), "S03", "owner");
	CHECK_STR(customer_region(&s, &s.customers[i]), "suburban", "region");
	CHECK_INT(s.customers[i].line, 3, "line");
	CHECK(s.customers[i].since == CS_NODATE, "empty since is CS_NODATE");
	date_parse("2025-03-01", &want);
	CHECK_INT(s.customers[0].since, want, "since parsed");
	CHECK_STR(customer_id(&s, &s.customers[0]), "KH0001", "first id (BOM stripped)");
	CHECK_STR(customer_owner(&s, &s.customers[2]), "", "empty owner: not assigned yet");

	i = store_staff(&s, "S02");
	CHECK_INT(i, 1, "staff index");
	CHECK_INT(store_staff(&s, "S99"), -1, "unknown staff: -1");
	CHECK_INT(s.staff[i].capacity, 0, "capacity 0");
	CHECK(!s.staff[i].active, "否 is not active");
	CHECK(s.staff[2].active, "TRUE is active");
	CHECK_INT(s.staff[0].capacity, 12, "capacity 12");
	CHECK_STR(s.staff[0].team, "北区", "team");
	CHECK_STR(s.staff[2].role, "specialist", "role");

	CHECK_STR(event_kind(&s, &s.events[0]), "purchase", "events sorted by time");
	CHECK_STR(event_kind(&s, &s.events[1]), "repair", "same instant: file order (local time)");
	CHECK_STR(event_kind(&s, &s.events[2]), "delivery", "same instant: file order (offset)");
	CHECK_INT(s.events[1].at, s.events[2].at, "local time at the store's offset");
	CHECK_INT(s.events[1].cust, 1, "event customer index");
	CHECK_INT(s.events[1].line, 2, "event line");

	CHECK_STR(customer_field(&s, &s.customers[0], "POLICY_END"), "2026-12-31",
	    "customer_field: any column, any case");
	CHECK_STR(customer_field(&s, &s.customers[0], "warranty_end"), "",
	    "customer_field: absent column is \"\"");
	CHECK_INT(customer_date(&s, &s.customers[0], "policy_end", &d), 0,
	    "customer_date");
	date_parse("2026-12-31", &want);
	CHECK_INT(d, want, "customer_date value");
	CHECK_INT(customer_date(&s, &s.customers[1], "policy_end", &d), 0,
	    "customer_date: empty");
	CHECK(d == CS_NODATE, "empty date is CS_NODATE");
	CHECK_INT(customer_date(&s, &s.customers[1], "handover", &d), 0,
	    "customer_date: absent column");
	CHECK(d == CS_NODATE, "absent column is CS_NODATE");
	cap_begin();
	st = customer_date(&s, &s.customers[2], "policy_end", &d);
	err = cap_end();
	CHECK_INT(st, -1, "customer_date: bad date is -1");
	CHECK_STR(err, "t: customers.csv:4: bad date \"bad-date\" in column "
	    "policy_end (expected YYYY-MM-DD)\n", "bad date message");
	store_free(&s);
}

static void
test_dir(void)
{
	unsetenv("CS_DIR");
	CHECK_STR(store_dir(NULL), ".", "default dir is .");
	setenv("CS_DIR", "", 1);
	CHECK_STR(store_dir(NULL), ".", "empty CS_DIR is ignored");
	setenv("CS_DIR", "/srv/cs", 1);
	CHECK_STR(store_dir(NULL), "/srv/cs", "CS_DIR");
	CHECK_STR(store_dir("ledgers"), "ledgers", "-d wins");
	unsetenv("CS_DIR");
}

/* Compact events (kinds stored once) and STORE_LOOKUP: customers through
 * DIR/.cs-cache/customer-index, made by a full read when it is missing or
 * customers.csv changed. */
static void
test_lookup(void)
{
	static const char *C3 =
	    "id,name,class,phone,owner,region,since,active\n"
	    "KH0001,王小明,vip,13800000001,S01,urban,2025-03-01,yes\n"
	    "KH0002,\"李雷, 韩梅梅\",key,13800000002,S01,suburban,,no\n"
	    "KH0003,赵六,routine,13800000003,,urban,2024-01-05,yes\n";
	struct cs_store s;
	char p[160];
	cs_date want;
	int i, j;

	put("customers.csv", C3);
	put("staff.csv", STAFF);
	put("events.csv", "at,customer,kind,note\n"
	    "2026-01-02 10:00,KH0002,repair,\n"
	    "2026-01-01 10:00,KH0001,repair,x\n"
	    "2026-01-03 10:00,KH0003,purchase,\n");
	CHECK_INT(store_load(&s, dir, 480), 0, "loads");
	CHECK_INT(s.nevents, 3, "3 events");
	CHECK(event_kind(&s, &s.events[0]) == event_kind(&s, &s.events[1]), "equal kinds: one copy");
	CHECK(event_kind(&s, &s.events[0]) != event_kind(&s, &s.events[2]), "other kinds: another");
	CHECK_STR(customer_col(&s.customers[1], 1), "李雷, 韩梅梅",
	    "customer_col by index");
	CHECK_STR(customer_col(&s.customers[1], 7), "no", "last column");
	CHECK_STR(customer_col(&s.customers[1], -1), "", "column -1: \"\"");
	store_free(&s);

	setenv("CS_CACHE_MIN", "0", 1);
	put("events.csv", "at,customer,kind,note\nnot a time,KH9,,\n");
	CHECK_INT(store_open(&s, dir, 480, STORE_LOOKUP | STORE_NO_EVENTS), 0,
	    "lookup: no index yet, made (events.csv not read)");
	CHECK_INT(s.ncustomers, 3, "made by reading all");
	CHECK_INT(s.nevents, 0, "no events");
	store_free(&s);
	snprintf(p, sizeof p, "%s/.cs-cache/customer-index", dir);
	CHECK(access(p, F_OK) == 0, "index written");

	CHECK_INT(store_open(&s, dir, 480, STORE_LOOKUP | STORE_NO_EVENTS), 0,
	    "lookup: through the index");
	CHECK_INT(s.ncustomers, 0, "nothing read yet");
	CHECK_INT(s.nstaff, 1, "staff read");
	i = store_customer(&s, "KH0003");
	CHECK_INT(i, 0, "first looked up: index 0");
	CHECK_INT(s.ncustomers, 1, "one read");
	CHECK_STR(customer_name(&s, &s.customers[i]), "赵六", "its name");
	CHECK_STR(customer_owner(&s, &s.customers[i]), "", "its owner");
	date_parse("2024-01-05", &want);
	CHECK_INT(s.customers[i].since, want, "its since");
	CHECK_STR(customer_field(&s, &s.customers[i], "ACTIVE"), "yes",
	    "customer_field");
	CHECK_INT(store_customer(&s, "KH0009"), -1, "unknown: -1");
	CHECK_INT(store_customer(&s, ""), -1, "empty: -1");
	j = store_customer(&s, "KH0002");
	CHECK_INT(j, 1, "second looked up: index 1");
	CHECK_STR(customer_name(&s, &s.customers[j]), "李雷, 韩梅梅", "quoted field");
	CHECK_STR(customer_field(&s, &s.customers[j], "active"), "no", "active");
	CHECK_INT(store_customer(&s, "KH0003"), 0, "again: the same index");
	CHECK_INT(s.ncustomers, 2, "two read");
	CHECK_INT(store_all(&s), 0, "store_all");
	CHECK_INT(s.ncustomers, 3, "all read");
	CHECK_INT(store_customer(&s, "KH0003"), 0, "indexes kept");
	CHECK_INT(store_customer(&s, "KH0002"), 1, "indexes kept (2)");
	i = store_customer(&s, "KH0001");
	CHECK_INT(i, 2, "the rest after them");
	CHECK_INT(s.customers[i].line, 2, "its line");
	store_free(&s);

	/* customers.csv rewritten: the index is made again */
	put("customers.csv", "id,name,class,phone,owner,region,since\n"
	    "KH0004,新,vip,13800000004,S01,urban,2025-03-01\n");
	CHECK_INT(store_open(&s, dir, 480, STORE_LOOKUP | STORE_NO_EVENTS), 0,
	    "changed: made again");
	CHECK_INT(s.ncustomers, 1, "read all");
	CHECK_INT(store_customer(&s, "KH0001"), -1, "old customer gone");
	store_free(&s);
	CHECK_INT(store_open(&s, dir, 480, STORE_LOOKUP | STORE_NO_EVENTS), 0,
	    "new index");
	CHECK_INT(s.ncustomers, 0, "through it");
	CHECK_INT(store_customer(&s, "KH0004"), 0, "new customer");
	CHECK_INT(store_customer(&s, "KH0001"), -1, "old customer gone (2)");
	store_free(&s);

	/* more columns than csv_one_at reads: no index, all read each time */
	{
		char hdr[1024] = "id,name,class,phone,owner,region,since";
		char row[1024] = "KH0005,宽,vip,13800000005,S01,urban,2025-03-01";
		char all[2100];
		for (int k = 0; k < 70; k++) {
			snprintf(hdr + strlen(hdr), sizeof hdr - strlen(hdr),
			    ",c%d", k);
			snprintf(row + strlen(row), sizeof row - strlen(row),
			    ",v%d", k);
		}
		snprintf(all, sizeof all, "%s\n%s\n", hdr, row);
		put("customers.csv", all);
	}
	for (int k = 0; k < 2; k++) {
		CHECK_INT(store_open(&s, dir, 480, STORE_LOOKUP |
		    STORE_NO_EVENTS), 0, "77 columns: loads");
		CHECK_INT(s.ncustomers, 1, "77 columns: read whole");
		i = store_customer(&s, "KH0005");
		CHECK_INT(i, 0, "77 columns: found");
		CHECK_STR(customer_field(&s, &s.customers[i], "c69"), "v69",
		    "77 columns: the last");
		store_free(&s);
	}
	unsetenv("CS_CACHE_MIN");
	snprintf(p, sizeof p, "rm -rf '%s/.cs-cache'", dir);
	if (system(p) != 0)
		printf("# could not remove the cache\n");
	put("events.csv", NULL);
}

/* The same store from its checkpoints as from the files: every field. */
static void
same_store(const struct cs_store *a, const struct cs_store *b, const char *what)
{
	bool same = a->ncustomers == b->ncustomers && a->nevents == b->nevents &&
	    a->nstaff == b->nstaff &&
	    a->customers_t.ncols == b->customers_t.ncols;

	for (size_t i = 0; same && i < a->ncustomers; i++) {
		const struct customer *x = &a->customers[i], *y = &b->customers[i];
		same = x->line == y->line && x->since == y->since &&
		    strcmp(customer_id(a, x), customer_id(b, y)) == 0 &&
		    strcmp(customer_name(a, x), customer_name(b, y)) == 0 &&
		    strcmp(customer_class(a, x), customer_class(b, y)) == 0 &&
		    strcmp(customer_phone(a, x), customer_phone(b, y)) == 0 &&
		    strcmp(customer_owner(a, x), customer_owner(b, y)) == 0 &&
		    strcmp(customer_region(a, x), customer_region(b, y)) == 0 &&
		    store_customer(b, customer_id(a, x)) == (int)i;
		for (int k = 0; same && k < a->customers_t.ncols; k++)
			same = strcmp(customer_col(x, k), customer_col(y, k)) == 0;
	}
	for (size_t i = 0; same && i < a->nevents; i++)
		same = a->events[i].at == b->events[i].at &&
		    a->events[i].cust == b->events[i].cust &&
		    a->events[i].line == b->events[i].line &&
		    strcmp(event_kind(a, &a->events[i]),
		    event_kind(b, &b->events[i])) == 0;
	CHECK(same, what);
}

static void
test_checkpoint(void)
{
	struct cs_store cold, warm;
	char p[160];
	FILE *fp;

	put("customers.csv", "id,name,class,phone,owner,region,since,x\n"
	    "KH0001,王小明,vip,13800000001,S01,urban,2025-03-01,\"a,b\"\n"
	    "KH0002,李雷,key,13800000002,,suburban,,\n"
	    "KH0003,赵六,routine,13800000003,S01,urban,2024-01-05,z\n");
	put("staff.csv", STAFF);
	put("events.csv", "at,customer,kind,note\n"
	    "2026-01-02 10:00,KH0002,repair,\n"
	    "2026-01-01 10:00,KH0001,repair,x\n"
	    "2026-01-03 10:00,KH0003,purchase,\n");
	setenv("CS_CACHE_MIN", "0", 1);
	cache_off = true;
	CHECK_INT(store_load(&cold, dir, 480), 0, "cold");
	cache_off = false;
	CHECK_INT(store_load(&warm, dir, 480), 0, "writes checkpoints");
	same_store(&cold, &warm, "the same after writing them");
	store_free(&warm);
	snprintf(p, sizeof p, "%s/.cs-cache/store-events", dir);
	CHECK(access(p, F_OK) == 0, "store-events written");
	CHECK_INT(store_load(&warm, dir, 480), 0, "from checkpoints");
	same_store(&cold, &warm, "the same from them");
	store_free(&warm);
	store_free(&cold);
	/* an event appended, earlier than the others: read from the mark */
	snprintf(p, sizeof p, "%s/events.csv", dir);
	fp = fopen(p, "a");
	fputs("2025-12-31 10:00,KH0003,delivery,new\n", fp);
	fclose(fp);
	cache_off = true;
	CHECK_INT(store_load(&cold, dir, 480), 0, "cold, appended");
	cache_off = false;
	CHECK_INT(store_load(&warm, dir, 480), 0, "warm, appended");
	CHECK_INT(warm.nevents, 4, "4 events");
	CHECK_STR(event_kind(&warm, &warm.events[0]), "delivery", "sorted");
	same_store(&cold, &warm, "the same with the rows after the mark");
	store_free(&warm);
	store_free(&cold);
	unsetenv("CS_CACHE_MIN");
	snprintf(p, sizeof p, "rm -rf '%s/.cs-cache'", dir);
	if (system(p) != 0)
		printf("# could not remove the cache\n");
	put("events.csv", NULL);
}

/* Repeated values are kept once for the process; a checkpoint written
 * by another process, whose table numbered them otherwise, is read with
 * its numbers changed. */
static void
test_values_once(void)
{
	struct cs_store cold, warm, other;
	char p[200];
	pid_t pid;
	int status = -1;

	put("customers.csv", "id,name,class,phone,owner,region,since,x\n"
	    "KH0001,王小明,vip-gold,13800000001,S01,urban-east,2025-03-01,\"a,b\"\n"
	    "KH0002,李雷,key-account,13800000002,,suburban,,\n"
	    "KH0003,赵六,vip-gold,13800000003,S01,urban-east,2025-03-01,z\n");
	put("staff.csv", STAFF);
	put("events.csv", "at,customer,kind,note\n"
	    "2026-01-01 10:00,KH0001,repair,x\n");
	setenv("CS_CACHE_MIN", "0", 1);
	snprintf(p, sizeof p, "%s/other", dir);
	mkdir(p, 0700);
	snprintf(p, sizeof p, "%s/other/customers.csv", dir);
	{
		FILE *fp = fopen(p, "w");
		fputs("id,name,class,phone,owner,region,since\n"
		    "A1,x,class-of-other,1,S01,region-of-other,2020-02-02\n", fp);
		fclose(fp);
		snprintf(p, sizeof p, "%s/other/staff.csv", dir);
		fp = fopen(p, "w");
		fputs(STAFF, fp);
		fclose(fp);
	}
	fflush(stdout);
	if ((pid = fork()) == 0) {
		/* other values first, then the checkpoints of dir */
		snprintf(p, sizeof p, "%s/other", dir);
		cache_off = true;
		if (store_load(&other, p, 480) != 0)
			_exit(1);
		cache_off = false;
		_exit(store_load(&warm, dir, 480) != 0 ? 1 : 0);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "checkpoints written by another process");
	snprintf(p, sizeof p, "%s/.cs-cache/store-customers", dir);
	CHECK(access(p, F_OK) == 0, "store-customers written");
	cache_off = true;
	CHECK_INT(store_load(&cold, dir, 480), 0, "cold");
	cache_off = false;
	CHECK_INT(store_load(&warm, dir, 480), 0, "from its checkpoints");
	same_store(&cold, &warm, "the same, values renumbered");
	CHECK_STR(customer_class(&warm, &warm.customers[2]), "vip-gold",
	    "a value said once");
	CHECK(customer_class(&warm, &warm.customers[0]) ==
	    customer_class(&warm, &warm.customers[2]), "one copy");
	CHECK_STR(customer_region(&warm, &warm.customers[1]), "suburban",
	    "region");
	CHECK_STR(customer_col(&warm.customers[0], 7), "a,b", "last column");
	CHECK_STR(customer_field(&warm, &warm.customers[2], "since"),
	    "2025-03-01", "since");
	store_free(&warm);
	store_free(&cold);
	unsetenv("CS_CACHE_MIN");
	snprintf(p, sizeof p, "rm -rf '%s/.cs-cache' '%s/other'", dir, dir);
	if (system(p) != 0)
		printf("# could not remove the cache\n");
	put("events.csv", NULL);
}

/* More kinds of events than 16 bits number: 32-bit numbers, sorted and
 * written to the checkpoint the same. */
static void
test_many_kinds(void)
{
	enum { N = 70000 };
	struct cs_store cold, warm;
	struct sbuf b = {0};
	char t[32], p[200];
	size_t bad = 0;

	put("customers.csv", CUSTOMERS);
	put("staff.csv", STAFF);
	sb_adds(&b, "at,customer,kind,note\n");
	for (int i = 0; i < N; i++) /* latest first: sorted on reading */
		sb_addf(&b, "%s,KH0001,k%05d,\n", time_format_short(
		    INT64_C(1767225600) + (int64_t)(N - i) * 60, 480, t), i);
	put("events.csv", sb_str(&b));
	sb_free(&b);
	setenv("CS_CACHE_MIN", "0", 1);
	cache_off = true;
	CHECK_INT(store_load(&cold, dir, 480), 0, "70000 kinds");
	CHECK_INT(cold.nevents, N, "all events");
	for (size_t i = 0; i < cold.nevents; i++) {
		snprintf(t, sizeof t, "k%05d", (int)(N - 1 - i));
		bad += strcmp(event_kind(&cold, &cold.events[i]), t) != 0 ||
		    cold.events[i].line != (int32_t)(N + 1 - i);
	}
	CHECK_INT(bad, 0, "each event its kind, in time order");
	cache_off = false;
	CHECK_INT(store_load(&warm, dir, 480), 0, "writes checkpoints");
	store_free(&warm);
	CHECK_INT(store_load(&warm, dir, 480), 0, "from checkpoints");
	same_store(&cold, &warm, "the same from them");
	store_free(&warm);
	store_free(&cold);
	unsetenv("CS_CACHE_MIN");
	snprintf(p, sizeof p, "rm -rf '%s/.cs-cache'", dir);
	if (system(p) != 0)
		printf("# could not remove the cache\n");
	put("events.csv", NULL);
}

/* Ids of a prefix and a number, in the rows' order or not, with gaps or
 * not: each found, from the files and from the checkpoints. */
static void
test_numbered(void)
{
	static const char *const sets[] = {
		"KH0007,a,vip,1,S01,urban,\nKH0008,b,vip,2,S01,urban,\n"
		"KH0009,c,vip,3,S01,urban,\n",
		"KH0008,a,vip,1,S01,urban,\nKH0007,b,vip,2,S01,urban,\n"
		"KH0009,c,vip,3,S01,urban,\n",
		"KH0007,a,vip,1,S01,urban,\nKH0009,b,vip,2,S01,urban,\n"
		"KH1000,c,vip,3,S01,urban,\n",
	};
	static const char *const absent[] = {
		"KH0006", "KH0010", "KH007", "KH00007", "KH0", "KH", "", "kh0007",
		"KH0007x", "KH1",
	};
	char p[200];

	setenv("CS_CACHE_MIN", "0", 1);
	for (size_t k = 0; k < sizeof sets / sizeof *sets; k++) {
		struct cs_store cold, warm;
		struct sbuf b = {0};
		int bad = 0;
		sb_addf(&b, "id,name,class,phone,owner,region,since\n%s", sets[k]);
		put("customers.csv", sb_str(&b));
		sb_free(&b);
		put("staff.csv", STAFF);
		put("events.csv", "at,customer,kind,note\n"
		    "2026-01-01 10:00,KH0009,repair,x\n");
		cache_off = true;
		CHECK_INT(store_load(&cold, dir, 480), 0, "numbered ids");
		CHECK(store_ids_numbered(&cold), "found by number");
		for (size_t i = 0; i < cold.ncustomers; i++)
			bad += store_customer(&cold, customer_id(&cold,
			    &cold.customers[i])) != (int)i;
		for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
			bad += store_customer(&cold, absent[i]) != -1;
		CHECK_INT(bad, 0, "each id its row, none for the others");
		CHECK_INT(store_staff(&cold, "S01"), 0, "staff by number");
		CHECK_INT(store_staff(&cold, "S1"), -1, "staff: one spelling");
		cache_off = false;
		CHECK_INT(store_load(&warm, dir, 480), 0, "writes checkpoints");
		store_free(&warm);
		CHECK_INT(store_load(&warm, dir, 480), 0, "from checkpoints");
		CHECK(store_ids_numbered(&warm), "by number from them");
		for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
			bad += store_customer(&warm, absent[i]) != -1;
		CHECK_INT(bad, 0, "none for the others from them");
		same_store(&cold, &warm, "the same from them");
		store_free(&warm);
		store_free(&cold);
		snprintf(p, sizeof p, "rm -rf '%s/.cs-cache'", dir);
		if (system(p) != 0)
			printf("# could not remove the cache\n");
	}
	unsetenv("CS_CACHE_MIN");
	put("events.csv", NULL);
}

static void
test_errors(void)
{
	const char *err;
	char want[256];
	int st;

	st = try_load(NULL, STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_NOINPUT, "missing customers.csv: 66");
	snprintf(want, sizeof want, "t: %s/customers.csv: cannot open: No such "
	    "file or directory\n", dir);
	CHECK_STR(err, want, "missing customers.csv names the path");

	st = try_load(CUSTOMERS, NULL, NULL, &err);
	CHECK_INT(st, CS_EX_NOINPUT, "missing staff.csv: 66");

	st = try_load(CUSTOMERS, STAFF, NULL, &err);
	CHECK_INT(st, 0, "events.csv may be missing");
	st = try_load(CUSTOMERS, STAFF, "", &err);
	CHECK_INT(st, 0, "events.csv may be empty");

	st = try_load("id,name,class,phone,owner,since\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "missing column: 65");
	CHECK_STR(err, "t: customers.csv: missing column region (header has: "
	    "id,name,class,phone,owner,since)\n", "missing column message");

	st = try_load("", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "empty customers.csv: 65");

	st = try_load("id,name,class,phone,owner,region,since\n"
	    "KH0001,a,vip,1,S01,urban,\n"
	    "KH0002,b,vip,2,S01,urban,\n"
	    "KH0001,c,vip,3,S01,urban,\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "duplicate id: 65");
	CHECK_STR(err, "t: customers.csv:4: duplicate id \"KH0001\" in column id "
	    "(first on line 2)\n", "duplicate id message");

	st = try_load("id,name,class,phone,owner,region,since\n"
	    ",a,vip,1,S01,urban,\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "empty id: 65");
	CHECK_STR(err, "t: customers.csv:2: empty id in column id (expected a "
	    "customer id such as KH0001)\n", "empty id message");

	st = try_load("id,name,class,phone,owner,region,since\n"
	    "KH0001,a,vip,1,S01,urban,2026-13-01\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "bad since: 65");
	CHECK_STR(err, "t: customers.csv:2: bad date \"2026-13-01\" in column since "
	    "(expected YYYY-MM-DD)\n", "bad since message");

	st = try_load("id,name,class,phone,owner,region,since\n"
	    "KH0001,a,vip,1,S01,urban,\n"
	    "KH0002,a,vip,1,S99,urban,\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "unknown owner: 65");
	CHECK_STR(err, "t: customers.csv:3: unknown staff \"S99\" in column owner\n",
	    "unknown owner message");

	st = try_load("id,name,class,phone,owner,region,since\n"
	    "KH0001,a,vip,1.38E+10,S01,urban,\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "phone in scientific notation: 65");
	CHECK_STR(err, "t: customers.csv:2: phone \"1.38E+10\" looks like a number "
	    "mangled by a spreadsheet (scientific notation); format the column "
	    "as text and export again\n", "mangled phone message");

	st = try_load("id,name,class,phone,owner,region,since\n"
	    "1.23457E+17,a,vip,1,S01,urban,\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "id in scientific notation: 65");
	CHECK(strstr(err, "customers.csv:2: id \"1.23457E+17\" looks like a number "
	    "mangled") != NULL, "mangled id message: %s", err);

	st = try_load(CUSTOMERS, "id,name,role,team,capacity,active\n"
	    "S01,a,specialist,t,-1,yes\n", NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "negative capacity: 65");
	CHECK_STR(err, "t: staff.csv:2: bad capacity \"-1\" in column capacity "
	    "(expected a whole number of visits per working day, 0 or more)\n",
	    "capacity message");

	st = try_load(CUSTOMERS, "id,name,role,team,capacity,active\n"
	    "S01,a,specialist,t,5,maybe\n", NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "bad active: 65");
	CHECK_STR(err, "t: staff.csv:2: bad value \"maybe\" in column active "
	    "(expected yes or no)\n", "active message");

	st = try_load(CUSTOMERS, "id,name,role,team,capacity,active\n"
	    "S01,a,specialist,t,5,yes\nS01,b,specialist,t,5,no\n", NULL, &err);
	CHECK_STR(err, "t: staff.csv:3: duplicate id \"S01\" in column id (first "
	    "on line 2)\n", "duplicate staff id");

	st = try_load(CUSTOMERS, STAFF, "at,customer,kind,note\n"
	    "yesterday,KH0001,repair,\n", &err);
	CHECK_INT(st, CS_EX_DATAERR, "bad event time: 65");
	CHECK_STR(err, "t: events.csv:2: bad time \"yesterday\" in column at "
	    "(expected YYYY-MM-DD HH:MM, or ISO 8601 such as "
	    "2026-02-13T17:00:00+08:00)\n", "bad time message");

	st = try_load(CUSTOMERS, STAFF, "at,customer,kind,note\n"
	    "2026-02-13 17:00,KH0001,repair,\n"
	    "2026-02-13 17:00,KH9999,repair,\n", &err);
	CHECK_INT(st, CS_EX_DATAERR, "unknown event customer: 65");
	CHECK_STR(err, "t: events.csv:3: unknown customer \"KH9999\" in column "
	    "customer\n", "unknown customer message");

	st = try_load(CUSTOMERS, STAFF, "at,customer,kind,note\n"
	    "2026-02-13 17:00,KH0001,,\n", &err);
	CHECK_INT(st, CS_EX_DATAERR, "empty event kind: 65");

	st = try_load(CUSTOMERS, STAFF, "at,customer,note\n", &err);
	CHECK_INT(st, CS_EX_DATAERR, "events.csv without kind: 65");
	CHECK_STR(err, "t: events.csv: missing column kind (header has: "
	    "at,customer,note)\n", "events missing column message");

	st = try_load("id,name,class,phone,owner,region,since\n"
	    "KH0001,\xCD\xF5,vip,1,S01,urban,\n", STAFF, NULL, &err);
	CHECK_INT(st, CS_EX_DATAERR, "GB18030 customers.csv: 65");
}

int
main(void)
{
	char cmd[128];

	cs_progname = "t";
	snprintf(dir, sizeof dir, "/tmp/cs-test-storeXXXXXX");
	if (!mkdtemp(dir))
		return 2;
	test_good();
	test_dir();
	test_errors();
	test_lookup();
	test_checkpoint();
	test_values_once();
	test_many_kinds();
	test_numbered();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
	return UNIT_DONE();
}
