#!/usr/bin/env python3
"""Writes src/ingest/entity_table.inc from Python's copy of the HTML5 named character references.

Usage: python3 tools/ingest/gen_entity_table.py > src/ingest/entity_table.inc
Kept: all single-code-point entities of HTML 4 and, from HTML5, those for Latin, Greek and
Cyrillic letters (< U+0500), punctuation/currency/letterlike/arrows (U+2000..U+21FF), shapes and
dingbats (U+2500..U+27FF) and the few math signs news text uses. Sorted by name (byte order).
"""
import html.entities as he


def main():
    h = he.html5
    html4 = set(k + ';' for k in he.name2codepoint)
    sel = {}
    for k, v in h.items():
        if not k.endswith(';') or len(v) != 1:
            continue
        o = ord(v)
        if (k in html4 or o < 0x500 or 0x2000 <= o < 0x2200 or 0x2500 <= o < 0x2800
                or o in (0x2212, 0x2248, 0x2260, 0x2264, 0x2265, 0x221E, 0x00D7)):
            sel[k[:-1]] = o

    def pack(entries):
        lines, cur = [], ''
        for e in entries:
            if len(cur) + len(e) > 98:
                lines.append(cur.rstrip())
                cur = ''
            cur += e
        lines.append(cur.rstrip())
        return lines

    print('// Generated from the HTML5 named character references (WHATWG): every single-code-point')
    print('// entity for Latin, Greek and Cyrillic letters, punctuation, currency, letterlike symbols,')
    print('// arrows, shapes and dingbats, plus all of HTML 4. Sorted by name (binary search).')
    print('// Regenerate: python3 tools/ingest/gen_entity_table.py > src/ingest/entity_table.inc')
    print('inline constexpr NamedEntity kNamedEntities[] = {')
    for line in pack(['{"%s", 0x%04X}, ' % (k, o) for k, o in sorted(sel.items())]):
        print('    ' + line)
    print('};\n\n// Names HTML5 also accepts without the final semicolon (legacy), sorted.')
    print('inline constexpr std::string_view kLegacyEntityNames[] = {')
    for line in pack(['"%s", ' % k for k in sorted(k for k in h if not k.endswith(';'))]):
        print('    ' + line)
    print('};')


if __name__ == '__main__':
    main()
