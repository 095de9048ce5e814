"""Who did what, when: one JSON line per event, appended, each carrying the hash of the line before."""
import hashlib
import json
import os
from datetime import datetime, timezone


def _last_hash(path):
    if not os.path.exists(path):
        return "genesis"
    with open(path, encoding="utf-8") as log:
        lines = [line for line in log.read().splitlines() if line]
    return json.loads(lines[-1])["hash"] if lines else "genesis"


def write_audit_event(path, actor, action, detail=None):
    """Appends one event. Never log prompt text or secrets: actions and ids only."""
    entry = {"at": datetime.now(timezone.utc).isoformat(), "actor": actor, "action": action, "detail": detail or {}, "prev": _last_hash(path)}
    entry["hash"] = hashlib.sha256(json.dumps(entry, sort_keys=True).encode()).hexdigest()
    with open(path, "a", encoding="utf-8") as log:
        log.write(json.dumps(entry, sort_keys=True) + "\n")


def verify_audit_log(path):
    """True when every line links to the previous one and matches its hash."""
    prev = "genesis"
    with open(path, encoding="utf-8") as log:
        for line in filter(None, log.read().splitlines()):
            entry = json.loads(line)
            digest = entry.pop("hash")
            if entry["prev"] != prev or hashlib.sha256(json.dumps(entry, sort_keys=True).encode()).hexdigest() != digest:
                return False
            prev = digest
    return True
