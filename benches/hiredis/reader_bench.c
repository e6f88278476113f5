/*
 * hiredis's reply reader (redisReader) on the inputs of resp-benches'
 * `compare` bench, for a side-by-side figure with resp-core.
 *
 * Usage: reader_bench DIR
 *
 * DIR is written by `cargo run --release -p resp-benches --example
 * dump_shapes -- DIR`: one file `<name>.resp` a shape, holding the very bytes
 * the criterion benches decode, and `manifest.txt`, one measurement a line:
 * `<name> <frames> <chunk>` (chunk 0: the whole input fed at once).
 *
 * Each measurement feeds the input to one reader (reused across iterations,
 * as the Rust benches reuse their decoder), all at once or `chunk` bytes at a
 * time, asks for replies after every feed until the reader has none, frees
 * every reply inside the timed loop and checks the number of replies.
 * redisReaderFeed copies what it is given into the reader's own buffer, as it
 * does for every socket read, so that copy is inside the timing.
 *
 * Timing: clock_gettime(CLOCK_MONOTONIC) around a run of N iterations, N
 * chosen so that a run lasts about TARGET_MS (default 50) milliseconds; REPS
 * (default 21) runs; the median time per iteration is printed, in criterion's
 * units, under the name criterion would give it
 * (`compare/<shape>/hiredis`). Run it pinned to a quiet core: see run.sh.
 */
#define _POSIX_C_SOURCE 200809L

#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Written with every reply's type, so that no reply goes unread. */
static volatile int sink;

static void die(const char *what, const char *detail) {
    fprintf(stderr, "reader_bench: %s: %s\n", what, detail);
    exit(1);
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open", path);
    if (fseek(f, 0, SEEK_END) != 0) die("cannot seek", path);
    long size = ftell(f);
    if (size < 0) die("cannot size", path);
    rewind(f);
    char *data = malloc(size > 0 ? (size_t)size : 1);
    if (!data) die("out of memory reading", path);
    if (fread(data, 1, (size_t)size, f) != (size_t)size) die("cannot read", path);
    fclose(f);
    *len = (size_t)size;
    return data;
}

/* Feeds `input` to `reader` `chunk` bytes at a time (all of it when chunk is
 * 0), taking every reply after each feed; returns how many it took. */
static size_t decode(redisReader *reader, const char *input, size_t len, size_t chunk) {
    size_t step = chunk ? chunk : len;
    size_t count = 0;
    for (size_t off = 0; off < len; off += step) {
        size_t n = len - off < step ? len - off : step;
        if (redisReaderFeed(reader, input + off, n) != REDIS_OK)
            die("redisReaderFeed", reader->errstr);
        for (;;) {
            void *reply;
            if (redisReaderGetReply(reader, &reply) != REDIS_OK)
                die("redisReaderGetReply", reader->errstr);
            if (!reply) break;
            sink = ((redisReply *)reply)->type;
            freeReplyObject(reply);
            count++;
        }
    }
    return count;
}

/* Nanoseconds per iteration over a run of `iters` iterations. */
static double run(redisReader *reader, const char *input, size_t len, size_t chunk,
                  size_t frames, size_t iters) {
    double start = now_ns();
    for (size_t i = 0; i < iters; i++) {
        size_t got = decode(reader, input, len, chunk);
        if (got != frames) {
            fprintf(stderr, "reader_bench: decoded %zu replies, expected %zu\n", got, frames);
            exit(1);
        }
    }
    return (now_ns() - start) / (double)iters;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Four significant figures, as criterion prints them. */
static void print_short(double v) {
    if (v < 10) printf("%.4f", v);
    else if (v < 100) printf("%.3f", v);
    else if (v < 1000) printf("%.2f", v);
    else printf("%.1f", v);
}

static void print_time(double ns) {
    if (ns < 1e3) { print_short(ns); printf(" ns"); }
    else if (ns < 1e6) { print_short(ns / 1e3); printf(" µs"); }
    else if (ns < 1e9) { print_short(ns / 1e6); printf(" ms"); }
    else { print_short(ns / 1e9); printf(" s"); }
}

static void print_throughput(double bytes_per_s) {
    static const char *units[] = {"B/s", "KiB/s", "MiB/s", "GiB/s", "TiB/s"};
    int u = 0;
    while (bytes_per_s >= 1024 && u < 4) { bytes_per_s /= 1024; u++; }
    print_short(bytes_per_s);
    printf(" %s", units[u]);
}

static size_t env_or(const char *name, size_t fallback) {
    const char *v = getenv(name);
    if (!v || !*v) return fallback;
    char *end;
    unsigned long n = strtoul(v, &end, 10);
    if (*end || n == 0) die("not a positive number", name);
    return (size_t)n;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR (written by the dump_shapes example)\n", argv[0]);
        return 2;
    }
    const char *dir = argv[1];
    size_t reps = env_or("REPS", 21);
    double target_ns = (double)env_or("TARGET_MS", 50) * 1e6;
    double *samples = malloc(reps * sizeof *samples);
    if (!samples) die("out of memory", "samples");

    char path[4096];
    snprintf(path, sizeof path, "%s/manifest.txt", dir);
    FILE *manifest = fopen(path, "r");
    if (!manifest) die("cannot open", path);

    printf("hiredis %d.%d.%d redisReader; median of %zu runs, each of about %zu ms\n",
           HIREDIS_MAJOR, HIREDIS_MINOR, HIREDIS_PATCH, reps, (size_t)(target_ns / 1e6));

    char name[256];
    size_t frames, chunk;
    while (fscanf(manifest, "%255s %zu %zu", name, &frames, &chunk) == 3) {
        char label[320];
        if (chunk)
            snprintf(label, sizeof label, "compare/%s_in_%zuB_chunks/hiredis", name, chunk);
        else
            snprintf(label, sizeof label, "compare/%s/hiredis", name);

        snprintf(path, sizeof path, "%s/%s.resp", dir, name);
        size_t len;
        char *input = read_file(path, &len);

        /* hiredis reads RESP3 from 1.0 on; before, only the RESP2 types. */
        if (HIREDIS_MAJOR < 1 && len > 0 && !strchr("+-:$*", input[0])) {
            printf("%-48s skipped: RESP3 ('%c'), which hiredis %d.%d does not read\n", label,
                   input[0], HIREDIS_MAJOR, HIREDIS_MINOR);
            free(input);
            continue;
        }

        redisReader *reader = redisReaderCreate();
        if (!reader) die("redisReaderCreate", "out of memory");

        /* Warm up and size the runs: double N until a run lasts target_ns. */
        size_t iters = 1;
        for (;;) {
            double per_iter = run(reader, input, len, chunk, frames, iters);
            if (per_iter * (double)iters >= target_ns) break;
            if (per_iter * (double)iters * 2 >= target_ns) {
                iters = (size_t)(target_ns / per_iter) + 1;
                break;
            }
            iters *= 2;
        }
        for (size_t r = 0; r < reps; r++)
            samples[r] = run(reader, input, len, chunk, frames, iters);
        qsort(samples, reps, sizeof *samples, by_value);
        double median = reps % 2 ? samples[reps / 2]
                                 : (samples[reps / 2 - 1] + samples[reps / 2]) / 2;

        printf("%-48s time: ", label);
        print_time(median);
        printf("  thrpt: ");
        print_throughput((double)len / (median / 1e9));
        printf("  (min ");
        print_time(samples[0]);
        printf(", max ");
        print_time(samples[reps - 1]);
        printf("; %zu iterations a run)\n", iters);
        fflush(stdout);

        redisReaderFree(reader);
        free(input);
    }
    fclose(manifest);
    free(samples);
    return 0;
}
