/* fuzz.h - what the fuzz targets share.
 *
 * Each tests/fuzz/fuzz_NAME.c is a libFuzzer target (LLVMFuzzerTestOneInput)
 * built two ways: with clang -fsanitize=fuzzer,address,undefined by
 * `make fuzz`, and with tests/fuzz/replay.c as its main by `make check`
 * (gcc, ASan and UBSan), which feeds it every file of its corpus
 * tests/fuzz/corpus/NAME/.  A broken property calls fuzz_fail(), which
 * aborts: libFuzzer saves the input, the replay reports it. */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define fuzz_fail(...) do {                                              \
	fprintf(stderr, "%s:%d: property broken: ", __FILE__, __LINE__);   \
	fprintf(stderr, __VA_ARGS__);                                       \
	fputc('\n', stderr);                                                \
	abort();                                                            \
} while (0)

#endif
