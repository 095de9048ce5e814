import { readFileSync } from 'node:fs';

export interface SpendRecord {
  date: string;
  category: string;
  amount: number;
}

/** Reads the export read-only (the app never writes to its data source). */
export function readRecords(file: string): SpendRecord[] {
  const [header, ...rows] = readFileSync(file, { encoding: 'utf8', flag: 'r' }).trim().split(/\r?\n/);
  const columns = header.split(',').map((c) => c.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  if (at('category') < 0 || at('amount') < 0) throw new Error(`${file} needs "category" and "amount" columns`);
  return rows.filter(Boolean).map((row) => {
    const cells = row.split(',');
    return { date: cells[at('date')] ?? '', category: cells[at('category')].trim(), amount: Number(cells[at('amount')]) };
  });
}

/** Totals by category, largest first. */
export function totalsByCategory(records: SpendRecord[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const record of records) totals.set(record.category, (totals.get(record.category) ?? 0) + (Number.isFinite(record.amount) ? record.amount : 0));
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The report as Markdown. */
export function renderReport(title: string, totals: [string, number][], summary?: string): string {
  const rows = totals.map(([category, total]) => `| ${category.replace(/\|/g, '\\|')} | ${total.toFixed(2)} |`);
  return [`# ${title}`, '', '| Category | Total |', '| --- | ---: |', ...rows, '', ...(summary ? ['## Summary', '', summary, ''] : [])].join('\n');
}
