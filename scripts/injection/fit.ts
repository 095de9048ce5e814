// The classifier's fitting and threshold choice, shared by the trainer and the cross-validation.
import { detectInjection } from '../../src/core/injection/detector';
import { FEATURE_BITS, featurize } from '../../src/core/injection/features';
import type { InjectionModel } from '../../src/core/injection/model';
import { normalizeText } from '../../src/core/injection/normalize';
import type { InjectionRow } from './dataset';

const EPOCHS = Number(process.env.EPOCHS ?? 60);
const L2 = Number(process.env.L2 ?? 1e-4);
const RATE = Number(process.env.RATE ?? 0.5);
/**
 * deepset's labels follow its own policy: a chat user's "I want you to act as a linux terminal" is an injection there.
 * At full weight they made the model stricter on everything else; at this weight it learns their phrasing.
 */
const SOURCE_WEIGHT: Record<string, number> = { deepset: Number(process.env.DEEPSET_WEIGHT ?? 0.1) };
const TARGET_PRECISION = Number(process.env.TARGET_PRECISION ?? 0.97);

/** Long benign documents are read sentence by sentence by the detector, so it learns from their sentences too. */
function trainingExamples(rows: InjectionRow[]) {
  const examples: { text: string; label: number; weight: number }[] = [];
  for (const row of rows) {
    // An encoded payload is decoded before the classifier reads it; training on the encoded form would teach it
    // that any base64 or ROT13-looking string is an attack.
    examples.push({ text: row.plain ?? row.text, label: row.label, weight: SOURCE_WEIGHT[row.source] ?? 1 });
    if (row.label === 0 && row.text.length > 200) {
      for (const sentence of row.text.split(/(?<=[.!?])\s+|\n+/)) if (sentence.trim().length > 15) examples.push({ text: sentence, label: 0, weight: 1 });
    }
  }
  return examples;
}

/** Logistic regression by AdaGrad, classes weighted to balance, examples in a fixed shuffled order. */
export function fit(rows: InjectionRow[]): InjectionModel {
  const examples = trainingExamples(rows).map((example) => ({ ...example, features: featurize(normalizeText(example.text).text) }));
  const positives = examples.filter((example) => example.label === 1).length;
  const weightOf = (label: number) => (label === 1 ? examples.length / (2 * positives) : examples.length / (2 * (examples.length - positives)));
  const weights = new Float32Array(1 << FEATURE_BITS);
  const squares = new Float32Array(1 << FEATURE_BITS).fill(1e-8);
  let bias = 0;
  let biasSquare = 1e-8;
  let seed = 12345;
  const random = () => ((seed = Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = examples.map((_, i) => i).sort(() => random() - 0.5);
    for (const i of order) {
      const { features, label, weight } = examples[i];
      let z = bias;
      for (let k = 0; k < features.indices.length; k++) z += weights[features.indices[k]] * features.values[k];
      const gradient = (1 / (1 + Math.exp(-z)) - label) * weightOf(label) * weight;
      for (let k = 0; k < features.indices.length; k++) {
        const j = features.indices[k];
        const g = gradient * features.values[k] + L2 * weights[j];
        squares[j] += g * g;
        weights[j] -= (RATE * g) / Math.sqrt(squares[j]);
      }
      biasSquare += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquare);
    }
  }
  return { bias, weights, threshold: 0.5 };
}

/**
 * The lowest threshold whose validation precision is at least TARGET_PRECISION (0.97: the 0.95 goal with a margin,
 * since the validation split is small), trading recall for precision only as needed.
 */
export function chooseThreshold(model: InjectionModel, validation: InjectionRow[]): number {
  let chosen = 0.97;
  for (let threshold = 0.97; threshold >= 0.3; threshold -= 0.01) {
    const candidate = { ...model, threshold };
    let tp = 0, fp = 0;
    for (const row of validation) {
      const flagged = detectInjection(row.text, candidate, { context: 'data' }).length > 0;
      if (flagged && row.label) tp++;
      else if (flagged) fp++;
    }
    if (tp / Math.max(1, tp + fp) >= TARGET_PRECISION) chosen = threshold;
  }
  return Number(chosen.toFixed(2));
}
