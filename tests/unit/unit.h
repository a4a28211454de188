/* unit.h - a tiny unit-test harness: each check prints "ok" or "not ok"
 * (TAP-like); tests/run.sh counts them. */
#ifndef UNIT_H
#define UNIT_H
#include <stdio.h>
#include <string.h>

static int unit_failed, unit_passed;

#define CHECK(cond, ...) do { \
	if (cond) { unit_passed++; printf("ok - "); printf(__VA_ARGS__); printf("\n"); } \
	else { unit_failed++; printf("not ok - "); printf(__VA_ARGS__); \
	       printf("  (%s:%d: %s)\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_STR(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) { unit_passed++; printf("ok - "); printf(__VA_ARGS__); printf("\n"); } \
	else { unit_failed++; printf("not ok - "); printf(__VA_ARGS__); \
	       printf("  (%s:%d: got \"%s\", want \"%s\")\n", __FILE__, __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
} while (0)

#define CHECK_INT(got, want, ...) do { \
	long long g_ = (long long)(got), w_ = (long long)(want); \
	if (g_ == w_) { unit_passed++; printf("ok - "); printf(__VA_ARGS__); printf("\n"); } \
	else { unit_failed++; printf("not ok - "); printf(__VA_ARGS__); \
	       printf("  (%s:%d: got %lld, want %lld)\n", __FILE__, __LINE__, g_, w_); } \
} while (0)

#define UNIT_DONE() (unit_failed ? 1 : 0)
#endif
