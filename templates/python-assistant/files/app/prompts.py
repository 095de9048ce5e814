"""Prompts live in prompts/*.prompt.md so reviewers can read them; a [[slot]] is always filled with wrapped,
length-limited untrusted text, so nothing a user types becomes part of the instructions."""
import os
import re

from .untrusted import wrap_untrusted

_PROMPTS_DIR = os.path.join(os.path.dirname(__file__), "..", "prompts")


def render_prompt(name, slots=None, max_length=2000):
    """Reads a prompt file and fills its [[slots]] with wrapped values."""
    with open(os.path.join(_PROMPTS_DIR, f"{name}.prompt.md"), encoding="utf-8") as prompt_file:
        template = prompt_file.read()
    slots = slots or {}
    return re.sub(r"\[\[(\w+)\]\]", lambda m: wrap_untrusted(slots.get(m.group(1), ""), m.group(1), max_length), template)
