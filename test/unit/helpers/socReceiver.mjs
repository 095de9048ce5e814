// A stand-in SOC, run as its own process: a webhook endpoint that checks each signature and a syslog TCP listener
// (octet-counted frames). Everything received goes to the JSONL file given as argv[2]; /fail answers 500.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';

const [, , out, secret] = process.argv;
const record = (item) => appendFileSync(out, `${JSON.stringify(item)}\n`);

const web = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.url === '/fail') {
      record({ kind: 'webhook-failed-attempt' });
      return response.writeHead(500).end();
    }
    const expected = createHmac('sha256', secret).update(`${request.headers['x-microapp-timestamp']}.${body}`).digest('hex');
    const given = String(request.headers['x-microapp-signature'] ?? '').replace(/^sha256=/, '');
    const valid = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    record({ kind: 'webhook', valid, event: JSON.parse(body) });
    response.writeHead(valid ? 204 : 401).end();
  });
});

const syslog = net.createServer((socket) => {
  let buffer = '';
  socket.on('data', (chunk) => {
    buffer += chunk;
    for (;;) {
      const space = buffer.indexOf(' ');
      if (space < 0) break;
      const length = Number(buffer.slice(0, space));
      if (Buffer.byteLength(buffer.slice(space + 1)) < length) break;
      const message = Buffer.from(buffer.slice(space + 1)).subarray(0, length).toString();
      buffer = Buffer.from(buffer.slice(space + 1)).subarray(length).toString();
      record({ kind: 'syslog', message });
    }
  });
});

web.listen(0, '127.0.0.1', () => syslog.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ web: web.address().port, syslog: syslog.address().port }))));
