"""Prompt-injection screen: the Micro App Guard scanner's classifier and structural signals, ported to Python.

The text is folded first (NFKC, look-alike letters, invisible and tag characters), encoded spans are decoded
(base64, hex, URL-encoding, ROT13), then a logistic regression over hashed word and character n-grams reads each
sentence. Hashing works on UTF-16 code units, exactly as the TypeScript detector does, so both read the same
model file (injection-model.bin) the same way.
"""
import base64
import binascii
import json
import math
import re
import struct
import unicodedata
import urllib.parse
from pathlib import Path

_HERE = Path(__file__).parent
_FEATURE_BITS = 18
_MASK = (1 << _FEATURE_BITS) - 1
_OFFSET = 2166136261
_PRIME = 16777619

_CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ԛ": "q", "ԝ": "w", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "І": "I", "α": "a", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "ι": "i", "κ": "k",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X",
}
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\u202a-\u202e\u2066-\u2069\ufeff]")
_LATIN = re.compile("[A-Za-z]")
_QUOTES = "\"“”«»„"
_TOKEN = re.compile("[\\w']+|[" + _QUOTES + "]|[^\\s\\w'" + _QUOTES + "]+")
_SENTENCE = re.compile("(?:[^.!?。！？\n]|[.!?](?![\\s.!?]|\\Z))+(?:[.!?。！？]+|\n|\\Z)")
_PLAIN_WORDS = re.compile(r"\b(the|and|you|your|is|are|to|of|for|with|der|die|das|und|ist|le|la|les|et|est|el|los|que|y|il|di|che|het|een|en|van|o|os|um|uma|não)\b", re.I)
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[\s:]?){8,}(?![0-9A-Fa-f])")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+-]){6,}")
_HIDDEN = re.compile("[\U000e0000-\U000e007f\u202a-\u202e\u2066-\u2069]|(?:[\u200b-\u200d\u2060][^\u200b-\u200d\u2060\\s]?){3}")


def _signals():
    """The scanner's structural signals for data (signals.json is written from its signals.ts)."""
    flags = {"i": re.I, "m": re.M, "s": re.S}
    compiled = []
    for signal in json.loads((_HERE / "injection_signals.json").read_text(encoding="utf-8")):
        mode = 0
        for flag in signal["flags"]:
            mode |= flags.get(flag, 0)
        compiled.append((signal["strength"], re.compile(signal["pattern"], mode), signal["why"]))
    return compiled


def _load_model():
    data = (_HERE / "injection-model.bin").read_bytes()
    magic, version, bits, _, bias, scale, threshold = struct.unpack_from("<4sBBHfff", data)
    if magic != b"MAGI" or version != 1 or bits != _FEATURE_BITS:
        raise ValueError("injection-model.bin is not a version-1 Micro App Guard injection model")
    weights = struct.unpack_from(f"<{1 << bits}b", data, 20)
    return bias, scale, threshold, weights


_MODEL = None
_SIGNALS = None


def _units(text):
    data = text.encode("utf-16-le")
    return [data[i] | (data[i + 1] << 8) for i in range(0, len(data), 2)]


def _hash(kind, units, start=0, end=None):
    h = (_OFFSET ^ kind) & 0xFFFFFFFF
    for unit in units[start:end]:
        h = ((h ^ unit) * _PRIME) & 0xFFFFFFFF
    return h & _MASK


def _fold(text):
    """NFKC, look-alike letters beside Latin ones, invisible characters dropped, tag characters read as ASCII."""
    out = []
    for i, char in enumerate(text):
        code = ord(char)
        if 0xE0000 <= code <= 0xE007F:
            if 0x20 <= code - 0xE0000 < 0x7F:
                out.append(chr(code - 0xE0000))
        elif not _INVISIBLE.match(char):
            folded = _CONFUSABLES.get(char)
            neighbours = (text[i - 1] if i else "") + (text[i + 1] if i + 1 < len(text) else "")
            out.append(unicodedata.normalize("NFKC", folded if folded and _LATIN.search(neighbours) else char))
    return "".join(out)


def _probability(text):
    bias, scale, _, weights = _MODEL
    text = re.sub(r"\s+", " ", text.lower()).strip()
    counts = {}

    def add(index):
        counts[index] = counts.get(index, 0) + 1

    quoted, previous = False, ""
    for token in _TOKEN.findall(text):
        if token in _QUOTES:
            quoted = not quoted
            continue
        kind = 10 if quoted else 0
        add(_hash(1 + kind, _units(token)))
        if previous:
            add(_hash(2 + kind, _units(previous + " " + token)))
        previous = token
    padded = _units(" " + text + " ")
    for i in range(len(padded) - 2):
        for n in (3, 4, 5):
            if i + n <= len(padded):
                add(_hash(2 + n, padded, i, i + n))
    norm = math.sqrt(sum(math.log1p(c) ** 2 for c in counts.values())) or 1.0
    z = bias + sum(weights[index] * scale * math.log1p(count) / norm for index, count in counts.items())
    return 1 / (1 + math.exp(-z))


def _substantial(text):
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 3 or len(re.findall("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]", text)) >= 6


def _readable(text):
    if len(text) < 8 or re.search("[\x00-\x08\x0e-\x1f\ufffd]", text):
        return False
    letters = len(re.findall(r"[^\W\d_]|\s", text))
    return letters / len(text) > 0.75 and re.search(r"\s", text) is not None


def _decoded_spans(text):
    for match in _BASE64.finditer(text):
        raw = match.group(0)
        if not re.search("[A-Z]", raw) or not re.search("[a-z]", raw):
            continue
        try:
            decoded = base64.b64decode(raw.replace("-", "+").replace("_", "/") + "===", validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _readable(decoded):
            yield "base64", decoded
    for match in _HEX.finditer(text):
        try:
            decoded = bytes.fromhex(re.sub(r"\\x|0x|[\s:]", "", match.group(0))).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _readable(decoded):
            yield "hex", decoded
    for match in _PERCENT.finditer(text):
        if len(re.findall("%[0-9A-Fa-f]{2}", match.group(0))) < 3:
            continue
        try:
            decoded = urllib.parse.unquote_plus(match.group(0), errors="strict")
        except UnicodeDecodeError:
            continue
        if _readable(decoded):
            yield "URL-encoding", decoded


def _rot13(text):
    return text.translate(str.maketrans(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm"))


def screen_injection(text):
    """The reason the text reads as prompt injection, or None."""
    global _MODEL, _SIGNALS
    if _MODEL is None:
        _MODEL, _SIGNALS = _load_model(), _signals()
    threshold = _MODEL[2]
    source = str(text or "")[:200_000]
    folded = _fold(source)
    weak = []
    for strength, pattern, why in _SIGNALS:
        for match in pattern.finditer(folded):
            if strength == "strong":
                return why.replace("{match}", match.group(0).strip()[:40])
            weak.append((match.start(), match.end(), why.replace("{match}", match.group(0).strip()[:40])))
    units = [(m.start(), m.end(), m.group(0)) for m in _SENTENCE.finditer(folded) if _substantial(m.group(0))]

    def read(start, end, sentence):
        near = next((why for s, e, why in weak if s < end + 40 and e > start - 40), None)
        bar = threshold / 2 if near else threshold
        score = _probability(sentence)
        if score >= bar:
            return score, near or "reads as an instruction to the model"
        if re.search(r"[a-z]{3,}(?:\s+[a-z]{2,}){3}", sentence, re.I) and not _PLAIN_WORDS.search(sentence):
            turned = _rot13(sentence)
            if _PLAIN_WORDS.search(turned) and _probability(turned) >= threshold:
                return 1.0, f'ROT13 that decodes to "{turned.strip()[:60]}"'
        return (score * 2 if near else score), None

    scores = []
    for start, end, sentence in units:
        score, why = read(start, end, sentence)
        if why:
            return why
        scores.append(score)
    for i in range(1, len(units)):
        if max(scores[i - 1], scores[i]) >= threshold / 4:
            _, why = read(units[i - 1][0], units[i][1], folded[units[i - 1][0]:units[i][1]])
            if why:
                return why
    for encoding, decoded in _decoded_spans(folded):
        pieces = [decoded] + [m.group(0) for m in _SENTENCE.finditer(decoded)]
        if max(_probability(_fold(piece)) for piece in pieces) >= threshold:
            return f'{encoding} that decodes to "{decoded.strip()[:60]}"'
    if _HIDDEN.search(source):
        return "hidden text: invisible characters"
    return None
