/* replay.c - a main for a libFuzzer target without libFuzzer: feeds it
 * every file named on the command line, and every file in every directory
 * named (sorted by name), once each.  `make check` links each target with
 * this under gcc, ASan and UBSan and replays its corpus:
 *
 *   replay-csv tests/fuzz/corpus/csv
 *
 * prints "replay-csv: 123 inputs" on stderr and exits 0, or stops at the
 * input that broke a property or crashed (the sanitizer or fuzz_fail names
 * it; REPLAY_VERBOSE=1 names each input as it goes). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "cs.h"
#include "fuzz.h"

static long ninputs;

static int
run_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct sbuf b = {0};
	char buf[65536];
	uint8_t *data;
	size_t n, size;

	if (!fp) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(&b, buf, n);
	if (ferror(fp)) {
		fprintf(stderr, "replay: %s: read error\n", path);
		fclose(fp);
		sb_free(&b);
		return 1;
	}
	fclose(fp);
	/* an exact-size copy, so ASan sees any read past the end */
	size = b.len;
	data = xmalloc(size ? size : 1);
	if (size)
		memcpy(data, b.s, size);
	sb_free(&b);
	if (getenv("REPLAY_VERBOSE"))
		fprintf(stderr, "replay: %s\n", path);
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	ninputs++;
	return 0;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
run_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;

	if (!d) {
		fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		xgrow(&names, &cap, n + 1, sizeof *names);
		names[n++] = path_join(dir, e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, name_cmp);
	for (size_t i = 0; i < n; i++) {
		if (!rc)
			rc = run_file(names[i]);
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct stat sb;
	int rc = 0;

	cs_setprogname(argv[0]);
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc && !rc; i++) {
		if (stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode))
			rc = run_dir(argv[i]);
		else
			rc = run_file(argv[i]);
	}
	if (!rc)
		fprintf(stderr, "%s: %ld inputs\n", cs_progname, ninputs);
	return rc;
}
