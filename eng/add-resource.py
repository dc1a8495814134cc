#!/usr/bin/env python3
"""Adds or replaces UI texts in both resource files: eng/add-resource.py KEY "Vietnamese" "English" [KEY vi en ...]."""
import re, sys
from xml.sax.saxutils import escape

args = sys.argv[1:]
assert len(args) % 3 == 0, __doc__
root = __file__.rsplit('/eng/', 1)[0] + '/src/MergePlanner.Web/Resources/'
for path, index in ((root + 'SharedResource.resx', 1), (root + 'SharedResource.en.resx', 2)):
    text = open(path, encoding='utf-8').read()
    for i in range(0, len(args), 3):
        key, value = args[i], args[i + index]
        line = f'  <data name="{key}" xml:space="preserve"><value>{escape(value)}</value></data>'
        pattern = re.compile(r'  <data name="' + re.escape(key) + r'" xml:space="preserve"><value>.*?</value></data>', re.S)
        if pattern.search(text):
            text = pattern.sub(lambda _: line, text)
        else:
            text = text.replace('</root>', line + '\n</root>')
    open(path, 'w', encoding='utf-8').write(text)
