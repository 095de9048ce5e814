/** A usage or I/O problem: the CLI prints its message on one line and exits 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
