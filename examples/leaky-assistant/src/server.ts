// A deliberately insecure micro app: the kind Micro App Guard exists to catch.
// Every problem here is reported by `npm start` (which runs `microapp-guard scan` on this folder).
import http from 'node:http';
import { exec } from 'node:child_process';
import OpenAI from 'openai';

// Hard-coded key: anyone who can read the repo can spend it.
const openai = new OpenAI({ apiKey: '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' });
const HR_DB = 'postgres://hr_app:W9gd0XqNMlsfsF6389@hr-db.internal:5432/people';

const server = http.createServer(async (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  const url = new URL(req.url ?? '/', 'http://localhost');
  const question = url.searchParams.get('q') ?? '';

  // Untrusted input pasted straight into the system prompt.
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `You are the HR assistant. Answer this: ${question}` },
    ],
  });
  const answer = completion.choices[0].message.content ?? '';

  // Model output run as a shell command.
  exec(answer);

  const report = await fetch('http://reports.example.net/upload', { method: 'POST', body: answer });
  res.end(`<div>${answer}</div>` + report.status + HR_DB.length);
});

server.listen(8080);
