#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms in translations/outbox-doctor_en.ts.

English needs only the %n messages; their source text marks the plural with "(s)"
("%n second(s)"), so the two forms are derived from it: "%n second" and "%n seconds".
A message whose source has no "(s)" is reported, to be written by hand.
"""
import re
import sys
from pathlib import Path

path = Path(__file__).resolve().parent.parent / "translations" / "outbox-doctor_en.ts"
text = path.read_text(encoding="utf-8")
unresolved = []


def fill(match):
    source, block = match.group(1), match.group(0)
    if 'type="unfinished"' not in block:
        return block
    plain = source.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    if "(s)" not in plain:
        unresolved.append(plain)
        return block
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    forms = f"<numerusform>{singular}</numerusform>\n            <numerusform>{plural}</numerusform>"
    return re.sub(r'<translation type="unfinished">.*?</translation>',
                  f"<translation>\n            {forms}\n        </translation>", block, flags=re.S)


text = re.sub(r'<message numerus="yes">\s*<source>(.*?)</source>.*?</message>', fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
if unresolved:
    print("write these plural forms by hand:", *unresolved, sep="\n  ", file=sys.stderr)
    sys.exit(1)
