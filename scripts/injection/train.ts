// Retrains the injection classifier on the train split, picks its threshold on the validation split (never the
// test split), writes models/injection-model.bin and prints the evaluation. Usage: npm run train:injection
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeInjectionModel, readInjectionModel } from '../../src/core/injection/model';
import { loadInjectionDataset } from './dataset';
import { chooseThreshold, fit } from './fit';
import { printEvaluation } from './evaluate';

const rows = loadInjectionDataset();
const fitted = fit(rows.filter((row) => row.split === 'train'));
fitted.threshold = chooseThreshold(readInjectionModel(writeInjectionModel(fitted)), rows.filter((row) => row.split === 'validation'));
const bytes = writeInjectionModel(fitted);
const file = path.join(__dirname, '../../models/injection-model.bin');
writeFileSync(file, bytes);
console.log(`wrote ${path.relative(process.cwd(), file)} (${bytes.byteLength} bytes, threshold ${fitted.threshold})`);
printEvaluation(readInjectionModel(bytes), rows, process.argv.includes('--test') ? ['train', 'validation', 'app-prompts-tuning', 'test', 'fresh-test', 'fresh2-test', 'giskard', 'deepset-test', 'app-prompts-test'] : ['train', 'validation', 'app-prompts-tuning']);
