/* chat_handles.c - user names in a chat log exported from Discord, Slack,
 * Telegram and the like: the speaker before each message ("xeyal_pubg:
 * PUBG hesabı satıram", "[23:15] Kaptan_Mert: ip ban da attım") and the
 * same names, or names of a user name's form, in the messages ("Enes_TR34
 * sunucudan yasaklandı", "alt hesabı: enesbaba2009"). A SOCIAL_HANDLE
 * without an '@', so the handle pattern (run from each '@') never sees it
 * (batch 28).
 *
 * A recognizer (see recognizers.c): it never displaces a pattern finding.
 * Only in a chat: two speaker lines or more and a chat platform's name in
 * the text. A speaker is a token of 3-32 bytes of [A-Za-z0-9_.-] starting
 * with a letter, at the start of a line (after a time stamp "[23:14]" or
 * "11/24/2026 3:02 AM"), then ": " and the message. It is a user name when
 * it has a user name's mark (an '_', a digit or an inner '.', and a lower
 * case letter: no "SSH_HOST:" key) or is eight lower case letters or more
 * and speaks twice ("pixelfern"; "alice:" is a first name typed in lower
 * case); a capitalised word ("Dyno", "Zeyno", "Operator") is a
 * bot's or a person's name and is left to the names. In the messages, a
 * speaker's name anywhere, and tokens of a user name's form: a word joined
 * by '_' to a part with a digit or a capital ("grimjaw_77", "Enes_TR34"),
 * or five lower case letters or more and two to four digits
 * ("enesbaba2009").
 *
 * Also, in any text, the author line of a forum post or an issue
 * ("Yazan: anar_qizi_sebine", "Posted by dkowalski-dev") and an Ekşi
 * Sözlük entry's signature ("--bilgisayarci_tugba"): see ch_author
 * (batch 30). Batches 34 and 35 add a news site's comments as a chat
 * (ch_comments_heading), a git log's authors (ch_git_line), a numbered
 * forum entry's header (ch_entry_head), an issue tracker's person fields
 * (ch_ticket_fields), a marketplace's buyer and question lines, and the
 * other mentions of an author an author line named (ch_authors_again). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define GZ_CH_MAX_SPEAKERS 32
#define GZ_CH_MAX_AUTHORS  8

/* chat platforms, and the words a chat's transcript or export is called
 * by in az/tr/en ("yaz\xC4\xB1\xC5\x9Fma", "s\xC3\xB6hb\xC9\x99t", "sohbet", "chat
 * log"; the fifth session): a text naming none is no chat */
static const char *const ch_platforms[] = {
    "discord", "slack", "telegram", "whatsapp", "twitch", "matrix", "mattermost", "viber",
    "messenger", "skype", "chat", "\xC3\xA7\x61t ", "yaz\xC4\xB1\xC5\x9Fma", "yazisma",
    "s\xC3\xB6hb\xC9\x99t", "sohbet", "mesajlar", "mesajla\xC5\x9F", "conversation",
    /* a stream's and a marketplace's chat (batch 44) */
    "youtube", "\xC3\xA7\x61t\xC4\xB1", NULL};

static int ch_name_byte(unsigned char c) {
  return gz_ascii_alnum(c) || c == '_' || c == '.' || c == '-';
}

static int ch_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
static int ch_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
static int ch_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

/* Is the word [a, b) one of w (ASCII case folded)? */
static int ch_word_in(const char *t, size_t a, size_t b, const char *const *w) {
  for (int k = 0; w[k]; k++)
    if (strlen(w[k]) == b - a && strncasecmp(t + a, w[k], b - a) == 0) return 1;
  return 0;
}

/* Does a token start at p: not after a byte of a word, an address or a
 * path? */
static int ch_token_start(const char *t, size_t p) {
  if (p == 0) return 1;
  unsigned char b = (unsigned char)t[p - 1];
  return !gz_word_byte(b) && !strchr("_.-@/\\:=#&%+'\"", b);
}

/* Does the token ending at e end there: not before a byte of a word, an
 * address or a path ('.', ',', '!', '?', ':' or ')' end it before a space
 * or the end of the text)? */
static int ch_token_end(const char *t, size_t len, size_t e) {
  if (e >= len) return 1;
  unsigned char c = (unsigned char)t[e];
  if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ';' || c == '(' || c == '"') return 1;
  if (strchr(".,!?:)'", c))
    return e + 1 >= len || t[e + 1] == ' ' || t[e + 1] == '\n' || t[e + 1] == '\r';
  return 0;
}

/* The end of a name token of 3-32 bytes starting at p with a letter, or
 * 0; a trailing '.' or '-' is no part of it. */
static size_t ch_name_end(const char *t, size_t len, size_t p) {
  if (p >= len || !(ch_lower((unsigned char)t[p]) || ch_upper((unsigned char)t[p]))) return 0;
  size_t k = p;
  while (k < len && k - p <= 32 && ch_name_byte((unsigned char)t[k])) k++;
  while (k > p && (t[k - 1] == '.' || t[k - 1] == '-')) k--;
  if (k - p < 3 || k - p > 32) return 0;
  return k;
}

/* Is [a, b) a placeholder, a role word and a number ("user1", "guest2",
 * "admin_3", "istifadeci1"): an anonymised or sample speaker, no user's
 * name (batch 30)? */
static int ch_placeholder(const char *t, size_t a, size_t b) {
  static const char *const roles[] = {
      "user",        "guest",     "admin",    "member",    "player",    "client", "customer",
      "anon",        "anonymous", "test",     "kullanici", "misafir",   "uye",    "istifadeci",
      "istifadechi", "qonaq",     "operator", "agent",     "moderator", "mod",    NULL};
  size_t k = b;
  while (k > a && ch_digit((unsigned char)t[k - 1])) k--;
  if (k == b || b - k > 6) return 0;
  if (k > a && (t[k - 1] == '_' || t[k - 1] == '-')) k--;
  if (ch_word_in(t, a, k, roles)) return 1;
  return 0;
}

/* Has the name [a, b) a user name's mark: an '_', a digit or an inner
 * '.', and a lower case letter; or a lower case start and a capital after
 * a lower case letter, a gamer's tag ("xXvoidXx", batch 30; a first name
 * never starts so); or, when joined_ok (a news site's comments, where
 * no brand speaks: "WhatsApp", "PowerShell"), capitalised words run
 * together, two capitals after lower case letters or one after four
 * ("SaleMoorSteve", "HukukcuAyse", batch 34; "McDonald", "MacKenzie",
 * "FitzGerald" are names)? Sets *plain when it is eight lower case
 * letters or more. */
static int ch_marked(const char *t, size_t a, size_t b, int *plain, int joined_ok) {
  int mark = 0, lower = 0, other = 0, camel = 0, run = 0, joined = 0, dot_only = 1;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == '_' || c == '.' || ch_digit(c)) {
      mark = 1;
      /* a dot before a lower case letter: "Gulnar.gg", no "D.Tarihi" */
      dot_only &= c == '.' && !(i + 1 < b && ch_lower((unsigned char)t[i + 1]));
    } else if (ch_lower(c))
      lower = 1;
    else
      other = 1;
    if (i > a && ch_upper(c) && ch_lower((unsigned char)t[i - 1])) {
      camel++;
      joined |= run >= 4;
    }
    run = ch_lower(c) ? run + 1 : 0;
  }
  *plain = !mark && !other && lower && b - a >= 8;
  if (ch_placeholder(t, a, b)) return *plain = 0;
  /* a form's abbreviated label, "D.Tarihi:", "Do\xC4\x9F.Yeri:", "Dr.Smith": a
   * capital and only dots, each before a capital, no user name (the fifth
   * session) */
  if (mark && dot_only && ch_upper((unsigned char)t[a])) mark = 0;
  if (joined_ok && camel && ch_upper((unsigned char)t[a]) && (camel >= 2 || joined)) return 1;
  return (mark || (camel && ch_lower((unsigned char)t[a]))) && lower;
}

/* Does a password word stand right before the token at p ("pass
 * frosty0912", "şifre: enes2009")? The token is the secret then, no
 * user name (batch 30). So for a log-in word: "PPPoE login vugar_aliyev87"
 * names a system's account, which the set calls no user name (seventh
 * session). */
static int ch_after_secret_word(const char *t, size_t p) {
  static const char *const pw[] = {"pass",  "password",     "pw",
                                   "pwd",   "parol",        "parola",
                                   "sifre", "\xC5\x9Fifre", "\xC5\x9Fifr\xC9\x99",
                                   "login", "log-in",       NULL};
  size_t k = p;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == ':' || t[k - 1] == '=')) k--;
  if (k == p || p - k > 3) return 0;
  for (int w = 0; pw[w]; w++) {
    size_t n = strlen(pw[w]);
    if (k >= n && strncasecmp(t + k - n, pw[w], n) == 0 &&
        (k == n || !gz_word_byte((unsigned char)t[k - n - 1])))
      return 1;
  }
  return 0;
}

/* Is [a, b) of a user name's form inside a message: a word joined by '_'
 * to a part with a digit or a capital, or five lower case letters or more
 * then two to four digits? */
static int ch_handle_form(const char *t, size_t a, size_t b) {
  int under = 0, digit = 0, upper = 0, lower = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == '.' || c == '-') return 0;
    under |= c == '_';
    digit |= ch_digit(c);
    upper |= ch_upper(c) && i > a;
    lower |= ch_lower(c);
  }
  if (!lower) return 0;
  if (under) return t[a] != '_' && t[b - 1] != '_' && (digit || upper);
  size_t k = a;
  while (k < b && ch_lower((unsigned char)t[k])) k++;
  size_t d = k;
  while (d < b && ch_digit((unsigned char)t[d])) d++;
  return d == b && k - a >= 5 && d - k >= 2 && d - k <= 4;
}

/* The start of the speaker's name on the line starting at p, past a time
 * stamp ("[23:14] ", "11/24/2026 3:02 AM ", "09:41 "), or p. */
static size_t ch_after_stamp(const char *t, size_t len, size_t p) {
  size_t k = p;
  while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
  size_t s = k;
  int digits = 0;
  while (k < len && (ch_digit((unsigned char)t[k]) || strchr("/:.-[], ", t[k]))) {
    digits |= ch_digit((unsigned char)t[k]);
    k++;
  }
  if (!digits || (k > s && t[k - 1] != ' ')) return s;
  if (k + 3 <= len && (t[k] == 'A' || t[k] == 'P') && t[k + 1] == 'M' && t[k + 2] == ' ') k += 3;
  return k;
}

/* Is [a, b) a user name of lower case words joined by one inner '.'
 * ("t.aliyev", "aysel.n", "elmira.r"): five bytes or more ("e.g" and
 * "i.e" are no names), letters on both sides, no capital? */
static int ch_dotted(const char *t, size_t a, size_t b) {
  size_t dots = 0, dot = 0;
  if (b - a < 5) return 0;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == '.')
      dots++, dot = i;
    else if (!ch_lower(c) && !ch_digit(c))
      return 0;
  }
  return dots == 1 && dot > a && dot + 1 < b && ch_lower((unsigned char)t[dot - 1]) &&
         ch_lower((unsigned char)t[dot + 1]);
}

/* Has the name [a, b) the marks of a user name: a lower case letter and
 * an '_' or a digit, or (when dash_ok) lower case parts joined by '-'? */
static int ch_user_name_marks(const char *t, size_t a, size_t b, int dash_ok) {
  int under = 0, digit = 0, dash = 0, lower = 0, upper = 0, dot = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    under |= c == '_';
    digit |= ch_digit(c);
    dash |= c == '-';
    dot |= c == '.';
    lower |= ch_lower(c);
    upper |= ch_upper(c);
  }
  return lower && (under || digit || (dash_ok && dash && !upper && !dot));
}

/* The marks ch_author asks for of a name after a label. */
static int ch_author_form(const char *t, size_t a, size_t b) {
  return ch_user_name_marks(t, a, b, 1);
}

/* A forum post's or an issue's author line ("Yazan: anar_qizi_sebine",
 * "Posted by dkowalski-dev", an Ekşi Sözlük entry's signature
 * "--bilgisayarci_tugba"; batch 30): the label at the line's start, then a
 * user name of a user name's form (an '_' or a digit with a lower case
 * letter, or lower case parts joined by '-'), ending the token. No chat is
 * needed: the label says whose name it is. A capitalised name ("Yazan:
 * Leyla") is left to the names. Returns the name's end, its start in *ns,
 * or 0. */
/* A contact line's platform label and the user name after it,
 * "Telegram: kenan_m92", "IG: leyla.h92", "insta - kenan_baku", "Twitter/X:
 * aysel_q", "Discord: kenan#1234", "Skype: live:kenan.m_1", "Steam:
 * xXkenanXx" (the fifth session): the label starts the line, then ':' or a
 * dash, then the name. The label says it is a handle, so a plain lower
 * case word is one too ("Telegram: kenanbaku") unless it says there is
 * none ("yoxdur", "none"); a capitalised name ("Telegram: Leyla Aliyeva")
 * is left to the names, and "@name" to the handle pattern. Returns the
 * name's end, its start in *ns, or 0. */
static size_t ch_platform_label(const char *t, size_t ls, size_t le, size_t *ns) {
  /* the platforms' names, then short or common-word labels ("x", "ig",
   * "kick", "steam"), after which only a name with a user name's mark counts */
  static const char *const labels[] = {"telegram", "instagram", "twitter", "twitter/x",
                                       "tiktok",   "snapchat",  "skype",   "discord",
                                       "twitch",   "threads",   "reddit",  "github",
                                       "gitlab",   "roblox",    "spotify", /* batch 48 */
                                       "insta",    "x",         "tg",      "ig",
                                       "fb",       "vk",        "snap",    "steam",
                                       "kick",     "xbox",      "psn",     NULL};
  const int n_strong = 16;
  static const char *const none[] = {"none",   "null",    "yoxdur", "yoxdu",  "yok",
                                     "yoktur", "private", "gizli",  "hidden", "same",
                                     "below",  "above",   "link",   NULL};
  size_t k = ls;
  while (k < le && (t[k] == ' ' || t[k] == '\t' || t[k] == '-' || t[k] == '*')) k++;
  size_t la = k;
  while (k < le && (gz_ascii_alnum((unsigned char)t[k]) || t[k] == '/')) k++;
  size_t lb = k;
  if (lb - la < 1 || lb - la > 9) return 0;
  int hit = -1;
  for (int i = 0; labels[i] && hit < 0; i++)
    if (strlen(labels[i]) == lb - la && strncasecmp(t + la, labels[i], lb - la) == 0) hit = i;
  if (hit < 0) return 0;
  while (k < le && t[k] == ' ') k++;
  if (k + 1 < le && t[k] == '(') {
    const char *c = memchr(t + k, ')', le - k);
    if (!c || (size_t)(c - t) - k > 12) return 0;
    k = (size_t)(c - t) + 1;
    while (k < le && t[k] == ' ') k++;
  }
  if (k < le && t[k] == ':')
    k++;
  else if (k + 1 < le && t[k] == '-' && t[k - 1] == ' ')
    k++;
  else if (k + 3 < le && memcmp(t + k, "\xE2\x80\x93", 3) == 0 && t[k - 1] == ' ')
    k += 3;
  else
    return 0;
  while (k < le && t[k] == ' ') k++;
  if (k + 5 < le && strncasecmp(t + k, "live:", 5) == 0) k += 5;
  size_t a = k, b = ch_name_end(t, le, a);
  if (!b) return 0;
  if (b + 2 < le && t[b] == '#' && ch_digit((unsigned char)t[b + 1])) { /* Discord's tag */
    size_t d = b + 1;
    while (d < le && ch_digit((unsigned char)t[d])) d++;
    if (d - b - 1 == 4) b = d;
  }
  if (!ch_token_end(t, le, b) || ch_placeholder(t, a, b)) return 0;
  if (ch_word_in(t, a, b, none)) return 0;
  int plain, mk = ch_marked(t, a, b, &plain, 0);
  int lower_word = hit < n_strong && ch_lower((unsigned char)t[a]) && b - a >= 4;
  for (size_t i = a; i < b && lower_word; i++)
    lower_word = ch_lower((unsigned char)t[i]) || ch_digit((unsigned char)t[i]);
  if (!mk && !lower_word && !(b > a + 5 && t[b - 5] == '#')) return 0;
  /* a web address is the profile URL recognizer's */
  if (memchr(t + a, '.', b - a) &&
      (memmem(t + a, b - a, ".com", 4) || memmem(t + a, b - a, ".az", 3)))
    return 0;
  *ns = a;
  return b;
}

/* Is the lower case name [a, b) the local part of an address later on
 * its line (before le): "Sat\xC4\xB1\x63\xC4\xB1: darkbaku (Jabber darkbaku@jabber.ru)"
 * (batch 41)? The contact's address shows the name is an account's. */
static int ch_own_address(const char *t, size_t a, size_t b, size_t le) {
  size_t m = b - a;
  for (size_t i = b; i + m < le; i++) {
    if (t[i] != t[a] || memcmp(t + i, t + a, m) != 0 || t[i + m] != '@') continue;
    if (!ch_token_start(t, i)) continue;
    return 1;
  }
  return 0;
}

static size_t ch_author(const char *t, size_t len, size_t ls, size_t le, size_t *ns) {
  static const char *const labels[] = {
      "yazan:", "yazar:", "m\xC3\xBC\xC9\x99llif:", "author:", "posted by ", "submitted by ",
      "reported by ", "opened by ", "g\xC3\xB6nderen:", "--",
      /* a question's and its answers' authors (Stack Overflow, a forum's
       * reply header "Cevap \xE2\x80\x93 name \xC2\xB7 Mesaj: #2"; batch 33) */
      "asked by ", "answered by ", "commented by ", "edited by ", "cevap \xE2\x80\x93 ", "cevap - ",
      "cevap: ", "cavab \xE2\x80\x93 ", "cavab - ", "cavab: ",
      /* a forum's moderator note and a commit's trailers (batch 35) */
      "mod: ", "moderator: ", "moderat\xC3\xB6r: ", "signed-off-by: ", "co-authored-by: ",
      /* a forum's moderator note signed before the colon, "Moderator
       * disput_mod3: M\xC3\xB6vzu ba\xC4\x9Fland\xC4\xB1" (batch 38) */
      "moderator ", "moderat\xC3\xB6r ",
      /* a marketplace listing's seller and buyer, its messages' "al\xC4\xB1\x63\xC4\xB1 name:"
       * and its questions "Q (name):" */
      "seller: ", "buyer: ", "sat\xC4\xB1\x63\xC4\xB1: ", "al\xC4\xB1\x63\xC4\xB1: ",
      "sat\xC4\xB1\x63\xC4\xB1 ", "al\xC4\xB1\x63\xC4\xB1 ", "q (", "a (", NULL};
  size_t p = ls;
  while (p < le && (t[p] == ' ' || t[p] == '\t')) p++;
  if (p + 5 > le || !strchr("yYmMaApPsSrRoOgGcCeEbBqQ-", t[p])) return 0;
  size_t a = 0;
  for (int k = 0; labels[k] && !a; k++) {
    if ((t[p] | 32) != labels[k][0]) continue;
    size_t n = strlen(labels[k]);
    if (p + n < le && strncasecmp(t + p, labels[k], n) == 0) a = p + n;
  }
  if (!a) return 0;
  int sig = t[a - 1] == '-';
  while (!sig && a < le && t[a] == ' ') a++;
  /* a marketplace seller's shop name in quotes (batch 42), 'Sat\xC4\xB1\x63\xC4\xB1
   * "ElektroMarketTR" cevap vermiyor', 'Seller: "techdeals_uk"': the
   * closing quote must end the name, which needs a user name's mark or
   * capitalised words run together ("Apple" is a brand, left alone) */
  int quoted = 0;
  if (!sig && a + 1 < le && t[a] == '"' && (t[p] | 32) == 's') {
    a++;
    quoted = 1;
  }
  size_t b = ch_name_end(t, le, a);
  if (!b || ch_placeholder(t, a, b)) return 0;
  if (quoted) {
    int plain = 0;
    if (b >= le || t[b] != '"' || !ch_token_end(t, le, b + 1) ||
        !(ch_user_name_marks(t, a, b, 1) || ch_marked(t, a, b, &plain, 1)))
      return 0;
    *ns = a;
    return b;
  }
  if (t[a - 1] == '(' ? b + 1 >= le || t[b] != ')' || t[b + 1] != ':' : !ch_token_end(t, le, b))
    return 0;
  /* a signature is the whole line, the name glued to "--" ("-- name" is
   * an SQL comment, "--max_depth 3" an option) */
  if (sig && !(b == le || (b + 1 == le && t[b] == '\r'))) return 0;
  /* nor a MIME part's boundary line ("--b1_4f2a9c", declared by a
   * "boundary=" parameter) */
  if (sig && memmem(t, len, "oundary=", 8)) return 0;
  if (!ch_user_name_marks(t, a, b, !sig) && (sig || !ch_dotted(t, a, b)) &&
      (sig || !ch_own_address(t, a, b, le)))
    return 0;
  *ns = a;
  return b;
}

/* An author's label in the middle of a line, the name after it: an
 * issue's "Issue #1142 opened by sam-whitaker:", a leak listing's
 * "Sample provided by seller irs_king:", "..., sat\xC4\xB1\x63\xC4\xB1 baku_leaks,
 * ...", a paste's channel and author "pasted in #sec-intel by r.khan:"
 * (batch 41). The label follows a space; the name must have a user
 * name's marks, be dotted ("r.khan"), or be the local part of an address
 * later on its line (ch_own_address). The first such name of the line;
 * returns its end, its start in *ns, or 0. */
static size_t ch_author_inline(const char *t, size_t ls, size_t le, size_t *ns) {
  static const char *const labels[] = {" opened by ",
                                       " posted by ",
                                       " reported by ",
                                       " submitted by ",
                                       " seller: ",
                                       " seller ",
                                       " sat\xC4\xB1\x63\xC4\xB1: ",
                                       " sat\xC4\xB1\x63\xC4\xB1 ",
                                       " by ",
                                       NULL};
  if (le - ls < 8 || le - ls > 400) return 0;
  for (size_t p = ls; p + 4 < le; p++) {
    if (t[p] != ' ') continue;
    unsigned char c = (unsigned char)(t[p + 1] | 32);
    if (c != 'o' && c != 'p' && c != 'r' && c != 's' && c != 'b') continue;
    for (int k = 0; labels[k]; k++) {
      size_t n = strlen(labels[k]);
      if (p + n >= le || strncasecmp(t + p, labels[k], n) != 0) continue;
      /* a bare "by" only after a channel: "in #sec-intel by" */
      if (labels[k][1] == 'b') {
        size_t q = p;
        while (q > ls && t[q - 1] != ' ') q--;
        if (t[q] != '#' || q < ls + 4 || strncasecmp(t + q - 4, " in ", 4) != 0) continue;
      }
      size_t a = p + n, b = ch_name_end(t, le, a);
      if (!b || !ch_token_end(t, le, b) || ch_placeholder(t, a, b)) continue;
      if (!ch_user_name_marks(t, a, b, 1) && !ch_dotted(t, a, b) && !ch_own_address(t, a, b, le))
        continue;
      *ns = a;
      return b;
    }
  }
  return 0;
}

/* A forum post's quote header, the user name alone on its line before
 * the verb that quotes it: "narmin_1992 yaz\xC4\xB1r:", "Elnur_Bakili cavab
 * verir:", "kaan_34 yazd\xC4\xB1:", "dev-ops-mike wrote:" (batch 33). The
 * name must have a user name's form (ch_author_form; "Leyla wrote:" is
 * left to the names) and the verb end the line with its colon. Returns
 * the name's end, its start in *ns, or 0. */
static size_t ch_quote_head(const char *t, size_t ls, size_t le, size_t *ns) {
  static const char *const verbs[] = {" yaz\xC4\xB1r:",
                                      " yaz\xC4\xB1"
                                      "b:",
                                      " yazd\xC4\xB1:",
                                      " yazm\xC4\xB1\xC5\x9F:",
                                      " cavab verir:",
                                      " cavab verdi:",
                                      " cavab verib:",
                                      " cavab yaz\xC4\xB1"
                                      "b:",
                                      " cevap verdi:",
                                      " yan\xC4\xB1tlad\xC4\xB1:",
                                      " dedi:",
                                      " wrote:",
                                      " writes:",
                                      " said:",
                                      " replied:",
                                      NULL};
  size_t z = le; /* the line's end first: a colon ends it */
  while (z > ls && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  if (z == ls || t[z - 1] != ':') return 0;
  size_t a = ls;
  while (a < le && (t[a] == ' ' || t[a] == '\t')) a++;
  size_t b = ch_name_end(t, le, a);
  if (!b || b >= z || t[b] != ' ' || z - b > 16) return 0;
  int hit = 0;
  for (int k = 0; verbs[k] && !hit; k++)
    hit = strlen(verbs[k]) == z - b && memcmp(t + b, verbs[k], z - b) == 0;
  if (!hit || !ch_author_form(t, a, b) || ch_placeholder(t, a, b)) return 0;
  *ns = a;
  return b;
}

/* Is the byte sequence at t[i] a lower case letter of Turkish text (a-z,
 * \xC3\xA7 \xC4\x9F \xC4\xB1 \xC3\xB6 \xC5\x9F \xC3\xBC)? Returns its length or 0. */
static size_t ch_tr_lower(const char *t, size_t i, size_t le) {
  unsigned char c = (unsigned char)t[i];
  if (ch_lower(c)) return 1;
  if (i + 1 >= le) return 0;
  unsigned char d = (unsigned char)t[i + 1];
  if ((c == 0xC3 && (d == 0xA7 || d == 0xB6 || d == 0xBC)) ||
      (c == 0xC4 && (d == 0x9F || d == 0xB1)) || (c == 0xC5 && d == 0x9F))
    return 2;
  return 0;
}

/* A byte of a s\xC3\xB6zl\xC3\xBCk nick starting at a: a Turkish lower case letter,
 * or after the first one a digit or an '_' ("lazimsiz_adam_34",
 * "yalnizkurt_1453"; batch 48). Returns its length or 0. */
static size_t ch_sozluk_byte(const char *t, size_t i, size_t le, size_t a) {
  size_t n = ch_tr_lower(t, i, le);
  if (n || i == a) return n;
  return ch_digit((unsigned char)t[i]) || t[i] == '_';
}

/* An Ek\xC5\x9Fi S\xC3\xB6zl\xC3\xBCk entry's signature line: the author's nick,
 * lower case words with single spaces ("ye\xC5\x9Fil mercimek \xC3\xA7orbas\xC4\xB1"), then
 * " \xC2\xB7 " and the entry's date and time "22.11.2025 00:41" ending the
 * line (batch 33). A nick has spaces, so no other rule sees it; only in a
 * text that names a s\xC3\xB6zl\xC3\xBCk (the caller checks). Returns the nick's
 * end, its start in *ns, or 0. */
static size_t ch_sozluk_nick(const char *t, size_t ls, size_t le, size_t *ns) {
  size_t z = le; /* the line ends in " \xC2\xB7 DD.MM.YYYY HH:MM": tested first */
  if (z > ls && t[z - 1] == '\r') z--;
  /* or in " DD.MM.YYYY HH:MM" after a plain space, "gri kedi efendi
   * 18.10.2023 22:13" (batch 48): read as if the dot were there */
  size_t sep = 4;
  if (z >= ls + 20 && t[z - 17] == ' ' && ch_digit((unsigned char)t[z - 16]) && t[z - 14] == '.' &&
      (z < ls + 23 || memcmp(t + z - 20, " \xC2\xB7 ", 4) != 0))
    sep = 1;
  if (z < ls + 20 || (sep == 4 && (z < ls + 23 || memcmp(t + z - 20, " \xC2\xB7 ", 4) != 0)))
    return 0;
  size_t i = ls, n;
  while (i < le && (n = ch_sozluk_byte(t, i, le, ls)) != 0) {
    i += n;
    if (i + 1 < le && t[i] == ' ' && ch_tr_lower(t, i + 1, le)) i++;
  }
  if (i - ls < 3 || i - ls > 40 || i != z - 16 - sep) return 0;
  const char *d = t + i + sep;
  int y, m, dd;
  if (!gz_date10(d, "", ".", &y, &m, &dd) || d[10] != ' ' || !ch_digit((unsigned char)d[11]) ||
      !ch_digit((unsigned char)d[12]) || d[13] != ':')
    return 0;
  *ns = ls;
  return i;
}

/* Folds the letter at t[i] to its ASCII lower case form (Turkish and
 * Azerbaijani letters to their base letter: "Akta\xC5\x9F" reads "aktas"; '*'
 * for '\xC9\x99', which logins write 'a' or 'e'); sets *n to its length. 0
 * for a byte of no letter. */
static char ch_fold(const char *t, size_t i, size_t le, size_t *n) {
  unsigned char c = (unsigned char)t[i];
  *n = 1;
  if (ch_lower(c)) return (char)c;
  if (ch_upper(c)) return (char)(c | 32);
  if (i + 1 >= le) return 0;
  unsigned char d = (unsigned char)t[i + 1];
  *n = 2;
  if (c == 0xC3 && (d == 0xA7 || d == 0x87)) return 'c';
  if (c == 0xC3 && (d == 0xB6 || d == 0x96)) return 'o';
  if (c == 0xC3 && (d == 0xBC || d == 0x9C)) return 'u';
  if (c == 0xC4 && (d == 0x9F || d == 0x9E)) return 'g';
  if (c == 0xC4 && (d == 0xB1 || d == 0xB0)) return 'i';
  if (c == 0xC5 && (d == 0x9F || d == 0x9E)) return 's';
  if ((c == 0xC9 && d == 0x99) || (c == 0xC6 && d == 0x8F)) return '*'; /* \xC9\x99: 'a' or 'e' */
  return 0;
}

/* Does the login [a, b) hold the folded surname [s, e) (four letters or
 * more): "caktas" of "Cihan Akta\xC5\x9F", "nhasanova" of "Nigar H\xC9\x99s\xC9\x99nova" (an
 * '\xC9\x99' is written 'a' or 'e'), "jsmith" of "John Smith"? */
static int ch_holds_surname(const char *t, size_t a, size_t b, size_t s, size_t e) {
  char f[40];
  size_t m = 0, n;
  for (size_t i = s; i < e; i += n) {
    char c = ch_fold(t, i, e, &n);
    if (!c || m >= sizeof f) return 0;
    f[m++] = c;
  }
  if (m < 4 || m > b - a) return 0;
  for (size_t i = a; i + m <= b; i++) {
    size_t j = 0;
    while (j < m && (t[i + j] == f[j] || (f[j] == '*' && (t[i + j] == 'a' || t[i + j] == 'e'))))
      j++;
    if (j == m) return 1;
  }
  return 0;
}

/* An issue tracker's person fields ("Reporter: Tural \xC6\x8Fliyev (t.aliyev)
 * Assignee: s.guliyev", ServiceNow "A\xC3\xA7an: Cihan Akta\xC5\x9F (caktas)", an
 * incident's "Owner: m.okafor"; batch 35): after the label, a login of a
 * user name's form (ch_author_form or ch_dotted), or a capitalised name
 * and the login in brackets, lower case, of a user name's form or holding
 * the name's surname ("Owner: Sam Lee (contractor)" is a remark). Each
 * label of the line; pushes the logins. */
static int ch_ticket_fields(const char *t, size_t ls, size_t le, gz_findings *out) {
  static const char *const labels[] = {"reporter",       "assignee",    "owner",
                                       "a\xC3\xA7\x61n", "atanan",      "olu\xC5\x9Fturan",
                                       "created by",     "assigned to", NULL};
  for (const char *q = memchr(t + ls, ':', le - ls); q; q = memchr(q + 1, ':', le - (q + 1 - t))) {
    size_t c = (size_t)(q - t), hit = 0;
    if (c + 2 >= le || t[c + 1] != ' ' || c < ls + 5) continue;
    /* each label ends in "er", "ee", "an", "by" or "to": a test of two
     * bytes before the list (a text of one long line has many colons) */
    char x = (char)(t[c - 2] | 32), y = (char)(t[c - 1] | 32);
    if (!((x == 'e' && (y == 'r' || y == 'e')) || (x == 'a' && y == 'n') ||
          (x == 'b' && y == 'y') || (x == 't' && y == 'o')))
      continue;
    for (int k = 0; labels[k] && !hit; k++) {
      size_t n = strlen(labels[k]);
      hit = c >= ls + n && strncasecmp(t + c - n, labels[k], n) == 0 &&
            (c - n == ls || t[c - n - 1] == ' ' || t[c - n - 1] == '\t');
    }
    if (!hit) continue;
    size_t a = c + 1;
    while (a < le && t[a] == ' ') a++;
    size_t b = ch_name_end(t, le, a);
    if (b && ch_lower((unsigned char)t[a]) && ch_token_end(t, le, b) && !ch_placeholder(t, a, b) &&
        (ch_author_form(t, a, b) || ch_dotted(t, a, b))) {
      if (gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
      continue;
    }
    /* "Name Surname (login)": one to three capitalised words */
    size_t w = a, last = a, words = 0;
    while (words < 3 && w < le &&
           (ch_upper((unsigned char)t[w]) ||
            ((unsigned char)t[w] >= 0xC3 && (unsigned char)t[w] <= 0xC6))) {
      last = w;
      while (w < le && (gz_word_byte((unsigned char)t[w]) || t[w] == '-')) w++;
      words++;
      if (w + 1 < le && t[w] == ' ' && t[w + 1] != '(')
        w++;
      else
        break;
    }
    if (!words || w + 2 >= le || t[w] != ' ' || t[w + 1] != '(') continue;
    size_t la = w + 2, lb = ch_name_end(t, le, la);
    if (!lb || lb >= le || t[lb] != ')' || !ch_lower((unsigned char)t[la])) continue;
    int lowcase = 1;
    for (size_t i = la; i < lb; i++) lowcase &= !ch_upper((unsigned char)t[i]);
    if (!lowcase || ch_placeholder(t, la, lb)) continue;
    if (!(ch_author_form(t, la, lb) || ch_dotted(t, la, lb) ||
          ch_holds_surname(t, la, lb, last, w)))
      continue;
    if (gz_findings_push(out, la, lb, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
  }
  return 0;
}

/* A line of "git log --format='%h %an <%ae> ...'" (batch 35): a commit
 * hash of 7-40 hex digits with a digit, the author's user name of a user
 * name's form ("elvin-huseynov", "aysel.n", "orxan_dev"; "Elvin Huseynov"
 * is a person's name) and the address in angle brackets. Returns the
 * name's end, its start in *ns, or 0. */
static size_t ch_git_line(const char *t, size_t ls, size_t le, size_t *ns) {
  size_t k = ls;
  int digit = 0;
  while (k < le && k - ls <= 40 &&
         (ch_digit((unsigned char)t[k]) || (t[k] >= 'a' && t[k] <= 'f'))) {
    digit |= ch_digit((unsigned char)t[k]);
    k++;
  }
  if (k - ls < 7 || k - ls > 40 || !digit || k >= le || t[k] != ' ') return 0;
  size_t a = k + 1, b = ch_name_end(t, le, a);
  if (!b || b + 3 >= le || t[b] != ' ' || t[b + 1] != '<') return 0;
  const char *gt = memchr(t + b, '>', le - b);
  if (!gt || !memchr(t + b, '@', (size_t)(gt - (t + b)))) return 0;
  if (!(ch_author_form(t, a, b) || ch_dotted(t, a, b)) || ch_placeholder(t, a, b)) return 0;
  *ns = a;
  return b;
}

/* A forum entry's header line (batch 35: "(1) kurt_adam_1983 \xE2\x80\x94
 * 05.06.2025 14:12"): the entry's number in brackets or with a '.', the
 * author's nick, a dash and the entry's date and time ending the line.
 * A capitalised word is left to the names. Sets *plain when the nick has
 * no user name's mark ("sessizokur"): the caller takes it only when the
 * text has two such lines, a thread ("1. meeting - 12.03.2025 14:00" of
 * an agenda stands alone). Returns the nick's end, its start in *ns, or
 * 0. */
static size_t ch_entry_head(const char *t, size_t ls, size_t le, size_t *ns, int *plain) {
  size_t k = ls;
  if (k >= le || !(t[k] == '(' || ch_digit((unsigned char)t[k]))) return 0;
  if (k < le && t[k] == '(') k++;
  size_t d = k;
  while (k < le && k - d < 5 && ch_digit((unsigned char)t[k])) k++;
  if (k == d || k + 1 >= le || !((t[ls] == '(' && t[k] == ')') || (t[ls] != '(' && t[k] == '.')))
    return 0;
  k++;
  if (t[k] != ' ') return 0;
  size_t a = k + 1, b = ch_name_end(t, le, a);
  if (!b || !ch_lower((unsigned char)t[a]) || ch_placeholder(t, a, b)) return 0;
  for (size_t i = a; i < b; i++)
    if (ch_upper((unsigned char)t[i]) || t[i] == '.') return 0;
  size_t p = b;
  if (p + 5 < le && memcmp(t + p, " \xE2\x80", 3) == 0 &&
      ((unsigned char)t[p + 3] == 0x94 || (unsigned char)t[p + 3] == 0x93) && t[p + 4] == ' ')
    p += 5;
  else if (p + 3 < le && (memcmp(t + p, " - ", 3) == 0 || memcmp(t + p, " | ", 3) == 0))
    p += 3;
  else
    return 0;
  int y, m, dd;
  if (p + 10 > le || !gz_date10(t + p, "-", ".", &y, &m, &dd)) return 0;
  p += 10;
  if (!(p + 6 <= le && t[p] == ' ' && ch_digit((unsigned char)t[p + 1]) &&
        ch_digit((unsigned char)t[p + 2]) && t[p + 3] == ':'))
    return 0;
  p += 6;
  while (p < le && (t[p] == ' ' || t[p] == '\r')) p++;
  if (p != le) return 0;
  *plain = !ch_author_form(t, a, b);
  *ns = a;
  return b;
}

/* An Ek\xC5\x9Fi S\xC3\xB6zl\xC3\xBCk entry's signature line with the date first (batch 34:
 * "22.11.2025 23:14 kahverengi gozlu cekirge"): the date and time, then
 * the nick of lower case words with single spaces ending the line; only
 * in a text that names a s\xC3\xB6zl\xC3\xBCk (the caller checks). */
static size_t ch_sozluk_dated(const char *t, size_t ls, size_t le, size_t *ns) {
  int y, m, dd;
  if (ls + 20 > le || !ch_digit((unsigned char)t[ls]) || t[ls + 2] != '.' ||
      !gz_date10(t + ls, "", ".", &y, &m, &dd) || t[ls + 10] != ' ' ||
      !ch_digit((unsigned char)t[ls + 11]) || !ch_digit((unsigned char)t[ls + 12]) ||
      t[ls + 13] != ':' || t[ls + 16] != ' ')
    return 0;
  size_t z = le;
  if (z > ls && t[z - 1] == '\r') z--;
  size_t a = ls + 17, i = a, n;
  /* the time of an edit after it, "04.03.2024 14:22 ~ 14:25 nick" (batch 48) */
  if (a + 8 < z && t[a] == '~' && t[a + 1] == ' ' && ch_digit((unsigned char)t[a + 2]) &&
      t[a + 4] == ':' && t[a + 7] == ' ')
    a += 8, i = a;
  while (i < z && (n = ch_sozluk_byte(t, i, z, a)) != 0) {
    i += n;
    if (i + 1 < z && t[i] == ' ' && ch_tr_lower(t, i + 1, z)) i++;
  }
  if (i - a < 3 || i - a > 40 || i != z) return 0;
  *ns = a;
  return i;
}

/* Does the text's first line head a news site's comments ("Comments on
 * ...", "... x\xC9\x99b\xC9\x99rin\xC9\x99 \xC5\x9F\xC9\x99rhl\xC9\x99r", "... haberine yorumlar";
 * batch 34)? Its "name: comment" lines are then a chat's speaker lines. */
static int ch_comments_heading(const char *t, size_t len) {
  const char *nl = memchr(t, '\n', len < 300 ? len : 300);
  size_t e = nl ? (size_t)(nl - t) : (len < 300 ? len : 300);
  for (size_t i = 0; i + 5 <= e; i++) {
    unsigned char c = (unsigned char)t[i] | 32;
    if (c == 'c' && i + 8 <= e && strncasecmp(t + i, "comments", 8) == 0) return 1;
    if (c == 'y' && i + 8 <= e && strncasecmp(t + i, "yorumlar", 8) == 0) return 1;
    if (t[i] == 'r' && i >= 2 && i + 5 <= e && memcmp(t + i - 2, "\xC9\x99rhl\xC9\x99r", 7) == 0)
      return 1;
  }
  return 0;
}

typedef struct {
  size_t a, b;
} ch_span;

static int ch_same(const char *t, ch_span x, size_t a, size_t b) {
  return x.b - x.a == b - a && memcmp(t + x.a, t + a, b - a) == 0;
}

/* The other mentions of the authors the author lines named (au, n of
 * them): the same name as a token elsewhere, "kamran_garage:" heading a
 * later post of the thread (batch 34). Pushes them; GIZLI_E_NOMEM or 0. */
static int ch_authors_again(const char *t, size_t len, const ch_span *au, size_t n,
                            gz_findings *out) {
  for (size_t i = 0; i < n; i++) {
    size_t j = 0, m = au[i].b - au[i].a;
    while (j < i && !ch_same(t, au[j], au[i].a, au[i].b)) j++;
    if (j < i) continue; /* a name seen before */
    for (size_t p = 0; p + m <= len;) {
      const char *q = memmem(t + p, len - p, t + au[i].a, m);
      if (!q) break;
      size_t s = (size_t)(q - t);
      p = s + m;
      if (s == au[i].a || !ch_token_start(t, s) || !ch_token_end(t, len, s + m) ||
          ch_after_secret_word(t, s))
        continue;
      if (gz_findings_push(out, s, s + m, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
    }
  }
  return 0;
}

/* Is the token [p, e) an indented key of a YAML or config block pasted
 * into a chat ("  vergi_no: 2360988954" under "stripe:", batch 41): only
 * spaces or tabs before it on its line, and a ':' right after it? */
static int ch_indented_key(const char *t, size_t len, size_t p, size_t e) {
  if (e >= len || t[e] != ':' || p == 0 || (t[p - 1] != ' ' && t[p - 1] != '\t')) return 0;
  size_t k = p;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
  return k == 0 || t[k - 1] == '\n';
}

static int ch_platform_named(const char *t, size_t len) {
  for (size_t i = 0; i + 4 <= len; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) c |= 32;
    if (!memchr("dstwmvc\xC3y", c, 9)) continue;
    for (int k = 0; ch_platforms[k]; k++) {
      if ((unsigned char)ch_platforms[k][0] != c) continue;
      size_t m = strlen(ch_platforms[k]);
      if (i + m <= len && strncasecmp(t + i, ch_platforms[k], m) == 0) return 1;
    }
  }
  return 0;
}

/* The JSON keys of a chat platform's user name, as Slack's API and export
 * write them, '"user_name": "leyla.qurbanova"', '"display_name":"onurt"'
 * (batch 32). */
static const char *const ch_json_keys[] = {"\"username\"", "\"user_name\"", "\"display_name\"",
                                           NULL};

/* Does a chat message's "ts" and "text" key stand within 400 bytes of
 * the key at h? A user object of a web shop or an error tracker
 * ('"user": {"id": ..., "username": ...}') has neither: its user name is
 * a login, not a chat handle. */
static int ch_message_near(const char *t, size_t len, size_t h) {
  size_t a = h > 400 ? h - 400 : 0, b = h + 400 < len ? h + 400 : len;
  int ts = 0, tx = 0;
  for (size_t i = a; i + 6 <= b && !(ts && tx); i++) {
    if (t[i] != '"') continue;
    ts |= memcmp(t + i, "\"ts\"", 4) == 0;
    tx |= memcmp(t + i, "\"text\"", 6) == 0;
  }
  return ts && tx;
}

static int ch_json_user(void *ctx, size_t h, int w) {
  gz_rec_args *c = ctx;
  const char *t = c->t;
  size_t len = c->len, a = h + strlen(ch_json_keys[w]);
  while (a < len && t[a] == ' ') a++;
  if (a >= len || t[a] != ':') return 0;
  a++;
  while (a < len && t[a] == ' ') a++;
  if (a >= len || t[a] != '"') return 0;
  size_t e = ch_name_end(t, len, ++a);
  if (!e || e >= len || t[e] != '"' || !ch_message_near(t, len, h)) return 0;
  return gz_findings_push(c->out, a, e, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0) ? GIZLI_E_NOMEM : 0;
}

/* The sites whose user names are public handles, as a CV, a cover
 * letter or a post names them: "GitHub'da candemirci-dev kullan\xC4\xB1c\xC4\xB1
 * ad\xC4\xB1yla", "my GitHub (arjun-venkat)", "GitLab: d-kaya", "on Instagram as
 * leyla_bakery" (batch 33; the profile address "github.com/name" is
 * profile_urls.c's), "LinkedIn: emre-celik-92" (batch 34). Each without
 * its first letter, which is either case (ch_site_user checks it), so
 * that they and the JSON keys above fall in six needle buckets, one
 * gz_each_word pass. */
static const char *const ch_sites[] = {"itHub",    "ithub",   "itLab",   "itlab",
                                       "nstagram", "inkedIn", "inkedin", NULL};
static const char ch_site_first[] = "GGGGILL";

/* The words of the one pass: the JSON keys, then the sites; where
 * gz_each_word looks for each ("rna", "r_n", "y_n", "tHu", "thu", "tLa",
 * "tla", "agr", "nke", "nke") */
static const char *const ch_words[] = {
    "\"username\"", "\"user_name\"", "\"display_name\"", "itHub", "ithub", "itLab", "itlab",
    "nstagram", "inkedIn", "inkedin",
    /* batch 48's inline labels (ch48_word): "gge", "tai", "\xC4\xB1: ", the stars */
    "triggered by ", "Maintainer: ", "Sat\xC4\xB1\x63\xC4\xB1: ", "\xE2\x98\x85 ", "\xE2\x98\x86 ",
    "[bot]", NULL};
static const unsigned char ch_words_head[] = {4, 4, 7, 1, 1, 1, 1, 4, 1, 1, 3, 4, 6, 0, 0, 0};

/* Does a user name word start at p: "kullan\xC4\xB1c\xC4\xB1 ad\xC4\xB1" and its case
 * forms, "istifad\xC9\x99\xC3\xA7i ad\xC4\xB1", "hesab\xC4\xB1", "nick", "username", "handle"? */
static int ch_user_word(const char *t, size_t len, size_t p) {
  static const char *const w[] = {"kullan\xC4\xB1"
                                  "c\xC4\xB1 ad",
                                  "kullanici ad",
                                  "istifad\xC9\x99\xC3\xA7i ad",
                                  "istifadeci ad",
                                  "hesab",
                                  "nick",
                                  "username",
                                  "user name",
                                  "handle",
                                  "rumuz",
                                  NULL};
  for (int k = 0; w[k]; k++) {
    size_t n = strlen(w[k]);
    if (p + n <= len && strncasecmp(t + p, w[k], n) == 0) return 1;
  }
  return 0;
}

/* A user name right after a site's name (ch_sites): in brackets, after a
 * colon, after "as", or before a user name word; of a user name's form
 * (ch_author_form: "GitHub (private)" or "GitHub Actions" are no names). */
static int ch_site_user(gz_rec_args *c, size_t h, int w) {
  const char *t = c->t;
  size_t len = c->len, p = h + strlen(ch_sites[w]);
  if (h == 0 || (t[h - 1] | 32) != (ch_site_first[w] | 32)) return 0;
  h--;
  if (h > 0 && (gz_word_byte((unsigned char)t[h - 1]) || strchr("./@", t[h - 1]))) return 0;
  /* a Turkish or Azerbaijani case ending, "GitHub'da", "GitHub\xE2\x80\x99\xC4\xB1mda", or "'s" */
  size_t q = p;
  if (q < len && t[q] == '\'')
    q++;
  else if (q + 3 <= len && memcmp(t + q, "\xE2\x80\x99", 3) == 0)
    q += 3;
  if (q > p) {
    size_t r = q;
    while (r < len && r - q < 10 && (ch_lower((unsigned char)t[r]) || (unsigned char)t[r] >= 0x80))
      r++;
    if (r == q) return 0;
    p = r;
  }
  if (p >= len || gz_word_byte((unsigned char)t[p])) return 0;
  size_t a, b;
  int bracket = 0, tail = 0;
  if (p + 2 < len && t[p] == ' ' && t[p + 1] == '(') {
    a = p + 2;
    bracket = 1;
  } else if (t[p] == ':') {
    a = p + 1;
    while (a < len && a - p < 3 && t[a] == ' ') a++;
  } else if (p + 4 < len && memcmp(t + p, " as ", 4) == 0) {
    a = p + 4;
  } else if (t[p] == ' ') {
    a = p + 1;
    tail = 1;
  } else {
    return 0;
  }
  b = ch_name_end(t, len, a);
  if (!b || !ch_author_form(t, a, b) || ch_placeholder(t, a, b)) return 0;
  if (bracket ? (b >= len || t[b] != ')') : !ch_token_end(t, len, b)) return 0;
  if (tail && !(b + 1 < len && t[b] == ' ' && ch_user_word(t, len, b + 1))) return 0;
  return gz_findings_push(c->out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0) ? GIZLI_E_NOMEM : 0;
}

/* gz_each_word's callback for ch_words: a JSON key or a site's name. */
static int ch48_word(gz_rec_args *c, size_t h, int w); /* batch 48 */
static int ch_word(void *ctx, size_t h, int w) {
  if (w < 3) return ch_json_user(ctx, h, w);
  if (w >= 10) return ch48_word(ctx, h, w - 10);
  return ch_site_user(ctx, h, w - 3);
}

/* The recognizer's state: ch_words prepared once per engine compile
 * (gz_wordset), not per text. */
/* The end of a clock time "9:41" or "21:04" at i (one or two digits, ':',
 * two digits), or 0. */
static size_t ch_clock(const char *t, size_t i, size_t le) {
  size_t d = i;
  while (d < le && ch_digit((unsigned char)t[d])) d++;
  if (d == i || d - i > 2 || d + 3 > le || t[d] != ':' || !ch_digit((unsigned char)t[d + 1]) ||
      !ch_digit((unsigned char)t[d + 2]))
    return 0;
  return d + 3;
}

/* Is [s, a) a chat's time stamp ("[23:14] ", "09:41 ", "12.03.24 14:22 -
 * "), no log line's ("2024-03-12 10:22:01 ": seconds, two colons)? A log
 * line's "app_server: started" is no speaker (the fifth session). */
static int ch_chat_stamp(const char *t, size_t s, size_t a) {
  size_t colons = 0, dash = 0, date = 0;
  for (size_t i = s; i < a; i++) {
    colons += t[i] == ':';
    dash += t[i] == '-';
    date += t[i] == '.' || t[i] == '/';
  }
  /* WhatsApp's iOS export writes the seconds in brackets after a day-first
   * date, "[12.03.24 21:44:07] " (batch 38); a log's date is ISO, with '-' */
  if (colons == 2 && t[s] == '[' && date >= 2 && !dash) return 1;
  return colons == 1;
}

/* A chat export's header line, the user name then the time alone on the
 * line ("jen.okafor  8:41 PM", "kenan.m92 [14:02]"), the message on the
 * lines after it, as Slack and Teams exports write it (the fifth
 * session). Returns whether the line [b, le) after the name is such a
 * time. */
static int ch_time_tail(const char *t, size_t b, size_t le) {
  size_t k = b, sp = 0;
  while (k < le && (t[k] == ' ' || t[k] == '\t')) k++, sp++;
  if (!sp) return 0;
  int br = k < le && t[k] == '[';
  k += br;
  if (!(k = ch_clock(t, k, le))) return 0;
  if (k + 3 <= le && t[k] == ' ' && (t[k + 1] == 'A' || t[k + 1] == 'P') && t[k + 2] == 'M') k += 3;
  if (br) {
    if (k >= le || t[k] != ']') return 0;
    k++;
  }
  while (k < le && (t[k] == ' ' || t[k] == '\r')) k++;
  return k == le;
}

/* Where the colon after a speaker's name [.., b) stands when a role in
 * brackets or the message's time comes between them, as a marketplace's
 * messages write it ("ramil_kupi (al\xC4\xB1\x63\xC4\xB1) 14:02: salam", "mert.k_34 18:41:
 * Merhaba"; batch 38), or b itself; 0 if no colon follows. Sets *timed
 * when a time came. */
static size_t ch_speaker_colon(const char *t, size_t b, size_t le, int *timed) {
  size_t k = b;
  *timed = 0;
  if (k + 2 < le && t[k] == ' ' && t[k + 1] == '(') {
    size_t c = k + 2;
    while (c < le && c - k < 24 && t[c] != ')' && t[c] != ':' && t[c] != '(') c++;
    if (c >= le || t[c] != ')' || c == k + 2) return 0;
    k = c + 1;
  }
  if (k + 5 < le && t[k] == ' ' && ch_digit((unsigned char)t[k + 1])) {
    if (!(k = ch_clock(t, k + 1, le))) return 0;
    *timed = 1;
  }
  return k < le && t[k] == ':' ? k : 0;
}

/* A Discord message header, the name then a dash and the day and time
 * ending the line, the message on the lines after it ("KaraKartal \xE2\x80\x94
 * bug\xC3\xBCn 23:02", "bogwitch \xE2\x80\x94 Today at 21:15", "zeynep.exe \xE2\x80\x94
 * 12.03.2024 23:03"; batch 38). Returns whether the line [b, le) after the
 * name is such a tail. */
static int ch_dash_stamp(const char *t, size_t b, size_t le) {
  size_t k = b;
  if (k + 4 >= le || t[k] != ' ') return 0;
  k++;
  if (memcmp(t + k, "\xE2\x80\x94", 3) == 0 || memcmp(t + k, "\xE2\x80\x93", 3) == 0)
    k += 3;
  else
    return 0;
  if (k >= le || t[k] != ' ') return 0;
  /* the day: words ("Today at", "bug\xC3\xBCn", "d\xC3\xBCn\xC9\x99n") or a date */
  size_t w = ++k;
  while (k < le && k - w < 24 && !ch_digit((unsigned char)t[k]) && t[k] != '\r') k++;
  if (k > w) { /* Discord's day words only: "kickoff \xE2\x80\x94 Monday 09:00" is an agenda */
    static const char *const days[] = {"today at ",   "yesterday at ",  "bug\xC3\xBCn ",
                                       "d\xC3\xBCn ", "bu g\xC3\xBCn ", "d\xC3\xBCn\xC9\x99n ",
                                       NULL};
    int day = 0;
    for (int i = 0; days[i] && !day; i++)
      day = strlen(days[i]) == k - w && strncasecmp(t + w, days[i], k - w) == 0;
    if (!day) return 0;
  } else if (!memchr(t + k, '.', le - k) && !memchr(t + k, '/', le - k)) {
    return 0; /* a bare time, "lunch \xE2\x80\x94 12:30", is an agenda's */
  }
  size_t z = le;
  while (z > k && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  if (z > k + 3 && t[z - 1] == 'M' && (t[z - 2] == 'A' || t[z - 2] == 'P') && t[z - 3] == ' ')
    z -= 3;
  /* the time ends the line: "23:02", "9:14", after a date "12.03.2024 " */
  if (z < k + 4 || t[z - 3] != ':' || !ch_digit((unsigned char)t[z - 1]) ||
      !ch_digit((unsigned char)t[z - 2]) || !ch_digit((unsigned char)t[z - 4]))
    return 0;
  for (size_t i = k; i < z; i++)
    if (!ch_digit((unsigned char)t[i]) && !strchr("/.:- ", t[i])) return 0;
  return 1;
}

/* Is [a, b) a Discord display name the header ch_dash_stamp found may
 * carry: a user name's mark (ch_marked), lower case letters only, four or
 * more ("bogwitch", "modbot"), or capitalised words run together
 * ("KaraKartal", "ModBot"); a lone capitalised word ("Leyla") is left to
 * the names. */
static int ch_display_name(const char *t, size_t a, size_t b) {
  int plain;
  if (ch_placeholder(t, a, b)) return 0;
  if (ch_marked(t, a, b, &plain, 0)) return 1;
  int lower = 1, camel = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    lower &= ch_lower(c);
    camel |= i > a && ch_upper(c) && ch_lower((unsigned char)t[i - 1]);
    if (!ch_lower(c) && !ch_upper(c)) return 0;
  }
  return (lower && b - a >= 4) || (camel && ch_upper((unsigned char)t[a]));
}

/* Does a rating star (\xE2\x98\x85 or \xE2\x98\x86) start at t[i]? */
static int ch_star(const char *t, size_t i, size_t le) {
  return i + 3 <= le && t[i] == '\xE2' && t[i + 1] == '\x98' &&
         (t[i + 2] == '\x85' || t[i + 2] == '\x86');
}
/* A review's author line: a star rating, then the author's user name
 * ending at " \xC2\xB7 ", ", " or the line
 * ("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85  aysel_m \xC2\xB7 4 r\xC9\x99y"),
 * or a quoted title and " \xE2\x80\x94 name, 11/03/2024" (the App Store's); or
 * the name first, then the stars ("tural_88
 * \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86\xE2\x98\x86 02.03.2024"; batch 38). Only a name
 * of a user name's form (ch_author_form or ch_dotted): "Kenan Qasimli" is a person's. Returns the
 * name's end, its start in *ns, or 0. */
static size_t ch_star_review(const char *t, size_t ls, size_t le, size_t *ns) {
  size_t k = ls;
  while (k < le && (t[k] == ' ' || t[k] == '\t')) k++;
  size_t a, b;
  if (ch_star(t, k, le)) {
    while (ch_star(t, k, le)) k += 3;
    while (k < le && t[k] == ' ') k++;
    if (k < le && t[k] == '"') { /* a title, then the dash */
      const char *q = memchr(t + k + 1, '"', le - k - 1);
      if (!q) return 0;
      k = (size_t)(q - t) + 1;
      while (k < le && t[k] == ' ') k++;
      if (k + 4 < le && memcmp(t + k, "\xE2\x80\x94 ", 4) == 0)
        k += 4;
      else if (k + 2 < le && t[k] == '-' && t[k + 1] == ' ')
        k += 2;
      else
        return 0;
    }
    a = k;
    b = ch_name_end(t, le, a);
    if (!b) return 0;
    if (!(b == le || t[b] == '\r' || t[b] == ',' ||
          (b + 3 < le && memcmp(t + b, " \xC2\xB7", 3) == 0)))
      return 0;
  } else {
    a = k;
    b = ch_name_end(t, le, a);
    if (!b || b + 4 > le || t[b] != ' ' || !ch_star(t, b + 1, le)) return 0;
  }
  if (ch_placeholder(t, a, b) || !(ch_author_form(t, a, b) || ch_dotted(t, a, b))) return 0;
  *ns = a;
  return b;
}

/* An Ek\xC5\x9Fi S\xC3\xB6zl\xC3\xBCk signature with the date after it, "--karanlik kedi
 * 12.03.2024 23:41", "--gece bekcisi 1903 13.03.2024 00:48" (batch 38),
 * "--- kalbi kirik bilgisayarci 14.03.2025 01:47" (batch 42):
 * "--", the nick of lower case words or numbers with single spaces, then
 * the date and time ending the line; only in a text naming a s\xC3\xB6zl\xC3\xBCk
 * (the caller checks). */
static size_t ch_sozluk_sig(const char *t, size_t ls, size_t le, size_t *ns) {
  size_t z = le;
  if (z > ls && t[z - 1] == '\r') z--;
  if (z < ls + 22 || t[ls] != '-' || t[ls + 1] != '-' || t[z - 17] != ' ' || t[z - 6] != ' ' ||
      t[z - 3] != ':')
    return 0;
  int y, m, dd;
  if (!gz_date10(t + z - 16, "", ".", &y, &m, &dd) || !ch_digit((unsigned char)t[z - 5]) ||
      !ch_digit((unsigned char)t[z - 1]))
    return 0;
  size_t a = ls + 2, i, n;
  /* also "--- nick" (batch 42): a third dash and one space */
  if (a < z && t[a] == '-') a++;
  if (a < z && t[a] == ' ') a++;
  i = a;
  if (!ch_tr_lower(t, a, z)) return 0;
  z -= 17; /* the nick ends before the date */
  while (i < z) {
    n = ch_tr_lower(t, i, z);
    if (!n && ch_digit((unsigned char)t[i])) n = 1;
    if (!n) break;
    i += n;
    if (i + 1 < z && t[i] == ' ' && (ch_tr_lower(t, i + 1, z) || ch_digit((unsigned char)t[i + 1])))
      i++;
  }
  if (i - a < 3 || i - a > 40 || i != z) return 0;
  *ns = a;
  return i;
}

/* Is [a, b) a word numbered with '#' in a team's chat ("issue#1234",
 * "build#2231", "order#5521"), no Discord tag (batch 38)? */
static int ch_numbered_word(const char *t, size_t a, size_t b) {
  static const char *const w[] = {"issue", "ticket", "build", "order", "case", "task", "item",
                                  "room",  "bug",    "job",   "run",   "step", "pr",   "version",
                                  "page",  "post",   "entry", "no",    "nr",   NULL};
  if (ch_word_in(t, a, b, w)) return 1;
  return 0;
}

/* A code comment's owner, "TODO(kenan.m)", "FIXME(jsmith):", "XXX(dev_ali)"
 * (the fifth session): a user name of lower case letters, digits, '_',
 * '.' or '-' in the brackets after the marker. A capitalised name
 * ("TODO(Leyla)") is left to the names. */
static int ch_todo_owners(const char *t, size_t len, gz_findings *out) {
  static const char *const marks[] = {"TODO", "FIXME", "XXX", "HACK", NULL};
  for (const char *q = memchr(t, '(', len); q; q = memchr(q + 1, '(', len - (size_t)(q + 1 - t))) {
    size_t o = (size_t)(q - t), m = 0;
    for (int k = 0; marks[k] && !m; k++) {
      size_t n = strlen(marks[k]);
      if (o >= n && memcmp(t + o - n, marks[k], n) == 0 &&
          (o == n || !gz_word_byte((unsigned char)t[o - n - 1])))
        m = n;
    }
    if (!m || o + 1 >= len) continue;
    size_t a = o + 1, b = ch_name_end(t, len, a);
    if (!b || b >= len || t[b] != ')' || !ch_lower((unsigned char)t[a]) || ch_placeholder(t, a, b))
      continue;
    int upper = 0;
    for (size_t i = a; i < b; i++) upper |= ch_upper((unsigned char)t[i]);
    if (upper) continue;
    if (gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
  }
  return GIZLI_OK;
}

/* ---- batch 44: forums, marketplaces, reviews, developer text ---- */

/* The end of a user-name token starting at s[i]: ASCII letters and
 * digits, '_', '.', '-' and the az/tr letters (ç ş ğ ı ö
 * ü ə İ Ə Ç Ş Ğ Ö Ü), so that
 * "qaranlıq_sükut" and "Səbinə_R" are one token (batch 44); a trailing
 * '.' or '-' is no part of it. Returns i when there is none. */
static size_t ch_uname_end(const char *s, size_t len, size_t i) {
  size_t k = i;
  while (k < len) {
    unsigned char c = (unsigned char)s[k];
    int up;
    if (gz_ascii_alnum(c) || c == '_' || c == '.' || c == '-')
      k++;
    else if (gz_aztr_letter(s, len, k, &up))
      k += 2;
    else
      break;
  }
  while (k > i && (s[k - 1] == '.' || s[k - 1] == '-')) k--;
  return k;
}

#define CH_B44_CAMEL 1 /* capitalised words run together: "YapiMarketKayseri" */
#define CH_B44_PLAIN 2 /* lower case ASCII letters only, four or more: "hkilic" */

/* Is the token [a, b) (ch_uname_end's) a user name: 3-32 bytes starting
 * with a letter, no placeholder ("user_58231"), and a lower case letter
 * with an '_' or a digit ("s\xC4\xB1\xC4\x9Forta\xC3\xA7\xC4\xB1_Ayd\xC4\xB1n"), or ASCII dotted
 * ("beyza.y") or dashed lower case parts ("farid-n"); with how's flags also capitalised words run
 * together or a plain lower case word ("hkilic"; not a common word of such lines). */
static int ch_b44_name(const char *t, size_t a, size_t b, int how) {
  static const char *const common[] = {
      "someone", "everyone", "edited", "updated", "posted", "deleted", "support", "customer",
      "seller", "buyer", "github", "gitlab", "bot", "none", "this", "that", "also", "then", "here",
      "nobody", "somebody", "anybody", "anyone", "everybody",
      /* a page's own words before an age, "released 3 days ago" */
      "modified", "created", "changed", "joined", "active", "seen", "online", "published",
      "uploaded", "released", "opened", "closed", "merged", "pushed", "sent", "received", "started",
      "finished", "about", "over", "almost", "last", NULL};
  if (b - a < 3 || b - a > 32) return 0;
  unsigned char f = (unsigned char)t[a];
  if (!(ch_lower(f) || ch_upper(f) || f >= 0xC3)) return 0;
  int low = 0, mark = 0, ascii = 1, lower_only = 1, letters = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c >= 0x80) {
      unsigned char d = i + 1 < b ? (unsigned char)t[i + 1] : 0;
      low |= (c == 0xC3 && d >= 0xA0) || (c == 0xC4 && (d == 0x9F || d == 0xB1)) ||
             (c == 0xC5 && d == 0x9F) || c == 0xC9;
      ascii = lower_only = 0;
      letters++;
      i++;
      continue;
    }
    letters += ch_lower(c) || ch_upper(c);
    low |= ch_lower(c);
    mark |= c == '_' || ch_digit(c);
    lower_only &= ch_lower(c);
  }
  /* two letters at least: "v1_2" is a version */
  if (letters < 2 || ch_placeholder(t, a, b)) return 0;
  if (low && mark) return 1;
  if (ascii && (ch_dotted(t, a, b) || ch_author_form(t, a, b))) return 1;
  int plain;
  if ((how & CH_B44_CAMEL) && ascii && ch_marked(t, a, b, &plain, 1)) return 1;
  if ((how & CH_B44_PLAIN) && lower_only && b - a >= 4) {
    for (int k = 0; common[k]; k++)
      if (strlen(common[k]) == b - a && memcmp(t + a, common[k], b - a) == 0) return 0;
    return 1;
  }
  return 0;
}

/* What a document is, read once when a line form first asks (-1 unread):
 * community text (a forum, a thread, a s\xC3\xB6zl\xC3\xBCk, a marketplace's messages
 * or Q&A, reviews), a code host's page, a review. */
typedef struct {
  int community, code, review, sozluk;
} ch_b44_doc;

static int ch_b44_any(const char *t, size_t len, const char *const *w) {
  for (int k = 0; w[k]; k++)
    if (memmem(t, len, w[k], strlen(w[k]))) return 1;
  return 0;
}

/* The length of the text's first line (its title; 300 bytes at most). */
static size_t ch_b44_head(const char *t, size_t len) {
  size_t m = len < 300 ? len : 300;
  const char *nl = memchr(t, '\n', m);
  return nl ? (size_t)(nl - t) : m;
}

static int ch_b44_community(const char *t, size_t len, ch_b44_doc *d) {
  static const char *const w[] = {"orum",
                                  "M\xC3\xB6vzu",
                                  "Konu:",
                                  "s\xC3\xB6zl\xC3\xBC",
                                  "S\xC3\xB6zl\xC3\xBC",
                                  "hread",
                                  "yazd\xC4\xB1:",
                                  "essage",
                                  "esaj",
                                  "Sual",
                                  "sual",
                                  "Soru",
                                  "soru",
                                  "cevap",
                                  "Q&A",
                                  "Reddit",
                                  "review",
                                  "d\xC9\x99y\xC9\x99rl\xC9\x99ndirm\xC9\x99",
                                  "de\xC4\x9F"
                                  "erlendirme",
                                  "yorum",
                                  "r\xC9\x99yi",
                                  NULL};
  if (d->community < 0) d->community = ch_b44_any(t, ch_b44_head(t, len), w);
  return d->community;
}

static int ch_b44_code(const char *t, size_t len, ch_b44_doc *d) {
  static const char *const w[] = {"GitHub",  "GitLab",      "github",       "gitlab", "PR #",
                                  "Issue #", "ull request", "erge request", NULL};
  if (d->code < 0) d->code = ch_b44_any(t, ch_b44_head(t, len), w);
  return d->code;
}

/* A forum's or a code host's post header: the user name at the start of
 * the line (after "> " of a quoted reply), an optional "(34 mesaj)", then
 * the verb that says what it did: "ruslan_web soru\xC5\x9F\x64u:", "Sevinc_xanim (34
 * mesaj) yazd\xC4\xB1:", "> elshad.k cavab verdi: ...", "siber_guvenlikci
 * al\xC4\xB1nt\xC4\xB1 yapt\xC4\xB1:", "nazli_m cevaplad\xC4\xB1: ...", "farid-n opened this
 * issue", "hkilic requested changes on ...", "ecetopcu replied: ..." (batch
 * 44). A code host's verbs need no colon. A plain lower case name
 * ("hkilic") only on a code host's page (ch_b44_code): "nobody commented
 * on it" is prose. */
static size_t ch_b44_verb(const char *t, size_t len, size_t a, size_t b, size_t le, ch_b44_doc *d) {
  static const char *const verbs[] = {
      /* a code host's: no colon needed */
      "opened this issue", "opened this pull request", "requested changes",
      "approved these changes", "closed this", "commented", "reviewed", "merged", NULL,
      /* a forum's, with the colon */
      "yaz\xC4\xB1"
      "b:",
      "yaz\xC4\xB1r:", "yazd\xC4\xB1:", "soru\xC5\x9F\x64u:", "sordu:", "soruyor:",
      "cevaplad\xC4\xB1:", "cavabland\xC4\xB1rd\xC4\xB1:", "cavab verdi:", "cevap verdi:",
      "al\xC4\xB1nt\xC4\xB1 yapt\xC4\xB1:", "yan\xC4\xB1tlad\xC4\xB1:", "replied:", "wrote:",
      "asked:", "answered:", "said:", "dedi:", NULL};
  size_t p = b;
  if (p + 2 < le && t[p] == ' ' && t[p + 1] == '(') {
    const char *c = memchr(t + p, ')', le - p < 24 ? le - p : 24);
    if (!c) return 0;
    p = (size_t)(c - t) + 1;
  }
  if (p + 5 > le || t[p] != ' ') return 0;
  p++;
  int strong = 1;
  for (int k = 0; k < 64; k++) {
    if (!verbs[k]) {
      if (!strong) return 0;
      strong = 0;
      continue;
    }
    if (t[p] != verbs[k][0]) continue;
    size_t n = strlen(verbs[k]);
    if (p + n > le || memcmp(t + p, verbs[k], n) != 0) continue;
    if (strong && p + n < le && ch_lower((unsigned char)t[p + n])) continue;
    int how = ch_b44_code(t, len, d) ? CH_B44_PLAIN : 0;
    return ch_b44_name(t, a, b, how) ? b : 0;
  }
  return 0;
}

/* Is [a, b) a config key pasted into a post, "db_user", "log_level",
 * "app_server", "api_key": a first or last '_' part of the words such keys
 * are made of? A user name's "namiq_tir", "eski_polis" is none. */
static int ch_b44_config_key(const char *t, size_t a, size_t b) {
  static const char *const w[] = {
      "db",     "api",     "app",    "log",    "max",      "min",    "use",      "is",
      "enable", "default", "host",   "user",   "username", "pass",   "password", "passwd",
      "key",    "port",    "path",   "url",    "uri",      "name",   "id",       "level",
      "mode",   "dir",     "file",   "token",  "type",     "size",   "count",    "timeout",
      "env",    "version", "secret", "server", "client",   "config", "enabled",  "disabled",
      "list",   "data",    "time",   "date",   "rate",     "limit",  "format",   "address",
      "addr",   "code",    "status", "value",  "email",    "phone",  "number",   "no",
      NULL};
  const char *u = memchr(t + a, '_', b - a), *v = u;
  if (!u) return 0;
  for (const char *q = u; q; q = memchr(q + 1, '_', (size_t)(t + b - q - 1))) v = q;
  size_t f = (size_t)(u - t), l = (size_t)(v - t) + 1;
  return ch_word_in(t, a, f, w) || ch_word_in(t, l, b, w);
}

/* A Q&A's or a marketplace's author in brackets after a role word, then
 * the colon: "Sual (kamran_77):", "Cavab (Vasit\xC9\x99\xC3\xA7i EmlakPro_Baku):",
 * "Al\xC4\xB1\x63\xC4\xB1 (mrt.ylmz34):", "Sat\xC4\xB1\x63\xC4\xB1 cevab\xC4\xB1 (ElektroDepoTR):",
 * "Kabul edilen cevap (ogz.kaya):" (batch 44). One role word may stand in
 * the brackets before the name. c is the colon after the closing bracket
 * (ch_b44_inline finds it). Returns the name's end, its start in *ns, or
 * 0. */
static size_t ch_b44_bracket(const char *t, size_t ls, size_t le, size_t c, size_t *ns) {
  static const char *const roles[] = {"sual",
                                      "cavab",
                                      "soru",
                                      "cevap",
                                      "cevab\xC4\xB1",
                                      "cavab\xC4\xB1",
                                      "al\xC4\xB1\x63\xC4\xB1",
                                      "sat\xC4\xB1\x63\xC4\xB1",
                                      "answer",
                                      "question",
                                      "buyer",
                                      "seller",
                                      "reply",
                                      "yan\xC4\xB1t",
                                      NULL};
  size_t o = c - 1;
  while (o > ls && c - o < 48 && t[o] != '(') o--;
  if (t[o] == '(') {
    if (o < ls + 5 || t[o - 1] != ' ') return 0;
    size_t w = o - 1;
    while (w > ls && t[w - 1] != ' ' && t[w - 1] != '\t') w--;
    if (!ch_word_in(t, w, o - 1, roles)) return 0;
    size_t a = o + 1, b = ch_uname_end(t, le, a);
    if (b < le && t[b] == ' ' &&
        ch_upper((unsigned char)t[a])) { /* "Vasit\xC9\x99\xC3\xA7i name" */
      a = b + 1;
      b = ch_uname_end(t, le, a);
    }
    if (b + 1 != c || t[b] != ')' || !ch_b44_name(t, a, b, CH_B44_CAMEL)) return 0;
    *ns = a;
    return b;
  }
  return 0;
}

/* Is t[p] the start of a date "14/10/2024", "18.06.2024", "03.02.2024"? */
static int ch_b44_date(const char *t, size_t p, size_t le) {
  int y, m, dd;
  return p + 10 <= le && ch_digit((unsigned char)t[p]) && gz_date10(t + p, "-", "./", &y, &m, &dd);
}

static int ch46_key_like(const char *t, size_t a, size_t b);

/* After the line-start name [a, b): a forum post's header "ErenK_47 \xC2\xB7
 * Kat\xC4\xB1l\xC4\xB1m: ...", Mumsnet's "ThreeCatsAndAKettle \xC2\xB7 14/10/2024 21:03";
 * Hacker News' "throwaway_sre 4 hours ago"; a review's "tural_nn,
 * 18.06.2024" (batch 44). Returns b when the name is taken, or 0. */
static size_t ch_b44_header(const char *t, size_t len, size_t a, size_t b, size_t le,
                            ch_b44_doc *d) {
  static const char *const forum[] = {"Kat\xC4\xB1l\xC4\xB1m",
                                      "Mesaj",
                                      "Joined",
                                      "Posts",
                                      "Qeydiyyat",
                                      "\xC3\x9Czv",
                                      "Member",
                                      NULL};
  static const char *const units[] = {
      "minute", "hour", "day",        "week",   "month",
      "year",   "saat", "g\xC3\xBCn", "dakika", "d\xC9\x99qiq\xC9\x99",
      "ay",     NULL};
  size_t z = le;
  if (z > b && t[z - 1] == '\r') z--;
  if (b + 4 < le && memcmp(t + b, " \xC2\xB7 ", 4) == 0) {
    size_t p = b + 4;
    int hit = ch_b44_date(t, p, le);
    for (int k = 0; forum[k] && !hit; k++)
      hit = p + strlen(forum[k]) <= le && memcmp(t + p, forum[k], strlen(forum[k])) == 0;
    /* a site's name heads its page, "sahibinden.com · Mesajlar" */
    return hit && ch_b44_name(t, a, b, CH_B44_CAMEL) && !ch46_key_like(t, a, b) ? b : 0;
  }
  if (b + 2 < le && t[b] == ',' && t[b + 1] == ' ' && ch_b44_date(t, b + 2, le) && b + 12 == z) {
    if (d->review < 0) {
      const char *nl = memchr(t, '\n', len < 200 ? len : 200);
      size_t h = nl ? (size_t)(nl - t) : (len < 200 ? len : 200);
      static const char *const w[] = {"r\xC9\x99y", "eview", "yorum",
                                      "de\xC4\x9F"
                                      "erlendirme",
                                      NULL};
      d->review = 0;
      for (int k = 0; w[k] && !d->review; k++) d->review = memmem(t, h, w[k], strlen(w[k])) != NULL;
    }
    return d->review && ch_b44_name(t, a, b, 0) ? b : 0;
  }
  /* "name 4 hours ago", "name 3 saat \xC3\xB6nce" */
  size_t p = b;
  if (p + 2 >= le || t[p] != ' ' || !ch_digit((unsigned char)t[p + 1])) return 0;
  p++;
  while (p < le && ch_digit((unsigned char)t[p])) p++;
  if (p >= le || t[p] != ' ') return 0;
  p++;
  int hit = 0;
  for (int k = 0; units[k] && !hit; k++) {
    size_t n = strlen(units[k]);
    if (p + n <= le && memcmp(t + p, units[k], n) == 0) {
      hit = 1;
      p += n;
    }
  }
  if (!hit) return 0;
  if (p < le && t[p] == 's') p++;
  static const char *const ago[] = {" ago", " \xC3\xB6nce", " \xC9\x99vv\xC9\x99l", NULL};
  for (int k = 0; ago[k]; k++) {
    size_t n = strlen(ago[k]);
    if (p + n == z && memcmp(t + p, ago[k], n) == 0)
      return ch_b44_name(t, a, b, CH_B44_PLAIN | CH_B44_CAMEL) ? b : 0;
  }
  return 0;
}

/* A s\xC3\xB6zl\xC3\xBCk entry's signature in the entry's line, " --name" ending the
 * line or before the date ("1. ... ehtiyatl\xC4\xB1 olun. --qaranl\xC4\xB1q_s\xC3\xBCkut 03.02.2024
 * 14:11", "--karanlik_yolcu42 24.11.2026 14:02"), only on a numbered entry
 * or the line's start (ch_sozluk_sig reads a nick of words); and Ek\xC5\x9Fi's "(03.04.2024 18:22 ~
 * sabahin_korunde)" (batch 44). Returns the name's end, its start in *ns, or 0. */
static size_t ch_b44_sig(const char *t, size_t len, size_t ls, size_t le, ch_b44_doc *d,
                         size_t *ns) {
  static const char *const sz[] = {"s\xC3\xB6zl\xC3\xBC", "S\xC3\xB6zl\xC3\xBC", "sozluk", "Sozluk",
                                   NULL};
  size_t z = le;
  if (z > ls && t[z - 1] == '\r') z--;
  size_t a = 0;
  if (ls + 3 < z && t[ls] == '-' && t[ls + 1] == '-')
    a = ls + 2;
  else if (ls + 3 < z && ch_digit((unsigned char)t[ls])) {
    size_t k = ls;
    while (k < z && k - ls < 4 && ch_digit((unsigned char)t[k])) k++;
    if (k + 1 < z && t[k] == '.' && t[k + 1] == ' ') {
      const char *q = memmem(t + k, z - k, " --", 3);
      if (q) a = (size_t)(q - t) + 3;
    }
  }
  if (a) {
    size_t b = ch_uname_end(t, z, a);
    /* ending a numbered line only when the first line names a s\xC3\xB6zl\xC3\xBCk
     * ("2. run it with --dry_run" is an option); at the line's start only
     * before the date ("--b1_4f2a" alone is a MIME boundary, ch_author
     * reads the signature alone on its line) */
    int eol = b == z && t[ls] != '-';
    if (eol && d->sozluk < 0) d->sozluk = ch_b44_any(t, ch_b44_head(t, len), sz);
    eol = eol && d->sozluk;
    if (b > a && (eol || (b < z && t[b] == ' ' && ch_b44_date(t, b + 1, z))) &&
        ch_b44_name(t, a, b, 0)) {
      *ns = a;
      return b;
    }
  }
  /* "(... ~ name)" closes an entry's line or opens it */
  if (z == ls || (t[ls] != '(' && t[z - 1] != ')')) return 0;
  for (const char *q = memchr(t + ls, '~', z - ls); q;
       q = memchr(q + 1, '~', z - (size_t)(q + 1 - t))) {
    size_t o = (size_t)(q - t);
    if (o < ls + 7 || t[o - 1] != ' ' || t[o - 4] != ':' || !ch_digit((unsigned char)t[o - 2]) ||
        o + 2 >= z || t[o + 1] != ' ')
      continue;
    size_t b = ch_uname_end(t, z, o + 2);
    if (b < z && t[b] == ')' && ch_b44_name(t, o + 2, b, CH_B44_PLAIN)) {
      *ns = o + 2;
      return b;
    }
  }
  return 0;
}

/* Is there a password word on [a, b): "\xC5\x9Fifr\xC9\x99", "\xC5\x9Fifre", "parol", "pass"?
 * A "Kullan\xC4\xB1\x63\xC4\xB1: name | \xC5\x9Fifre: ..." line is a system log-in's. */
static int ch_b44_secret_near(const char *t, size_t a, size_t b) {
  static const char *const w[] = {"ifr", "arol", "ass", "PASS", NULL};
  return ch_b44_any(t + a, b - a, w);
}

/* The lines a label starts (batch 44): a forum profile's "\xC4\xB0stifad\xC9\x99\xC3\xA7i:
 * ayan_muellim | ...", "Kullan\xC4\xB1\x63\xC4\xB1: selin_kdz \xC2\xB7 ..." (no password on
 * the line: a log-in's otherwise); eBay's "From shutterbug_dan: ..."; an
 * App Store review's "by frustrated_in_ohio \xE2\x80\x93 Sep 2, 2024"; a reply
 * "cavab Vuqar1985:"; a Q&A's question signed at its end, "Soru: ... \xE2\x80\x94
 * selinnn.a". Returns the name's end, its start in *ns, or 0. */
static size_t ch_b44_label(const char *t, size_t ls, size_t le, size_t *ns) {
  static const char *const users[] = {"\xC4\xB0stifad\xC9\x99\xC3\xA7i: ",
                                      "Istifadeci: ",
                                      "Kullan\xC4\xB1\x63\xC4\xB1: ",
                                      "Kullanici: ",
                                      "\xC3\x9Cye: ",
                                      "Member: ",
                                      NULL};
  static const char *const heads[] = {
      "From ", "from ", "by ", "By ", "cavab ", "Cavab ", "cevap ", "Cevap ",
      /* a shop's name run together, "Sat\xC4\xB1\x63\xC4\xB1
       * YapiMarketKayseri:" (from here on) */
      "Sat\xC4\xB1\x63\xC4\xB1 ", "Al\xC4\xB1\x63\xC4\xB1 ", "Seller ", "Buyer ", NULL};
  const int camel_from = 8;
  static const char *const qs[] = {"Soru:", "Sual:", "Question:", "Q:", NULL};
  size_t z = le;
  if (z > ls && t[z - 1] == '\r') z--;
  for (int k = 0; users[k]; k++) {
    size_t n = strlen(users[k]);
    if (ls + n >= z || memcmp(t + ls, users[k], n) != 0) continue;
    size_t a = ls + n, b = ch_uname_end(t, z, a);
    if (!(b == z || (b + 3 <= z && memcmp(t + b, " | ", 3) == 0) ||
          (b + 4 <= z && memcmp(t + b, " \xC2\xB7 ", 4) == 0)))
      return 0;
    if (ch_b44_secret_near(t, b, z) || !ch_b44_name(t, a, b, CH_B44_CAMEL)) return 0;
    *ns = a;
    return b;
  }
  for (int k = 0; heads[k]; k++) {
    size_t n = strlen(heads[k]);
    if (ls + n >= z || memcmp(t + ls, heads[k], n) != 0) continue;
    size_t a = ls + n, b = ch_uname_end(t, z, a);
    if (b == a || b >= z) return 0;
    int by = heads[k][0] == 'b' || heads[k][0] == 'B';
    int ok = by ? (b + 4 < z && (memcmp(t + b, " \xE2\x80\x93 ", 5) == 0 ||
                                 memcmp(t + b, " \xE2\x80\x94 ", 5) == 0)) ||
                      (b + 3 < z && memcmp(t + b, " - ", 3) == 0)
                : t[b] == ':';
    if (!ok || !ch_b44_name(t, a, b, k >= camel_from ? CH_B44_CAMEL : 0) ||
        ch_b44_config_key(t, a, b))
      return 0;
    *ns = a;
    return b;
  }
  /* a profile's title, "Tan\xC4\xB1\xC5\x9Fl\xC4\xB1q sayt\xC4\xB1 profili \xE2\x80\x94
   * Aysel_26_G\xC9\x99nc\xC9\x99", "Dating profile (...) \xE2\x80\x94 alex_in_leeds": the name ends
   * the line */
  if (z > ls + 12) {
    size_t a = z;
    while (a > ls && t[a - 1] != ' ') a--;
    if (a >= ls + 10 && memcmp(t + a - 5, " \xE2\x80\x94 ", 5) == 0 &&
        memmem(t + ls, a - ls, "rofil", 5)) {
      size_t b = ch_uname_end(t, z, a);
      /* the site's own name is none, "Otaq yoldaşı profili — evtap.az" */
      if (b == z && ch_b44_name(t, a, b, 0) && !ch46_key_like(t, a, b)) {
        *ns = a;
        return b;
      }
    }
  }
  /* an answer signed by its seller, "... \xE2\x80\x94 VoltBay Direct (Seller)": one to three
   * capitalised words, the first run together with a capital inside */
  if (z > ls + 20 && t[z - 1] == ')' && memcmp(t + z - 9, " (Seller)", 9) == 0) {
    size_t e = z - 9, a = e, words = 0;
    while (a > ls && words < 3) {
      size_t w = a;
      while (w > ls && gz_ascii_alnum((unsigned char)t[w - 1])) w--;
      if (w == a || !ch_upper((unsigned char)t[w])) break;
      words++;
      a = w;
      if (a >= ls + 5 && memcmp(t + a - 5, " \xE2\x80\x94 ", 5) == 0) {
        size_t b = a + 1, camel = 0;
        for (; b < e && gz_ascii_alnum((unsigned char)t[b]); b++)
          camel |= ch_upper((unsigned char)t[b]) && ch_lower((unsigned char)t[b - 1]);
        if (!camel) break;
        *ns = a;
        return e;
      }
      if (a == ls || t[a - 1] != ' ') break;
      a--;
    }
  }
  for (int k = 0; qs[k]; k++) {
    size_t n = strlen(qs[k]);
    if (ls + n >= z || memcmp(t + ls, qs[k], n) != 0) continue;
    /* the name ends the line after " \xE2\x80\x94 " */
    size_t a = z;
    while (a > ls && t[a - 1] != ' ') a--;
    if (a < ls + n + 5 || memcmp(t + a - 5, " \xE2\x80\x94 ", 5) != 0) return 0;
    size_t b = ch_uname_end(t, z, a);
    if (b != z || !ch_b44_name(t, a, b, 0)) return 0;
    *ns = a;
    return b;
  }
  return 0;
}

/* The user name after a messaging app's name in a sentence or a
 * signature (batch 44): "... c\xC9\x99van \xC3\xBCr\xC9\x99k. Skype: rovshan.m_baku", "my snap
 * is alexk_93", 'on Telegram from "Sarah_HR_Recruit"'; a repository's
 * owner after a project label, "(proje: kerem.sahin/odeme-servisi, ...".
 * Only a name with a user name's mark. Returns the name's end, its start
 * in *ns, or 0. */
static size_t ch_b44_inline(const char *t, size_t ls, size_t le, size_t *ns) {
  static const char *const apps[] = {"skype",     "telegram", "snap",   "snapchat", "insta",
                                     "instagram", "discord",  "tiktok", "kik",      NULL};
  static const char *const projects[] = {"proje", "project", "repo", "repository", NULL};
  static const char *const links[] = {": ", " is ", " from \"", " from ", NULL};
  /* each byte on a line of 400 bytes or less (a post's; a paragraph of
   * prose is longer), else only the colons of its first 100 bytes (where
   * a reply's "Cavab (name):" stands) */
  int every = le - ls <= 400;
  size_t lim = every ? le : ls + 100;
  for (size_t p = ls + 2; p + 4 < lim; p++) {
    if (!every) {
      const char *q = memchr(t + p, ':', lim - 4 - p);
      if (!q) break;
      p = (size_t)(q - t);
    }
    if (t[p] == ':' && t[p - 1] == ')') {
      size_t r = ch_b44_bracket(t, ls, le, p, ns);
      if (r) return r;
    }
    /* ": ", " is ", " from " after a word ending as one of the names
     * does (a test of two bytes before the lists) */
    if (!((t[p] == ':' && t[p + 1] == ' ') ||
          (t[p] == ' ' && (t[p + 1] == 'i' || t[p + 1] == 'f'))))
      continue;
    char x = (char)(t[p - 2] | 32), y = (char)(t[p - 1] | 32);
    if (!((x == 'p' && (y == 'e' || y == 'o')) ||
          (x == 'a' && (y == 'm' || y == 'p' || y == 't')) || (x == 't' && y == 'a') ||
          (x == 'r' && y == 'd') || (x == 'o' && y == 'k') || (x == 'i' && y == 'k') ||
          (x == 'j' && y == 'e') || (x == 'c' && y == 't') || (x == 'r' && y == 'y')))
      continue;
    size_t w = p;
    while (w > ls && ch_lower((unsigned char)(t[w - 1] | 32))) w--;
    if (w == p || (w > ls && gz_word_byte((unsigned char)t[w - 1]))) continue;
    int app = ch_word_in(t, w, p, apps), proj = !app && ch_word_in(t, w, p, projects);
    if (!app && !proj) continue;
    for (int k = 0; links[k]; k++) {
      size_t n = strlen(links[k]);
      if (p + n >= le || memcmp(t + p, links[k], n) != 0 || (proj && k)) continue;
      size_t a = p + n, b = ch_uname_end(t, le, a);
      if (b == a) break;
      if (proj     ? b + 1 < le && t[b] == '/' && gz_ascii_alnum((unsigned char)t[b + 1])
          : k == 2 ? b < le && t[b] == '"'
                   : ch_token_end(t, le, b)) {
        if (ch_b44_name(t, a, b, 0)) {
          *ns = a;
          return b;
        }
      }
      break;
    }
  }
  return 0;
}

/* A meeting's minutes on a mailing list, "Attendees: r-tanaka, vkrol,
 * amezza, hbeck" (batch 44): two names or more, each lower case [a-z0-9_.-]
 * (IRC nicks; "Attendees: Alice, Bob" are people's names), to the line's
 * end. Pushes each, and keeps it in au for its other mentions. */
static int ch_b44_attendees(const char *t, size_t ls, size_t le, ch_span *au, size_t *n_au,
                            gz_findings *out) {
  static const char *const labels[] = {"Attendees: ", "Present: ", "Participants: ", NULL};
  /* words of a list that holds no nicks: "Attendees: none, tbd" */
  static const char *const none[] = {"none", "tbd",   "all",  "everyone", "nobody",
                                     "team", "staff", "same", "n/a",      NULL};
  size_t a = 0, z = le;
  if (z > ls && t[z - 1] == '\r') z--;
  for (int k = 0; labels[k] && !a; k++) {
    size_t n = strlen(labels[k]);
    if (ls + n < z && memcmp(t + ls, labels[k], n) == 0) a = ls + n;
  }
  if (!a) return 0;
  ch_span got[GZ_CH_MAX_AUTHORS];
  size_t n = 0;
  for (size_t p = a; p < z;) {
    size_t b = ch_name_end(t, z, p);
    if (!b || n == GZ_CH_MAX_AUTHORS) return 0;
    for (size_t i = p; i < b; i++)
      if (!ch_lower((unsigned char)t[i]) && !ch_digit((unsigned char)t[i]) && !strchr("_.-", t[i]))
        return 0;
    if (ch_word_in(t, p, b, none)) return 0;
    got[n++] = (ch_span){p, b};
    if (b == z) break;
    if (b + 2 >= z || t[b] != ',' || t[b + 1] != ' ') return 0;
    p = b + 2;
  }
  if (n < 2) return 0;
  for (size_t i = 0; i < n; i++) {
    if (ch_placeholder(t, got[i].a, got[i].b)) continue;
    if (gz_findings_push(out, got[i].a, got[i].b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0))
      return GIZLI_E_NOMEM;
    if (*n_au < GZ_CH_MAX_AUTHORS) au[(*n_au)++] = got[i];
  }
  return 0;
}

/* The batch 44 forms of a line that no other author rule took: a post
 * header with its verb (ch_b44_verb), a forum's header, Hacker News' age
 * and a review's date (ch_b44_header), a quoted reply's "> name: ..." and
 * a post's "name:" alone on its line in community text, the bracketed Q&A
 * authors, s\xC3\xB6zl\xC3\xBCk signatures, labels, messaging apps in a sentence and
 * meeting attendees. Pushes the names and keeps them in au (n_au of
 * them) for their other mentions; GIZLI_E_NOMEM or 0. */
static int ch_b44_line(const char *t, size_t len, size_t ls, size_t le, ch_b44_doc *d, ch_span *au,
                       size_t *n_au, gz_findings *out) {
  size_t k = ls, as = 0, ae = 0;
  while (k < le && (t[k] == ' ' || t[k] == '\t')) k++;
  int quoted = k + 2 < le && t[k] == '>' && t[k + 1] == ' ';
  if (quoted) k += 2;
  size_t b = k < le ? ch_uname_end(t, le, k) : k;
  if (b > k) {
    ae = ch_b44_verb(t, len, k, b, le, d);
    if (!ae && !quoted) ae = ch_b44_header(t, len, k, b, le, d);
    if (!ae && b < le && t[b] == ':') {
      size_t z = le;
      if (z > b && t[z - 1] == '\r') z--;
      /* "> name: reply" quoted (a marked name, or eight lower case letters
       * or more: "adminkomek"); "name: message" of a marked name, the
       * message of two words or more (a pasted "db_user: x" is one);
       * "S\xC9\x99bin\xC9\x99_R:" alone on its line with a capital or an az/tr
       * letter (a YAML key has neither) */
      int alone = !quoted && k == ls && z == b + 1, big = 0, msg = 0;
      for (size_t i = k; i < b; i++)
        big |= ch_upper((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80;
      if (b + 2 < z && t[b + 1] == ' ' && t[b + 2] != ' ')
        msg = memchr(t + b + 2, ' ', z - b - 2) != NULL;
      int ok = 0;
      if (quoted && msg)
        ok = ch_b44_name(t, k, b, 0) || (b - k >= 8 && ch_b44_name(t, k, b, CH_B44_PLAIN));
      else if (!quoted && k == ls && msg)
        ok = ch_b44_name(t, k, b, 0);
      else if (alone && big) {
        /* a digit, or a last part of one or two letters ("S\xC9\x99bin\xC9\x99_R"):
         * "\xC3\x9Cmumi_M\xC9\x99\x62l\xC9\x99\xC4\x9F:" is a form's label */
        size_t u = b, dg = 0;
        while (u > k && t[u - 1] != '_') u--;
        for (size_t i = k; i < b; i++) dg |= ch_digit((unsigned char)t[i]);
        ok = (dg || (u > k && b - u <= 2)) && ch_b44_name(t, k, b, 0);
      }
      if (ok && !ch_b44_config_key(t, k, b) && ch_b44_community(t, len, d)) ae = b;
    }
    as = k;
  }
  if (!ae) ae = ch_b44_label(t, ls, le, &as);
  if (!ae) ae = ch_b44_sig(t, len, ls, le, d, &as);
  if (!ae) ae = ch_b44_inline(t, ls, le, &as);
  if (!ae) return ch_b44_attendees(t, ls, le, au, n_au, out);
  if (gz_findings_push(out, as, ae, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
  if (*n_au < GZ_CH_MAX_AUTHORS) au[(*n_au)++] = (ch_span){as, ae};
  return 0;
}
static int ch46_scan(const char *t, size_t len, gz_findings *out); /* batch 46 */
static int ch48_scan(const char *t, size_t len, gz_findings *out); /* batch 48 */
static int ch51_scan(const char *t, size_t len, gz_findings *out); /* batch 51 */

/* ---- batch 44: chat exports and live chats ---- */

/* Is the byte or pair at t[i] a letter (ASCII or az/tr)? Returns its
 * length, 0 if none; *up tells a capital. */
static size_t ch46_letter(const char *s, size_t len, size_t i, int *up, int *lo);
static size_t ch44_letter(const char *t, size_t le, size_t i, int *up) {
  int lo;
  return ch46_letter(t, le, i, up, &lo);
}

/* The end of a run of emoji at i (pictographs and flags F0 9F .., symbols
 * E2 98-9E .. and E2 AD .., with the variation selector and the joiner),
 * or i. */
static size_t ch44_emoji_end(const char *t, size_t le, size_t i) {
  size_t k = i;
  for (;;) {
    unsigned char c = k < le ? (unsigned char)t[k] : 0,
                  d = k + 1 < le ? (unsigned char)t[k + 1] : 0;
    if (c == 0xF0 && d == 0x9F && k + 4 <= le)
      k += 4;
    else if (c == 0xE2 && k + 3 <= le &&
             ((d >= 0x98 && d <= 0x9E) || d == 0xAD || (k > i && d == 0x80 && t[k + 2] == '\x8D')))
      k += 3;
    else if (c == 0xEF && d == 0xB8 && k + 3 <= le && t[k + 2] == '\x8F')
      k += 3;
    else
      return k;
  }
}

/* A chat display name at a (batch 44): a user-name token starting with a
 * letter, a Discord tag glued to it ("Xan_Q\xC4\xB1z\xC4\xB1#2231"), or one to three
 * words and a decoration, emoji ("G\xC3\xBCnay \xF0\x9F\x8C\xB8", "Big Dave \xF0\x9F\x92\xB0",
 * "Ehmed \xF0\x9F\x87\xA6\xF0\x9F\x87\xBF") or pronouns in brackets ("Casey (he/him)"): a name its
 * owner chose, no person's name as written. Returns its end, 0 if none; sets *deco when decorated.
 * Without a decoration only the first word is returned. */
static size_t ch44_display(const char *t, size_t le, size_t a, int *deco) {
  int up;
  *deco = 0;
  if (a >= le || !ch44_letter(t, le, a, &up)) return 0;
  size_t b = ch_uname_end(t, le, a), w = b;
  if (b + 5 <= le && t[b] == '#' && ch_digit((unsigned char)t[b + 1]) &&
      ch_digit((unsigned char)t[b + 2]) && ch_digit((unsigned char)t[b + 3]) &&
      ch_digit((unsigned char)t[b + 4]) && (b + 5 == le || !gz_word_byte((unsigned char)t[b + 5])))
    return b + 5;
  /* a decoration needs an emoji's or a bracket's byte within 48 bytes */
  int any = 0;
  for (size_t i = b; i < le && i < b + 48 && !any; i++)
    any = (unsigned char)t[i] >= 0xE2 || t[i] == '(';
  for (int words = 1; any && words <= 3 && w < le; words++) {
    size_t s = t[w] == ' ' ? w + 1 : w, e = ch44_emoji_end(t, le, s);
    if (e > s) {
      *deco = 1;
      return e;
    }
    if (t[w] != ' ' || w + 1 >= le) break;
    if (t[w + 1] == '(') { /* "(he/him)", "(she/they)" */
      size_t k = w + 2;
      while (k < le && k - w < 14 && (ch_lower((unsigned char)t[k]) || t[k] == '/')) k++;
      if (k < le && t[k] == ')' && memchr(t + w + 2, '/', k - w - 2) && t[w + 2] != '/' &&
          t[k - 1] != '/') {
        *deco = 1;
        return k + 1;
      }
      break;
    }
    if (words == 3 || !ch44_letter(t, le, w + 1, &up)) break;
    w = ch_uname_end(t, le, w + 1);
  }
  return b;
}

/* Has the name [a, b) a user name's mark (ch_marked for an ASCII name; for
 * one with az/tr letters an '_', a digit or a tag with a lower case
 * letter, or a capital after a lower case letter: "Moderat\xC3\xB6r_Bot",
 * "aq\xC5\x9Fin_studio", "Lal\xC9\x99\x42\x61k\xC4\xB1")? joined_ok as ch_marked's. */
static int ch44_marked(const char *t, size_t a, size_t b, int joined_ok) {
  int wide = 0, mark = 0, lower = 0, camel = 0, prev = 0, up, first = 0, plain;
  for (size_t i = a; i < b;) {
    size_t n = ch44_letter(t, b, i, &up);
    if (!n) {
      mark |= t[i] == '_' || t[i] == '#' || ch_digit((unsigned char)t[i]);
      prev = 0;
      i++;
      continue;
    }
    wide |= n == 2;
    if (i == a) first = up;
    camel += up && prev;
    lower |= !up;
    prev = !up;
    i += n;
  }
  if (ch_placeholder(t, a, b)) return 0;
  if (!wide && !memchr(t + a, '#', b - a)) return ch_marked(t, a, b, &plain, joined_ok);
  return lower && (mark || (camel && (!first || wide)));
}

/* Is [a, b) lower case letters only (ASCII or az/tr), four or more
 * bytes, and no role word ("assistant", "customer", "operator")? */
static int ch44_plain(const char *t, size_t a, size_t b) {
  static const char *const roles[] = {"assistant", "customer", "operator", "moderator",
                                      "support",   "system",   "admin",    "bot",
                                      "server",    "client",   NULL};
  int up;
  if (b - a < 4) return 0;
  for (size_t i = a, n; i < b; i += n)
    if (!(n = ch44_letter(t, b, i, &up)) || up) return 0;
  if (ch_word_in(t, a, b, roles)) return 0;
  return 1;
}

/* Does a word of a stream's or a moderation bot's event stand in the 48
 * bytes at k: "super_donat 20,00 AZN g\xC3\xB6nd\xC9\x99rdi:", "Spammer_tr99 mesaj\xC4\xB1
 * silindi", "ModeratorLeyla X-i ban etdi", "creepy_fan has been banned"? */
static int ch44_event(const char *t, size_t k, size_t le) {
  static const char *const ev[] = {"g\xC3\xB6nd\xC9\x99rdi",
                                   "g\xC3\xB6nderdi",
                                   "silindi",
                                   "ban etdi",
                                   "banlad\xC4\xB1",
                                   "yasakland\xC4\xB1",
                                   "banned",
                                   "was kicked",
                                   "muted",
                                   "timed out",
                                   "cheered",
                                   "subscribed",
                                   "donated",
                                   "gifted",
                                   "ba\xC4\x9F\xC4\xB1\xC5\x9F",
                                   NULL};
  size_t z = le - k > 48 ? k + 48 : le;
  for (size_t i = k; i < z; i++) {
    if (i > k && gz_word_byte((unsigned char)t[i - 1])) continue;
    for (int w = 0; ev[w]; w++) {
      size_t n = strlen(ev[w]);
      if (i + n <= le && (t[i] | 32) == ev[w][0] && strncasecmp(t + i, ev[w], n) == 0) return 1;
    }
  }
  return 0;
}

/* The tail after a display name ending a header line, the message on the
 * lines after it: Telegram Desktop's ", [20.08.2024 13:25]" or Steam's
 * " 3 Jul @ 2:14am" (batch 44). Returns whether [b, le) is one. */
static int ch44_header_tail(const char *t, size_t b, size_t le) {
  size_t z = le;
  while (z > b && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  if (z < b + 8) return 0;
  if (t[b] == ',' && t[b + 1] == ' ' && t[b + 2] == '[' && t[z - 1] == ']') {
    int colon = 0, date = 0;
    for (size_t i = b + 3; i + 1 < z; i++) {
      if (!ch_digit((unsigned char)t[i]) && !strchr("./: ", t[i])) return 0;
      colon |= t[i] == ':';
      date |= t[i] == '.' || t[i] == '/';
    }
    return colon && date;
  }
  /* Steam: "@ h:mmam" ends the line, a day and a month before it */
  if (t[b] != ' ' || (t[z - 1] | 32) != 'm' || ((t[z - 2] | 32) != 'a' && (t[z - 2] | 32) != 'p'))
    return 0;
  size_t c = z - 2;
  while (c > b && (ch_digit((unsigned char)t[c - 1]) || t[c - 1] == ':')) c--;
  if (c < b + 6 || !ch_clock(t, c, z - 2) || t[c - 1] != ' ' || t[c - 2] != '@') return 0;
  int letters = 0, digits = 0;
  for (size_t i = b + 1; i + 2 < c; i++) {
    if (ch_lower((unsigned char)t[i]) || ch_upper((unsigned char)t[i]))
      letters++;
    else if (ch_digit((unsigned char)t[i]))
      digits++;
    else if (t[i] != ' ' && t[i] != ',')
      return 0;
  }
  return letters >= 3 && letters <= 9 && digits >= 1 && digits <= 6;
}

/* Is [b, le) the rest of a person's name, one or two words, then
 * Telegram Desktop's ", [date time]" ("Fidan| K\xC9\x99rimli, [20.08.2024
 * 13:22]")? */
static int ch44_person_header(const char *t, size_t b, size_t le) {
  int up;
  size_t k = b;
  for (int w = 0; w < 2 && k + 1 < le && t[k] == ' ' && ch44_letter(t, le, k + 1, &up); w++)
    k = ch_uname_end(t, le, k + 1);
  return k > b && k < le && t[k] == ',' && ch44_header_tail(t, k, le);
}

/* Is [b, le) the rest of a person's name, one or two words, then ": "
 * and the message ("Anar| M\xC9\x99mm\xC9\x99\x64ov: salam")? */
static int ch44_person_colon(const char *t, size_t b, size_t le) {
  int up;
  size_t k = b;
  for (int w = 0; w < 2 && k + 1 < le && t[k] == ' ' && ch44_letter(t, le, k + 1, &up); w++)
    k = ch_uname_end(t, le, k + 1);
  return k > b && k + 1 < le && t[k] == ':' && t[k + 1] == ' ';
}

/* A role in brackets before a marketplace chat's speaker, "[Sat\xC4\xB1\x63\xC4\xB1]
 * Rauf_X\xC4\xB1rdalan:", "[Buyer] name:"; returns the name's start, or 0. */
static size_t ch44_role(const char *t, size_t s, size_t le) {
  static const char *const roles[] = {"sat\xC4\xB1\x63\xC4\xB1",
                                      "al\xC4\xB1\x63\xC4\xB1",
                                      "satici",
                                      "alici",
                                      "seller",
                                      "buyer",
                                      "mod",
                                      "moderator",
                                      "vip",
                                      NULL};
  const char *q = memchr(t + s, ']', le - s < 16 ? le - s : 16);
  if (!q) return 0;
  size_t e = (size_t)(q - t);
  for (int r = 0; roles[r]; r++)
    if (strlen(roles[r]) == e - s - 1 && strncasecmp(t + s + 1, roles[r], e - s - 1) == 0)
      return e + 2 < le && t[e + 1] == ' ' ? e + 2 : 0;
  return 0;
}

/* Is [a, b) a field's label after an emoji bullet ("\xF0\x9F\x93\x8D adres:", "\xF0\x9F\x93\x9E
 * tel:", "\xE2\x8F\xB0 saat:"), no speaker? */
static int ch44_label(const char *t, size_t a, size_t b) {
  static const char *const w[] = {"adres",
                                  "\xC3\xBCnvan",
                                  "unvan",
                                  "address",
                                  "tel",
                                  "telefon",
                                  "phone",
                                  "mobil",
                                  "mail",
                                  "email",
                                  "konum",
                                  "location",
                                  "qiym\xC9\x99t",
                                  "fiyat",
                                  "price",
                                  "saat",
                                  "time",
                                  "tarix",
                                  "tarih",
                                  "date",
                                  "note",
                                  "not",
                                  "qeyd",
                                  "info",
                                  "link",
                                  "web",
                                  "site",
                                  "kira",
                                  "rent",
                                  "maa\xC5\x9F",
                                  "salary",
                                  "whatsapp",
                                  "instagram",
                                  "telegram",
                                  "iban",
                                  "kart",
                                  "card",
                                  "hesab",
                                  "hesap",
                                  "mekan",
                                  "yer",
                                  "place",
                                  "contact",
                                  "\xC9\x99laq\xC9\x99",
                                  "ileti\xC5\x9Fim",
                                  "durum",
                                  "status",
                                  NULL};
  if (ch_word_in(t, a, b, w)) return 1;
  return 0;
}

/* Is the line after le a message, no other header or stamp (a header's
 * message is below it; a log's stamped lines follow each other)? */
static int ch44_message_below(const char *t, size_t len, size_t le) {
  size_t k = le + 1;
  while (k < len && (t[k] == ' ' || t[k] == '\t')) k++;
  return k < len && t[k] != '\n' && t[k] != '\r' && t[k] != '[';
}

/* Does a speaker's name and a colon start at k, after a group's name
 * ("Name Surname: " within 40 bytes, three spaces at most)? */
static int ch44_group_prefix(const char *t, size_t k, size_t le) {
  int sp = 0, up;
  for (size_t i = k; i < le && i < k + 40; i++) {
    if (t[i] == ':') return i > k && i + 1 < le && t[i + 1] == ' ';
    if (t[i] == ' ' && ++sp > 3) return 0;
    if (t[i] != ' ' && t[i] != '.' && !(t[i] & 0x80) && !ch44_letter(t, le, i, &up)) return 0;
  }
  return 0;
}

/* Is the decorated name [a, b) a contact saved under a kinship word,
 * "Mum \xE2\x9D\xA4\xEF\xB8\x8F" of a WhatsApp export (a phone's contact, no user name)? */
static int ch44_kin(const char *t, size_t a, size_t b) {
  static const char *const kin[] = {
      "mum",  "mom",     "mama",  "mommy", "dad",         "daddy",         "papa",
      "anne", "annem",   "baba",  "babam", "ana",         "anam",          "ata",
      "sis",  "bro",     "abla",  "abi",   "wife",        "hubby",         "nan",
      "gran", "grandma", "teyze", "xala",  "bac\xC4\xB1", "qarda\xC5\x9F", "n\xC9\x99n\xC9\x99",
      NULL};
  size_t e = a;
  while (e < b && t[e] != ' ' && !(t[e] & 0x80 && (unsigned char)t[e] >= 0xE2)) e++;
  if (ch_word_in(t, a, e, kin)) return 1;
  return 0;
}

/* A speaker line of batch 44's chats that the rules above miss: a display
 * name of az/tr letters, with a tag or a decoration (ch44_display), or
 * after a role in brackets or an emoji ("\xF0\x9F\x90\xB8 jojo: ..."), before ": ";
 * DiscordChatExporter's "[11/02/2024 9:41 PM] pixelfern" alone on its
 * line; Telegram Desktop's and Steam's headers (ch44_header_tail);
 * Discord's "name \xE2\x80\x94 Bug\xC3\xBCn 00:14"; a stream's or a bot log's event line
 * "super_donat 20,00 AZN g\xC3\xB6nd\xC9\x99rdi: ..." (ch44_event); an Instagram
 * comment "gulnar_aliyevaa qiym\xC9\x99t??" under a comments heading. Returns 1
 * with the name in [*na, *nb) (*plain: lower case only, counted as the
 * old speakers are), 2 for a speaker line naming a person ("Bar\xC4\xB1\xC5\x9F \xC3\x87.:",
 * "Fidan K\xC9\x99rimli, [20.08.2024 13:22]"), 0 if none. *st: a header or a
 * stamp. */
static int ch44_line(const char *t, size_t len, size_t ls, size_t le, int *comments, size_t *na,
                     size_t *nb, int *st, int *plain) {
  size_t s = ls;
  while (s < le && (t[s] == ' ' || t[s] == '\t')) s++;
  if (s + 3 >= le) return 0;
  unsigned char c0 = (unsigned char)t[s];
  if (!(c0 == '[' || ch_lower(c0) || ch_upper(c0) || ch_digit(c0) || (c0 >= 0xC3 && c0 <= 0xC9) ||
        c0 == 0xF0 || c0 == 0xE2))
    return 0;
  size_t a = 0, e;
  int deco, pre = 0, up;
  if (c0 == '[' && (a = ch44_role(t, s, le)) != 0)
    pre = 1;
  else if ((e = ch44_emoji_end(t, le, s)) > s && e + 1 < le && t[e] == ' ')
    a = e + 1, pre = 2;
  else if (c0 >= 0xE2)
    return 0;
  else
    a = ch_after_stamp(t, le, ls);
  /* DiscordChatExporter's "[11/02/2024 9:41 PM] " */
  if (a > s && a + 4 < le && (t[a] == 'A' || t[a] == 'P') && t[a + 1] == 'M' && t[a + 2] == ']' &&
      t[a + 3] == ' ')
    a += 4;
  int stamp = a > s && !pre;
  size_t b = ch44_display(t, le, a, &deco);
  if (!b) return 0;
  *st = stamp;
  *plain = 0;
  size_t z = le;
  while (z > b && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  char nx = b < le ? t[b] : '\n'; /* the byte after the name */
  /* the shapes, cheapest first: most lines of prose are none */
  if (!(nx == ':' || (b == z && stamp) || (z > b && strchr("]mM:", t[z - 1])) ||
        (nx == ' ' && b + 1 < le && (unsigned char)t[b + 1] == 0xE2) ||
        (nx == ' ' && memchr(t + b, ':', le - b < 40 ? le - b : 40)))) {
    int mark = 0;
    for (size_t i = a; i < b && !mark; i++)
      mark = t[i] == '_' || ch_digit((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80 ||
             (i > a && ch_upper((unsigned char)t[i]) && ch_lower((unsigned char)t[i - 1]));
    if (!mark || nx != ' ') return 0;
  }
  int mk = (deco && !ch44_kin(t, a, b)) || ch44_marked(t, a, b, stamp);
  int ascii = ch_name_end(t, le, a) == b;
  int low = ch44_plain(t, a, b);
  int ok = 0;
  if (nx == ':' && b + 1 < le && t[b + 1] == ' ') {
    /* an ASCII name the old rules judged: only capitalised words run
     * together after a bare "[20:14:41]" (a Twitch log's "StreamElements") */
    if (ascii && !pre && !deco &&
        !(stamp && t[s] == '[' && a == s + 11 && t[s + 3] == ':' && t[s + 6] == ':' &&
          !ch_marked(t, a, b, &up, 0)))
      return 0;
    /* a group's name before the speaker, "[...] Bak\xC4\xB1da kiray\xC9\x99 ev \xF0\x9F\x8F\xA0:
     * Name:" */
    if (deco && memchr(t + a, ' ', b - a) && ch44_group_prefix(t, b + 2, le)) return 0;
    if (!stamp && !pre && ch_indented_key(t, len, a, b)) return 0; /* a config's key */
    ok = mk || (pre == 2 && low && !ch_upper((unsigned char)t[a]) && !ch44_label(t, a, b));
    if (!ok && pre == 1) return 2; /* "[Al\xC4\xB1\x63\xC4\xB1] Nuran:" names a person */
  } else if (pre) {
    return 0;
  } else if (b == z && stamp) { /* DiscordChatExporter: a date in the stamp */
    int date = 0;
    for (size_t i = s; i < a; i++) date |= t[i] == '/' || t[i] == '.';
    ok = date && (mk || low) && ch44_message_below(t, len, le);
    *plain = !mk;
  } else if (!stamp && nx == ' ' && ch44_person_header(t, b, le)) {
    return *st = 1, 2; /* a header with its stamp */
  } else if (!stamp && ch44_header_tail(t, b, le)) {
    if (!(mk || low)) return nx == ',' ? (*st = 1, 2) : 0;
    ok = ch44_message_below(t, len, le);
    *plain = !mk;
    *st = 1;
  } else if (!stamp && !ascii && ch_dash_stamp(t, b, le)) {
    ok = mk || low;
    *st = 1;
  } else if (nx == ' ' && mk && ch44_event(t, b, le)) {
    ok = 1;
  } else if (nx == ' ' && ch44_letter(t, le, a, &up) && up && ch44_person_colon(t, b, le)) {
    return 2; /* "[...] Anar M\xC9\x99mm\xC9\x99\x64ov: salam" names a person */
  } else if (!stamp && ls > 0 && nx == ' ' && !deco && ascii &&
             ch_user_name_marks(t, a, b, 0)) { /* an Instagram comment, no heading's "Oxu.az" */
    if (*comments < 0) *comments = ch_comments_heading(t, len);
    ok = *comments;
  } else if (!stamp && z - a < 32 && z >= a + 5 && t[z - 1] == ':' && t[z - 2] == '.' &&
             ch_upper((unsigned char)t[a])) {
    /* Telegram's "Bar\xC4\xB1\xC5\x9F \xC3\x87.:" above the message: a name and an initial */
    size_t i = t[z - 4] == ' ' ? z - 3 : z - 4;
    return t[i - 1] == ' ' && ch44_letter(t, z, i, &up) == z - 2 - i && up ? 2 : 0;
  }
  if (!ok) return 0;
  if (*plain && !ascii) *plain = 0, ok = low; /* a plain name of az/tr letters counts as marked */
  *na = a;
  *nb = b;
  return ok ? 1 : 0;
}

/* Each mention of the names ch44_line found (n of them in x), as a token
 * or before a case ending after '-' or an apostrophe ("Spammer_tr99-i",
 * "xX_FragQueen_Xx's"). Pushes them, a decorated name (with a space)
 * above a person's name's score; GIZLI_E_NOMEM or 0. */
static int ch44_again(const char *t, size_t len, const ch_span *x, size_t n, gz_findings *out) {
  for (size_t i = 0; i < n; i++) {
    size_t j = 0, m = x[i].b - x[i].a;
    while (j < i && !ch_same(t, x[j], x[i].a, x[i].b)) j++;
    if (j < i) continue;
    for (size_t p = 0; p + m <= len;) {
      const char *q = memmem(t + p, len - p, t + x[i].a, m);
      if (!q) break;
      size_t s = (size_t)(q - t), e = s + m, k = e + 1;
      p = e;
      if (!ch_token_start(t, s) || ch_after_secret_word(t, s)) continue;
      if (!ch_token_end(t, len, e)) {
        int up;
        if (e >= len || (t[e] != '-' && t[e] != '\'')) continue;
        while (k < len && k - e <= 8 && ch44_letter(t, len, k, &up) && !up)
          k += ch44_letter(t, len, k, &up);
        if (k == e + 1 || k - e > 8 || !ch_token_end(t, len, k)) continue;
      }
      /* a decorated name ("Casey (he/him)") outranks the person's name in it */
      float score = memchr(t + s, ' ', m) ? 0.96f : 0.8f;
      if (gz_findings_push(out, s, e, GIZLI_T_SOCIAL_HANDLE, score, 0)) return GIZLI_E_NOMEM;
    }
  }
  return 0;
}

/* Does the text's first line name a group chat or a live stream ("Kik/Snap-style
 * group", "canl\xC4\xB1 yay\xC4\xB1m", "Steam community")? Stands for a platform's name. */
static int ch44_heading(const char *t, size_t len) {
  static const char *const w[] = {"group",  "grup",  "grubu", "qrup",  "signal",    "canl\xC4\xB1",
                                  "stream", "lobby", "lobbi", "steam", "community", NULL};
  const char *nl = memchr(t, '\n', len < 200 ? len : 200);
  size_t e = nl ? (size_t)(nl - t) : (len < 200 ? len : 200);
  for (size_t i = 0; i < e; i++)
    for (int k = 0; w[k]; k++) {
      size_t n = strlen(w[k]);
      if ((t[i] | 32) == w[k][0] && i + n <= e && strncasecmp(t + i, w[k], n) == 0) return 1;
    }
  return 0;
}

/* Does a chat handle's label word stand right before the token at p: "dc
 * kirac.val", "steam kiracTR", "channel speedrun_sam", "user
 * cs2skins_cheap" (batch 44)? The token must have a user name's mark; a
 * channel's only in a stream's text (Twitch, YouTube). */
static int ch44_after_label(const char *t, size_t len, size_t p, size_t e) {
  static const char *const w[] = {"dc",       "discord", "steam", "insta", "ig",   "tg",
                                  "telegram", "snap",    "psn",   "xbox",  "epic", "riot",
                                  "twitch",   "channel", "kanal", "user",  NULL};
  int plain;
  if (p < 3 || t[p - 1] != ' ') return 0;
  size_t k = p - 1;
  while (k > 0 && k + 10 > p &&
         (ch_lower((unsigned char)t[k - 1]) || ch_upper((unsigned char)t[k - 1])))
    k--;
  if (k > 0 && gz_word_byte((unsigned char)t[k - 1])) return 0;
  for (int i = 0; w[i]; i++)
    if (strlen(w[i]) == p - 1 - k && strncasecmp(t + k, w[i], p - 1 - k) == 0) {
      /* a Slack or Discord channel is no user; a stream's channel is */
      if ((t[k] | 32) == 'c' || (t[k] | 32) == 'k')
        if (!memmem(t, len, "witch", 5) && !memmem(t, len, "ouTube", 6) &&
            !memmem(t, len, "outube", 6))
          return 0;
      return ch_marked(t, p, e, &plain, 0);
    }
  return 0;
}

/* A plain lower case speaker (count 1 in cnt) who is also linked or
 * mentioned, "streamlabs.com/karadenizligamer", "@pixelfern", or whose
 * message is a stream's event, "tinytank: cheered 500 bits" (ch44_event):
 * counts as speaking twice. */
static void ch44_promote(const char *t, size_t len, const ch_span *sp, int *cnt, size_t n) {
  for (size_t i = 0; i < n; i++) {
    size_t m = sp[i].b - sp[i].a;
    if (cnt[i] == 1 && sp[i].b + 2 < len && t[sp[i].b] == ':' &&
        ch44_event(t, sp[i].b + 2, sp[i].b + 14 < len ? sp[i].b + 14 : len))
      cnt[i] = 2;
    for (size_t p = 1; cnt[i] == 1 && p + m <= len;) {
      const char *q = memmem(t + p, len - p, t + sp[i].a, m);
      if (!q) break;
      p = (size_t)(q - t) + m;
      if ((q[-1] == '/' || q[-1] == '@') && ch_token_end(t, len, p)) cnt[i] = 2;
    }
  }
}

/* A chat export's sender as data: Telegram's result.json '"from": "leyla_q"'
 * near its "text" (in a text naming a platform or with "from_id"), and a
 * Slack or Teams CSV's user column ('"ts","user","text"' heading it).
 * The name must have a user name's mark, a decoration, or be a lower case
 * word of five letters or more ("kryptokat"); "Rachel Nguyen", "N\xC9\x99rmin \xC6\x8F." are
 * persons. Pushes them; GIZLI_E_NOMEM or 0. */
static int ch44_exports(const char *t, size_t len, gz_findings *out) {
  int named = -1;
  /* JSON only: no '{', no key (memchr is cheap, memmem over every text
   * is not) */
  const char *q = memchr(t, '{', len) ? memchr(t, 'f', len) : NULL;
  for (; q; q = (size_t)(q + 1 - t) < len ? memchr(q + 1, 'f', len - (size_t)(q + 1 - t)) : NULL) {
    size_t f = (size_t)(q - t);
    if (f == 0 || t[f - 1] != '"' || f + 5 > len || memcmp(q, "from\"", 5) != 0) continue;
    size_t a = f + 5;
    while (a < len && t[a] == ' ') a++;
    if (a >= len || t[a] != ':') continue;
    a++;
    while (a < len && t[a] == ' ') a++;
    if (a >= len || t[a] != '"') continue;
    int deco;
    size_t b = ch44_display(t, len, ++a, &deco);
    if (!b || b >= len || t[b] != '"') continue;
    size_t w = b + 400 < len ? b + 400 : len, v = a > 400 ? a - 400 : 0;
    if (!memmem(t + v, w - v, "\"text\"", 6)) continue;
    if (!memmem(t + v, w - v, "\"from_id\"", 9)) {
      if (named < 0) named = ch_platform_named(t, len);
      if (!named) continue;
    }
    if (!(deco || ch44_marked(t, a, b, 0) || (ch44_plain(t, a, b) && b - a >= 5))) continue;
    if (gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
  }
  /* a CSV: its header among the first three lines */
  size_t ls = 0, col = 0, ncol = 0;
  int user = -1, text = 0;
  for (int l = 0; l < 3 && ls < len && user < 0; l++) {
    const char *nl = memchr(t + ls, '\n', len - ls);
    size_t le = nl ? (size_t)(nl - t) : len;
    user = -1;
    text = 0;
    ncol = 0;
    for (size_t f = ls; f <= le && le - ls < 200;) {
      size_t g = f;
      while (g < le && t[g] != ',') g++;
      size_t fa = f, fb = g;
      if (fb >= fa + 2 && t[fa] == '"' && t[fb - 1] == '"') fa++, fb--;
      static const char *const uk[] = {"user",   "username", "user_name", "from",
                                       "sender", "author",   NULL};
      for (int k = 0; uk[k]; k++)
        if (strlen(uk[k]) == fb - fa && strncasecmp(t + fa, uk[k], fb - fa) == 0) user = (int)ncol;
      text |= (fb - fa == 4 && strncasecmp(t + fa, "text", 4) == 0) ||
              (fb - fa == 7 && strncasecmp(t + fa, "message", 7) == 0);
      ncol++;
      f = g + 1;
    }
    if (!text) user = -1;
    ls = le + 1;
  }
  if (user < 0 || ls >= len || !(named < 0 ? ch_platform_named(t, len) : named)) return 0;
  col = (size_t)user;
  for (size_t p = ls; p < len;) {
    const char *nl = memchr(t + p, '\n', len - p);
    size_t le = nl ? (size_t)(nl - t) : len, f = p, k = 0;
    while (f < le && k < col) { /* the field's start: commas outside quotes */
      int quoted = t[f] == '"';
      size_t g = f + quoted;
      while (g < le && (quoted ? t[g] != '"' : t[g] != ',')) g++;
      if (quoted) g++;
      f = g + 1;
      k++;
    }
    if (k == col && f + 2 < le && t[f] == '"') {
      int deco;
      size_t a = f + 1, b = ch44_display(t, le, a, &deco);
      if (b && b < le && t[b] == '"' &&
          (deco || ch44_marked(t, a, b, 0) || ch_user_name_marks(t, a, b, 1)) &&
          !ch_placeholder(t, a, b) && gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0))
        return GIZLI_E_NOMEM;
    }
    p = le + 1;
  }
  return 0;
}

static int ch_create(void **state, gizli_error *err) {
  (void)err;
  gz_wordset *w = malloc(sizeof *w);
  if (!w) return GIZLI_E_NOMEM;
  gz_wordset_init(w, ch_words, ch_words_head);
  *state = w;
  return GIZLI_OK;
}

static int ch_scan(const void *state, void *scratch, const char *text, size_t len, int lang,
                   const gizli_finding *structured, size_t n_structured, gz_findings *out) {
  (void)scratch;
  (void)lang;
  gz_rec_args c = {text, len, structured, n_structured, out};
  int rc = gz_wordset_each(state, text, len, ch_word, &c);
  if (rc) return rc;
  ch_span sp[GZ_CH_MAX_SPEAKERS], au[GZ_CH_MAX_AUTHORS] = {{0, 0}};
  int count[GZ_CH_MAX_SPEAKERS], marked[GZ_CH_MAX_SPEAKERS];
  ch_span pend[GZ_CH_MAX_AUTHORS], x44[GZ_CH_MAX_SPEAKERS];
  size_t n44 = 0, who = 0, n = 0, lines = 0, n_au = 0, n_pend = 0, heads = 0, stamped = 0;
  int plain_head = 0;
  int config = 0, sozluk = -1, comments = -1; /* read when first needed */
  ch_b44_doc b44 = {-1, -1, -1, -1};
  /* the speakers: each line's "name: message" */
  for (size_t p = 0; p < len;) {
    const char *nl = memchr(text + p, '\n', len - p);
    size_t le = nl ? (size_t)(nl - text) : len;
    size_t as, ae = ch_author(text, len, p, le, &as);
    if (!ae) ae = ch_platform_label(text, p, le, &as);
    if (!ae) ae = ch_quote_head(text, p, le, &as);
    if (!ae) ae = ch_git_line(text, p, le, &as);
    if (!ae) ae = ch_star_review(text, p, le, &as);
    if (!ae) ae = ch_author_inline(text, p, le, &as);
    if (!ae && (ae = ch_entry_head(text, p, le, &as, &plain_head)) != 0) {
      heads++;
      if (plain_head) { /* pushed after the loop, if the text has a second */
        if (n_pend < GZ_CH_MAX_AUTHORS) pend[n_pend++] = (ch_span){as, ae};
        ae = 0;
      }
    }
    if (!ae && ((ae = ch_sozluk_nick(text, p, le, &as)) != 0 ||
                (ae = ch_sozluk_dated(text, p, le, &as)) != 0 ||
                (ae = ch_sozluk_sig(text, p, le, &as)) != 0)) {
      if (sozluk < 0)
        sozluk = memmem(text, len, "s\xC3\xB6zl\xC3\xBCk", 8) ||
                 memmem(text, len, "S\xC3\xB6zl\xC3\xBCk", 8) || memmem(text, len, "sozluk", 6) ||
                 /* typed without diacritics, "Eksi Sozluk", and the
                  * s\xC3\xB6zl\xC3\xBCk's own cross-reference "(bkz: ...)" (batch 42) */
                 memmem(text, len, "Sozluk", 6) || memmem(text, len, "(bkz:", 5) ||
                 /* entries copied with the "--" line between them (batch 48) */
                 memmem(text, len, "\n--\n", 4);
      if (!sozluk) ae = 0;
    }
    if (ae && gz_findings_push(out, as, ae, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
    if (ae && n_au < GZ_CH_MAX_AUTHORS) au[n_au++] = (ch_span){as, ae};
    if (!ae && ch_b44_line(text, len, p, le, &b44, au, &n_au, out)) return GIZLI_E_NOMEM;
    if (ch_ticket_fields(text, p, le, out)) return GIZLI_E_NOMEM;
    size_t a = ch_after_stamp(text, le, p);
    size_t b = ch_name_end(text, le, a);
    size_t s0 = p;
    while (s0 < le && (text[s0] == ' ' || text[s0] == '\t')) s0++;
    /* a chat export's "name  8:41 PM" header, or Discord's "name â Today at
     * 21:14": a speaker line */
    int dash = b && a == s0 && ch_dash_stamp(text, b, le);
    if (b && a == s0 && (dash || ch_time_tail(text, b, le))) {
      int plain, mk = dash ? ch_display_name(text, a, b) : ch_marked(text, a, b, &plain, 0);
      if (mk) {
        size_t i = 0;
        while (i < n && !ch_same(text, sp[i], a, b)) i++;
        if (i == n && n < GZ_CH_MAX_SPEAKERS) {
          sp[n] = (ch_span){a, b};
          count[n] = 0;
          marked[n++] = 1;
        }
        if (i < n) count[i]++;
        lines++;
        stamped++;
      }
      p = le + 1;
      continue;
    }
    /* a key alone on its line, "notify:", "escalation:": a YAML file's
     * mapping, whose "sender_name: ..." lines are keys, no speakers */
    if (b && b < le && text[b] == ':') {
      size_t k = b + 1;
      while (k < le && (text[k] == ' ' || text[k] == '\r')) k++;
      config |= k == le;
    }
    int st = a > s0 && ch_chat_stamp(text, s0, a);
    /* a group chat's export naming the group before the speaker, "[12.03.24
     * 21:44:07] KirayÉ ev: Ev_Sahibi_Elman: Salam" (batch 38): after a chat's
     * time stamp, a group name of no colon, then the speaker */
    if (st && !(b && b < le && text[b] == ':')) {
      const char *q = memchr(text + a, ':', (le - a) < 64 ? le - a : 64);
      size_t g = q ? (size_t)(q - text) : 0, gb;
      if (g && g + 2 < le && text[g + 1] == ' ' && (gb = ch_name_end(text, le, g + 2)) != 0 &&
          gb < le && text[gb] == ':') {
        a = g + 2;
        b = gb;
      }
    }
    int timed = 0, took = 0, xst, xpl;
    size_t c = b ? ch_speaker_colon(text, b, le, &timed) : 0;
    /* an indented "key: value" without a time stamp is a config block's
     * line pasted into a message, no speaker (batch 41) */
    if (c && !st && a == s0 && s0 > p && ch_indented_key(text, len, a, b)) c = 0;
    if (c && c + 2 < le && text[c + 1] == ' ' && text[c + 2] != ' ') {
      int plain, mk = ch_marked(text, a, b, &plain, 0);
      /* capitalised words run together after a chat's time stamp ("[21:04]
       * XanKenDi:", batch 38) as in a news site's comments */
      if (!mk && !plain && ch_upper((unsigned char)text[a]) && st)
        mk = ch_marked(text, a, b, &plain, 1);
      if (!mk && !plain && ch_upper((unsigned char)text[a])) {
        if (comments < 0) comments = ch_comments_heading(text, len);
        mk = comments && ch_marked(text, a, b, &plain, 1);
      }
      lines++;
      stamped += st || timed;
      took = 1 + (mk || plain);
      if (mk || plain) {
        size_t i = 0;
        while (i < n && !ch_same(text, sp[i], a, b)) i++;
        if (i == n && n < GZ_CH_MAX_SPEAKERS) {
          sp[n] = (ch_span){a, b};
          count[n] = 0;
          marked[n++] = mk;
        }
        if (i < n) count[i]++;
      }
    }
    /* batch 44's speaker lines (ch44_line): a plain name joins the speakers */
    size_t xa, xb;
    int x = took == 2 ? 0 : ch44_line(text, len, p, le, &comments, &xa, &xb, &xst, &xpl);
    if (x) lines += !took, stamped += xst;
    who |= x == 2 && xst; /* a person's stamped line: one more speaker */
    if (x == 1 && !xpl && n44 < GZ_CH_MAX_SPEAKERS) x44[n44++] = (ch_span){xa, xb};
    if (x == 1 && xpl) {
      size_t i = 0;
      while (i < n && !ch_same(text, sp[i], xa, xb)) i++;
      if (i == n && n < GZ_CH_MAX_SPEAKERS)
        sp[n] = (ch_span){xa, xb}, count[n] = 0, marked[n++] = 0;
      if (i < n) count[i]++;
    }
    p = le + 1;
  }
  for (size_t i = 0; heads >= 2 && i < n_pend; i++) {
    if (gz_findings_push(out, pend[i].a, pend[i].b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0))
      return GIZLI_E_NOMEM;
    if (n_au < GZ_CH_MAX_AUTHORS) au[n_au++] = pend[i];
  }
  if (ch_authors_again(text, len, au, n_au, out)) return GIZLI_E_NOMEM;
  if (ch46_scan(text, len, out) || ch48_scan(text, len, out) || ch51_scan(text, len, out))
    return GIZLI_E_NOMEM;
  if (ch_todo_owners(text, len, out) || ch44_exports(text, len, out)) return GIZLI_E_NOMEM;
  /* a YAML key alone on its line is a config file's, unless two chat
   * export headers ("ugur.celik  10:02") show a chat the file was pasted
   * into (batch 41) */
  if ((config && stamped < 2) || lines < 2 || n + n44 == 0) return GIZLI_OK;
  if (comments < 0) comments = ch_comments_heading(text, len);
  /* a chat: its platform or a chat word named, or two speakers' lines
   * with a chat's time stamps */
  if (!comments && !(stamped >= 2 && n + n44 + who >= 2) && !ch_platform_named(text, len) &&
      !ch44_heading(text, len))
    return GIZLI_OK;
  ch44_promote(text, len, sp, count, n);
  if (ch44_again(text, len, x44, n44, out)) return GIZLI_E_NOMEM;
  /* each token that is a speaker's name or of a user name's form */
  for (size_t p = 0; p < len;) {
    if (!(ch_lower((unsigned char)text[p]) || ch_upper((unsigned char)text[p])) ||
        !ch_token_start(text, p)) {
      p++;
      continue;
    }
    size_t e = ch_name_end(text, len, p);
    if (!e) {
      while (p < len && ch_name_byte((unsigned char)text[p])) p++;
      continue;
    }
    int hit = 0;
    /* a Discord tag or a Riot ID after the name, "bogwitch#4471",
     * "zeynep#TR1" (batch 38): four digits, or two to five capitals and
     * digits with a digit */
    if (e + 3 < len && text[e] == '#' && ch_lower((unsigned char)text[p])) {
      size_t d = e + 1;
      int digit = 0, other = 0;
      while (d < len && d - e <= 6 &&
             (ch_digit((unsigned char)text[d]) || ch_upper((unsigned char)text[d]))) {
        digit |= ch_digit((unsigned char)text[d]);
        other |= ch_upper((unsigned char)text[d]);
        d++;
      }
      if (digit && d - e - 1 >= (size_t)(other ? 2 : 4) && d - e - 1 <= (size_t)(other ? 5 : 4) &&
          ch_token_end(text, len, d) && !ch_placeholder(text, p, e) &&
          !ch_numbered_word(text, p, e)) {
        if (gz_findings_push(out, p, d, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
        p = d;
        continue;
      }
    }
    if (ch_token_end(text, len, e) && !ch_after_secret_word(text, p)) {
      for (size_t i = 0; i < n && !hit; i++)
        hit = ch_same(text, sp[i], p, e) && (marked[i] || count[i] >= 2);
      hit = hit ||
            (ch_handle_form(text, p, e) && !ch_placeholder(text, p, e) &&
             !ch_indented_key(text, len, p, e)) ||
            ch44_after_label(text, len, p, e);
    }
    if (hit && gz_findings_push(out, p, e, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
    p = e;
  }
  return GIZLI_OK;
}

const gz_recognizer gz_chat_handles_recognizer = {
    .name = "chat_handles",
    .types = 1ull << GIZLI_T_SOCIAL_HANDLE,
    /* the prepared word list as state, no scratch */
    .create = ch_create,
    .destroy = free,
    .scan = ch_scan,
};

/* ---- batch 46 ---- */

/* Is the byte sequence at s[i] a letter of an az/tr user name (ASCII, or
 * ç ö ü ğ ı ş ə and their capitals)? Returns its
 * length (0 for none); sets *up for a capital, *lo for a lower case letter. */
static size_t ch46_letter(const char *s, size_t len, size_t i, int *up, int *lo) {
  unsigned char c = (unsigned char)s[i];
  *up = ch_upper(c);
  *lo = ch_lower(c);
  if (*up || *lo) return 1;
  size_t n = gz_aztr_letter(s, len, i, up);
  *lo = n && !*up;
  return n;
}

/* How sure a context is that the token after it names a user: 1 (a
 * chat's speaker, a header) wants a user name's mark or capitalised words
 * run together; 2 (an IRC nick, a GitHub event, a leaderboard's user
 * column) takes any lower case word too. */
#define CH46_MARKED 1
#define CH46_STRONG 2

/* Is [a, b) a user name for a context of strength st: of 3-40 bytes; a
 * lower case letter and an '_', a digit or an inner '.' before a lower
 * case letter ("aynur.q", "Zəhra_xx", "ÇılgınTürk61"); capitalised words
 * run together, a capital after four lower case letters, after two
 * capitals or ending the name ("RəşadBey", "AzeriGamerTV", "LaləM",
 * "SinanY"; "McDonald" is a surname); a lower case start and a capital
 * ("xQcOW_fan"); a bot's name ("Nightbot", "Carl-bot", "Dyno"); or with
 * st CH46_STRONG a lower case word ("cdunn") or an inner '.' or '-' of
 * any case ("Aysel.Qaçır"). A role and a number ("user1") is no one's. */
static int ch46_user(const char *t, size_t a, size_t b, int st) {
  static const char *const bots[] = {"dyno",    "mee6",       "moobot",         "fossabot",
                                     "wizebot", "streamlabs", "streamelements", NULL};
  if (b - a < 3 || b - a > 40 || ch_placeholder(t, a, b)) return 0;
  int lower = 0, upper = 0, mark = 0, loose = 0, camel = 0, joined = 0, run = 0, prev_lo = 0,
      last_up = 0, digit_only = 1;
  size_t letters = 0;
  for (size_t i = a; i < b;) {
    int up, lo;
    size_t n = ch46_letter(t, b, i, &up, &lo);
    if (n) {
      letters++;
      digit_only = 0;
      lower |= lo;
      upper |= up;
      if (up && prev_lo) {
        camel++;
        joined |= run >= 4;
      }
      last_up = up;
      run = lo ? run + 1 : 0;
      prev_lo = lo;
      i += n;
      continue;
    }
    char c = t[i];
    if (c == '_' || ch_digit((unsigned char)c)) mark = 1;
    if (c == '.' || c == '-') {
      int u2, l2;
      if (i + 1 < b && ch46_letter(t, b, i + 1, &u2, &l2) && l2 && c == '.') mark = 1;
      loose = 1;
    }
    last_up = 0;
    run = 0;
    prev_lo = 0;
    i++;
  }
  /* three letters at least: "v2.1", "m10" are a version and a code */
  if (digit_only || !(lower || upper) || letters < 3) return 0;
  if (mark && lower) return 1;
  if (b - a >= 5 && strncasecmp(t + b - 3, "bot", 3) == 0 && lower) return 1;
  if (ch_word_in(t, a, b, bots)) return 1;
  int up0, lo0;
  ch46_letter(t, b, a, &up0, &lo0);
  if (camel && lo0) return 1;
  if (camel && up0 && (camel >= 2 || last_up)) return 1;
  /* one capital after four lower case letters, "BurakOyunda", "RəşadBey":
   * brands are written so too ("PowerShell", "WhatsApp", "LinkedIn"): 2,
   * a weak reading the speaker and Riot ID rules take (a speaker only when
   * it speaks twice or is @-mentioned); the other rules ask for 1 */
  if (camel && up0 && joined) return st >= CH46_STRONG ? 1 : 2;
  if (st < CH46_STRONG) return 0;
  if (loose && lower) return 1;
  return lo0 && !upper;
}

/* Does a user-name token end at e: the text's end or a byte no name has
 * (no letter, digit, '_'; a '.' or '-' only before a space or the end)? */
static int ch46_end_ok(const char *t, size_t len, size_t e) {
  if (e >= len) return 1;
  unsigned char c = (unsigned char)t[e];
  if (c >= 0x80) {
    int up, lo;
    return !ch46_letter(t, len, e, &up, &lo);
  }
  if (gz_ascii_alnum(c) || c == '_') return 0;
  if (c == '.' || c == '-')
    return e + 1 >= len || t[e + 1] == ' ' || t[e + 1] == '\n' || t[e + 1] == '\r';
  return 1;
}

/* Does a user-name token start at p: after no letter, digit, '_', '.',
 * '-' or '/'? */
static int ch46_start_ok(const char *t, size_t p) {
  if (p == 0) return 1;
  unsigned char c = (unsigned char)t[p - 1];
  if (c >= 0x80) {
    int up, lo;
    return !(p >= 2 && ch46_letter(t, p, p - 2, &up, &lo) == 2);
  }
  return !(gz_ascii_alnum(c) || c == '_' || c == '.' || c == '-' || c == '/');
}

/* The names batch 46's rules found in a text, looked for again at the
 * end (ch46_scan's last pass). */
typedef struct {
  ch_span s[GZ_CH_MAX_SPEAKERS];
  size_t n;
} ch46_names;

/* Keeps [a, b) among the names found, once. */
static void ch46_keep(ch46_names *nm, const char *t, size_t a, size_t b) {
  for (size_t i = 0; i < nm->n; i++)
    if (ch_same(t, nm->s[i], a, b)) return;
  if (nm->n < GZ_CH_MAX_SPEAKERS) nm->s[nm->n++] = (ch_span){a, b};
}

/* Keeps [a, b) and reports it as a SOCIAL_HANDLE. */
static int ch46_push(gz_findings *out, ch46_names *nm, const char *t, size_t a, size_t b) {
  ch46_keep(nm, t, a, b);
  return gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0) ? GIZLI_E_NOMEM : 0;
}

/* Does the line [p, le) start with the word w (case-insensitive)? */
static int ch46_at(const char *t, size_t p, size_t le, const char *w) {
  size_t n = strlen(w);
  return p + n <= le && strncasecmp(t + p, w, n) == 0;
}

/* An IRC log's line (batch 46): after the client's time stamp "[20:11] "
 * or "20:11 ", the speaker in angle brackets "<ilkin_q>" (an op's '@' or
 * a voice's '+' before it), or an event "* yasin_sudo has joined", "-!-
 * nick (~user@host) has quit", "*** nick is now known as". An IRC nick
 * has also "`^|[]{}\\" ("farid`"). Returns the nick's end, its start in
 * *ns, or 0. */
static size_t ch46_irc(const char *t, size_t ls, size_t le, size_t *ns) {
  size_t s = ls;
  while (s < le && (t[s] == ' ' || t[s] == '\t')) s++;
  size_t a = ch_after_stamp(t, le, ls);
  if (a == s || a >= le) return 0; /* the stamp is asked for: "<div>" lines are HTML */
  int br = t[a] == '<';
  if (br)
    a++;
  else if (ch46_at(t, a, le, "* "))
    a += 2;
  else if (ch46_at(t, a, le, "*** "))
    a += 4;
  else if (ch46_at(t, a, le, "-!- "))
    a += 4;
  else
    return 0;
  if (br && a < le && (t[a] == '@' || t[a] == '+')) a++;
  size_t b = a;
  while (b < le && b - a < 32) {
    int up, lo;
    size_t n = ch46_letter(t, le, b, &up, &lo);
    if (!n && (ch_digit((unsigned char)t[b]) || strchr("_-`^|[]{}\\", t[b]))) n = 1;
    if (!n || t[b] == '\0') break;
    b += n;
  }
  if (b - a < 2 || ch_digit((unsigned char)t[a]) || t[a] == '-') return 0;
  if (br) {
    static const char *const tags[] = {
        "div",   "span",   "br",    "td",   "tr",   "li",  "ul",    "html", "body",
        "head",  "img",    "hr",    "em",   "code", "pre", "table", "th",   "script",
        "style", "strong", "title", "meta", "link", "ol",  NULL};
    if (b + 1 >= le || t[b] != '>' || t[b + 1] != ' ') return 0;
    if (ch_word_in(t, a, b, tags)) return 0;
  } else if (!(ch46_at(t, b, le, " has ") || ch46_at(t, b, le, " (") ||
               ch46_at(t, b, le, " is now known as "))) {
    return 0;
  }
  *ns = a;
  return b;
}

/* GitHub's and GitLab's event lines (batch 46): a login, then the event,
 * "tural-ismayilov opened this issue on Feb 8", "nigar-dev commented:",
 * "burakcelik wants to merge 3 commits", "Review — zeynep-aslan
 * requested changes": the login starts the line or follows a dash. A
 * capitalised word alone is left to the names ("Leyla commented"). */
static size_t ch46_git_event(const char *t, size_t ls, size_t le, size_t *ns) {
  static const char *const ev[] = {
      " opened this ",           " opened pull request", " commented",
      " wants to merge ",        " requested changes",   " requested a review",
      " approved these changes", " merged commit ",      " closed this ",
      " reopened this ",         " mentioned this ",     NULL};
  size_t a = ls;
  while (a < le && (t[a] == ' ' || t[a] == '\t')) a++;
  /* "Review — name", "Comment - name" */
  const char *d = memchr(t + a, '\xE2', le - a < 24 ? le - a : 24);
  if (d && (size_t)(d - t) + 4 < le && memcmp(d, "\xE2\x80\x94 ", 4) == 0) a = (size_t)(d - t) + 4;
  size_t b = ch_uname_end(t, le, a);
  if (b == a || b >= le || t[b] != ' ') return 0;
  int hit = 0;
  for (int k = 0; ev[k] && !hit; k++) hit = ch46_at(t, b, le, ev[k]);
  static const char *const stop[] = {"someone", "somebody", "everyone", "anyone", "nobody", "who",
                                     "she",     "they",     "which",    "that",   "this",   "and",
                                     "also",    "then",     "user",     "author", NULL};
  if (ch_word_in(t, a, b, stop)) return 0;
  if (!hit || !ch46_user(t, a, b, CH46_STRONG)) return 0;
  *ns = a;
  return b;
}

/* Is [p, le) a post's age or time after its author's name: " · 10:44",
 * " · 3h", " · 1,204 rep", " (Satıcı) · 8 Şub 2024", " 4 hours ago", " 2
 * saat önce", " 45 dk önce" (batch 46)? A digit must come within the
 * first bytes after the dot. */
static int ch46_age_tail(const char *t, size_t p, size_t le) {
  size_t k = p;
  if (k + 3 < le && t[k] == ' ' && t[k + 1] == '(') { /* a role in brackets */
    const char *c = memchr(t + k, ')', le - k < 24 ? le - k : 24);
    if (!c) return 0;
    k = (size_t)(c - t) + 1;
  }
  if (k + 4 < le && memcmp(t + k, " \xC2\xB7 ", 4) == 0) {
    k += 4;
    size_t z = k + 12 < le ? k + 12 : le;
    for (size_t i = k; i < z; i++)
      if (ch_digit((unsigned char)t[i])) return 1;
    return 0;
  }
  if (k + 2 >= le || t[k] != ' ' || !ch_digit((unsigned char)t[k + 1])) return 0;
  k++;
  while (k < le && ch_digit((unsigned char)t[k])) k++;
  static const char *const units[] = {" hours ago",
                                      " hour ago",
                                      " minutes ago",
                                      " days ago",
                                      " day ago",
                                      " saat \xC3\xB6nce",
                                      " dk \xC3\xB6nce",
                                      " dakika \xC3\xB6nce",
                                      " g\xC3\xBCn \xC3\xB6nce",
                                      " saat \xC9\x99vv\xC9\x99l",
                                      " d\xC9\x99q \xC9\x99vv\xC9\x99l",
                                      NULL};
  for (int i = 0; units[i]; i++)
    if (ch46_at(t, k, le, units[i])) return 2;
  return 0;
}

/* A label before a user name in brackets, the quoted or the asking user
 * (batch 46): "Sitat (qarabaglı_1987 @ 03 Mar 2024)", "Şərh (Vusal_M):",
 * "Alıcı (mustafa_k_1979):", "Soru (gizem_z):". Returns the name's end,
 * its start in *ns, or 0. */
static size_t ch46_label_bracket(const char *t, size_t ls, size_t le, size_t *ns) {
  static const char *const labels[] = {"sitat (",
                                       "\xC5\x9F\xC9\x99rh (",
                                       "\xC5\x9E\xC9\x99rh (",
                                       "al\xC4\xB1nt\xC4\xB1 (",
                                       "Al\xC4\xB1nt\xC4\xB1 (",
                                       "al\xC4\xB1\x63\xC4\xB1 (",
                                       "Al\xC4\xB1\x63\xC4\xB1 (",
                                       "sat\xC4\xB1\x63\xC4\xB1 (",
                                       "Sat\xC4\xB1\x63\xC4\xB1 (",
                                       "soru (",
                                       "cevap (",
                                       "sual (",
                                       "cavab (",
                                       "quote (",
                                       "comment (",
                                       "yorum (",
                                       NULL};
  size_t p = ls;
  while (p < le && (t[p] == ' ' || t[p] == '\t')) p++;
  size_t a = 0;
  for (int k = 0; labels[k] && !a; k++)
    if (ch46_at(t, p, le, labels[k])) a = p + strlen(labels[k]);
  if (!a) return 0;
  size_t b = ch_uname_end(t, le, a);
  if (b == a || b >= le || !(t[b] == ')' || ch46_at(t, b, le, " @ ") || t[b] == ',')) return 0;
  if (ch46_user(t, a, b, CH46_MARKED) != 1 || !ch_user_name_marks(t, a, b, 0)) return 0;
  *ns = a;
  return b;
}

/* A label before a user name ending its line or its clause (batch 46):
 * an eBay message's "From: watchguy_leeds", Etsy's "Conversation with
 * HollowOakCeramics", a report's "Reported user: jake.on.hinge", a
 * forum's quote head "Oğuz_Tekno yazdı:" ("Vüqar.M cavab yazdı:", an
 * inner '.' of any case, batch 48), a Jira mention "[~kerem.aslan]".
 * Returns the name's end, its start in *ns, or 0. */
static size_t ch46_label_line(const char *t, size_t ls, size_t le, size_t *ns) {
  static const char *const verbs[] = {" cavab yazd\xC4\xB1:", /* batch 48 */
                                      " cevap yazd\xC4\xB1:",
                                      " replied:",
                                      " yazd\xC4\xB1:",
                                      " yaz\xC4\xB1r:",
                                      " yaz\xC4\xB1"
                                      "b:",
                                      " wrote:",
                                      " dedi:",
                                      NULL};
  size_t p = ls;
  while (p < le && (t[p] == ' ' || t[p] == '\t')) p++;
  size_t a = 0;
  int st = CH46_MARKED, tail = 0;
  if (ch46_at(t, p, le, "from: "))
    a = p + 6, tail = 1;
  else if (ch46_at(t, p, le, "reported user: "))
    a = p + 15;
  else if (ch46_at(t, p, le, "conversation with "))
    a = p + 18, tail = 1;
  if (a) {
    size_t b = ch_uname_end(t, le, a);
    if (b == a || ch46_user(t, a, b, st) != 1) return 0;
    size_t z = b;
    while (z < le && (t[z] == ' ' || t[z] == '\r')) z++;
    if (tail ? z != le : !(z == le || t[b] == ' ' || t[b] == ',')) return 0;
    if (!ch46_end_ok(t, le, b)) return 0;
    *ns = a;
    return b;
  }
  size_t b = ch_uname_end(t, le, p);
  if (b == p || b >= le || t[b] != ' ') return 0;
  size_t z = le;
  while (z > b && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  for (int k = 0; verbs[k]; k++)
    if (strlen(verbs[k]) == z - b && memcmp(t + b, verbs[k], z - b) == 0 &&
        (ch46_user(t, p, b, CH46_MARKED) == 1 ||
         (ch46_user(t, p, b, CH46_STRONG) == 1 &&
          (memchr(t + p, '.', b - p) || memchr(t + p, '-', b - p))))) {
      *ns = p;
      return b;
    }
  return 0;
}

/* Does the text's first line (its title) name a chat, a stream or a
 * comment thread the platform list does not hold: "Kick canlı yayım",
 * "YouTube canlı yayım çatı", "Steam Community — Trade discussion",
 * "Instagram şərhləri" (batch 46)? */
static int ch46_title_chat(const char *t, size_t len) {
  static const char *const w[] = {"kick",
                                  "youtube",
                                  "steam",
                                  "signal",
                                  "instagram",
                                  "irc",
                                  "stream",
                                  "yay\xC4\xB1n",
                                  "yay\xC4\xB1m",
                                  "\xC3\xA7\x61t\xC4\xB1",
                                  "letgo",
                                  "trade",
                                  "comments",
                                  "yorumlar",
                                  "\xC5\x9F\xC9\x99rhl\xC9\x99r",
                                  "sual-cavab",
                                  "soru-cevap",
                                  "q&a",
                                  NULL};
  size_t e = len < 400 ? len : 400; /* the title and the lines after it */
  for (size_t i = 0; i < e; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) c |= 32;
    for (int k = 0; w[k]; k++)
      if (c == (unsigned char)w[k][0] && ch46_at(t, i, e, w[k])) return 1;
  }
  return 0;
}

/* Is the name [a, b) mentioned with an '@' elsewhere in the text
 * ("@VüsalBəy")? */
static int ch46_at_mentioned(const char *t, size_t len, size_t a, size_t b) {
  for (size_t p = 0; p + (b - a) <= len;) {
    const char *q = memmem(t + p, len - p, t + a, b - a);
    if (!q) return 0;
    size_t s = (size_t)(q - t);
    if (s > 0 && t[s - 1] == '@' && ch46_end_ok(t, len, s + (b - a))) return 1;
    p = s + 1;
  }
  return 0;
}

/* Does the text's title name a comment thread, "Instagram şərhləri",
 * "Comments — local news", "Yorumlar", a TikTok's (batch 46)? */
static int ch46_comment_title(const char *t, size_t len) {
  static const char *const w[] = {
      "instagram", "tiktok", "comments", "yorumlar", "\xC5\x9F\xC9\x99rhl\xC9\x99r", NULL};
  const char *nl = memchr(t, '\n', len < 200 ? len : 200);
  size_t e = nl ? (size_t)(nl - t) : (len < 200 ? len : 200);
  for (size_t i = 0; i < e; i++)
    for (int k = 0; w[k]; k++)
      if (((unsigned char)t[i] < 0x80 ? t[i] | 32 : t[i]) == w[k][0] && ch46_at(t, i, e, w[k]))
        return 1;
  return 0;
}

/* Skips an emoji (a 3- or 4-byte sequence of no letter: "🌸", "❄️") and
 * the spaces around it at k; returns where they end. */
static size_t ch46_skip_emoji(const char *t, size_t le, size_t k) {
  for (;;) {
    size_t j = k;
    while (j < le && t[j] == ' ') j++;
    unsigned char c = j < le ? (unsigned char)t[j] : 0;
    if (c == 0xF0 && j + 4 <= le)
      j += 4;
    else if ((c == 0xE2 || c == 0xE3) && j + 3 <= le && (unsigned char)t[j + 1] != 0x80)
      j += 3;
    else if (c == 0xEF && j + 3 <= le && (unsigned char)t[j + 1] == 0xB8)
      j += 3; /* a variation selector */
    else
      return k;
    k = j;
  }
}

/* Is the line [ls, le) empty (spaces only)? */
static int ch46_blank(const char *t, size_t ls, size_t le) {
  while (ls < le && (t[ls] == ' ' || t[ls] == '\t' || t[ls] == '\r')) ls++;
  return ls == le;
}

/* Is the line [s, e) a table's row or rule: " | " or "-+-" in it (a
 * signature's "-----" above it is no table)? */
static int ch46_rowish(const char *t, size_t s, size_t e) {
  return memmem(t + s, e - s, " | ", 3) || memmem(t + s, e - s, "-+-", 3);
}

/* The line before the one starting at ls, blank lines skipped: whether it
 * holds " | " (a table's row). */
static int ch46_piped_near(const char *t, size_t len, size_t ls, size_t le) {
  size_t e = ls; /* the line before */
  while (e > 0) {
    size_t s = e - 1;
    while (s > 0 && t[s - 1] != '\n') s--;
    if (!ch46_blank(t, s, e - 1)) return ch46_rowish(t, s, e - 1);
    e = s;
  }
  size_t s = le + 1; /* the line after */
  while (s < len) {
    const char *nl = memchr(t + s, '\n', len - s);
    size_t z = nl ? (size_t)(nl - t) : len;
    if (!ch46_blank(t, s, z)) return ch46_rowish(t, s, z);
    s = z + 1;
  }
  return 0;
}

/* The character column of byte p on its line starting at ls (UTF-8 lead
 * bytes counted once). */
static size_t ch46_col(const char *t, size_t ls, size_t p) {
  size_t c = 0;
  for (size_t i = ls; i < p; i++) c += ((unsigned char)t[i] & 0xC0) != 0x80;
  return c;
}

static int ch48_cell(const char *t, size_t a, size_t b); /* batch 48 */

/* Does the cell text [a, b) (trimmed) name a leaderboard's or a moderation
 * log's user column? *rank is set for a rank column, *mod for a
 * moderator's. 2 for a game roster's column of nicks, characters and
 * gaming or chat accounts ("Nick", "Character", "BattleTag", "Discord";
 * batch 48), whose cells are any one word (ch48_cell). */
static int ch46_user_head(const char *t, size_t a, size_t b, int *rank, int *mod) {
  static const char *const users[] = {"istifad\xC9\x99\xC3\xA7i",
                                      "kullan\xC4\xB1\x63\xC4\xB1",
                                      "\xC4\xB0stifad\xC9\x99\xC3\xA7i",
                                      "user",
                                      "oyuncu",
                                      "player",
                                      "moderator",
                                      "moderat\xC3\xB6r",
                                      "gamer",
                                      "nick",
                                      "character",
                                      "karakter",
                                      "battletag",
                                      "discord",
                                      "steam",
                                      "gamertag",
                                      "ign",
                                      NULL};
  static const char *const ranks[] = {"yer", "s\xC4\xB1ra", "rank", "#", "pos", "place", NULL};
  while (a < b && t[a] == ' ') a++;
  while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\r')) b--;
  for (int k = 0; ranks[k]; k++)
    if (strlen(ranks[k]) == b - a && strncasecmp(t + a, ranks[k], b - a) == 0) *rank = 1;
  for (int k = 0; users[k]; k++) {
    size_t n = strlen(users[k]);
    if (n <= b - a && strncasecmp(t + a, users[k], n) == 0 &&
        (n == b - a || t[a + n] == ' ' || t[a + n] == '(')) {
      if (k >= 6 && k <= 7) *mod = 1;
      /* a "Nick" column is a game's roster, as a rank's is ("Nick | ID |
       * Real ad", batch 51): a staff table says "user" */
      if (k == 9) *rank = 1;
      return k >= 9 ? 2 : 1;
    }
  }
  return 0;
}

/* A leaderboard's or a moderation log's table (batch 46), its header
 * naming a rank or a moderator column and a user column ("Yer | İstifadəçi
 * | Məsafə", "Sıra  Oyuncu (PSN/Xbox)  G  B", "Rank  Score  Stars  User",
 * "| Tarix | Moderator | İstifadəçi |"): the cells of the user columns in
 * the rows below, up to a blank line, by the header's '|' or by the
 * character column of a table aligned with spaces. Each cell is one user
 * name (ch46_user, CH46_STRONG: a player's name is any word); "Fatima
 * Zahra Benali" of two words is left to the names. Returns where the
 * table ends (the next line to read) or 0 when [ls, le) is no header. */
static size_t ch46_table(const char *t, size_t len, size_t ls, size_t le, gz_findings *out,
                         ch46_names *nm, int *err) {
  size_t cols[8], ncol = 0, idx = 0;
  int loose[8], rank = 0, mod = 0, piped = memchr(t + ls, '|', le - ls) != NULL;
  if (le - ls > 240) return 0;
  if (piped) {
    size_t c = ls;
    while (c < le && t[c] == ' ') c++;
    if (c < le && t[c] == '|') c++;
    for (;;) {
      const char *q = memchr(t + c, '|', le - c);
      size_t z = q ? (size_t)(q - t) : le;
      int h = ch46_user_head(t, c, z, &rank, &mod);
      if (h && ncol < 8) loose[ncol] = h == 2, cols[ncol++] = idx;
      idx++;
      if (!q) break;
      c = z + 1;
    }
  } else {
    size_t c = ls;
    while (c < le) {
      size_t z = c;
      while (z < le && !(t[z] == ' ' && z + 1 < le && t[z + 1] == ' ')) z++;
      int h = z > c ? ch46_user_head(t, c, z, &rank, &mod) : 0;
      if (h && ncol < 8) loose[ncol] = h == 2, cols[ncol++] = ch46_col(t, ls, c);
      while (z < le && t[z] == ' ') z++;
      c = z;
    }
  }
  /* a roster: two columns of accounts without a rank (batch 48) */
  if (!ncol || !(rank || mod || ncol >= 2)) return 0;
  size_t p = le + 1;
  while (p < len) {
    const char *nl = memchr(t + p, '\n', len - p);
    size_t e = nl ? (size_t)(nl - t) : len;
    if (ch46_blank(t, p, e)) break;
    for (size_t k = 0; k < ncol; k++) {
      size_t a = 0, z = 0;
      if (piped) {
        size_t c = p, i = 0;
        while (c < e && t[c] == ' ') c++;
        if (c < e && t[c] == '|') c++;
        while (i < cols[k]) {
          const char *q = memchr(t + c, '|', e - c);
          if (!q) break;
          c = (size_t)(q - t) + 1;
          i++;
        }
        if (i < cols[k]) continue;
        const char *q = memchr(t + c, '|', e - c);
        z = q ? (size_t)(q - t) : e;
        while (c < z && t[c] == ' ') c++;
        while (z > c && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
        a = c;
        if (loose[k] && ch48_cell(t, a, z)) {
          if (ch46_push(out, nm, t, a, z)) {
            *err = 1;
            return 0;
          }
          continue;
        }
        if (ch_uname_end(t, z, a) != z) continue;
      } else {
        size_t c = p, col = 0;
        while (c < e && col < cols[k]) col += ((unsigned char)t[c++] & 0xC0) != 0x80;
        while (c < e && ((unsigned char)t[c] & 0xC0) == 0x80) c++;
        if (c >= e || t[c] == ' ' || c == p || t[c - 1] != ' ') continue;
        a = c;
        z = ch_uname_end(t, e, a);
        size_t w = a;
        while (loose[k] && w < e && t[w] != ' ' && t[w] != '\r') w++;
        if (loose[k] && ch48_cell(t, a, w)) z = w;
        if (!(z == e || t[z] == ' ' || t[z] == '\r')) continue;
      }
      if (z > a && (ch46_user(t, a, z, CH46_STRONG) || (loose[k] && ch48_cell(t, a, z))) &&
          ch46_push(out, nm, t, a, z)) {
        *err = 1;
        return 0;
      }
    }
    p = e + 1;
  }
  return p;
}

/* Is [a, b) a field name or (with dom) a web address or a file's name
 * rather than a user's name:
 * "musteri_no", "customer_id", "sender_name", "github_token", "e-gov.az",
 * "tap.az" (batch 46)? */
static int ch46_field_like(const char *t, size_t a, size_t b, int dom) {
  static const char *const tails[] = {
      "_no",   "_id",     "_name", "_token", "_key", "_user",    "_url",   "_host",
      "_port", "_code",   "_type", "_date",  "_num", "_timeout", "_email", "_phone",
      "_pass", "_secret", ".az",   ".com",   ".tr",  ".net",     ".org",   ".ru",
      ".send", ".uk",     ".io",   ".gov",   ".csv", ".txt",     ".log",   ".json",
      ".pdf",  ".xlsx",   ".zip",  ".sql",   NULL};
  for (int k = 0; tails[k]; k++) {
    size_t n = strlen(tails[k]);
    if ((dom || tails[k][0] == '_') && b - a > n && strncasecmp(t + b - n, tails[k], n) == 0)
      return 1;
  }
  return 0;
}

/* ch46_field_like with the web addresses and files */
static int ch46_key_like(const char *t, size_t a, size_t b) {
  return ch46_field_like(t, a, b, 1);
}

/* A speaker's "name: message" or Steam's "[TTV] Kr4ken : message" after
 * a chat's time stamp and a bot's emoji ("[22:44] 🤖 ModBot: ..."), the
 * name of az/tr letters (batch 46). Returns the name's end, its start in
 * *ns, or 0. */
static size_t ch46_speaker(const char *t, size_t ls, size_t le, size_t *ns) {
  size_t a = ch_after_stamp(t, le, ls);
  a = ch46_skip_emoji(t, le, a);
  while (a < le && t[a] == ' ') a++;
  /* a marketplace's question line, "— aynur.q: salam" */
  if (ch46_at(t, a, le, "\xE2\x80\x94 ") || ch46_at(t, a, le, "\xE2\x80\x93 ")) a += 4;
  size_t s = a;
  if (a < le && t[a] == '[') { /* a clan tag, "[TTV] " */
    const char *q = memchr(t + a, ']', le - a < 8 ? le - a : 8);
    if (!q || (size_t)(q - t) + 2 >= le || q[1] != ' ') return 0;
    a = (size_t)(q - t) + 2;
  }
  size_t b = ch_uname_end(t, le, a);
  if (b == a) return 0;
  size_t c = b;
  if (c + 1 < le && t[c] == ' ' && t[c + 1] == ':') c++;
  if (c + 2 >= le || t[c] != ':' || t[c + 1] != ' ' || t[c + 2] == ' ') return 0;
  /* a message of words: "musteri_no: 12345", "smtp_user: x@y.az" are a
   * record's or a config file's keys */
  if (!memchr(t + c + 2, ' ', le - c - 2)) return 0;
  if (!ch46_user(t, a, b, CH46_MARKED) || ch46_key_like(t, a, b)) return 0;
  *ns = s;
  return b;
}

/* A Telegram export's header "BTC_Mehmet, [11.03.2024 02:14]" (an emoji
 * may follow the name: "aysel_m🌸, [21.01.2024 19:02]") or a Discord
 * header in bold or with an emoji, "**voltaic_kai** — Today at 4:41 PM",
 * "selin.moon 🌙 — Bugün 21:05" (batch 46). Returns the name's end, its
 * start in *ns, or 0. */
static size_t ch46_header(const char *t, size_t ls, size_t le, size_t *ns) {
  size_t a = ls;
  while (a < le && (t[a] == ' ' || t[a] == '\t')) a++;
  int bold = ch46_at(t, a, le, "**");
  a += bold ? 2 : 0;
  size_t b = ch_uname_end(t, le, a);
  if (b == a) return 0;
  size_t k = b;
  if (bold) {
    if (!ch46_at(t, k, le, "**")) return 0;
    k += 2;
  }
  k = ch46_skip_emoji(t, le, k);
  int hit = 0;
  if (k + 4 < le && t[k] == ',' && t[k + 1] == ' ' && t[k + 2] == '[' &&
      ch_digit((unsigned char)t[k + 3])) {
    size_t z = le;
    while (z > k && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
    hit = t[z - 1] == ']';
  } else if (k < le && t[k] != ' ' && k > b) {
    hit = 0;
  } else {
    if (k > b && t[k - 1] == ' ') k--;
    hit = ch_dash_stamp(t, k, le);
  }
  if (!hit || ch46_user(t, a, b, CH46_MARKED) != 1 || ch46_key_like(t, a, b)) return 0;
  *ns = a;
  return b;
}

/* A moderation bot's log line, "2024-03-04T22:16:40Z [Warn] Kənan.777 →
 * 1/3", "[Ban] troll_sultan banlandı" (batch 46): a time stamp, an action
 * in brackets, then the user. Returns the name's end, its start in *ns, or
 * 0. */
static size_t ch46_mod_action(const char *t, size_t ls, size_t le, size_t *ns) {
  if (ls + 24 > le || !ch_digit((unsigned char)t[ls])) return 0;
  const char *q = memchr(t + ls, '[', le - ls < 32 ? le - ls : 32);
  if (!q) return 0;
  size_t o = (size_t)(q - t);
  if (o == ls || o + 1 >= le || t[o - 1] != ' ' || !ch_upper((unsigned char)t[o + 1])) return 0;
  static const char *const acts[] = {"automod", "warn",   "ban",  "unban", "kick",
                                     "mute",    "unmute", "join", "leave", "timeout",
                                     "quit",    "delete", NULL};
  size_t c = o + 1;
  while (c < le && c - o < 12 && gz_ascii_alnum((unsigned char)t[c])) c++;
  if (c + 2 >= le || t[c] != ']' || t[c + 1] != ' ') return 0;
  int act = 0;
  for (int k = 0; acts[k] && !act; k++)
    act = strlen(acts[k]) == c - o - 1 && strncasecmp(t + o + 1, acts[k], c - o - 1) == 0;
  if (!act) return 0;
  size_t a = c + 2, b = ch_uname_end(t, le, a);
  if (b == a || b >= le || t[b] != ' ' || ch46_user(t, a, b, CH46_MARKED) != 1) return 0;
  *ns = a;
  return b;
}

/* An Ekşi Sözlük entry's signature in brackets, "(kırmızı pabuçlu adam,
 * 12.02.2024 23:41 ~ 23:45)" (batch 46): lower case words and numbers with
 * single spaces, a comma and the date; only in a text naming a sözlük (the
 * caller checks). */
static size_t ch46_sozluk_paren(const char *t, size_t ls, size_t le, size_t *ns) {
  if (ls + 16 > le || t[ls] != '(') return 0;
  size_t a = ls + 1, i = a, n;
  while (i < le) {
    n = ch_tr_lower(t, i, le);
    if (!n && (ch_digit((unsigned char)t[i]) || t[i] == '_')) n = 1;
    if (!n) break;
    i += n;
    if (i + 1 < le && t[i] == ' ' &&
        (ch_tr_lower(t, i + 1, le) || ch_digit((unsigned char)t[i + 1])))
      i++;
  }
  int y, m, d;
  if (i - a < 3 || i - a > 40 || i + 12 > le || t[i] != ',' || t[i + 1] != ' ' ||
      !gz_date10(t + i + 2, "", ".", &y, &m, &d))
    return 0;
  *ns = a;
  return i;
}

/* The user names of batch 46's community text (IRC logs, GitHub events,
 * stream chats, Telegram and Discord headers, leaderboards, moderation
 * logs, forum signatures and quote heads, marketplace messages), then
 * every other mention of a name so found, "@RəşadBey" with its '@'.
 * GIZLI_E_NOMEM or 0. */
static int ch46_again(const char *t, size_t len, const ch46_names *nm, gz_findings *out);
static int ch46_scan(const char *t, size_t len, gz_findings *out) {
  ch46_names nm = {.n = 0};
  ch_span cand[GZ_CH_MAX_SPEAKERS], lone[GZ_CH_MAX_SPEAKERS];
  ch_span com[GZ_CH_MAX_SPEAKERS];
  size_t n_cand = 0, n_lone = 0, n_com = 0, speakers = 0;
  int sozluk = -1, err = 0, title = -1;
  for (size_t p = 0; p < len;) {
    const char *nl = memchr(t + p, '\n', len - p);
    size_t le = nl ? (size_t)(nl - t) : len, s = p;
    while (s < le && (t[s] == ' ' || t[s] == '\t')) s++;
    if (s == le) {
      p = le + 1;
      continue;
    }
    unsigned char c0 = (unsigned char)t[s];
    size_t a = 0, b = 0;
    /* a line of prose, a paragraph or a document on one line: only a
     * speaker's message is that long (the other forms are short lines) */
    if (le - s > 600) {
      if ((b = ch46_speaker(t, p, le, &a)) != 0) {
        speakers++;
        if (n_cand < GZ_CH_MAX_SPEAKERS) cand[n_cand++] = (ch_span){a, b};
      }
      p = le + 1;
      continue;
    }
    if (c0 == '|' || c0 == 'Y' || c0 == 'S' || c0 == 'R' || c0 == '#' || c0 == 'P' || c0 == 'N') {
      size_t nx = ch46_table(t, len, p, le, out, &nm, &err);
      if (err) return GIZLI_E_NOMEM;
      if (nx) {
        p = nx;
        continue;
      }
    }
    /* a Jira comment's mention, "[~kerem.aslan] token'ı ..." */
    if (c0 == '[' && s + 2 < le && t[s + 1] == '~') {
      a = s + 2;
      b = ch_uname_end(t, le, a);
      if (b > a && b < le && t[b] == ']' && ch46_user(t, a, b, CH46_STRONG) &&
          ch46_push(out, &nm, t, a, b))
        return GIZLI_E_NOMEM;
    }
    if ((b = ch46_irc(t, p, le, &a)) != 0) {
      ch46_keep(&nm, t, a, b);
      if (gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
      p = le + 1;
      continue;
    }
    if (c0 == '(' && (b = ch46_sozluk_paren(t, p, le, &a)) != 0) {
      if (sozluk < 0)
        sozluk = memmem(t, len, "S\xC3\xB6zl\xC3\xBCk", 8) ||
                 memmem(t, len, "s\xC3\xB6zl\xC3\xBCk", 8) || memmem(t, len, "ozluk", 5);
      /* 0.9: the signature's form outweighs a first name the names read in it */
      if (sozluk) ch46_keep(&nm, t, a, b);
      if (sozluk && gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.9f, 0))
        return GIZLI_E_NOMEM;
      p = le + 1;
      continue;
    }
    if ((b = ch46_git_event(t, p, le, &a)) != 0 || (b = ch46_label_bracket(t, p, le, &a)) != 0 ||
        (b = ch46_label_line(t, p, le, &a)) != 0 || (b = ch46_header(t, p, le, &a)) != 0 ||
        (b = ch46_mod_action(t, p, le, &a)) != 0) {
      if (ch46_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      p = le + 1;
      continue;
    }
    /* a post's author then its age: "ugur_bisiklet · 10:44", "maplewood_mom
     * · 3h", "throwawayfin 4 hours ago", "dmitri.k · 1,204 rep" */
    /* (a header's place makes a name of one hump a user's: "BertieBassett
     * · 14/10/2024 21:10") */
    b = ch_uname_end(t, le, s);
    size_t bn = b; /* the name without "SinanY."'s dot */
    if (b > s && b < le && t[b] == '.' && ch46_age_tail(t, b + 1, le)) b++;
    if (b > s && ch46_end_ok(t, le, b) && ch46_age_tail(t, b, le)) {
      int plain = 1;
      for (size_t i = s; i < b; i++) plain &= ch_lower((unsigned char)t[i]);
      if ((ch46_user(t, s, bn, CH46_MARKED) ||
           (plain && b - s >= 7 && ch46_age_tail(t, b, le) == 2)) &&
          !ch46_key_like(t, s, b) && ch46_push(out, &nm, t, s, b))
        return GIZLI_E_NOMEM;
      p = le + 1;
      continue;
    }
    /* a Telegram JSON export's message, ' {"id": 48212, ..., "from":
     * "ayxan_dev", "from_id": "user6008412397"' */
    if (c0 == '{' && le - s < 600) {
      const char *q = memmem(t + s, le - s, "\"from\": \"", 9);
      size_t x = q ? (size_t)(q - t) + 9 : 0, y = x ? ch_uname_end(t, le, x) : 0;
      if (y > x && y < le && t[y] == '"' && memmem(t + y, le - y, "\"from_id\"", 9) &&
          ch46_user(t, x, y, CH46_MARKED) == 1 && ch46_push(out, &nm, t, x, y))
        return GIZLI_E_NOMEM;
    }
    const char *dot = le - s < 300 ? memmem(t + s, le - s, " \xC2\xB7 ", 4) : NULL;
    while (dot) {
      size_t x = (size_t)(dot - t) + 4, y = ch_uname_end(t, le, x);
      if (y > x && ch46_age_tail(t, y, le) && ch46_user(t, x, y, CH46_MARKED) == 1 &&
          !ch46_key_like(t, x, y) && ch46_push(out, &nm, t, x, y))
        return GIZLI_E_NOMEM;
      dot = memmem(t + x, le - x, " \xC2\xB7 ", 4);
    }
    /* a forum post's signature line, "gökhan.k34 | Kayıt: 2011 | Mesaj:
     * 3.812", not a table's row */
    if (b > s && ch46_at(t, b, le, " | ") && ch46_user(t, s, b, CH46_MARKED) == 1 &&
        !ch46_key_like(t, s, b) && !ch46_piped_near(t, len, p, le)) {
      if (ch46_push(out, &nm, t, s, b)) return GIZLI_E_NOMEM;
      p = le + 1;
      continue;
    }
    /* a speaker's line, kept until the text shows a chat */
    if ((b = ch46_speaker(t, p, le, &a)) != 0) {
      speakers++;
      if (n_cand < GZ_CH_MAX_SPEAKERS) cand[n_cand++] = (ch_span){a, b};
      p = le + 1;
      continue;
    }
    /* an answer signed at its end, "... sent you 😊 — CindyLovesDIY" */
    size_t z = le;
    while (z > s && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
    size_t w = z;
    while (w > s && t[w - 1] != ' ') w--;
    if (w >= s + 5 && z - w >= 4 && memcmp(t + w - 5, " \xE2\x80\x94 ", 5) == 0 &&
        ch_uname_end(t, z, w) == z && ch46_user(t, w, z, CH46_MARKED) == 1 &&
        !ch46_key_like(t, w, z)) {
      if (ch46_push(out, &nm, t, w, z)) return GIZLI_E_NOMEM;
      p = le + 1;
      continue;
    }
    /* a name alone on its line (a DM's sender), or starting a comment */
    b = ch_uname_end(t, le, s);
    if (b > s && ch46_user(t, s, b, CH46_MARKED) == 1) {
      size_t z = ch46_skip_emoji(t, le, b);
      while (z < le && (t[z] == ' ' || t[z] == '\r')) z++;
      unsigned char nx = b + 1 < le ? (unsigned char)t[b + 1] : 0;
      if (z == le && n_lone < GZ_CH_MAX_SPEAKERS)
        lone[n_lone++] = (ch_span){s, b};
      else if (b < le && t[b] == ' ' &&
               (nx >= 0x80 || nx == '@' || ch_lower(nx) || ch_upper(nx) || ch_digit(nx)) &&
               !ch46_field_like(t, s, b, 0) && n_com < GZ_CH_MAX_SPEAKERS)
        com[n_com++] = (ch_span){s, b};
    }
    p = le + 1;
  }
  /* the stream's channel in the title, "Kick yayını — BurakOyunda |" */
  if (speakers >= 2 || n_com >= 2 || n_lone >= 2 || nm.n >= 2) {
    title = ch46_title_chat(t, len);
    int chat = title || ch_platform_named(t, len);
    if (!chat) n_cand = n_lone = 0;
    for (size_t i = 0; i < n_cand && speakers >= 2; i++) {
      size_t a = cand[i].a, twice = 0;
      if (t[a] == '[') a = (size_t)((const char *)memchr(t + a, ']', cand[i].b - a) - t) + 2;
      if (ch46_user(t, a, cand[i].b, CH46_MARKED) == 2)
        for (size_t j = 0; j < n_cand; j++) twice += ch_same(t, cand[i], cand[j].a, cand[j].b);
      if (twice == 1 && !ch46_at_mentioned(t, len, a, cand[i].b)) continue;
      if (ch46_push(out, &nm, t, cand[i].a, cand[i].b)) return GIZLI_E_NOMEM;
    }
    for (size_t i = 0; i < n_lone; i++) {
      size_t twice = 0;
      for (size_t j = 0; j < n_lone; j++) twice += ch_same(t, lone[i], lone[j].a, lone[j].b);
      if (twice >= 2 && ch46_push(out, &nm, t, lone[i].a, lone[i].b)) return GIZLI_E_NOMEM;
    }
    /* a comment thread's lines, "nazrin_style qiymət? 😍", under a title
     * naming comments */
    for (size_t i = 0; n_com >= 2 && i < n_com && ch46_comment_title(t, len); i++)
      if (ch46_push(out, &nm, t, com[i].a, com[i].b)) return GIZLI_E_NOMEM;
    const char *nl = memchr(t, '\n', len < 200 ? len : 200);
    size_t e = nl ? (size_t)(nl - t) : (len < 200 ? len : 200);
    const char *d = chat ? memmem(t, e, " \xE2\x80\x94 ", 5) : NULL;
    if (d) { /* the channel's name: then the line's end, " |", " kanalında", " watch" */
      size_t x = (size_t)(d - t) + 5, y = ch_uname_end(t, e, x);
      if (y > x && ch46_user(t, x, y, CH46_MARKED) == 1 && ch46_end_ok(t, e, y) &&
          !ch46_key_like(t, x, y) && /* "profili — evtap.az" (batch 48) */
          (y == e || ch46_at(t, y, e, " |") || ch46_at(t, y, e, " kanal") ||
           ch46_at(t, y, e, " watch") || ch46_at(t, y, e, " stream")) &&
          ch46_push(out, &nm, t, x, y))
        return GIZLI_E_NOMEM;
    }
    /* a Riot ID, "KeremJett#TR1": a speaker's form and a tag of capitals
     * and digits with a digit */
    for (const char *q = memchr(t, '#', len); chat && q;
         q = memchr(q + 1, '#', len - (size_t)(q + 1 - t))) {
      size_t h = (size_t)(q - t), x = h, y = h + 1;
      while (x > 0 && (gz_ascii_alnum((unsigned char)t[x - 1]) || t[x - 1] == '_')) x--;
      int dg = 0;
      while (y < len && y - h <= 6 &&
             (ch_digit((unsigned char)t[y]) || ch_upper((unsigned char)t[y])))
        dg |= ch_digit((unsigned char)t[y++]);
      if (x < h && dg && y - h >= 3 && ch_upper((unsigned char)t[x]) && ch46_start_ok(t, x) &&
          ch46_end_ok(t, len, y) && ch46_user(t, x, h, CH46_MARKED) &&
          gz_findings_push(out, x, y, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0))
        return GIZLI_E_NOMEM;
    }
  }
  return ch46_again(t, len, &nm, out);
}

/* The other mentions of the names nm holds, "@RəşadBey" with its '@'
 * (ch46_scan's and ch48_scan's last pass). GIZLI_E_NOMEM or 0. */
static int ch46_again(const char *t, size_t len, const ch46_names *nm, gz_findings *out) {
  for (size_t i = 0; i < nm->n; i++) {
    size_t m = nm->s[i].b - nm->s[i].a;
    if (m < 4) continue;
    for (size_t p = 0; p + m <= len;) {
      const char *q = memmem(t + p, len - p, t + nm->s[i].a, m);
      if (!q) break;
      size_t s = (size_t)(q - t);
      p = s + m;
      if (s == nm->s[i].a || !ch46_end_ok(t, len, s + m) || ch_after_secret_word(t, s)) continue;
      size_t a = s;
      if (a > 0 && t[a - 1] == '@') a--;
      if (!ch46_start_ok(t, a)) continue;
      if (gz_findings_push(out, a, s + m, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) return GIZLI_E_NOMEM;
    }
  }
  return 0;
}

/* ---- batch 51 ---- */

/* Batch 51's community text (group chats, forums, Q&A, marketplaces,
 * reviews, developer pages, game rosters, profiles) names its users in
 * forms the rules above miss: display names of several words a shop or a
 * neighbour chose ("Tikinti Market L\xC3\xB6kbatan", "Elvin 5-ci m\xC9\x99rt\xC9\x99\x62\xC9\x99",
 * "Zaur (Fidan\xC4\xB1n atas\xC4\xB1)"), names after a role ("Cevap (Galeri \xC3\x96ZT\xC3\x9CRK
 * OTO):", "Reviewer fidan.n:"), a moderator's "Admin | Vex", Ek\xC5\x9Fi's nicks of several lower
 * case words, "@" names with az/tr letters, profile labels, sign-offs in brackets, numbered forum
 * posts, supporter lists. Each form asks for its place's evidence (a stamp, a role word, a site's
 * label) and a name's shape; then the names found are looked for again. */

/* Is the word [a, b) (ASCII case folded) one of w (prefixes when pre)? */
static int ch51_word(const char *t, size_t a, size_t b, const char *const *w, int pre) {
  for (int i = 0; w[i]; i++) {
    size_t n = strlen(w[i]);
    if ((pre ? n <= b - a : n == b - a) && strncasecmp(t + a, w[i], n) == 0) return 1;
  }
  return 0;
}

/* The end of a display name's words at a: one to four words of
 * ch_uname_end's letters joined by single spaces, 48 bytes at most; the
 * count in *nw. Stops before a word not starting with a letter or a
 * digit. */
static size_t ch51_words(const char *t, size_t le, size_t a, int *nw) {
  size_t b = a, k = a;
  *nw = 0;
  while (*nw < 4 && k < le) {
    int up, lo;
    if (!ch46_letter(t, le, k, &up, &lo) && !ch_digit((unsigned char)t[k])) break;
    size_t e = ch_uname_end(t, le, k);
    if (e == k || e - a > 48) break;
    b = e;
    ++*nw;
    if (e + 1 >= le || t[e] != ' ') break;
    k = e + 1;
  }
  return b;
}

/* a trade's words in a shop's display name (ch51_display, ch51_one) */
static const char *const ch51_trade[] = {"market",
                                         "store",
                                         "shop",
                                         "trader",
                                         "galeri",
                                         "gallery",
                                         "oto",
                                         "auto",
                                         "klini",
                                         "clinic",
                                         "veteriner",
                                         "vet",
                                         "yaz\xC4\xB1l\xC4\xB1m",
                                         "team",
                                         "handmade",
                                         "ma\xC4\x9F\x61za",
                                         "butik",
                                         "boutique",
                                         "official",
                                         "resmi",
                                         "studio",
                                         "servis",
                                         "service",
                                         "emlak",
                                         "mebel",
                                         "dekor",
                                         "kafe",
                                         "cafe",
                                         "restoran",
                                         "kitabevi",
                                         "eczane",
                                         "aptek",
                                         "s\xC9\x99hiyy\xC9\x99",
                                         "tikinti",
                                         NULL};

/* Does the word [k, e) end in a trade's word as its last hump,
 * "MobilStore", "EvMutfakStore"? */
static int ch51_hump(const char *t, size_t k, size_t e) {
  for (int j = 0; ch51_trade[j]; j++) {
    size_t n = strlen(ch51_trade[j]);
    if (e - k > n + 2 && ch_upper((unsigned char)t[e - n]) &&
        strncasecmp(t + e - n, ch51_trade[j], n) == 0)
      return 1;
  }
  return 0;
}

/* Is the display name [a, b) of nw words a user's own, no person's name
 * as written (batch 51)? One word: a user name's mark (ch46_user). Two
 * to four: a word with a digit ("Tofiq 1970", "Elvin 5-ci m\xC9\x99rt\xC9\x99\x62\xC9\x99"), a
 * lower case word after the first that is no honorific ("Ev sahibi"; "Murat bey" is a person), a
 * trade's word ("Market", "Trader", "Klini\xC4\x9Fi", "Yaz\xC4\xB1l\xC4\xB1m", "Team") or
 * capitalised words run together ("MobilStore G\xC9\x99nclik"). */
static int ch51_display(const char *t, size_t a, size_t b, int nw) {
  if (nw <= 1) return ch46_user(t, a, b, CH46_MARKED) == 1;
  int ok = 0;
  for (size_t k = a, w = 0; k < b && !ok; w++) {
    size_t e = k;
    while (e < b && t[e] != ' ') e++;
    int up, lo, camel = 0, digit = 0, prev = 0;
    for (size_t i = k; i < e;) {
      size_t n = ch46_letter(t, e, i, &up, &lo);
      if (!n) {
        prev = 0;
        i++;
        continue;
      }
      camel |= up && prev && i > k;
      prev = lo;
      i += n;
    }
    ch46_letter(t, e, k, &up, &lo);
    /* a year of birth, "Tofiq 1970" (no flat's "7A", no school's "189") */
    if (e == k + 4 && w > 0 && (t[k] == '1' || t[k] == '2') &&
        (t[k + 1] == '9' || t[k + 1] == '0') && ch_digit((unsigned char)t[k + 2]) &&
        ch_digit((unsigned char)t[k + 3]))
      digit = 1;
    ok = digit || ch51_word(t, k, e, ch51_trade, 1);
    ok = ok || (camel && ch51_hump(t, k, e));
    k = e + 1;
  }
  return ok;
}

/* Is the tail [k, le) a Discord header's day and time, "\xE2\x80\x94 Bug\xC3\xBCn saat
 * 23:10" (Turkish Discord writes "saat") or what ch_dash_stamp takes? */
static int ch51_dash(const char *t, size_t k, size_t le) {
  if (ch_dash_stamp(t, k, le)) return 1;
  if (k + 8 >= le || memcmp(t + k, " \xE2\x80\x94 ", 5) != 0) return 0;
  k += 5;
  if (ch46_at(t, k, le, "bug\xC3\xBCn saat "))
    k += 12;
  else if (ch46_at(t, k, le, "d\xC3\xBCn saat "))
    k += 10;
  else
    return 0;
  size_t c = ch_clock(t, k, le);
  while (c && c < le && (t[c] == ' ' || t[c] == '\r')) c++;
  return c == le;
}

/* Lower case words of a sozluk's nick at a, ending at le or before " \xE2\x80\x94 "
 * or a date: one to four words of lower case letters or digits, a letter
 * first ("kaptan \xC3\xA7oban salatas\xC4\xB1", "kelebek etkisi 1987"). Returns the end,
 * or 0. */
static size_t ch51_nick(const char *t, size_t le, size_t a) {
  int up, lo, nw = 0;
  size_t k = a, b = 0;
  if (a >= le || !ch46_letter(t, le, a, &up, &lo) || !lo) return 0;
  while (k < le && nw < 4) {
    size_t e = k;
    while (e < le) {
      size_t n = ch46_letter(t, le, e, &up, &lo);
      if (n && lo)
        e += n;
      else if (!n && (ch_digit((unsigned char)t[e]) || t[e] == '_'))
        e++;
      else
        break;
    }
    if (e == k || e - a > 40 || (e < le && t[e] != ' ')) break; /* no date's "07." */
    b = e;
    nw++;
    if (e + 1 >= le || t[e] != ' ') break;
    k = e + 1;
    if (!ch46_letter(t, le, k, &up, &lo) && !ch_digit((unsigned char)t[k])) break;
  }
  return b;
}

/* A day-first date at k ("14.02.2025"), then optionally a time; returns
 * the end or 0. */
static size_t ch51_date(const char *t, size_t le, size_t k) {
  size_t d = k;
  while (d < le && (ch_digit((unsigned char)t[d]) || t[d] == '.')) d++;
  if (d - k != 10 || t[k + 2] != '.' || t[k + 5] != '.') return 0;
  if (d + 1 < le && t[d] == ' ') {
    size_t c = ch_clock(t, d + 1, le);
    if (c) d = c;
  }
  return d;
}

/* Is [p, le) only spaces? */
static int ch51_blank_to(const char *t, size_t p, size_t le) {
  while (p < le && (t[p] == ' ' || t[p] == '\r')) p++;
  return p == le;
}

/* Does the text's first line (its title) hold one of w? */
static int ch51_title(const char *t, size_t len, const char *const *w) {
  const char *nl = memchr(t, '\n', len < 240 ? len : 240);
  size_t e = nl ? (size_t)(nl - t) : (len < 240 ? len : 240);
  for (size_t i = 0; i < e; i++)
    for (int k = 0; w[k]; k++)
      if (ch46_at(t, i, e, w[k])) return 1;
  return 0;
}

/* Is the one word [a, b) a user name for the strength st; with
 * CH46_MARKED it also needs an '_' or a digit unless its form is clear
 * ("Marianne_K", "cyclingsue84", "Orxan_M"; no "ComfyHome")? */
static int ch51_one(const char *t, size_t a, size_t b, int st) {
  if (ch46_user(t, a, b, st) != 1) return 0;
  return st == CH46_STRONG || ch_user_name_marks(t, a, b, 0) || ch_dotted(t, a, b) ||
         ch51_hump(t, a, b);
}

/* A role word starting a line and the name after it (batch 51): "Sual
 * (Orxan_M):", "Cevap (Galeri \xC3\x96ZT\xC3\x9CRK OTO):", "Sat\xC4\xB1\x63\xC4\xB1
 * yan\xC4\xB1t\xC4\xB1 (EvMutfakStore):", "Soru \xE2\x80\x94 ahmet.aktas:", "Yorum \xE2\x80\x94
 * aylin_berlinde:", "Comment from Marianne_K:", "Q from cyclingsue84:", "Al\xC4\xB1\x63\xC4\xB1
 * Tofiq 1970:", "Reviewer fidan.n:", "Creator SolarTrail Team \xC2\xB7 2 days ago"; a quote's head
 * "Al\xC4\xB1nt\xC4\xB1: frknyldrm" and a reply's "Cavab: Aynur.K \xC2\xBB ...". The name is
 * a user name's (ch46_user CH46_STRONG: the role says a user speaks) or a
 * display name (ch51_display). Returns the end, the start in *ns, or 0. */
static size_t ch51_role(const char *t, size_t s, size_t le, size_t *ns) {
  static const char *const roles[] = {"al\xC4\xB1nt\xC4\xB1:",
                                      "Al\xC4\xB1nt\xC4\xB1:",
                                      "cavab:",
                                      "cevap:",
                                      "sat\xC4\xB1\x63\xC4\xB1 yan\xC4\xB1t\xC4\xB1",
                                      "sat\xC4\xB1\x63\xC4\xB1",
                                      "Sat\xC4\xB1\x63\xC4\xB1",
                                      "al\xC4\xB1\x63\xC4\xB1",
                                      "Al\xC4\xB1\x63\xC4\xB1",
                                      "\xC5\x9F\xC9\x99rh",
                                      "\xC5\x9E\xC9\x99rh",
                                      "sual",
                                      "cavab",
                                      "soru",
                                      "cevap",
                                      "yan\xC4\xB1t",
                                      "yorum",
                                      "comment from",
                                      "comment",
                                      "question from",
                                      "q from",
                                      "reply from",
                                      "answer from",
                                      "seller",
                                      "buyer",
                                      "reviewer",
                                      "author",
                                      "creator",
                                      NULL};
  size_t a = 0;
  int r = 0;
  unsigned char f = (unsigned char)t[s] < 0x80 ? (unsigned char)(t[s] | 32) : (unsigned char)t[s];
  for (; roles[r] && !a; r++)
    if (((unsigned char)roles[r][0] | ((unsigned char)roles[r][0] < 0x80 ? 32 : 0)) == f &&
        ch46_at(t, s, le, roles[r]))
      a = s + strlen(roles[r]);
  /* a code review's "Reviewer"/"Author" and a quote's head take any user
   * name (ch46_user CH46_STRONG, "sabuhi-q", "frknyldrm"); the other roles
   * a marked one ("Buyer message:", "Al\xC4\xB1\x63\xC4\xB1 tel:" are labels) */
  int st = a && (t[a - 1] == ':' || ch46_at(t, s, le, "reviewer ") || ch46_at(t, s, le, "author "))
               ? CH46_STRONG
               : CH46_MARKED;
  if (!a || a + 2 >= le || t[a] != ' ') return 0;
  int colon = t[a - 1] == ':', nw;
  a++;
  if (!colon && t[a] == '(') { /* "Sual (name):" */
    size_t b = ch51_words(t, le, a + 1, &nw);
    if (b <= a + 1 || b + 1 >= le || t[b] != ')' || t[b + 1] != ':') return 0;
    if (!(nw == 1 ? ch51_one(t, a + 1, b, CH46_MARKED) : ch51_display(t, a + 1, b, nw))) return 0;
    *ns = a + 1;
    return b;
  }
  if (!colon && a + 4 < le && memcmp(t + a, "\xE2\x80\x94 ", 4) == 0) a += 4;
  size_t b = ch51_words(t, le, a, &nw);
  if (b == a) return 0;
  if (colon) { /* "Al\xC4\xB1nt\xC4\xB1: name" alone, "Cavab: name \xC2\xBB date" */
    if (nw != 1 || !(ch51_blank_to(t, b, le) || ch46_at(t, b, le, " \xC2\xBB ")) ||
        ch46_user(t, a, b, CH46_STRONG) != 1)
      return 0;
  } else if (ch46_at(t, b, le, ": ") || (b + 1 == le && t[b] == ':')) {
    if (!(nw == 1 ? ch51_one(t, a, b, st) : ch51_display(t, a, b, nw))) return 0;
  } else if (ch46_age_tail(t, b, le)) {
    if (!(nw == 1 ? ch46_user(t, a, b, CH46_MARKED) == 1 : ch51_display(t, a, b, nw))) return 0;
  } else {
    return 0;
  }
  *ns = a;
  return b;
}

/* A profile's or a marketplace's user label (batch 51): "\xC4\xB0stifad\xC9\x99\xC3\xA7i
 * ad\xC4\xB1: Sevgi_G\xC9\x99nc\xC9\x99\x39\x31", "Kullan\xC4\xB1\x63\xC4\xB1: nur_izmir_98
 * \xE2\x9C\x94\xEF\xB8\x8F", "Username: chloe_in_croydon" in a profile (the title says so: a
 * system's "kullan\xC4\xB1\x63\xC4\xB1:" is a log-in),
 * "Ma\xC4\x9F\x61za/kullan\xC4\xB1\x63\xC4\xB1: deryaaydin_35", "tap.az istifad\xC9\x99\xC3\xA7isi:
 * rovshan_prius", a package page's "Maintainer: owenp". The name has a user name's mark ('_' or a
 * digit), a maintainer's may be a lower case word. Returns the end, the start in *ns, or 0. */
static size_t ch51_label(const char *t, size_t len, size_t s, size_t le, size_t *ns, int *profile) {
  static const char *const prof[] = {"kullan\xC4\xB1\x63\xC4\xB1: ",
                                     "Kullan\xC4\xB1\x63\xC4\xB1: ",
                                     "kullan\xC4\xB1\x63\xC4\xB1 ad\xC4\xB1: ",
                                     "Kullan\xC4\xB1\x63\xC4\xB1 ad\xC4\xB1: ",
                                     "istifad\xC9\x99\xC3\xA7i ad\xC4\xB1: ",
                                     "\xC4\xB0stifad\xC9\x99\xC3\xA7i ad\xC4\xB1: ",
                                     "username: ",
                                     "user name: ",
                                     "nickname: ",
                                     NULL};
  static const char *const titles[] = {"profil", "Profil",   "tan\xC4\xB1\xC5\x9Fl\xC4\xB1q",
                                       "dating", "roommate", "Tan\xC4\xB1\xC5\x9Fl\xC4\xB1q",
                                       NULL};
  size_t a = 0;
  int strong = 0;
  for (int i = 0; prof[i] && !a; i++)
    if (ch46_at(t, s, le, prof[i])) a = s + strlen(prof[i]);
  if (a) {
    if (*profile < 0) *profile = ch51_title(t, len, titles);
    if (!*profile) return 0;
  } else if (ch46_at(t, s, le, "ma\xC4\x9F\x61za/kullan\xC4\xB1\x63\xC4\xB1: ")) {
    a = s + 21;
  } else if (ch46_at(t, s, le, "maintainer: ") || ch46_at(t, s, le, "maintainers: ")) {
    a = s + (t[s + 10] == 's' ? 13 : 12);
    strong = 1;
  } else {
    return 0;
  }
  size_t b = ch_uname_end(t, le, a);
  if (b == a || !ch46_end_ok(t, le, b)) return 0;
  if (!(ch51_blank_to(t, b, le) || ch46_at(t, b, le, " \xE2\x9C\x94") ||
        ch46_at(t, b, le, " \xC2\xB7 ") || ch46_at(t, b, le, " <") || ch46_at(t, b, le, " (")))
    return 0;
  if (strong ? ch46_user(t, a, b, CH46_STRONG) != 1
             : !(ch46_user(t, a, b, CH46_MARKED) == 1 && ch_user_name_marks(t, a, b, 0)))
    return 0;
  *ns = a;
  return b;
}

/* A user name [s, b) starting a line and what follows it (batch 51): a
 * reply's verb ("Leyla.N cavab verdi:", "name replied:"; a capital and
 * a dot, which batch 44's verbs leave), a post's bullet and age
 * ("tikinti_dekor_baku \xE2\x80\xA2 2 g\xC3\xBCn"), or ':' alone after it in a chat (the
 * message on the lines below: "Sevinc_A:"). Returns b, or 0. */
static size_t ch51_after(const char *t, size_t len, size_t s, size_t b, size_t z, int *chat) {
  static const char *const verbs[] = {
      " cavab verdi:", " cavab verib:", " cevap verdi:", " replied:", NULL};
  for (int i = 0; verbs[i]; i++)
    if (ch46_at(t, b, z, verbs[i]))
      return ch46_user(t, s, b, CH46_STRONG) == 1 && !ch46_key_like(t, s, b) ? b : 0;
  if (ch46_at(t, b, z, " \xE2\x80\xA2 ") && b + 5 < z && ch_digit((unsigned char)t[b + 5]))
    return ch46_user(t, s, b, CH46_MARKED) == 1 ? b : 0;
  size_t n = z;
  while (n < len && t[n] != '\n') n++; /* the next line: a message, no key's block */
  if (b + 1 == z && t[b] == ':' && ch46_user(t, s, b, CH46_MARKED) == 1 &&
      ch_user_name_marks(t, s, b, 0) && (s == 0 || t[s - 1] == '\n') && n + 1 < len &&
      t[n + 1] != ' ' && t[n + 1] != '\t' && t[n + 1] != '-' && !ch46_key_like(t, s, b)) {
    if (*chat < 0) *chat = ch_platform_named(t, len) || ch44_heading(t, len);
    return *chat ? b : 0;
  }
  return 0;
}

#define CH51_MAX 24

/* A user name signing the line it ends (seventh session): a complaint or
 * an entry quoted with its author after a dash, "... iade edin\" \xE2\x80\x94
 * gececi_kedi34", "... belgesi de var. \xE2\x80\x94 kabuklu_kaplumbaga 14.02.2025
 * 21:03". The name must bear a user name's mark (an '_', a digit, an
 * inner dot), so a quotation's "\xE2\x80\x94 John Smith" stays a person's. Only
 * the last 64 bytes of the line are read. Returns the name's end (its
 * start in *ns), or 0. */
static size_t ch_line_signature(const char *t, size_t s, size_t z, size_t *ns) {
  size_t from = z - s > 64 ? z - 64 : s;
  if (!memchr(t + from, 0xE2, z - from)) return 0; /* most lines hold no dash */
  for (size_t k = z; k >= from + 5; k--) {
    if (!ch46_at(t, k - 5, z, " \xE2\x80\x94 ") || k - 5 <= s) continue;
    size_t b = ch_uname_end(t, z, k), d = b < z && t[b] == ',' ? b + 1 : b;
    if (b == k || !(b == z || (t[d] == ' ' && ch51_date(t, z, d + 1) == z))) return 0;
    if (ch46_user(t, k, b, CH46_MARKED) != 1 || !ch_user_name_marks(t, k, b, 0)) return 0;
    /* a file's name ends a report's line too, "\xE2\x80\x94 tickets_2026-11-24.csv" */
    const char *dot = memrchr(t + k, '.', b - k);
    if (dot && b - (size_t)(dot - t) <= 5 && memchr(t + k, '-', b - k)) return 0;
    static const char *const ext[] = {".csv",  ".txt",  ".log", ".pdf",
                                      ".json", ".xlsx", ".zip", NULL};
    for (int i = 0; ext[i]; i++)
      if (b - k > strlen(ext[i]) &&
          strncasecmp(t + b - strlen(ext[i]), ext[i], strlen(ext[i])) == 0)
        return 0;
    *ns = k;
    return b;
  }
  return 0;
}

/* Keeps [a, b) and reports it; a display name of several words ("Kerem
 * Trader", "Zaur (Fidan\xC4\xB1n atas\xC4\xB1)") above a person's name read in it. */
static int ch51_push(gz_findings *out, ch46_names *nm, const char *t, size_t a, size_t b) {
  ch46_keep(nm, t, a, b);
  float score = memchr(t + a, ' ', b - a) ? 1.0f : 0.9f;
  return gz_findings_push(out, a, b, GIZLI_T_SOCIAL_HANDLE, score, 0) ? GIZLI_E_NOMEM : 0;
}

/* Names after a label's colon inside a line (batch 51): a crowdfunding
 * page's supporters "d\xC9\x99st\xC9\x99k\xC3\xA7il\xC9\x99r: elchin.h \xC2\xB7 G\xC3\xBCnel_92
 * \xC2\xB7 xalid-qubali", a site's "tap.az istifad\xC9\x99\xC3\xA7isi: rovshan_prius", a package
 * page's "... \xC2\xB7 Maintainer: owenp"; and a notification's "[GitHub] sam-okafor commented on
 * issue". [s, z) is the line, c its first colon (NULL for none). GIZLI_E_NOMEM or 0. */
static int ch51_inline(const char *t, size_t s, size_t z, const char *c, gz_findings *out,
                       ch46_names *nm) {
  static const char *const lists[] = {"d\xC9\x99st\xC9\x99k\xC3\xA7il\xC9\x99r",
                                      "destek\xC3\xA7iler", "backers", "supporters", NULL};
  if ((t[s] == '[' || ch46_at(t, s, z, "subject: [")) && z - s < 300) {
    const char *q = memmem(t + s, z - s, "] ", 2);
    size_t a = q ? (size_t)(q - t) + 2 : 0, b = a ? ch_uname_end(t, z, a) : 0;
    if (b > a && ch46_at(t, b, z, " commented on ") && ch46_user(t, a, b, CH46_STRONG) == 1 &&
        ch51_push(out, nm, t, a, b))
      return GIZLI_E_NOMEM;
  }
  for (int n = 0; c && n < 4; n++) {
    size_t k = (size_t)(c - t), a = k + 2;
    if (a < z && t[k + 1] == ' ') {
      int list = 0, strong = 0, site = 0;
      for (int w = 0; lists[w] && !list; w++) {
        size_t m = strlen(lists[w]);
        list = k >= s + m && strncasecmp(t + k - m, lists[w], m) == 0;
      }
      /* "tap.az istifad\xC9\x99\xC3\xA7isi:", a site's name before it */
      site = k >= s + 19 && memcmp(t + k - 14, "istifad\xC9\x99\xC3\xA7isi", 14) == 0 &&
             t[k - 15] == ' ' && t[k - 18] == '.';
      strong =
          k >= s + 14 && (memcmp(t + k - 14, " \xC2\xB7 Maintainer", 14) == 0 ||
                          (k >= s + 15 && memcmp(t + k - 15, "\xC2\xB7 Maintainers", 15) == 0));
      while (list && a < z) { /* each name, " \xC2\xB7 " or ", " between */
        size_t b = ch_uname_end(t, z, a);
        if (b == a || !ch46_end_ok(t, z, b)) break;
        if (ch46_user(t, a, b, CH46_STRONG) == 1 && ch51_push(out, nm, t, a, b))
          return GIZLI_E_NOMEM;
        if (ch46_at(t, b, z, " \xC2\xB7 "))
          a = b + 4;
        else if (ch46_at(t, b, z, ", "))
          a = b + 2;
        else
          break;
      }
      size_t b = (site || strong) ? ch_uname_end(t, z, a) : a;
      if (b > a && ch46_end_ok(t, z, b) &&
          (b == z || ch46_at(t, b, z, " \xC2\xB7 ") || ch46_at(t, b, z, " <")) &&
          (strong ? ch46_user(t, a, b, CH46_STRONG) == 1
                  : ch46_user(t, a, b, CH46_MARKED) == 1 && ch_user_name_marks(t, a, b, 0)) &&
          ch51_push(out, nm, t, a, b))
        return GIZLI_E_NOMEM;
    }
    c = k + 1 < z ? memchr(t + k + 1, ':', z - k - 1) : NULL;
  }
  return 0;
}

static int ch51_scan(const char *t, size_t len, gz_findings *out) {
  ch46_names nm = {.n = 0};
  ch_span dash[CH51_MAX], paren[CH51_MAX], ent[CH51_MAX], dot[CH51_MAX];
  int paren_timed[CH51_MAX];
  size_t n_dash = 0, n_paren = 0, n_ent = 0, n_dot = 0, n_dot_lines = 0;
  int sozluk = -1, chat = -1, profile = -1, comments = 0;
  /* '@' names with az/tr letters ("@\xC5\x9Firin_\xC3\xA7\x61y", "@KaraŞimşek"): the
   * handle pattern finds the mention; the name is kept so that its uses
   * without the '@' are found too (ch46_keep) */
  for (const char *q = memchr(t, '@', len); q; q = memchr(q + 1, '@', len - (size_t)(q + 1 - t))) {
    size_t h = (size_t)(q - t), a = h + 1, b = ch_uname_end(t, len, a);
    if (b - a < 3 || !ch46_start_ok(t, h) || (h > 0 && (unsigned char)t[h - 1] >= 0x80) ||
        !ch46_end_ok(t, len, b))
      continue;
    int wide = 0;
    for (size_t i = a; i < b && !wide; i++) wide = (unsigned char)t[i] >= 0x80;
    int up, lo;
    if (!wide || !ch46_letter(t, b, a, &up, &lo)) continue;
    ch46_keep(&nm, t, a, b);
    if ((size_t)(q + 1 - t) >= len) break;
  }
  for (size_t p = 0; p < len;) {
    const char *nl = memchr(t + p, '\n', len - p);
    size_t le = nl ? (size_t)(nl - t) : len, s = p, ls = p;
    while (s < le && (t[s] == ' ' || t[s] == '\t')) s++;
    size_t z = le;
    while (z > s && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
    p = le + 1;
    size_t sg, se = z - s >= 8 ? ch_line_signature(t, s, z, &sg) : 0;
    if (se && ch51_push(out, &nm, t, sg, se)) return GIZLI_E_NOMEM;
    if (z - s < 6 || z - s > 400) continue;
    unsigned char c0 = (unsigned char)t[s];
    size_t a = 0, b = 0;
    int nw, up, lo;
    /* most forms hold a colon, the others a middle dot or a bullet near
     * the start: a line of neither is read for the cheap forms only */
    const char *cl = memchr(t + s, ':', z - s);
    int mid = memchr(t + s, 0xC2, z - s < 64 ? z - s : 64) != NULL ||
              memchr(t + s, 0xE2, z - s < 64 ? z - s : 64) != NULL;
    if (cl && ch51_inline(t, s, z, cl, out, &nm)) return GIZLI_E_NOMEM;
    /* a comments heading alone on its line: "\xC5\x9E\xC9\x99rhl\xC9\x99r:", "\xE2\x80\x94
     * \xC5\x9E\xC9\x99rhl\xC9\x99r \xE2\x80\x94", "Yorumlar:", "Comments:" */
    if (z - s < 24) {
      static const char *const heads[] = {"\xC5\x9E\xC9\x99rhl\xC9\x99r", "Yorumlar", "Comments",
                                          NULL};
      size_t k = s;
      if (ch46_at(t, k, z, "\xE2\x80\x94 ")) k += 4;
      for (int i = 0; heads[i]; i++)
        if (ch46_at(t, k, z, heads[i])) {
          size_t e = k + strlen(heads[i]);
          if (e == z || (t[e] == ':' && e + 1 == z) || ch46_at(t, e, z, " \xE2\x80\x94"))
            comments = 1;
        }
      if (comments == 1 && (t[z - 1] == ':' || t[z - 1] == '\x94')) {
        comments = 2; /* the heading itself */
        continue;
      }
    }
    /* a comment under the heading: "aynur_h_ qiym\xC9\x99t?", "kamal.ahmadov: ..." */
    if (comments == 2 && (b = ch_uname_end(t, z, s)) > s && b < z && (t[b] == ' ' || t[b] == ':') &&
        ch46_user(t, s, b, CH46_MARKED) == 1 && !ch46_field_like(t, s, b, 0)) {
      if (ch51_push(out, &nm, t, s, b)) return GIZLI_E_NOMEM;
      continue;
    }
    /* a role and the name after it */
    if (!cl && !mid) {
    } else if ((c0 | 32) >= 'a' && (c0 | 32) <= 'z') {
      if ((b = ch51_role(t, s, z, &a)) != 0 || (b = ch51_label(t, len, s, z, &a, &profile)) != 0) {
        if (ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
        continue;
      }
    } else if (c0 >= 0xC3 && c0 <= 0xC5 && (b = ch51_role(t, s, z, &a)) != 0) {
      if (ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      continue;
    } else if (c0 >= 0xC3 && c0 <= 0xC5 && (b = ch51_label(t, len, s, z, &a, &profile)) != 0) {
      if (ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      continue;
    }
    /* a numbered forum post, "#1 hasanbey_34 \xC2\xB7 \xC3\x9Cye \xC2\xB7 14 Kas\xC4\xB1m 2026",
     * "#3 hasanbey_34" alone */
    if (c0 == '#' && s + 3 < z && ch_digit((unsigned char)t[s + 1])) {
      a = s + 1;
      while (a < z && ch_digit((unsigned char)t[a])) a++;
      if (a - s <= 4 && a + 1 < z && t[a] == ' ') {
        b = ch_uname_end(t, z, a + 1);
        if (b > a + 1 && (b == z || ch46_at(t, b, z, " \xC2\xB7 ")) &&
            ch46_user(t, a + 1, b, CH46_MARKED) == 1 && ch51_push(out, &nm, t, a + 1, b))
          return GIZLI_E_NOMEM;
      }
      continue;
    }
    /* a dash before a speaker, "\xE2\x80\x94 ruslan_k: ...", or a s\xC3\xB6zl\xC3\xBCk
     * entry's signature "\xE2\x80\x94 \xC3\xB6l\xC3\xBC ozan 07.04.2025" */
    if (c0 == 0xE2 && ch46_at(t, s, z, "\xE2\x80\x94 ")) {
      a = s + 4;
      b = ch_uname_end(t, z, a);
      if (b > a && b + 1 < z && t[b] == ':' && t[b + 1] == ' ' &&
          ch46_user(t, a, b, CH46_MARKED) == 1) {
        if (ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
        continue;
      }
      b = ch51_nick(t, z, a);
      if (b && b + 11 == z && t[b] == ' ' && ch51_date(t, z, b + 1) == z) {
        if (sozluk < 0)
          sozluk = memmem(t, len, "(bkz:", 5) || memmem(t, len, "\xC3\xB6zl\xC3\xBCk", 7);
        if (sozluk && ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      }
      continue;
    }
    /* Ek\xC5\x9Fi's entry heads: "1. kirmizi kalemli adam \xE2\x80\x94 14.02.2025 22:17",
     * "24.11.2026 09:12 kaptan \xC3\xA7oban salatas\xC4\xB1" */
    if (ch_digit(c0)) {
      size_t d = ch51_date(t, z, s);
      if (d && d + 1 < z && t[d] == ' ' && d - s == 16) {
        b = ch51_nick(t, z, d + 1);
        a = d + 1;
      } else {
        a = s;
        while (a < z && ch_digit((unsigned char)t[a])) a++;
        if (a - s > 3 || a + 2 >= z || t[a] != '.' || t[a + 1] != ' ') goto other;
        a += 2;
        b = ch51_nick(t, z, a);
        if (!b || !ch46_at(t, b, z, " \xE2\x80\x94 ") || !ch51_date(t, z, b + 5)) b = 0;
        d = 0;
      }
      if (b && (!d || b == z)) {
        if (sozluk < 0)
          sozluk = memmem(t, len, "(bkz:", 5) || memmem(t, len, "\xC3\xB6zl\xC3\xBCk", 7);
        if (sozluk && ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
        if (!sozluk && n_ent < CH51_MAX) ent[n_ent++] = (ch_span){a, b};
        continue;
      }
    }
  other:
    /* a sign-off in brackets ending the line: "(qaraqarqa, 10:14)",
     * "(patili_dostlar, 02.09.2024)", "(kahve_ve_kitap)" */
    if (t[z - 1] == ')' && n_paren < CH51_MAX) {
      size_t o = z - 1;
      while (o > s && z - o < 48 && t[o] != '(') o--;
      if (t[o] == '(' && o > s && t[o - 1] == ' ') {
        a = o + 1;
        b = ch_uname_end(t, z, a);
        int timed = b + 2 < z && t[b] == ',' && t[b + 1] == ' ' &&
                    (ch_clock(t, b + 2, z) == z - 1 || ch51_date(t, z, b + 2) == z - 1);
        if (b > a && (timed || b == z - 1)) {
          paren_timed[n_paren] = timed;
          paren[n_paren++] = (ch_span){a, b};
        }
      }
    }
    /* a shop's or a neighbour's display name as a chat's speaker:
     * "[14.03.25, 21:08:40] Elvin 5-ci m\xC9\x99rt\xC9\x99\x62\xC9\x99:", "[09:16] Tikinti Market
     * L\xC3\xB6kbatan:", Telegram's "Kerem Trader, [03.03.2025 10:02]", "Zaur
     * (Fidan\xC4\xB1n atas\xC4\xB1):", "Kad\xC4\xB1k\xC3\xB6y Veteriner Klini\xC4\x9Fi:" in a
     * WhatsApp group */
    if (!cl && !mid) continue;
    a = ch_after_stamp(t, z, ls);
    int stamp = a > s && ch_chat_stamp(t, s, a);
    if (a > s && !stamp) continue;
    if (!ch46_letter(t, z, a, &up, &lo) || !up) goto pipe;
    b = ch51_words(t, z, a, &nw);
    /* a chat's speaker of a first name and an initial joined by a dot,
     * "Kaan.S:", "Leyla.N:" (a user name's form, unlike "Kaan S.") */
    if (nw == 1 && b + 1 < z && t[b] == ':' && t[b + 1] == ' ' && b >= a + 5 && t[b - 2] == '.' &&
        ch_upper((unsigned char)t[b - 1]) && ch46_user(t, a, b - 2, CH46_STRONG) == 0) {
      int name = 1;
      for (size_t i = a + 1; i < b - 2 && name;) {
        size_t n = ch46_letter(t, b - 2, i, &up, &lo);
        name = n && lo;
        i += n ? n : 1;
      }
      if (name && chat < 0) chat = ch_platform_named(t, len) || ch44_heading(t, len);
      if (name && chat && ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      if (name && chat) continue;
    }
    /* a comment's author before " \xC2\xB7 " and the text, "Ramil.Bagirov.77 \xC2\xB7
     * payla\xC5\x9F\x64\xC4\xB1m" (pushed when three lines or more are so) */
    if (b < z && ch46_at(t, b, z, " \xC2\xB7 ") && b + 4 < z &&
        ch46_letter(t, z, b + 4, &up, &lo)) {
      n_dot_lines++;
      if (nw == 1 && n_dot < CH51_MAX && ch51_one(t, a, b, CH46_MARKED) && !ch46_age_tail(t, b, z))
        dot[n_dot++] = (ch_span){a, b};
    }
    if (nw >= 2 && ((b + 1 < z && t[b] == ':' && t[b + 1] == ' ') ||
                    (!stamp && t[b] == ',' && ch44_header_tail(t, b, z)))) {
      int ok = ch51_display(t, a, b, nw);
      if (ok && !stamp && t[b] == ':') { /* no stamp: a shop's name in a named chat */
        static const char *const w[] = {"Market", "Store", "Klini", "Veteriner", "Shop", NULL};
        ok = 0;
        for (size_t k = a + 1; k < b && !ok; k++) ok = t[k - 1] == ' ' && ch51_word(t, k, b, w, 1);
        for (size_t k = a + 1; k < b && ok; k++)
          ok = !(t[k - 1] == ' ' && ch46_letter(t, b, k, &up, &lo) && lo);
        if (ok && chat < 0) chat = ch_platform_named(t, len) || ch44_heading(t, len);
        ok = ok && chat;
      }
      if (ok && ch51_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      if (ok) continue;
    }
  pipe:
    /* a Discord header: "Moderat\xC3\xB6r | Sude \xE2\x80\x94 Bug\xC3\xBCn saat 23:13", "Admin |
     * Vex \xE2\x80\x94 03/09/2025 4:20 PM", "\xC3\x87\x61\xC4\x9Fr\xC4\xB1Radiant#0571 \xE2\x80\x94
     * ...", "Kara\xC5\x9Eim\xC5\x9F\x65k \xE2\x80\x94
     * ..."; a shop's "\xC3\x9Clviyy\xC9\x99 | Handmade:" alone on its line */
    if (a != s || !ch46_letter(t, z, s, &up, &lo)) continue;
    b = ch_uname_end(t, z, s);
    if (b > s && (b = ch51_after(t, len, s, b, z, &chat)) != 0) {
      if (ch51_push(out, &nm, t, s, b)) return GIZLI_E_NOMEM;
      continue;
    }
    b = ch_uname_end(t, z, s);
    if (b > s && b + 4 < z && t[b] == ' ' && t[b + 1] == '|' && t[b + 2] == ' ') {
      size_t e = ch_uname_end(t, z, b + 3);
      if (e > b + 3 && ch46_letter(t, z, b + 3, &up, &lo) && up &&
          ((e + 1 == z && t[e] == ':') || ch51_dash(t, e, z)) && ch51_push(out, &nm, t, s, e))
        return GIZLI_E_NOMEM;
      continue;
    }
    if (b > s && b + 5 < z && t[b] == '#' && ch_digit((unsigned char)t[b + 1]) &&
        ch_digit((unsigned char)t[b + 4]) && ch51_dash(t, b + 5, z)) {
      if (ch51_push(out, &nm, t, s, b + 5)) return GIZLI_E_NOMEM;
      continue;
    }
    if (b > s && b < z && t[b] == ' ' && ch51_dash(t, b, z) && n_dash < CH51_MAX &&
        ch46_user(t, s, b, CH46_MARKED) >= 1)
      dash[n_dash++] = (ch_span){s, b};
  }
  /* the headers of a name of one hump ("Kara\xC5\x9Eim\xC5\x9F\x65k"): two headers, or
   * a name that is also @-mentioned */
  for (size_t i = 0; i < n_dash; i++) {
    size_t twice = 0;
    for (size_t j = 0; j < n_dash; j++) twice += ch_same(t, dash[i], dash[j].a, dash[j].b);
    if ((ch46_user(t, dash[i].a, dash[i].b, CH46_MARKED) == 1 || twice >= 2 ||
         ch46_at_mentioned(t, len, dash[i].a, dash[i].b)) &&
        ch51_push(out, &nm, t, dash[i].a, dash[i].b))
      return GIZLI_E_NOMEM;
  }
  for (size_t i = 0; n_dot_lines >= 3 && i < n_dot; i++)
    if (ch51_push(out, &nm, t, dot[i].a, dot[i].b)) return GIZLI_E_NOMEM;
  /* entry heads of a forum that names no s\xC3\xB6zl\xC3\xBCk: two at least */
  for (size_t i = 0; n_ent >= 2 && i < n_ent; i++)
    if (ch51_push(out, &nm, t, ent[i].a, ent[i].b)) return GIZLI_E_NOMEM;
  /* sign-offs: two lines of the form at least */
  for (size_t i = 0; n_paren >= 2 && i < n_paren; i++)
    if (ch46_user(t, paren[i].a, paren[i].b, paren_timed[i] ? CH46_STRONG : CH46_MARKED) == 1 &&
        !ch46_key_like(t, paren[i].a, paren[i].b) && ch51_push(out, &nm, t, paren[i].a, paren[i].b))
      return GIZLI_E_NOMEM;
  /* the other mentions of the names found: "(bkz: kirmizi kalemli adam)",
   * "Elvin 5-ci m\xC9\x99rt\xC9\x99\x62\xC9\x99: <Media omitted>" */
  for (size_t i = 0; i < nm.n; i++) {
    size_t m = nm.s[i].b - nm.s[i].a;
    if (m < 4) continue;
    for (size_t p = 0; p + m <= len;) {
      const char *q = memmem(t + p, len - p, t + nm.s[i].a, m);
      if (!q) break;
      size_t s = (size_t)(q - t);
      p = s + m;
      if (s == nm.s[i].a || !ch46_end_ok(t, len, s + m) || ch_after_secret_word(t, s)) continue;
      size_t a = s;
      if (a > 0 && t[a - 1] == '@') a--;
      if (!ch46_start_ok(t, a)) continue;
      if (gz_findings_push(out, a, s + m, GIZLI_T_SOCIAL_HANDLE,
                           memchr(t + s, ' ', m) ? 1.0f : 0.9f, 0))
        return GIZLI_E_NOMEM;
    }
  }
  return 0;
}

/* ---- batch 48: community text ---- */

/* Is the table cell [a, b) one user name of a game roster's column
 * (batch 48): one word of letters of any Latin script ("Bórinstone",
 * "MageÇağrı", "Thalorien"), digits, '_', '.' and '-', starting with a
 * letter, three letters at least, perhaps with a Discord or Battle.net
 * tag ("Thalo#11842", "sahdag#0921")? A placeholder ("—", "yok") is none. */
static int ch48_cell(const char *t, size_t a, size_t b) {
  if (b <= a || b - a > 40 || ch_placeholder(t, a, b)) return 0;
  size_t letters = 0, i = a;
  while (i < b) {
    unsigned char c = (unsigned char)t[i];
    if (ch_lower(c) || ch_upper(c)) {
      letters++, i++;
    } else if (c >= 0xC3 && c <= 0xC9 && i + 1 < b && ((unsigned char)t[i + 1] & 0xC0) == 0x80) {
      letters++, i += 2;
    } else if (i > a && (ch_digit(c) || c == '_' || c == '.' || c == '-')) {
      i++;
    } else if (i > a && c == '#' && b - i >= 5 && b - i <= 6) {
      for (i++; i < b && ch_digit((unsigned char)t[i]);) i++;
      return i == b && letters >= 3;
    } else {
      return 0;
    }
    if (letters == 0) return 0; /* a letter first */
  }
  return letters >= 3 && t[b - 1] != '.' && t[b - 1] != '-';
}

/* Is [a, b), after a label of batch 48, a user name: of a user name's
 * form (ch46_user at strength st; with weak_ok its weak reading of one
 * hump, "DoorbellDad"), or lower case parts joined by '-' ("jdoyle-sec",
 * "sinan-akbas"), and no field name or web address? */
static int ch48_named(const char *t, size_t a, size_t b, int st, int weak_ok) {
  if (ch46_key_like(t, a, b) || ch_placeholder(t, a, b)) return 0;
  int u = ch46_user(t, a, b, st);
  return u == 1 || (weak_ok && u == 2) || ch_user_name_marks(t, a, b, 1);
}

static const char *const ch48_by[] = {"reply from ", "comment from ", "comment by ",
                                      "review by ",  "reviewed by ",  NULL};

/* Is the name [a, b) of one hump a brand's: written elsewhere in the
 * text in prose, not at a line's start nor after a reply's label ("a sofa
 * from ComfyHome (order ...", then "Reply from ComfyHome:"; batch 48)? */
static int ch48_brand(const char *t, size_t len, size_t a, size_t b) {
  for (size_t p = 0; p + (b - a) <= len;) {
    const char *q = memmem(t + p, len - p, t + a, b - a);
    if (!q) return 0;
    size_t s = (size_t)(q - t), k = s;
    p = s + 1;
    if (s == a) continue;
    while (k > 0 && t[k - 1] == ' ') k--;
    if (k == 0 || t[k - 1] == '\n') continue;
    if (k >= 3 &&
        (memcmp(t + k - 3, "\xE2\x80\x94", 3) == 0 || memcmp(t + k - 3, "\xE2\x80\x93", 3) == 0))
      continue; /* "— WanderingWelshman" */
    int lab = 0;
    for (int i = 0; ch48_by[i] && !lab; i++) {
      size_t n = strlen(ch48_by[i]);
      lab = s >= n && strncasecmp(t + s - n, ch48_by[i], n) == 0;
    }
    if (!lab) return 1;
  }
  return 0;
}

/* Is [a, b) one capitalised word of letters, 3-20 bytes ("Nicat",
 * "İlkin")? */
static int ch48_capword(const char *t, size_t a, size_t b) {
  int up, lo;
  if (b - a < 3 || b - a > 20) return 0;
  size_t n = ch46_letter(t, b, a, &up, &lo);
  if (!n || !up) return 0;
  for (size_t i = a + n; i < b; i += n)
    if (!(n = ch46_letter(t, b, i, &up, &lo))) return 0;
  return 1;
}

/* Does a name after a label end at b: the line's end, ':', ')', ',', or a
 * space before " · ", " on ", " (" or the line's end? */
static int ch48_name_end(const char *t, size_t b, size_t le) {
  if (b >= le) return 1;
  char c = t[b];
  if (c == ':' || c == ')' || c == ',' || c == '\r') return 1;
  if (c != ' ') return 0;
  size_t z = b;
  while (z < le && (t[z] == ' ' || t[z] == '\r')) z++;
  return z == le || ch46_at(t, b, le, " \xC2\xB7") || ch46_at(t, b, le, " on ") ||
         ch46_at(t, b, le, " (");
}

/* A line's labels of batch 48 before a user name: a reply's or a
 * comment's author ("— Reply from tomasz_k:", "Comment by
 * Throwaway_Taxguy:", "Review by jdoyle-sec on ...", "Issue #23 by
 * oli-b:"), a name in brackets ("— Answer (r_vasquez_ops, ✔ accepted)",
 * "Cevap (BeyazEşyaMarket):", "Issue #57 (sinan-akbas):", "Mesaj
 * (sevda_gül → Emin_94):", the second name pushed too), a pull
 * request's reviewer ("PR #318 review — tugbakaya:"). A capitalised
 * name ("Reply from Oliver P") is left to the names, and a brand's
 * (ch48_brand). Returns the name's
 * end, its start in *ns, or 0; a second name's span in *x2. */
static size_t ch48_label(const char *t, size_t len, size_t s, size_t le, size_t *ns, ch_span *x2) {
  const char *const *by = ch48_by;
  static const char *const paren[] = {"comment (", "answer (", "reply (", "mesaj (",
                                      "cevap (",   "soru (",   "yorum (", NULL};
  size_t a = 0;
  int br = 0, st = CH46_MARKED;
  if (ch46_at(t, s, le, "pr #")) { /* a pull request's reviewer, "PR #318 review — login:" */
    size_t k = s + 4;
    while (k < le && ch_digit((unsigned char)t[k])) k++;
    if (!ch46_at(t, k, le, " review \xE2\x80\x94 ")) return 0;
    a = k + 12, st = CH46_STRONG;
  }
  if (ch46_at(t, s, le, "issue #")) {
    size_t k = s + 7;
    while (k < le && ch_digit((unsigned char)t[k])) k++;
    if (ch46_at(t, k, le, " by "))
      a = k + 4;
    else if (ch46_at(t, k, le, " ("))
      a = k + 2, br = 1;
  }
  for (int k = 0; !a && by[k]; k++)
    if (ch46_at(t, s, le, by[k])) a = s + strlen(by[k]);
  for (int k = 0; !a && paren[k]; k++)
    if (ch46_at(t, s, le, paren[k])) a = s + strlen(paren[k]), br = 1;
  if (!a) return 0;
  size_t b = ch_uname_end(t, le, a);
  int arrow = br && ch46_at(t, b, le, " \xE2\x86\x92 ");
  if (b == a || !(arrow || ch48_name_end(t, b, le)) || !ch48_named(t, a, b, st, 1)) return 0;
  if (ch46_user(t, a, b, CH46_MARKED) == 2 && ch48_brand(t, len, a, b)) return 0;
  x2->a = x2->b = 0;
  if (arrow) { /* "sevda_gül → Emin_94" */
    size_t c = b + 5, d = ch_uname_end(t, le, c);
    if (d > c && ch48_name_end(t, d, le) && ch48_named(t, c, d, CH46_MARKED, 1))
      *x2 = (ch_span){c, d};
  }
  *ns = a;
  return b;
}

/* A bot's or an app's message header in a chat (batch 48): "devops-bot
 * APP  10:46", "Sentry APP 03:12", "MEE6 BOT — Bugün 23:16",
 * "github-actions bot: ✅ build passed" (bot accounts are user names).
 * Returns the name's end or 0. */
static size_t ch48_bot_line(const char *t, size_t s, size_t le) {
  size_t b = ch_uname_end(t, le, s);
  if (b == s || b >= le || t[b] != ' ' || !ch48_cell(t, s, b)) return 0;
  if (ch46_at(t, b, le, " bot: ")) return b;
  size_t k = b;
  while (k < le && t[k] == ' ') k++;
  if (!(k + 4 < le && (memcmp(t + k, "APP ", 4) == 0 || memcmp(t + k, "BOT ", 4) == 0))) return 0;
  k += 4;
  while (k < le && t[k] == ' ') k++;
  return k < le && (ch_digit((unsigned char)t[k]) || ch46_at(t, k, le, "\xE2\x80\x94 ")) ? b : 0;
}

/* Is the line [s, le) a comment section's heading, "Yorumlar:",
 * "Comments (12):", "Şərhlər"? */
static int ch48_comments_head(const char *t, size_t s, size_t le) {
  static const char *const w[] = {"yorumlar", "comments", "\xC5\x9F\xC9\x99rhl\xC9\x99r", NULL};
  while (le > s && (t[le - 1] == ' ' || t[le - 1] == '\r' || t[le - 1] == ':')) le--;
  if (le > s && t[le - 1] == ')') { /* a count, "(12)" */
    while (le > s && t[le - 1] != '(') le--;
    if (le > s) le--;
    while (le > s && t[le - 1] == ' ') le--;
  }
  for (int k = 0; w[k]; k++)
    if (strlen(w[k]) == le - s && ch46_at(t, s, le, w[k])) return 1;
  return 0;
}

/* gz_each_word's callback for batch 48's inline labels (w: 0-2) and
 * review stars (3-4): the name after a label anywhere in a line, a CI
 * run's "triggered by alex-nguyen (push ...", a package page's
 * "Maintainer: fmacleod ·", a marketplace review's "Satıcı:
 * ElektroDepoTR" (the first two name an account, so a lower case word is
 * one too); a review's author after its stars, '"Güzel ama yavaş" ★★★☆☆
 * nur_dem, 01.04.2024': a name of a user name's form, ", " and a digit;
 * a GitHub app's account before "[bot]" (5). */
static int ch48_word(gz_rec_args *c, size_t h, int w) {
  static const unsigned char n[] = {13, 12, 10, 4, 4, 5};
  const char *t = c->t;
  if (w == 5) { /* a GitHub app's account, "dependabot[bot]" */
    size_t x = h;
    while (
        x > 0 && h - x < 40 &&
        (ch_lower((unsigned char)t[x - 1]) || ch_digit((unsigned char)t[x - 1]) || t[x - 1] == '-'))
      x--;
    if (h - x < 3 || !ch_lower((unsigned char)t[x]) || (x > 0 && t[x - 1] == '+') ||
        !ch46_start_ok(t, x) || (h + 5 < c->len && t[h + 5] == '@'))
      return 0;
    return gz_findings_push(c->out, x, h + 5, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0) ? GIZLI_E_NOMEM : 0;
  }
  size_t len = c->len, a = h + n[w], b = ch_uname_end(t, len, a);
  if (b == a || (h > 0 && gz_word_byte((unsigned char)t[h - 1]) && w < 3)) return 0;
  int hit;
  if (w >= 3) {
    hit = b + 3 < len && t[b] == ',' && t[b + 1] == ' ' && ch_digit((unsigned char)t[b + 2]) &&
          ch46_user(t, a, b, CH46_MARKED) == 1;
  } else {
    const char *nl = memchr(t + a, '\n', len - a);
    size_t le = nl ? (size_t)(nl - t) : len;
    hit = b <= le && ch46_end_ok(t, len, b) && ch48_name_end(t, b, le) &&
          ch48_named(t, a, b, w < 2 ? CH46_STRONG : CH46_MARKED, 0);
  }
  return hit && gz_findings_push(c->out, a, b, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0) ? GIZLI_E_NOMEM : 0;
}

/* Is the name [a, b) written with an '@' somewhere in the text, a case
 * ending after it or not ("@İlkin-ə")? */
static int ch48_at_named(const char *t, size_t len, size_t a, size_t b) {
  for (size_t p = 0; p + (b - a) <= len;) {
    const char *q = memmem(t + p, len - p, t + a, b - a);
    if (!q) return 0;
    if (q > t && q[-1] == '@') return 1;
    p = (size_t)(q - t) + 1;
  }
  return 0;
}

/* A Discord message header of a display name (batch 48): "Mod | Wren 🌙
 * — Today at 9:41 PM", "[Haven] HavenOwner — Today at 9:50 PM", "İlkin —
 * Bu gün 22:06": a role before " | " or a server's tag in brackets may
 * come first. Returns the name's end, its start in *ns, or 0; *cap is set
 * for a name of no user name's mark (a capitalised word or one hump),
 * which counts only in a text naming Discord. */
static size_t ch48_discord_head(const char *t, size_t len, size_t s, size_t le, size_t *ns,
                                int *cap) {
  size_t a = s, m = le - s < 20 ? le - s : 20;
  const char *q = t[s] == '[' ? memchr(t + s, ']', m) : memchr(t + s, '|', m);
  if (q && t[s] == '[' && (size_t)(q - t) + 2 < le && q[1] == ' ') {
    a = (size_t)(q - t) + 2;
  } else if (q && t[s] != '[' && q > t + s + 1 && q[-1] == ' ' && q[1] == ' ') {
    for (size_t i = s; i + 1 < (size_t)(q - t); i++)
      if (!gz_ascii_alnum((unsigned char)t[i])) return 0; /* a role of one word */
    a = (size_t)(q - t) + 2;
  }
  size_t b = ch_uname_end(t, le, a);
  if (b == a || !ch_dash_stamp(t, ch46_skip_emoji(t, le, b), le)) return 0;
  int u = ch46_user(t, a, b, CH46_MARKED);
  if (u != 1 && u != 2 && !ch48_capword(t, a, b)) return 0;
  if (ch46_key_like(t, a, b)) return 0;
  /* a first name ("Leyla — Today at 20:16") is a person's, unless the
   * chat @-mentions it */
  if (u != 1 && u != 2 && !ch48_at_named(t, len, a, b)) return 0;
  *cap = u != 1;
  *ns = a;
  return b;
}

/* A forum post's header, "emre_1907_DH — Mesaj #1", "Kuzgun.TR — Post
 * #2" (batch 48): the name, a dash, a word and the post's number ending
 * the line ("Kuzgun.TR" is no web address here). Returns the name's end
 * or 0. */
static size_t ch48_post_head(const char *t, size_t s, size_t le) {
  size_t b = ch_uname_end(t, le, s);
  if (b == s || !ch46_at(t, b, le, " \xE2\x80\x94 ")) return 0;
  size_t k = b + 5, w = k;
  while (k < le && k - w < 12 && t[k] != ' ') k++;
  if (k == w || !ch46_at(t, k, le, " #")) return 0;
  k += 2;
  size_t d = k;
  while (k < le && ch_digit((unsigned char)t[k])) k++;
  size_t z = k;
  while (z < le && (t[z] == ' ' || t[z] == '\r')) z++;
  return k > d && z == le && ch46_user(t, s, b, CH46_STRONG) == 1 && !ch46_field_like(t, s, b, 0)
             ? b
             : 0;
}

/* In a Discord chat whose headers batch 48's rule read: the tokens of a
 * user name's form in the messages ("xX_EnderKing_Xx got banned", "same IP
 * as tinytimmy2011": ch_handle_form) and the names with a 4-digit
 * discriminator ("Onurr#3131"; "Order#4521" and its kin are no one's). */
static int ch48_discord_tokens(const char *t, size_t len, gz_findings *out) {
  static const char *const no[] = {"issue", "order", "ticket", "case", "item", "build", NULL};
  for (size_t p = 0; p < len;) {
    if (!ch_token_start(t, p) ||
        !(ch_lower((unsigned char)t[p]) || ch_upper((unsigned char)t[p]))) {
      p++;
      continue;
    }
    size_t e = ch_uname_end(t, len, p);
    if (e + 5 <= len && t[e] == '#' && ch_digit((unsigned char)t[e + 1]) &&
        ch_digit((unsigned char)t[e + 4]) && ch46_end_ok(t, len, e + 5) && ch48_cell(t, p, e)) {
      int bad = 0;
      for (int k = 0; no[k] && !bad; k++)
        bad = strlen(no[k]) == e - p && strncasecmp(t + p, no[k], e - p) == 0;
      if (!bad && gz_findings_push(out, p, e + 5, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0))
        return GIZLI_E_NOMEM;
    } else if (e > p && ch_token_end(t, len, e) && ch_handle_form(t, p, e) &&
               !ch_placeholder(t, p, e) && !ch_after_secret_word(t, p) && !ch46_key_like(t, p, e) &&
               gz_findings_push(out, p, e, GIZLI_T_SOCIAL_HANDLE, 0.8f, 0)) {
      return GIZLI_E_NOMEM;
    }
    p = e > p ? e : p + 1;
  }
  return 0;
}

/* A community profile's account line (batch 48): "Kullanıcı: ipek_ege ✔️
 * (telefon doğrulandı)", a verified badge after the name, or a
 * marketplace's "Mağaza/kullanıcı: deryaaydin_35". A system's
 * "kullanıcı: ozge.aydogan" without either is a log-in, left alone.
 * Returns the name's end, its start in *ns, or 0. */
static size_t ch48_account_line(const char *t, size_t s, size_t le, size_t *ns) {
  static const char *const labels[] = {
      "kullan\xC4\xB1\x63\xC4\xB1: ", "ma\xC4\x9F\x61za/kullan\xC4\xB1\x63\xC4\xB1: ",
      "istifad\xC9\x99\xC3\xA7i: ", "\xC4\xB0stifad\xC9\x99\xC3\xA7i: ", NULL};
  size_t a = 0;
  int shop = 0;
  for (int k = 0; labels[k] && !a; k++)
    if (ch46_at(t, s, le, labels[k])) a = s + strlen(labels[k]), shop = k == 1;
  if (!a) return 0;
  size_t b = ch_uname_end(t, le, a);
  if (b == a || ch46_user(t, a, b, CH46_MARKED) != 1 || ch46_key_like(t, a, b)) return 0;
  size_t k = b;
  while (k < le && t[k] == ' ') k++;
  int badge = k > b && k + 3 <= le && memcmp(t + k, "\xE2\x9C", 2) == 0 &&
              (t[k + 2] == '\x94' || t[k + 2] == '\x93'); /* ✔ or ✓ */
  if (!badge && !(shop && (k == le || t[k] == '\r'))) return 0;
  *ns = a;
  return b;
}

/* The user names of batch 48's community text: reply, comment and issue
 * authors after a label (ch48_label), bots' message headers, speakers
 * after a comment's or a reply's mark ("💬 sebine_q: ...", "↳
 * LojistikİK_Nazlı: ...", WhatsApp's "~ Nicat 📐: ..." of a non-contact;
 * a capitalised word or a name and a year, "↳ Mübariz 1990:", only when
 * two such lines show a thread), Discord's and a forum's message headers
 * (with the tokens of a user name's form in a Discord chat's messages),
 * "name: comment" lines under a
 * "Yorumlar:" heading, the inline labels, review stars and az/tr '@'
 * mentions; then every other mention of a name so found. GIZLI_E_NOMEM
 * or 0. */
static int ch48_scan(const char *t, size_t len, gz_findings *out) {
  ch46_names nm = {.n = 0};
  ch_span weak[GZ_CH_MAX_SPEAKERS], capped[GZ_CH_MAX_SPEAKERS];
  size_t n_weak = 0, marks = 0, heads = 0, n_cap = 0;
  int section = 0;
  for (size_t p = 0; p < len;) {
    const char *nl = memchr(t + p, '\n', len - p);
    size_t le = nl ? (size_t)(nl - t) : len, s = p;
    p = le + 1;
    while (s < le && (t[s] == ' ' || t[s] == '\t')) s++;
    if (s == le || le - s > 600) continue;
    unsigned char c0 = (unsigned char)t[s];
    int deco = 0;
    if (c0 == 0xE2 && (ch46_at(t, s, le, "\xE2\x80\x94 ") || ch46_at(t, s, le, "\xE2\x80\x93 ")))
      s += 4;
    else if (c0 == 0xE2 && ch46_at(t, s, le, "\xE2\x86\xB3 "))
      s += 4, deco = 1;
    else if (c0 == 0xF0 && ch46_at(t, s, le, "\xF0\x9F\x92\xAC "))
      s += 5, deco = 1;
    else if (c0 == '~' && ch46_at(t, s, le, "~ "))
      s += 2, deco = 2;
    size_t a = 0, b;
    ch_span x2;
    /* the labels' first two letters, then a dash near the start for the
     * headers: most lines of a text are none of them */
    unsigned char l0 = (unsigned char)(t[s] | 32),
                  l1 = s + 1 < le ? (unsigned char)(t[s + 1] | 32) : 0;
    int lab = (l0 == 'r' && l1 == 'e') || (l0 == 'c' && (l1 == 'o' || l1 == 'e')) ||
              (l0 == 'i' && l1 == 's') || (l0 == 'a' && l1 == 'n') || (l0 == 'm' && l1 == 'e') ||
              ((l0 == 's' || l0 == 'y') && l1 == 'o') || (l0 == 'p' && l1 == 'r');
    int dash = !deco && memchr(t + s, 0xE2, le - s < 72 ? le - s : 72) != NULL;
    if (lab && (b = ch48_label(t, len, s, le, &a, &x2)) != 0) {
      if (ch46_push(out, &nm, t, a, b) || (x2.b > x2.a && ch46_push(out, &nm, t, x2.a, x2.b)))
        return GIZLI_E_NOMEM;
      continue;
    }
    int cap = 0;
    if (dash && (b = ch48_discord_head(t, len, s, le, &a, &cap)) != 0) {
      heads++;
      if (!cap && ch46_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      if (cap && n_cap < GZ_CH_MAX_SPEAKERS) capped[n_cap++] = (ch_span){a, b};
      continue;
    }
    if (!deco &&
        ((l0 == 'k' && l1 == 'u') || (l0 == 'm' && l1 == 'a') || (l0 == 'i' && l1 == 's') ||
         c0 == 0xC4) &&
        (b = ch48_account_line(t, s, le, &a)) != 0) {
      if (ch46_push(out, &nm, t, a, b)) return GIZLI_E_NOMEM;
      continue;
    }
    if (dash && (b = ch48_post_head(t, s, le)) != 0) {
      if (ch46_push(out, &nm, t, s, b)) return GIZLI_E_NOMEM;
      continue;
    }
    b = ch_uname_end(t, le, s);
    if (b == s) continue;
    if (!deco && b + 4 < le && t[b] == ' ' && strchr(" ABb", t[b + 1]) && ch48_bot_line(t, s, le)) {
      if (ch46_push(out, &nm, t, s, b)) return GIZLI_E_NOMEM;
      continue;
    }
    if (!deco && (l0 == 'y' || l0 == 'c' || c0 == 0xC5) && ch48_comments_head(t, s, le)) {
      section = 1;
      continue;
    }
    size_t k = deco ? ch46_skip_emoji(t, le, b) : b, y = 0;
    if (deco && k + 6 < le && t[k] == ' ' && ch_digit((unsigned char)t[k + 1]) &&
        ch_digit((unsigned char)t[k + 4]) && !ch_digit((unsigned char)t[k + 5]))
      y = k + 5; /* "Mübariz 1990:" */
    size_t c = y ? y : k;
    marks += deco != 0;
    if (c + 2 >= le || t[c] != ':' || t[c + 1] != ' ') continue;
    int u = ch46_user(t, s, b, CH46_MARKED);
    if (!y && !ch46_key_like(t, s, b) && (deco || section) &&
        (u == 1 || (deco && ch_user_name_marks(t, s, b, 1)))) {
      if (ch46_push(out, &nm, t, s, b)) return GIZLI_E_NOMEM;
      continue;
    }
    int plain = b - s >= 8;
    for (size_t i = s; i < b; i++) plain &= ch_lower((unsigned char)t[i]);
    if (section && !deco && plain && ch46_push(out, &nm, t, s, b)) return GIZLI_E_NOMEM;
    if (n_weak < GZ_CH_MAX_SPEAKERS && ch48_capword(t, s, b) && (deco == 2 || (deco && y)))
      weak[n_weak++] = (ch_span){s, y ? y : b};
  }
  for (size_t i = 0; marks >= 2 && i < n_weak; i++)
    if (ch46_push(out, &nm, t, weak[i].a, weak[i].b)) return GIZLI_E_NOMEM;
  int discord = heads >= 2 && (memmem(t, len, "Discord", 7) || memmem(t, len, "discord", 7));
  /* 0.9: the header and the '@' outweigh the first name the names read */
  for (size_t i = 0; discord && i < n_cap; i++) {
    ch46_keep(&nm, t, capped[i].a, capped[i].b);
    if (gz_findings_push(out, capped[i].a, capped[i].b, GIZLI_T_SOCIAL_HANDLE, 0.9f, 0))
      return GIZLI_E_NOMEM;
  }
  if (discord && ch48_discord_tokens(t, len, out)) return GIZLI_E_NOMEM;
  return ch46_again(t, len, &nm, out);
}
