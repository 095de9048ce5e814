import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../core/registry/protocol';
import { verifyAudit } from '../server/auditLog';
import { openDatabase } from '../server/database/database';
import { migrate } from '../server/database/migrations';
import { syslogSink, webhookSink, type ExportSink } from '../server/eventExport';
import { startRegistryServer } from '../server/httpServer';
import { createToken } from '../server/tokens';
import { CliUsageError, EXIT } from './cliError';
import type { CliIo } from './main';

export const REGISTRY_USAGE = `microapp-guard registry serve [--port 7420] [--host 127.0.0.1] [--database sqlite:PATH|postgres://…]
                               [--tls-cert FILE --tls-key FILE] [--review-days 5] [--rate-limit 600] [--max-body 1m]
                               [--webhook URL] [--syslog tcp://HOST:PORT [--syslog-format rfc5424|cef]]
                               [--trust-proxy ADDRESS[,ADDRESS…]]   limits key on X-Forwarded-For from these
    audit events out to a SOC: --webhook POSTs each one signed with HMAC-SHA256 (secret from
    MICROAPP_GUARD_WEBHOOK_SECRET); --syslog sends RFC 5424 or CEF over TCP; in order, retried, failures kept
microapp-guard registry token create --role builder|reviewer|admin --name NAME [--database …]
microapp-guard registry verify [--database …]     checks the audit log's hash chain`;

const DEFAULT_DATABASE = 'sqlite:.microapp-guard-registry/registry.db';

export async function registryCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '7420' },
      host: { type: 'string', default: '127.0.0.1' },
      database: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'review-days': { type: 'string', default: '5' },
      'rate-limit': { type: 'string', default: '600' },
      'max-body': { type: 'string', default: '1m' },
      role: { type: 'string' },
      name: { type: 'string' },
      webhook: { type: 'string' },
      'trust-proxy': { type: 'string' },
      syslog: { type: 'string' },
      'syslog-format': { type: 'string', default: 'rfc5424' },
    },
  });
  const database = values.database ?? io.env.MICROAPP_GUARD_DATABASE ?? DEFAULT_DATABASE;
  const [action, sub] = positionals;
  if (action === 'serve') {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError(`--port must be a port number, not "${values.port}"`);
    if (!!values['tls-cert'] !== !!values['tls-key']) throw new CliUsageError('--tls-cert and --tls-key go together');
    const exportSinks: ExportSink[] = [];
    if (values.webhook) {
      const secret = io.env.MICROAPP_GUARD_WEBHOOK_SECRET;
      if (!secret || secret.length < 16) throw new CliUsageError('--webhook needs MICROAPP_GUARD_WEBHOOK_SECRET (16 characters or more) to sign each event');
      try {
        new URL(values.webhook);
      } catch {
        throw new CliUsageError(`--webhook must be a URL, not "${values.webhook}"`);
      }
      exportSinks.push(webhookSink(values.webhook, secret));
    }
    if (values.syslog) {
      const format = values['syslog-format'];
      if (format !== 'rfc5424' && format !== 'cef') throw new CliUsageError(`--syslog-format must be rfc5424 or cef, not "${format}"`);
      try {
        exportSinks.push(syslogSink(values.syslog, format));
      } catch (error) {
        throw new CliUsageError((error as Error).message);
      }
    }
    const db = await openDatabase(database);
    const server = await startRegistryServer(db, {
      exportSinks,
      trustProxy: values['trust-proxy']?.split(',').map((a) => a.trim()).filter(Boolean),
      port,
      host: values.host,
      tlsCert: values['tls-cert'],
      tlsKey: values['tls-key'],
      reviewDays: Number(values['review-days']),
      rateLimitPerMinute: Number(values['rate-limit']),
      maxBodyBytes: parseBytes(values['max-body']!),
      log: (line) => io.stderr(`${line}\n`),
    });
    io.stdout(`Registry listening on ${server.url} (database: ${db.dialect}). Dashboard: ${server.url}/\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await db.close();
    return EXIT.ok;
  }
  if (action === 'token' && sub === 'create') {
    if (!values.role || !ROLES.includes(values.role as Role)) throw new CliUsageError(`--role must be one of ${ROLES.join(', ')}`);
    if (!values.name) throw new CliUsageError('--name is required: the person or service the token is for (e.g. jane@acme.com)');
    const db = await openDatabase(database);
    try {
      await migrate(db);
      const { token } = await createToken(db, values.role as Role, values.name);
      io.stdout(`${token}\n`);
      io.stderr(`Created a ${values.role} token for ${values.name}. It is shown once; only its hash is stored.\n`);
    } finally {
      await db.close();
    }
    return EXIT.ok;
  }
  if (action === 'verify') {
    const db = await openDatabase(database);
    try {
      await migrate(db);
      const result = await verifyAudit(db);
      if (result.ok) io.stdout(`Audit log intact: ${result.entries} entries, hash chain verified.\n`);
      else io.stdout(`Audit log TAMPERED at entry ${result.brokenAt}: ${result.reason}.\n`);
      return result.ok ? EXIT.ok : EXIT.findings;
    } finally {
      await db.close();
    }
  }
  throw new CliUsageError(`unknown registry action "${positionals.join(' ')}". Usage:\n${REGISTRY_USAGE}`);
}

function parseBytes(text: string): number {
  const match = /^(\d+)([km]?)$/i.exec(text);
  if (!match) throw new CliUsageError(`--max-body must be bytes such as 1048576, 512k or 1m, not "${text}"`);
  return Number(match[1]) * { '': 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase() as '' | 'k' | 'm'];
}
