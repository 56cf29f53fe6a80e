/* profile_urls.c - the user name in a profile address of a social site,
 * "linkedin.com/in/elvin-rzayev-94" or "github.com/sophietb-dev": a
 * SOCIAL_HANDLE without an '@', so the handle pattern (run from each '@')
 * never sees it.
 *
 * A recognizer (see recognizers.c): it never displaces a pattern finding.
 * The host must start a token (after a space, "://", "www." or a label
 * colon), the name is 2-39 bytes of [A-Za-z0-9_.-] with a letter, starting
 * and ending with a letter or digit, and it ends the path segment. Site
 * pages that are no user ("github.com/features", "x.com/home") are skipped.
 * Only the name is reported: the host names a site, not a person.
 *
 * Also the author lines of an issue thread copied from GitHub or GitLab
 * as Markdown: a login in bold at the start of a line, then the site's
 * action or role ("**mkowalski-dev** opened this issue", "**jhartley**
 * (maintainer): ..."); a bold word before anything else is emphasis. */
#include "internal.h"

#include <string.h>
#include <strings.h>

static const char *const pu_hosts[] = {
    "linkedin.com/in/",
    "github.com/",
    "gitlab.com/",
    "twitter.com/",
    "x.com/",
    "instagram.com/",
    "facebook.com/",
    "fb.com/",
    "t.me/",
    "tiktok.com/@",
    "calendly.com/",
    /* portfolio and video sites, as CVs and signatures give them (batch 23);
     * calendly.com: a booking page, as a recruiter's message gives it (batch 34) */
    "behance.net/",
    "dribbble.com/",
    "medium.com/@",
    "youtube.com/@",
    "threads.net/@",
    /* a streamer's channel and donation page, as a stream's chat bot links
     * them ("streamlabs.com/karadenizligamer"; batch 44) */
    "twitch.tv/",
    "streamlabs.com/",
    NULL,
};

/* Path segments that name a site page, not a user. */
static const char *const pu_pages[] = {
    "about",    "features",   "pricing",  "login",       "signup",   "join",       "orgs",
    "topics",   "settings",   "explore",  "marketplace", "sponsors", "enterprise", "home",
    "search",   "share",      "sharer",   "intent",      "hashtag",  "i",          "p",
    "reel",     "stories",    "groups",   "pages",       "events",   "watch",      "help",
    "privacy",  "terms",      "company",  "jobs",        "school",   "feed",       "notifications",
    "messages", "explore",    "accounts", "gallery",     "shots",    "galleries",  "api",
    "oauth",    "developers", "docs",     NULL,
};

static int pu_name_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '-' || c == '.';
}

/* Does a host starting at p begin a token? "www." and "http(s)://" before
 * it are part of the address; a letter, digit, '.', '-' or '@' before it
 * makes it the tail of another host ("notgithub.com", "a@x.com"). */
static int pu_host_start(const char *t, size_t p) {
  if (p >= 4 && strncasecmp(t + p - 4, "www.", 4) == 0) p -= 4;
  if (p >= 3 && memcmp(t + p - 3, "://", 3) == 0) return 1;
  if (p == 0) return 1;
  unsigned char b = (unsigned char)t[p - 1];
  return b < 0x80 && !gz_ascii_alnum(b) && b != '.' && b != '-' && b != '@' && b != '_' && b != '/';
}

static int pu_is_page(const char *t, size_t a, size_t b) {
  /* an API version ("x.com/v1", "github.com/v3/...") */
  if (b - a >= 2 && b - a <= 3 && (t[a] | 32) == 'v' && t[a + 1] >= '0' && t[a + 1] <= '9' &&
      (b - a == 2 || (t[a + 2] >= '0' && t[a + 2] <= '9')))
    return 1;
  for (int i = 0; pu_pages[i]; i++)
    if (strlen(pu_pages[i]) == b - a && strncasecmp(t + a, pu_pages[i], b - a) == 0) return 1;
  return 0;
}

/* The end of a user name starting at i, or 0. */
static size_t pu_name_end(const char *t, size_t len, size_t i) {
  size_t k = i;
  int letter = 0;
  while (k < len && k - i <= 39 && pu_name_byte((unsigned char)t[k])) {
    letter |= ((unsigned char)t[k] | 32) >= 'a' && ((unsigned char)t[k] | 32) <= 'z';
    k++;
  }
  /* a sentence full stop after the name is no part of it */
  while (k > i && !gz_ascii_alnum((unsigned char)t[k - 1]) && t[k - 1] != '_') k--;
  if (k - i < 2 || k - i > 39 || !letter || !gz_ascii_alnum((unsigned char)t[i])) return 0;
  if (k < len && (unsigned char)t[k] >= 0x80) return 0;
  return k;
}

/* What follows an author's login on an issue page. */
static const char *const pu_author_tails[] = {
    " opened this", " opened on",         " commented",    " closed this", " reopened this",
    " approved",    " requested changes", " (maintainer)", " (author)",    " (contributor)",
    " (member)",    " (collaborator)",    " (owner)",      NULL,
};

/* The Markdown author lines: "**login**" at a line's start (two spaces or a
 * "> " of a quote before it at most), a login of 1-39 bytes of
 * [A-Za-z0-9-] with a letter, not starting or ending with '-', then one of
 * pu_author_tails. */
static int pu_scan_authors(const char *text, size_t len, gz_findings *out) {
  size_t from = 0;
  const char *p;
  while (from + 4 < len && (p = memchr(text + from, '*', len - from - 4))) {
    size_t at = (size_t)(p - text);
    from = at + 1;
    if (text[at + 1] != '*') continue;
    size_t ls = at;
    while (ls > 0 && at - ls < 3 && (text[ls - 1] == ' ' || text[ls - 1] == '>')) ls--;
    if (ls > 0 && text[ls - 1] != '\n') continue;
    size_t name = at + 2, k = name;
    int letter = 0;
    while (k < len && k - name <= 39 &&
           (gz_ascii_alnum((unsigned char)text[k]) || text[k] == '-')) {
      letter |= ((unsigned char)text[k] | 32) >= 'a' && ((unsigned char)text[k] | 32) <= 'z';
      k++;
    }
    if (k == name || k - name > 39 || !letter || text[name] == '-' || text[k - 1] == '-' ||
        k + 2 > len || text[k] != '*' || text[k + 1] != '*')
      continue;
    from = k + 2;
    for (int i = 0; pu_author_tails[i]; i++) {
      size_t n = strlen(pu_author_tails[i]);
      if (k + 2 + n <= len && memcmp(text + k + 2, pu_author_tails[i], n) == 0) {
        if (gz_findings_push(out, name, k, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
        break;
      }
    }
  }
  return GIZLI_OK;
}

/* A platform's label and a bare user name after it, as CVs and signatures
 * write a profile (batch 31: "GitHub: denizaksoy · ..."): the name in lower
 * case ASCII, 3-39 bytes of [a-z0-9_.-] starting with a letter, with a
 * user name's mark (a digit, '_', '.' or '-') or eight bytes or more (a
 * word such as "none", "private" is no name), alone in its field: the end
 * of the line, a field separator (',', ';', '|', ')', '·', '•') or a
 * remark in brackets after it. A capitalised answer ("Telegram: AzPoçt
 * dəstək botu"), an '@' (the handle pattern's) or an address
 * ("github.com/...") is not taken. A marketplace's seller or buyer (the
 * labels from PU_ROLES on) only with a mark: "Seller: gadgetgrove_uk (412
 * feedback)", not "Seller: electronics". */
static const char *const pu_labels[] = {"GitHub: ",
                                        "Github: ",
                                        "github: ",
                                        "GitLab: ",
                                        "Instagram: ",
                                        "instagram: ",
                                        "Twitter: ",
                                        "TikTok: ",
                                        "Seller: ",
                                        "Buyer: ",
                                        "Sat\xC4\xB1\x63\xC4\xB1: ",
                                        "Al\xC4\xB1\x63\xC4\xB1: ",
                                        NULL};
#define PU_ROLES 8

static int pu_label_word(void *ctx, size_t at, int w) {
  gz_rec_args *a = ctx;
  const char *t = a->t;
  size_t len = a->len, i = at + strlen(pu_labels[w]);
  if (at > 0 && gz_word_byte((unsigned char)t[at - 1])) return 0;
  while (i < len && t[i] == ' ') i++;
  size_t k = i;
  int mark = 0;
  if (i >= len || t[i] < 'a' || t[i] > 'z') return 0;
  while (k < len && k - i <= 39 &&
         ((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= '0' && t[k] <= '9') || t[k] == '_' ||
          t[k] == '.' || t[k] == '-')) {
    mark |= !(t[k] >= 'a' && t[k] <= 'z');
    k++;
  }
  while (k > i && (t[k - 1] == '.' || t[k - 1] == '-')) k--;
  if (k - i < 3 || k - i > 39 || (!mark && (k - i < 8 || w >= PU_ROLES))) return 0;
  if (memchr(t + i, '.', k - i) &&
      (memmem(t + i, k - i, ".com", 4) || memmem(t + i, k - i, ".io", 3)))
    return 0;
  size_t j = k;
  while (j < len && t[j] == ' ') j++;
  unsigned char c = j < len ? (unsigned char)t[j] : '\n';
  int field_end = c == '\n' || c == '\r' || c == ',' || c == ';' || c == '|' || c == ')' ||
                  (c == '(' && j > k) ||
                  (c == 0xC2 && j + 1 < len && (unsigned char)t[j + 1] == 0xB7) ||
                  (c == 0xE2 && j + 2 < len && (unsigned char)t[j + 1] == 0x80 &&
                   (unsigned char)t[j + 2] == 0xA2);
  if (!field_end || (k < len && (t[k] == '/' || t[k] == '@'))) return 0;
  return gz_findings_push(a->out, i, k, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0) ? GIZLI_E_NOMEM : 0;
}

static int pu_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)state;
  (void)scratch;
  (void)lang;
  /* every host ends in '/' (or "/@"): find each '/' with memchr (SIMD in
   * glibc), then the host that ends there; one byte-by-byte pass per host
   * cost more than the rest of the scan */
  size_t from = 0;
  const char *p;
  while (from < len && (p = memchr(text + from, '/', len - from))) {
    size_t slash = (size_t)(p - text);
    from = slash + 1;
    for (int h = 0; pu_hosts[h]; h++) {
      const char *host = pu_hosts[h];
      size_t hl = strlen(host), tail = host[hl - 1] == '@' ? 2 : 1; /* "/" or "/@" */
      size_t name = slash + tail;
      if (name > len || name < hl || (tail == 2 && text[slash + 1] != '@')) continue;
      size_t at = name - hl;
      if (strncasecmp(text + at, host, hl) != 0 || !pu_host_start(text, at)) continue;
      size_t end = pu_name_end(text, len, name);
      if (!end || pu_is_page(text, name, end)) break;
      if (gz_findings_push(out, name, end, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
      from = end;
      break;
    }
  }
  int rc = pu_scan_authors(text, len, out);
  if (rc) return rc;
  gz_rec_args a = {text, len, structured, n_structured, out};
  rc = gz_each_word(text, len, pu_labels, NULL, pu_label_word, &a);
  return rc > 0 ? GIZLI_OK : rc;
}

const gz_recognizer gz_profile_urls_recognizer = {
    .name = "profile_urls",
    .types = 1ull << GIZLI_T_SOCIAL_HANDLE,
    /* no state and no scratch: create, destroy and scratch_* stay NULL */
    .scan = pu_scan,
};
