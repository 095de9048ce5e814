"""Personal data is removed before a prompt leaves the company: the model provider stores prompts."""
import re

_PATTERNS = [
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "[email]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[ssn]"),
    (re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"), "[iban]"),
    (re.compile(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)"), "[card]"),
    # A phone number is written with + or separators; a bare digit run (an order number) is not one.
    (re.compile(r"(?<![\w+])(?:\+\d[\d ().-]{7,}\d|\(?\d{2,4}\)?[ .-]\d[\d ().-]{5,}\d)\b"), "[phone]"),
]


def _passes_luhn(candidate):
    # Card numbers carry a checksum; checking it keeps order numbers from being redacted.
    digits = [int(c) for c in candidate if c.isdigit()]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2 == 1:
            digit = digit * 2 - 9 if digit * 2 > 9 else digit * 2
        total += digit
    return len(digits) >= 13 and total % 10 == 0


def redact_pii(text):
    """Replaces emails, SSNs, IBANs, card and phone numbers with labels like [email]."""
    for pattern, label in _PATTERNS:
        if label == "[card]":
            text = pattern.sub(lambda m: label if _passes_luhn(m.group(0)) else m.group(0), text)
        else:
            text = pattern.sub(label, text)
    return text
