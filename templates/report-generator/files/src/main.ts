import { AUDIT_LOG_FILE } from './config';
import { askModel } from './llm';
import { renderReport, readRecords, totalsByCategory } from './report';
import { writeAuditEvent } from './secure/auditLog';
import { summariseTotals } from './summary';

// Usage: npm start -- data/sample.csv [--summary]
const [file = 'data/sample.csv', flag] = process.argv.slice(2);
const totals = totalsByCategory(readRecords(file));
const summary = flag === '--summary' ? await summariseTotals(totals, askModel) : undefined;
writeAuditEvent(AUDIT_LOG_FILE, { actor: process.env.USER ?? 'unknown', action: 'report', detail: { categories: totals.length, summary: !!summary } });
console.log(renderReport('{{title}}', totals, summary));
