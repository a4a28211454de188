/* test_store.c - store.c: loading a ledger directory, its indexes, and
 * the exact message for each kind of bad data. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>
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
	CHECK_STR(s.customers[i].name, "李雷, 韩梅梅", "name with a comma");
	CHECK_STR(s.customers[i].cls, "key", "class");
	CHECK_STR(s.customers[i].owner, "S03", "owner");
	CHECK_STR(s.customers[i].region, "suburban", "region");
	CHECK_INT(s.customers[i].line, 3, "line");
	CHECK(s.customers[i].since == CS_NODATE, "empty since is CS_NODATE");
	date_parse("2025-03-01", &want);
	CHECK_INT(s.customers[0].since, want, "since parsed");
	CHECK_STR(s.customers[0].id, "KH0001", "first id (BOM stripped)");
	CHECK_STR(s.customers[2].owner, "", "empty owner: not assigned yet");

	i = store_staff(&s, "S02");
	CHECK_INT(i, 1, "staff index");
	CHECK_INT(store_staff(&s, "S99"), -1, "unknown staff: -1");
	CHECK_INT(s.staff[i].capacity, 0, "capacity 0");
	CHECK(!s.staff[i].active, "否 is not active");
	CHECK(s.staff[2].active, "TRUE is active");
	CHECK_INT(s.staff[0].capacity, 12, "capacity 12");
	CHECK_STR(s.staff[0].team, "北区", "team");
	CHECK_STR(s.staff[2].role, "specialist", "role");

	CHECK_STR(s.events[0].kind, "purchase", "events sorted by time");
	CHECK_STR(s.events[1].kind, "repair", "same instant: file order (local time)");
	CHECK_STR(s.events[2].kind, "delivery", "same instant: file order (offset)");
	CHECK_INT(s.events[1].at, s.events[2].at, "local time at the store's offset");
	CHECK_INT(s.events[1].cust, 1, "event customer index");
	CHECK_STR(s.events[1].note, "修好了\n客户满意", "multi-line note");
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
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
	return UNIT_DONE();
}
