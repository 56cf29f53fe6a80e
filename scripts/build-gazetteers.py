#!/usr/bin/env python3
"""build-gazetteers.py - place names for data/names/gazetteer.tsv from two
Debian packages: iso-codes (ISO 3166-1 countries and ISO 3166-2 subdivisions,
with the Azerbaijani and Turkish translations of the country names; LGPL-2.1+)
and tzdata (city names of the time-zone database; public domain), plus the
proper nouns (capitalised words with no lower-case twin) of wamerican
(SCOWL word list; permissive licence) as kind "proper".
Writes "loc<TAB>lang<TAB>name" lines to stdout (single words and multi-word
names alike; the recognizer uses the single-word ones). Python stdlib only."""
import gettext, json, os, sys

ISO = '/usr/share/iso-codes/json'
out = set()

def add(lang, name):
    name = name.strip()
    if name and '\t' not in name and '#' not in name and len(name) < 60:
        out.add(f"loc\t{lang}\t{name}")

def tr_for(domain, lang):
    try:
        return gettext.translation(domain, '/usr/share/locale', languages=[lang])
    except OSError:
        return None

c1 = json.load(open(os.path.join(ISO, 'iso_3166-1.json')))['3166-1']
for lang in ('az', 'tr'):
    t = tr_for('iso_3166-1', lang)
    for c in c1:
        for k in ('name', 'common_name'):
            if k in c:
                add('en', c[k])
                if t:
                    v = t.gettext(c[k])
                    if v != c[k]:
                        add(lang, v)
for s in json.load(open(os.path.join(ISO, 'iso_3166-2.json')))['3166-2']:
    lang = {'AZ': 'az', 'TR': 'tr'}.get(s['code'][:2], 'en')
    add(lang, s['name'])
zi = '/usr/share/zoneinfo'
for region in ('Africa', 'America', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific'):
    d = os.path.join(zi, region)
    if os.path.isdir(d):
        for f in os.listdir(d):
            if os.path.isfile(os.path.join(d, f)) and f[0].isupper():
                add('en', f.replace('_', ' '))
words = '/usr/share/dict/american-english'
if os.path.exists(words):
    ws = [w.strip() for w in open(words, encoding='utf-8', errors='replace')]
    lower = {w for w in ws if w[:1].islower()}
    for w in ws:
        if w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in lower:
            out.add(f"proper\ten\t{w}")
sys.stdout.write(''.join(l + '\n' for l in sorted(out)))
