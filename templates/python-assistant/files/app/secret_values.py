"""Secrets never live in code: they come from the environment (filled from VS Code's Secret Storage by
"Micro App Guard: Open Terminal with Secrets") or, in production, from your vault through it."""
import os


class MissingSecretError(Exception):
    def __init__(self, name):
        super().__init__(f'The secret {name} is not set. Store it with "Micro App Guard: Move secret to Secret Storage" or in your vault.')
        self.name = name


def read_secret(name, env=None):
    """Reads a secret from the environment; says what to do when it is missing."""
    value = (env if env is not None else os.environ).get(name)
    if not value:
        raise MissingSecretError(name)
    return value
