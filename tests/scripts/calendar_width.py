"""Display width of terminal text, measured independently of strat: grapheme clusters by the
main rules of UAX #29 (combining marks, ZWJ sequences, variation selectors, emoji modifiers,
regional-indicator pairs, tags) and widths from unicodedata's East Asian Width."""
import unicodedata

ZWJ, VS16 = '\u200d', '\ufe0f'


def _extends(c):
    cat = unicodedata.category(c)
    return (cat in ('Mn', 'Me', 'Mc') or c in (ZWJ, VS16, '\ufe0e')
            or 0x1F3FB <= ord(c) <= 0x1F3FF or 0xE0020 <= ord(c) <= 0xE007F)


def _regional(c):
    return 0x1F1E6 <= ord(c) <= 0x1F1FF


def clusters(text):
    out, i = [], 0
    while i < len(text):
        j = i + 1
        if _regional(text[i]) and j < len(text) and _regional(text[j]):
            j += 1
        while j < len(text):
            if _extends(text[j]):
                j += 1
            elif text[j - 1] == ZWJ:
                j += 1  # the ZWJ joins the next pictograph
            else:
                break
        out.append(text[i:j])
        i = j
    return out


def cluster_width(c):
    if VS16 in c or _regional(c[0]):
        return 2
    w = 0
    for ch in c:
        if unicodedata.category(ch) in ('Mn', 'Me', 'Cf') or ch == ZWJ:
            cw = 0
        elif unicodedata.east_asian_width(ch) in ('W', 'F'):
            cw = 2
        else:
            cw = 1
        w = max(w, cw)
    return w


def width(text):
    return sum(cluster_width(c) for c in clusters(text))
