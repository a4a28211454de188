/* test_util.c - util.c: strings, paths, the string map. */
#include <stdlib.h>

#include "cs.h"
#include "unit.h"

int
main(void)
{
	struct sbuf b = {0};
	struct strmap m = {0};
	char key[32], *s;

	CHECK_STR(sb_str(&b), "", "empty sbuf is \"\"");
	sb_adds(&b, "王");
	sb_addc(&b, ',');
	sb_addf(&b, "%d-%s", 42, "x");
	CHECK_STR(b.s, "王,42-x", "sbuf appends");
	CHECK_INT(b.len, 8, "sbuf length in bytes (王 is 3 bytes)");
	sb_reset(&b);
	CHECK_STR(sb_str(&b), "", "sb_reset empties");
	sb_free(&b);

	s = path_join("samples", "visits.csv");
	CHECK_STR(s, "samples/visits.csv", "path_join");
	free(s);
	s = path_join("samples/", "/abs/x.csv");
	CHECK_STR(s, "/abs/x.csv", "path_join keeps absolute names");
	free(s);
	CHECK_STR(path_base("a/b/visits.csv"), "visits.csv", "path_base");
	CHECK_STR(path_base("visits.csv"), "visits.csv", "path_base without dir");
	s = path_dir("a/b/rules.yaml");
	CHECK_STR(s, "a/b", "path_dir");
	free(s);
	s = path_dir("rules.yaml");
	CHECK_STR(s, ".", "path_dir without dir is .");
	free(s);

	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "KH%05d", i);
		strmap_put(&m, key, i);
	}
	strmap_put(&m, "KH00042", 7);
	CHECK_INT(strmap_get(&m, "KH00042"), 7, "strmap replaces a value");
	CHECK_INT(strmap_get(&m, "KH04999"), 4999, "strmap finds after growth");
	CHECK_INT(strmap_get(&m, "KH05000"), -1, "strmap misses give -1");
	CHECK_INT(m.len, 5000, "strmap counts keys once");
	strmap_free(&m);
	CHECK_INT(strmap_get(&m, "x"), -1, "freed strmap is empty");

	s = xasprintf("%s:%d", "visits.csv", 1402);
	CHECK_STR(s, "visits.csv:1402", "xasprintf");
	free(s);

	{
		const char *cols[] = { "id", "name", "since", "maintenance_due",
		                       "contract_end", "policy_end" };
		CHECK_STR(str_nearest("maintenence_due", cols, 6),
		    "maintenance_due", "str_nearest: one letter off");
		CHECK_STR(str_nearest("Contract-End", cols, 6), "contract_end",
		    "str_nearest: case and separators");
		CHECK_STR(str_nearest("polciy_end", cols, 6), "policy_end",
		    "str_nearest: two letters swapped");
		CHECK(str_nearest("handover", cols, 6) == NULL,
		    "str_nearest: nothing near");
		CHECK(str_nearest("ix", cols, 6) == NULL,
		    "str_nearest: short names need a near match");
		CHECK_STR(str_nearest("NAME", cols, 6), "name",
		    "str_nearest: short names by case");
		CHECK(str_nearest("nme", cols, 6) == NULL,
		    "str_nearest: short names not by letters");
	}
	return UNIT_DONE();
}
