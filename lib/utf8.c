/* utf8.c - UTF-8 validation and decoding. */
#include <string.h>

#include "cs.h"

#define HIGH_BITS 0x8080808080808080ULL

/* Bytes a sequence needs, from its lead byte: 0 for a byte that cannot
 * start one (continuation bytes, C0, C1, F5..FF). */
static int
seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return 2;
	if (c < 0xF0)
		return 3;
	if (c < 0xF5)
		return 4;
	return 0;
}

long
utf8_invalid_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		/* ASCII runs eight bytes at a time. */
		while (i + 8 <= n) {
			uint64_t v;

			memcpy(&v, u + i, 8);
			if (v & HIGH_BITS)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned char c = u[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		/* The common three-byte sequences (CJK text): leads E1..EC,
		 * EE, EF take any two continuation bytes. */
		if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 3 <= n &&
		    ((u[i + 1] ^ 0x80) | (u[i + 2] ^ 0x80)) < 0x40) {
			i += 3;
			continue;
		}
		int len = seq_len(c);
		if (len == 0 || i + (size_t)len > n)
			return (long)i;
		unsigned char c1 = u[i + 1];
		/* The second byte's range rules out overlongs, surrogates and
		 * code points above U+10FFFF. */
		unsigned char lo = 0x80, hi = 0xBF;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
		else if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
		if (c1 < lo || c1 > hi)
			return (long)i;
		for (int k = 2; k < len; k++)
			if ((u[i + (size_t)k] & 0xC0) != 0x80)
				return (long)i;
		i += (size_t)len;
	}
	return -1;
}

int
utf8_decode(const char *s, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	int len = seq_len(u[0]);

	if (len == 1) {
		*cp = u[0];
		return 1;
	}
	if (len == 0) {
		*cp = 0xFFFD;
		return 1;
	}
	for (int k = 1; k < len; k++) {
		if ((u[k] & 0xC0) != 0x80) { /* cut short: not valid */
			*cp = 0xFFFD;
			return k;
		}
	}
	if (len == 2)
		*cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	else if (len == 3)
		*cp = (uint32_t)(u[0] & 0x0F) << 12 |
		    (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	else
		*cp = (uint32_t)(u[0] & 0x07) << 18 |
		    (uint32_t)(u[1] & 0x3F) << 12 |
		    (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
	return len;
}
