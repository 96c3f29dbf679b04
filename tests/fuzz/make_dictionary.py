#!/usr/bin/env python3
"""Writes a libFuzzer dictionary to standard output: the entries of the given .dict files, then
every word of kpiconv's vocabulary (labels, comparators, units, date words, ...).

libFuzzer reads only printable ASCII between the quotes of an entry, so the .dict files here are
kept readable in UTF-8 and every byte beyond ASCII is written out as \\xNN on the way.

usage: make_dictionary.py VOCABULARY_JSON [FILE.dict ...]
"""
import json
import sys


def escaped(text):
    out = []
    for byte in text.encode("utf-8"):
        if byte >= 0x80 or byte < 0x20:
            out.append("\\x%02X" % byte)
        else:
            out.append(chr(byte))
    return "".join(out)


def quoted(word):
    return '"' + escaped(word.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def vocabulary_words(node):
    """Every string of the vocabulary: list items, values and keys (canonical units are keys)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "about":
                continue
            if not key.isascii() or len(key) <= 2:  # "%", "万元"; not "labels"
                yield key
            yield from vocabulary_words(value)
    elif isinstance(node, list):
        for item in node:
            yield from vocabulary_words(item)
    elif isinstance(node, str):
        yield node


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    lines = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as dictionary:
            for line in dictionary:
                line = line.rstrip("\n")
                if line.strip() and not line.lstrip().startswith("#"):
                    lines.append(escaped(line))
    with open(sys.argv[1], encoding="utf-8") as vocabulary:
        words = sorted({word for word in vocabulary_words(json.load(vocabulary)) if word})
    lines.extend(quoted(word) for word in words)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
