/* deid_policy.c - de-identification policies: the YAML/JSON schema of
 * docs/policy.md parsed with libyaml (JSON is read by the same parser), with
 * errors that name the file, line, column and what is wrong; built-in presets
 * (deid_presets.c) go through the same parser. Also the plan's lifecycle:
 * gizli_deid_create / free / configure and its accessors. */
#include "deid.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

static const char *const op_names[GZ_OP_COUNT] = {
    [GZ_OP_KEEP] = "keep",           [GZ_OP_REDACT] = "redact",
    [GZ_OP_REPLACE] = "replace",     [GZ_OP_MASK] = "mask",
    [GZ_OP_HASH] = "hash",           [GZ_OP_ENCRYPT] = "encrypt",
    [GZ_OP_FPE] = "fpe",             [GZ_OP_SURROGATE] = "surrogate",
    [GZ_OP_SHIFT_DATE] = "shift_date", [GZ_OP_GENERALIZE] = "generalize",
};

const char *gz_op_name(int kind) {
  return kind >= 0 && kind < GZ_OP_COUNT ? op_names[kind] : NULL;
}

static int op_from_name(const char *s) {
  for (int i = 0; i < GZ_OP_COUNT; i++)
    if (strcmp(s, op_names[i]) == 0) return i;
  return -1;
}

static int op_keyed(int kind) {
  return kind == GZ_OP_HASH || kind == GZ_OP_ENCRYPT || kind == GZ_OP_FPE ||
         kind == GZ_OP_SURROGATE || kind == GZ_OP_SHIFT_DATE;
}

static void op_default(gz_op *o, int kind) {
  memset(o, 0, sizeof *o);
  o->kind = kind;
  strcpy(o->mask_char, "*");
  o->count = -1;
  o->keep = -1;
  o->length = 16;
  o->max_days = 365;
  o->band = 5;
}

/* ---- parser context ----------------------------------------------------------- */

typedef struct pctx {
  yaml_document_t doc;
  const char *source;
  gizli_error *err;
  int depth;
} pctx;

static int perr(pctx *c, const yaml_node_t *n, const char *fmt, const char *a,
                const char *b) {
  if (c->err) {
    memset(c->err, 0, sizeof *c->err);
    snprintf(c->err->source, sizeof c->err->source, "%s", c->source);
    if (n) {
      c->err->line = (int)n->start_mark.line + 1;
      c->err->column = (int)n->start_mark.column + 1;
    }
    snprintf(c->err->message, sizeof c->err->message, fmt, a ? a : "", b ? b : "");
  }
  return GIZLI_E_POLICY;
}

static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static int get_bool(pctx *c, const yaml_node_t *n, const char *key, int *out) {
  const char *s = scalar(n);
  if (s && (!strcmp(s, "true") || !strcmp(s, "yes") || !strcmp(s, "on"))) *out = 1;
  else if (s && (!strcmp(s, "false") || !strcmp(s, "no") || !strcmp(s, "off"))) *out = 0;
  else return perr(c, n, "'%s' must be true or false%s", key, NULL);
  return GIZLI_OK;
}

static int get_int(pctx *c, const yaml_node_t *n, const char *key, long lo, long hi,
                   int *out) {
  const char *s = scalar(n);
  char *end = NULL;
  errno = 0;
  long v = s ? strtol(s, &end, 10) : 0;
  if (!s || !*s || *end || errno || v < lo || v > hi) {
    char range[64];
    snprintf(range, sizeof range, " in [%ld, %ld]", lo, hi);
    return perr(c, n, "'%s' must be an integer%s", key, range);
  }
  *out = (int)v;
  return GIZLI_OK;
}

/* Parses one operator: "name" or {operator: name, param: value, ...}. */
static int parse_op(pctx *c, yaml_node_t *n, gz_op *o) {
  const char *s = scalar(n);
  if (s) {
    int k = op_from_name(s);
    if (k < 0)
      return perr(c, n,
                  "unknown operator '%s' (expected keep, redact, replace, mask, hash, "
                  "encrypt, fpe, surrogate, shift_date or generalize)%s",
                  s, NULL);
    op_default(o, k);
    return GIZLI_OK;
  }
  if (n->type != YAML_MAPPING_NODE)
    return perr(c, n, "an operator must be a name or a mapping with 'operator'%s%s", NULL,
                NULL);
  yaml_node_t *opn = NULL;
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    const char *k = scalar(yaml_document_get_node(&c->doc, p->key));
    if (k && !strcmp(k, "operator")) opn = yaml_document_get_node(&c->doc, p->value);
  }
  if (!opn) return perr(c, n, "operator mapping lacks 'operator'%s%s", NULL, NULL);
  int rc = parse_op(c, opn, o);
  if (rc) return rc;
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *kn = yaml_document_get_node(&c->doc, p->key);
    yaml_node_t *vn = yaml_document_get_node(&c->doc, p->value);
    const char *k = scalar(kn), *v = scalar(vn);
    if (!k) return perr(c, kn, "parameter names must be strings%s%s", NULL, NULL);
    if (!strcmp(k, "operator")) continue;
    int ok = 0;
    switch (o->kind) {
    case GZ_OP_REPLACE:
      if (!strcmp(k, "numbered")) ok = 1, rc = get_bool(c, vn, k, &o->numbered);
      else if (!strcmp(k, "text")) {
        ok = 1;
        if (!v || strlen(v) >= sizeof o->text)
          rc = perr(c, vn, "'text' must be a string of at most 63 bytes%s%s", NULL, NULL);
        else
          strcpy(o->text, v);
      }
      break;
    case GZ_OP_MASK:
      if (!strcmp(k, "char")) {
        ok = 1;
        size_t l = v ? strlen(v) : 0;
        /* exactly one UTF-8 character */
        size_t want = !l ? 0 : ((unsigned char)v[0] < 0x80) ? 1
                      : ((unsigned char)v[0] >> 5) == 6      ? 2
                      : ((unsigned char)v[0] >> 4) == 14     ? 3
                      : ((unsigned char)v[0] >> 3) == 30     ? 4 : 0;
        if (!l || want != l) rc = perr(c, vn, "'char' must be one character%s%s", NULL, NULL);
        else memcpy(o->mask_char, v, l + 1);
      } else if (!strcmp(k, "count")) ok = 1, rc = get_int(c, vn, k, 0, 1000000, &o->count);
      else if (!strcmp(k, "keep")) ok = 1, rc = get_int(c, vn, k, 0, 1000000, &o->keep);
      else if (!strcmp(k, "from_end")) ok = 1, rc = get_bool(c, vn, k, &o->from_end);
      break;
    case GZ_OP_HASH:
      if (!strcmp(k, "length")) ok = 1, rc = get_int(c, vn, k, 8, 64, &o->length);
      break;
    case GZ_OP_SHIFT_DATE:
      if (!strcmp(k, "max_days")) ok = 1, rc = get_int(c, vn, k, 1, 36500, &o->max_days);
      break;
    case GZ_OP_GENERALIZE:
      if (!strcmp(k, "to")) {
        ok = 1;
        if (v && !strcmp(v, "year")) o->gen_to = GZ_GEN_YEAR;
        else if (v && !strcmp(v, "month")) o->gen_to = GZ_GEN_MONTH;
        else if (v && !strcmp(v, "city")) o->gen_to = GZ_GEN_CITY;
        else if (v && !strcmp(v, "band")) o->gen_to = GZ_GEN_BAND;
        else rc = perr(c, vn, "'to' must be year, month, city or band%s%s", NULL, NULL);
      } else if (!strcmp(k, "band")) ok = 1, rc = get_int(c, vn, k, 2, 100, &o->band);
      break;
    default:
      break;
    }
    if (rc) return rc;
    if (!ok)
      return perr(c, kn, "operator '%s' has no parameter '%s'", op_names[o->kind], k);
  }
  return GIZLI_OK;
}

static int parse_type_name(pctx *c, yaml_node_t *n, int *type) {
  const char *s = scalar(n);
  int t = s ? gizli_type_from_name(s) : GIZLI_T_NONE;
  if (t == GIZLI_T_NONE) return perr(c, n, "unknown entity type '%s'%s", s ? s : "?", NULL);
  *type = t;
  return GIZLI_OK;
}

static int str_list(pctx *c, yaml_node_t *n, const char *key, char ***v, size_t *count,
                    int **types, int type) {
  yaml_node_item_t *a, *b;
  if (n->type != YAML_SEQUENCE_NODE)
    return perr(c, n, "'%s' must be a list of strings%s", key, NULL);
  a = n->data.sequence.items.start;
  b = n->data.sequence.items.top;
  for (; a < b; a++) {
    yaml_node_t *it = yaml_document_get_node(&c->doc, *a);
    const char *s = scalar(it);
    if (!s || !*s) return perr(c, it, "'%s' entries must be non-empty strings%s", key, NULL);
    char **nv = realloc(*v, (*count + 1) * sizeof **v);
    if (!nv) return GIZLI_E_NOMEM;
    *v = nv;
    if (types) {
      int *nt = realloc(*types, (*count + 1) * sizeof **types);
      if (!nt) return GIZLI_E_NOMEM;
      *types = nt;
      nt[*count] = type;
    }
    if (!(nv[*count] = strdup(s))) return GIZLI_E_NOMEM;
    (*count)++;
  }
  return GIZLI_OK;
}

static int load_text(gizli_deid *d, const char *text, size_t len, const char *source,
                     gizli_error *err, int depth);

/* YAML allows a key twice in a mapping (the last wins); a policy does not. */
static int no_duplicates(pctx *c, yaml_node_t *m) {
  for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
    yaml_node_t *kp = yaml_document_get_node(&c->doc, p->key);
    const char *k = scalar(kp);
    if (!k) continue;
    for (yaml_node_pair_t *q = m->data.mapping.pairs.start; q < p; q++) {
      const char *k2 = scalar(yaml_document_get_node(&c->doc, q->key));
      if (k2 && !strcasecmp(k, k2)) return perr(c, kp, "duplicate key '%s'%s", k, NULL);
    }
  }
  return GIZLI_OK;
}

/* Copies a policy name, cut at a character boundary when it is too long, so
 * that it stays valid UTF-8 (it goes into JSON audit records). */
static void set_name(gizli_deid *d, const char *v) {
  size_t n = strlen(v);
  if (n >= sizeof d->name) {
    n = sizeof d->name - 1;
    while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80) n--;
  }
  memcpy(d->name, v, n);
  d->name[n] = 0;
}

/* Applies one policy document to d. */
static int apply(pctx *c, gizli_deid *d) {
  yaml_node_t *root = yaml_document_get_root_node(&c->doc);
  if (!root) return perr(c, NULL, "empty policy%s%s", NULL, NULL);
  if (root->type != YAML_MAPPING_NODE)
    return perr(c, root, "a policy must be a mapping (key: value)%s%s", NULL, NULL);
  yaml_node_pair_t *p0 = root->data.mapping.pairs.start, *p1 = root->data.mapping.pairs.top;
  int rc = no_duplicates(c, root);
  if (rc) return rc;
  /* 'extends' first, so that everything else overrides the preset. */
  for (yaml_node_pair_t *p = p0; p < p1; p++) {
    const char *k = scalar(yaml_document_get_node(&c->doc, p->key));
    if (k && !strcmp(k, "extends")) {
      yaml_node_t *vn = yaml_document_get_node(&c->doc, p->value);
      const char *v = scalar(vn);
      const char *t = v ? gz_preset_text(v) : NULL;
      if (!t)
        return perr(c, vn, "'extends' names no preset: '%s' (presets: reversible, fpe, "
                    "surrogate, redact, kvkk, az-998, gdpr)%s", v ? v : "?", NULL);
      if (c->depth > 4) return perr(c, vn, "'extends' nested too deeply%s%s", NULL, NULL);
      char src[80];
      snprintf(src, sizeof src, "preset:%s", v);
      rc = load_text(d, t, strlen(t), src, c->err, c->depth + 1);
      if (rc) return rc;
    }
  }
  /* 'default' before 'types'. */
  for (yaml_node_pair_t *p = p0; p < p1; p++) {
    const char *k = scalar(yaml_document_get_node(&c->doc, p->key));
    if (k && !strcmp(k, "default")) {
      gz_op o;
      rc = parse_op(c, yaml_document_get_node(&c->doc, p->value), &o);
      if (rc) return rc;
      for (int t = 1; t < GIZLI_T_COUNT; t++) d->ops[t] = o;
    }
  }
  for (yaml_node_pair_t *p = p0; p < p1; p++) {
    yaml_node_t *kn = yaml_document_get_node(&c->doc, p->key);
    yaml_node_t *vn = yaml_document_get_node(&c->doc, p->value);
    const char *k = scalar(kn), *v = scalar(vn);
    if (!k) return perr(c, kn, "keys must be strings%s%s", NULL, NULL);
    if (!strcmp(k, "extends") || !strcmp(k, "default")) continue;
    if (!strcmp(k, "version")) {
      if (!v || strcmp(v, "1")) return perr(c, vn, "unsupported version (expected 1)%s%s", NULL, NULL);
    } else if (!strcmp(k, "name") || !strcmp(k, "description")) {
      if (!v) return perr(c, vn, "'%s' must be a string%s", k, NULL);
      if (!strcmp(k, "name") && c->depth == 0) set_name(d, v);
    } else if (!strcmp(k, "threshold")) {
      char *end = NULL;
      double t = v ? strtod(v, &end) : -1;
      if (!v || !*v || *end || !(t >= 0 && t <= 1))
        return perr(c, vn, "'threshold' must be a number in [0, 1]%s%s", NULL, NULL);
      d->has_threshold = 1;
      d->threshold = (float)t;
    } else if (!strcmp(k, "language") || !strcmp(k, "languages")) {
      /* one language fixes it; a list of several means auto-detection */
      int lang = -1;
      if (v) lang = gizli_lang_from_name(v);
      else if (vn->type == YAML_SEQUENCE_NODE) {
        yaml_node_item_t *a = vn->data.sequence.items.start, *b = vn->data.sequence.items.top;
        for (; a < b; a++) {
          yaml_node_t *it = yaml_document_get_node(&c->doc, *a);
          int l = scalar(it) ? gizli_lang_from_name(scalar(it)) : -1;
          if (l < 0) return perr(c, it, "unknown language '%s' (auto, az, tr, en)%s",
                                 scalar(it) ? scalar(it) : "?", NULL);
          lang = (b - vn->data.sequence.items.start == 1) ? l : GIZLI_LANG_AUTO;
        }
      }
      if (lang < 0) return perr(c, vn, "unknown language '%s' (auto, az, tr, en)%s", v ? v : "?", NULL);
      d->lang = lang;
    } else if (!strcmp(k, "detectors") || !strcmp(k, "disable")) {
      int on = !strcmp(k, "detectors");
      if (on) {
        d->has_detectors = 1;
        memset(d->enabled, 0, sizeof d->enabled);
      }
      if (v && on && !strcmp(v, "all")) {
        memset(d->enabled, 1, sizeof d->enabled);
      } else if (vn->type == YAML_SEQUENCE_NODE) {
        yaml_node_item_t *a = vn->data.sequence.items.start, *b = vn->data.sequence.items.top;
        for (; a < b; a++) {
          int t;
          rc = parse_type_name(c, yaml_document_get_node(&c->doc, *a), &t);
          if (rc) return rc;
          if (!on && !d->has_detectors) {
            d->has_detectors = 1;
            memset(d->enabled, 1, sizeof d->enabled);
          }
          d->enabled[t] = (unsigned char)on;
        }
      } else {
        return perr(c, vn, "'%s' must be a list of entity types%s", k, on ? " or 'all'" : "");
      }
    } else if (!strcmp(k, "allow")) {
      rc = str_list(c, vn, k, &d->allow, &d->n_allow, NULL, 0);
      if (rc) return rc;
    } else if (!strcmp(k, "deny")) {
      if (vn->type != YAML_MAPPING_NODE)
        return perr(c, vn, "'deny' must map entity types to lists of strings%s%s", NULL, NULL);
      for (yaml_node_pair_t *q = vn->data.mapping.pairs.start; q < vn->data.mapping.pairs.top; q++) {
        int t;
        rc = parse_type_name(c, yaml_document_get_node(&c->doc, q->key), &t);
        if (!rc) rc = str_list(c, yaml_document_get_node(&c->doc, q->value), "deny", &d->deny,
                               &d->n_deny, &d->deny_type, t);
        if (rc) return rc;
      }
    } else if (!strcmp(k, "key_id")) {
      if (!v || !*v || strlen(v) > GZ_KEYID_MAX)
        return perr(c, vn, "'key_id' must be a key id string%s%s", NULL, NULL);
      snprintf(d->pin_id, sizeof d->pin_id, "%s", v);
    } else if (!strcmp(k, "types")) {
      if (vn->type != YAML_MAPPING_NODE)
        return perr(c, vn, "'types' must map entity types to operators%s%s", NULL, NULL);
      if ((rc = no_duplicates(c, vn))) return rc;
      for (yaml_node_pair_t *q = vn->data.mapping.pairs.start; q < vn->data.mapping.pairs.top; q++) {
        int t;
        rc = parse_type_name(c, yaml_document_get_node(&c->doc, q->key), &t);
        if (!rc) rc = parse_op(c, yaml_document_get_node(&c->doc, q->value), &d->ops[t]);
        if (rc) return rc;
      }
    } else {
      return perr(c, kn,
                  "unknown key '%s' (expected version, name, description, extends, threshold, "
                  "language, detectors, disable, allow, deny, key_id, default, types)%s",
                  k, NULL);
    }
  }
  return GIZLI_OK;
}

static int load_text(gizli_deid *d, const char *text, size_t len, const char *source,
                     gizli_error *err, int depth) {
  yaml_parser_t parser;
  pctx c;
  memset(&c, 0, sizeof c);
  c.source = source;
  c.err = err;
  c.depth = depth;
  if (!yaml_parser_initialize(&parser)) return GIZLI_E_NOMEM;
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
  if (!yaml_parser_load(&parser, &c.doc)) {
    if (err) {
      memset(err, 0, sizeof *err);
      snprintf(err->source, sizeof err->source, "%s", source);
      err->line = (int)parser.problem_mark.line + 1;
      err->column = (int)parser.problem_mark.column + 1;
      snprintf(err->message, sizeof err->message, "syntax error: %s%s%s",
               parser.problem ? parser.problem : "invalid YAML/JSON",
               parser.context ? " " : "", parser.context ? parser.context : "");
    }
    yaml_parser_delete(&parser);
    return GIZLI_E_POLICY;
  }
  int rc = apply(&c, d);
  yaml_document_delete(&c.doc);
  yaml_parser_delete(&parser);
  return rc;
}

int gz_policy_load(gizli_deid *d, const char *policy, gizli_error *err) {
  const char *preset = gz_preset_text(policy);
  if (preset) {
    char src[80];
    snprintf(src, sizeof src, "preset:%s", policy);
    snprintf(d->name, sizeof d->name, "%s", policy);
    return load_text(d, preset, strlen(preset), src, err, 0);
  }
  FILE *f = fopen(policy, "rb");
  if (!f) {
    if (err) {
      memset(err, 0, sizeof *err);
      snprintf(err->source, sizeof err->source, "%s", policy);
      snprintf(err->message, sizeof err->message,
               "not a preset (reversible, fpe, surrogate, redact, kvkk, az-998, gdpr) and "
               "cannot open file: %s", strerror(errno));
    }
    return GIZLI_E_POLICY;
  }
  char *buf = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (len == cap) {
      cap = cap ? cap * 2 : 8192;
      if (cap > (64u << 20)) { /* a policy is small; do not read a truncated one */
        free(buf);
        fclose(f);
        if (err) {
          memset(err, 0, sizeof *err);
          snprintf(err->source, sizeof err->source, "%s", policy);
          snprintf(err->message, sizeof err->message, "policy file is larger than 64 MiB");
        }
        return GIZLI_E_POLICY;
      }
      char *nb = realloc(buf, cap);
      if (!nb) {
        free(buf);
        fclose(f);
        return GIZLI_E_NOMEM;
      }
      buf = nb;
    }
    size_t r = fread(buf + len, 1, cap - len, f);
    if (!r) break;
    len += r;
  }
  fclose(f);
  const char *base = strrchr(policy, '/');
  set_name(d, base ? base + 1 : policy);
  int rc = load_text(d, buf ? buf : "", len, policy, err, 0);
  free(buf);
  return rc;
}

/* ---- plan lifecycle ---------------------------------------------------------- */

void gizli_deid_free(gizli_deid *d) {
  if (!d) return;
  for (size_t i = 0; i < d->n_allow; i++) {
    gz_wipe(d->allow[i], strlen(d->allow[i]));
    free(d->allow[i]);
  }
  for (size_t i = 0; i < d->n_deny; i++) {
    gz_wipe(d->deny[i], strlen(d->deny[i]));
    free(d->deny[i]);
  }
  free(d->allow);
  free(d->deny);
  free(d->deny_type);
  for (int k = 0; k < 3; k++)
    for (int l = 0; l < 3; l++) free(d->sur_next[k][l]);
  gz_keyring_free(&d->ring);
  gz_wipe(d, sizeof *d);
  free(d);
}

/* Shared by gizli_deid_create and gz_deid_create_text: the policy comes from
 * a preset name or file (text == NULL) or from a buffer named `policy`. */
static int deid_create(const char *policy, const char *text, size_t text_len,
                       const char *key_file, gizli_deid **out, gizli_error *err) {
  if (!policy || !out) return GIZLI_E_INVALID;
  *out = NULL;
  if (err) memset(err, 0, sizeof *err);
  gizli_deid *d = calloc(1, sizeof *d);
  if (!d) return GIZLI_E_NOMEM;
  for (int t = 0; t < GIZLI_T_COUNT; t++) op_default(&d->ops[t], GZ_OP_REPLACE);
  d->lang = GIZLI_LANG_AUTO;
  int rc;
  if (text) {
    set_name(d, policy);
    rc = load_text(d, text, text_len, policy, err, 0);
  } else {
    rc = gz_policy_load(d, policy, err);
  }
  if (!rc) rc = gz_keyring_load(key_file, &d->ring, err);
  if (!rc && d->ring.n == 0) {
    for (int t = 1; t < GIZLI_T_COUNT; t++) {
      if (op_keyed(d->ops[t].kind) && (!d->has_detectors || d->enabled[t])) {
        if (err) {
          memset(err, 0, sizeof *err);
          snprintf(err->source, sizeof err->source, "%s", policy);
          snprintf(err->message, sizeof err->message,
                   "policy uses '%s' for %s, which needs a key: pass a key file or set "
                   "GIZLI_KEY_FILE",
                   op_names[d->ops[t].kind], gizli_type_name(t));
        }
        rc = GIZLI_E_KEY;
        break;
      }
    }
  }
  for (int t = 0; !rc && t < GIZLI_T_COUNT; t++)
    for (int a = 0; !rc && a < 3; a++) {
      unsigned char h[32];
      char in[64];
      int n = snprintf(in, sizeof in, "gizli fpe tweak|%s|%d", gizli_type_name(t), a);
      rc = gz_sha256(in, (size_t)n, h);
      memcpy(d->tweak[t][a], h, 7);
    }
  if (!rc && d->ring.n) {
    rc = gz_keyring_prepare(&d->ring);
    d->fpe_key = d->ring.newest;
    if (!rc && d->pin_id[0]) {
      int k = gz_keyring_find(&d->ring, d->pin_id, strlen(d->pin_id));
      if (k < 0) {
        if (err) {
          memset(err, 0, sizeof *err);
          snprintf(err->source, sizeof err->source, "%s", policy);
          snprintf(err->message, sizeof err->message,
                   "policy key_id '%s' is not in the key file", d->pin_id);
        }
        rc = GIZLI_E_KEY;
      } else {
        d->fpe_key = k;
        d->ring.newest = k; /* pinned key is also used for new tokens */
      }
    }
  }
  int any_surrogate = 0;
  for (int t = 1; t < GIZLI_T_COUNT; t++) any_surrogate |= d->ops[t].kind == GZ_OP_SURROGATE;
  if (!rc && d->ring.n && any_surrogate) rc = gz_surrogate_prepare(d);
  if (rc) {
    gizli_deid_free(d);
    return rc;
  }
  *out = d;
  return GIZLI_OK;
}

int gizli_deid_create(const char *policy, const char *key_file, gizli_deid **out,
                      gizli_error *err) {
  return deid_create(policy, NULL, 0, key_file, out, err);
}

int gz_deid_create_text(const char *text, size_t len, const char *source, const char *key_file,
                        gizli_deid **out, gizli_error *err) {
  if (!text) return GIZLI_E_INVALID;
  return deid_create(source ? source : "<policy>", text, len, key_file, out, err);
}

const char *gizli_deid_name(const gizli_deid *d) { return d ? d->name : NULL; }

const char *gizli_deid_operator(const gizli_deid *d, int type) {
  if (!d || type <= 0 || type >= GIZLI_T_COUNT) return NULL;
  return op_names[d->ops[type].kind];
}

const char *gizli_deid_key_id(const gizli_deid *d) {
  return d && d->ring.n ? d->ring.keys[d->ring.newest].id : NULL;
}

int gizli_deid_configure(const gizli_deid *d, gizli_policy *p) {
  if (!d || !p) return GIZLI_E_INVALID;
  int rc = GIZLI_OK;
  if (d->has_detectors)
    for (int t = 1; !rc && t < GIZLI_T_COUNT; t++) rc = gizli_policy_enable(p, t, d->enabled[t]);
  if (!rc && d->has_threshold) rc = gizli_policy_set_threshold(p, d->threshold);
  if (!rc && d->lang != GIZLI_LANG_AUTO) rc = gizli_policy_set_lang(p, d->lang);
  for (size_t i = 0; !rc && i < d->n_allow; i++) rc = gizli_policy_allow(p, d->allow[i]);
  for (size_t i = 0; !rc && i < d->n_deny; i++) rc = gizli_policy_deny(p, d->deny_type[i], d->deny[i]);
  return rc;
}
