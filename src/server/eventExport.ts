import { createHmac, randomUUID } from 'node:crypto';
import net from 'node:net';
import { hostname } from 'node:os';
import type { AuditEntry } from './auditLog';
import type { Database } from './database/database';

/**
 * Audit events out to a SOC: signed webhooks and syslog (RFC 5424 or CEF over TCP). Each sink has a cursor in the
 * database; events go out in audit order, each once, retried with backoff, and one that still fails lands in
 * export_dead_letters so the rest keep flowing. Several registry instances on one PostgreSQL share the work through
 * a lease: one instance exports at a time.
 */
export interface ExportSink {
  /** Stable name: the cursor and dead letters are kept under it. */
  name: string;
  send(entry: AuditEntry): Promise<void>;
  close?(): void;
}

export interface ExportOptions {
  /** Attempts per event before it is dead-lettered (default 4). */
  attempts?: number;
  /** First retry delay; doubles each time (default 500 ms). */
  backoffMs?: number;
  /** How often to look for events written by other instances (default 1 s). */
  pollMs?: number;
  log?: (line: string) => void;
}

/** POSTs each event as JSON, signed: `X-MicroApp-Signature: sha256=HMAC(secret, timestamp + "." + body)`. */
export function webhookSink(url: string, secret: string, fetchImpl: typeof fetch = fetch): ExportSink {
  return {
    name: `webhook:${url}`,
    async send(entry) {
      const body = JSON.stringify({ id: entry.hash, seq: entry.seq, at: entry.at, actor: entry.actor, action: entry.action, subject: entry.subject, details: entry.details });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-MicroApp-Timestamp': timestamp, 'X-MicroApp-Signature': `sha256=${signature}`, 'X-MicroApp-Event': entry.action },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`the webhook answered ${response.status}`);
    },
  };
}

/** RFC 5424 with structured data, or ArcSight CEF, one event per message, octet-counted over TCP (RFC 6587). */
export function syslogSink(target: string, format: 'rfc5424' | 'cef'): ExportSink {
  const url = new URL(target);
  if (url.protocol !== 'tcp:' || !url.port) throw new Error(`--syslog wants tcp://host:port, not ${target}`);
  let socket: net.Socket | undefined;
  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const opened = net.connect({ host: url.hostname, port: Number(url.port) }, () => resolve(opened));
      opened.once('error', reject);
      opened.on('close', () => (socket = undefined));
    });
  return {
    name: `syslog:${target}:${format}`,
    async send(entry) {
      socket ??= await connect();
      const message = format === 'cef' ? cefMessage(entry) : rfc5424Message(entry);
      const framed = `${Buffer.byteLength(message)} ${message}`;
      await new Promise<void>((resolve, reject) => socket!.write(framed, (error) => (error ? reject(error) : resolve())));
    },
    close: () => socket?.end(),
  };
}

const sdEscape = (value: string) => value.replace(/["\\\]]/g, (c) => `\\${c}`);

export function rfc5424Message(entry: AuditEntry): string {
  // <110> = facility 13 (log audit) × 8 + severity 6 (informational)
  return `<110>1 ${entry.at} ${hostname()} microapp-registry - ${entry.action} [audit@32473 seq="${entry.seq}" actor="${sdEscape(entry.actor)}" subject="${sdEscape(entry.subject)}" hash="${entry.hash}"] ${JSON.stringify(entry.details)}`;
}

const cefEscape = (value: string) => value.replace(/[\\=]/g, (c) => `\\${c}`).replace(/[\r\n]/g, ' ');
const cefHeader = (value: string) => value.replace(/[\\|]/g, (c) => `\\${c}`);

export function cefMessage(entry: AuditEntry): string {
  const severity = /reject|request-changes/.test(entry.action) ? 5 : 3;
  return `CEF:0|Micro App Guard|Registry|1|${cefHeader(entry.action)}|${cefHeader(entry.action)} ${cefHeader(entry.subject)}|${severity}|rt=${Date.parse(entry.at)} suser=${cefEscape(entry.actor)} cs1Label=app cs1=${cefEscape(entry.subject)} cn1Label=seq cn1=${entry.seq} cs2Label=details cs2=${cefEscape(JSON.stringify(entry.details))}`;
}

interface AuditRow { seq: number | string; at: string; actor: string; action: string; subject: string; details: string; prev_hash: string; hash: string }

export class AuditExporter {
  private running = false;
  private again = false;
  private timer?: NodeJS.Timeout;
  private readonly holder = randomUUID();
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly sinks: readonly ExportSink[],
    private readonly options: ExportOptions = {},
  ) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.options.pollMs ?? 1000);
    };
    tick();
  }

  /** Export now (after a write); a run in progress runs once more when it ends. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.run()
      .catch((error: unknown) => this.options.log?.(`registry: event export: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when every event written so far has gone out (or been dead-lettered). */
  async drained(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [last] = await this.db.query<{ seq: number | string | null }>('SELECT MAX(seq) AS seq FROM audit');
      const cursors = await this.db.query<{ last_seq: number | string }>('SELECT last_seq FROM export_cursors');
      const target = Number(last?.seq ?? 0);
      if (cursors.length === this.sinks.length && cursors.every((c) => Number(c.last_seq) >= target) && !this.running) return;
      if (Date.now() > deadline) throw new Error('the event export did not catch up in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const sink of this.sinks) sink.close?.();
  }

  private async run(): Promise<void> {
    if (!(await this.takeLease())) return;
    for (const sink of this.sinks) {
      await this.db.query(this.db.dialect === 'postgres' ? 'INSERT INTO export_cursors (sink, last_seq) VALUES ($1, 0) ON CONFLICT (sink) DO NOTHING' : 'INSERT OR IGNORE INTO export_cursors (sink, last_seq) VALUES ($1, 0)', [sink.name]);
      for (;;) {
        const [cursor] = await this.db.query<{ last_seq: number | string }>('SELECT last_seq FROM export_cursors WHERE sink = $1', [sink.name]);
        const rows = await this.db.query<AuditRow>('SELECT * FROM audit WHERE seq > $1 ORDER BY seq LIMIT 100', [Number(cursor.last_seq)]);
        if (rows.length === 0 || this.stopped) break;
        for (const row of rows) {
          const entry: AuditEntry = { seq: Number(row.seq), at: row.at, actor: row.actor, action: row.action, subject: row.subject, details: JSON.parse(row.details), prevHash: row.prev_hash, hash: row.hash };
          const error = await this.deliver(sink, entry);
          if (error) {
            await this.db.query('INSERT INTO export_dead_letters (sink, seq, error, at) VALUES ($1, $2, $3, $4)', [sink.name, entry.seq, error, new Date().toISOString()]);
            this.options.log?.(`registry: event ${entry.seq} to ${sink.name} failed ${this.options.attempts ?? 4} times (${error}); kept in export_dead_letters`);
          }
          await this.db.query('UPDATE export_cursors SET last_seq = $1 WHERE sink = $2', [entry.seq, sink.name]);
          if (!(await this.takeLease())) return;
        }
      }
    }
  }

  private async deliver(sink: ExportSink, entry: AuditEntry): Promise<string | undefined> {
    const attempts = this.options.attempts ?? 4;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await sink.send(entry);
        return undefined;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
        if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, (this.options.backoffMs ?? 500) * 2 ** (attempt - 1)));
      }
    }
    return last;
  }

  /** One exporting instance at a time: the lease is taken when free or expired, and renewed while exporting. */
  private async takeLease(): Promise<boolean> {
    const now = Date.now();
    const expires = new Date(now + 30_000).toISOString();
    await this.db.query(this.db.dialect === 'postgres' ? 'INSERT INTO export_lease (id, holder, expires_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING' : 'INSERT OR IGNORE INTO export_lease (id, holder, expires_at) VALUES (1, $1, $2)', [this.holder, expires]);
    await this.db.query('UPDATE export_lease SET holder = $1, expires_at = $2 WHERE id = 1 AND (holder = $1 OR expires_at < $3)', [this.holder, expires, new Date(now).toISOString()]);
    const [lease] = await this.db.query<{ holder: string }>('SELECT holder FROM export_lease WHERE id = 1');
    return lease?.holder === this.holder;
  }
}
