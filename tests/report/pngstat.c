/* pngstat - says whether a PNG (8-bit RGB or RGBA, not interlaced, as
 * Chromium and pdftoppm write them) is a picture or a blank page.
 *
 *   pngstat FILE
 *
 * prints "WIDTHxHEIGHT" and then "picture" when the image has at least 8
 * distinct colours (4 bits a channel) and at least 1% of its pixels differ
 * from the most common colour (the background); else the numbers, so a
 * failing test shows them.  Exit 0, or 1 for a blank image, 2 for a file
 * it cannot read.  Build: cc -o pngstat pngstat.c -lz */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static unsigned char *
slurp(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t cap = 0, len = 0, got;

	if (!fp)
		return NULL;
	do {
		if (len == cap) {
			unsigned char *nb;
			cap = cap ? cap * 2 : 1 << 16;
			if (!(nb = realloc(buf, cap))) {
				free(buf);
				fclose(fp);
				return NULL;
			}
			buf = nb;
		}
		got = fread(buf + len, 1, cap - len, fp);
		len += got;
	} while (got > 0);
	fclose(fp);
	*n = len;
	return buf;
}

static int
paeth(int a, int b, int c)
{
	int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);

	if (pa <= pb && pa <= pc)
		return a;
	return pb <= pc ? b : c;
}

static unsigned char *file, *idat, *raw;

static int
fail(const char *path, const char *why)
{
	fprintf(stderr, "pngstat: %s: %s\n", path, why);
	free(file);
	free(idat);
	free(raw);
	return 2;
}

int
main(int argc, char *argv[])
{
	static const unsigned char sig[8] = {137, 'P', 'N', 'G', 13, 10, 26, 10};
	static uint32_t count[4096];
	size_t n, nidat = 0, off = 8, stride, bpp;
	uint32_t w = 0, h = 0, distinct = 0, most = 0, ink;
	uLongf rawlen;
	int type = -1;

	if (argc != 2) {
		fprintf(stderr, "usage: pngstat FILE\n");
		return 2;
	}
	if (!(file = slurp(argv[1], &n)) || n < 8 || memcmp(file, sig, 8) != 0)
		return fail(argv[1], "not a PNG file");
	while (off + 12 <= n) {
		uint32_t len = be32(file + off);
		const unsigned char *type_at = file + off + 4, *data = type_at + 4;
		if (len > n - off - 12)
			return fail(argv[1], "truncated");
		if (memcmp(type_at, "IHDR", 4) == 0 && len >= 13) {
			w = be32(data);
			h = be32(data + 4);
			if (data[8] != 8 || data[12] != 0)
				return fail(argv[1], "not 8-bit, or interlaced");
			type = data[9];
		} else if (memcmp(type_at, "IDAT", 4) == 0) {
			unsigned char *ni = realloc(idat, nidat + len);
			if (!ni)
				return fail(argv[1], "out of memory");
			idat = ni;
			memcpy(idat + nidat, data, len);
			nidat += len;
		}
		off += 12 + (size_t)len;
	}
	if (type != 2 && type != 6)
		return fail(argv[1], "not RGB or RGBA");
	if (w == 0 || h == 0 || w > 20000 || h > 50000)
		return fail(argv[1], "odd size");
	bpp = type == 2 ? 3 : 4;
	stride = (size_t)w * bpp;
	rawlen = (uLongf)((stride + 1) * h);
	if (!(raw = malloc(rawlen)) ||
	    uncompress(raw, &rawlen, idat, (uLong)nidat) != Z_OK ||
	    rawlen != (stride + 1) * h)
		return fail(argv[1], "bad image data");
	/* undo the filters, in place: row y at raw + y * (stride + 1) + 1 */
	for (uint32_t y = 0; y < h; y++) {
		unsigned char *row = raw + (size_t)y * (stride + 1);
		unsigned char *cur = row + 1, *up = y ? row - stride : NULL;
		int filter = row[0];
		for (size_t i = 0; i < stride; i++) {
			int a = i >= bpp ? cur[i - bpp] : 0, b = up ? up[i] : 0;
			int c = up && i >= bpp ? up[i - bpp] : 0;
			switch (filter) {
			case 0:
				break;
			case 1:
				cur[i] = (unsigned char)(cur[i] + a);
				break;
			case 2:
				cur[i] = (unsigned char)(cur[i] + b);
				break;
			case 3:
				cur[i] = (unsigned char)(cur[i] + (a + b) / 2);
				break;
			case 4:
				cur[i] = (unsigned char)(cur[i] + paeth(a, b, c));
				break;
			default:
				return fail(argv[1], "bad filter");
			}
		}
	}
	for (uint32_t y = 0; y < h; y++) {
		const unsigned char *p = raw + (size_t)y * (stride + 1) + 1;
		for (uint32_t x = 0; x < w; x++, p += bpp) {
			unsigned q = (unsigned)(p[0] >> 4) << 8 |
			    (unsigned)(p[1] >> 4) << 4 | (unsigned)(p[2] >> 4);
			if (count[q]++ == 0)
				distinct++;
			if (count[q] > most)
				most = count[q];
		}
	}
	free(file);
	free(idat);
	free(raw);
	ink = w * h - most;
	printf("%ux%u ", (unsigned)w, (unsigned)h);
	if (distinct >= 8 && (double)ink >= 0.01 * w * h) {
		printf("picture\n");
		return 0;
	}
	printf("blank: %u colours, %.2f%% not background\n", (unsigned)distinct,
	    100.0 * ink / ((double)w * h));
	return 1;
}
