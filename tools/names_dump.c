/* names_dump.c - developer tool: runs only the names recognizer over a file
 * (or stdin) and prints each finding as "TYPE score start end text". For
 * inspecting the model; it prints matched text, so use it on test data only.
 * Usage: names_dump [FILE] */
#include <stdio.h>
#include <stdlib.h>

#include "names.h"
#include "names_corpus.h"

int main(int argc, char **argv) {
  size_t len = 0, cap = 1 << 16;
  char *text = NULL;
  if (argc > 1) {
    text = nc_read_file(argv[1], &len);
    if (!text) return 1;
  } else {
    text = malloc(cap);
    size_t k;
    while ((k = fread(text + len, 1, cap - len, stdin)) > 0)
      if ((len += k) == cap) text = realloc(text, cap *= 2);
  }
  gz_names *nm = NULL;
  gizli_error err;
  void *scr = NULL;
  gz_findings out = {0};
  if (gz_names_create(&nm, &err) || gz_names_scratch_create(&scr) ||
      gz_names_scan(nm, scr, text, len, NULL, 0, &out)) {
    fprintf(stderr, "names_dump: failed\n");
    return 1;
  }
  static const char *tn[] = {"", "PERSON", "LOCATION", "ORGANIZATION"};
  for (size_t i = 0; i < out.n; i++)
    printf("%s\t%.2f\t%zu\t%zu\t%.*s\n", tn[out.v[i].type], out.v[i].score, out.v[i].start,
           out.v[i].end, (int)(out.v[i].end - out.v[i].start), text + out.v[i].start);
  gz_findings_free(&out);
  gz_names_scratch_free(scr);
  gz_names_free(nm);
  free(text);
  return 0;
}
