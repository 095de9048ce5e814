// The injection classifier's weights: a logistic regression over hashed n-grams, quantised to int8.
// File layout (little-endian): "MAGI" | u8 version | u8 bits | u16 reserved | f32 bias | f32 scale | f32 threshold | i8[2^bits]
import { FEATURE_BITS, type FeatureVector } from './features';

export interface InjectionModel {
  bias: number;
  weights: Float32Array;
  /** Probability at or above which text counts as an injection; chosen on the validation split. */
  threshold: number;
}

const MAGIC = 'MAGI';
const HEADER_BYTES = 20;

export class InjectionModelError extends Error {}

/** Reads a model file's bytes. */
export function readInjectionModel(bytes: Uint8Array): InjectionModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC || bytes[4] !== 1) throw new InjectionModelError('not a Micro App Guard injection model (version 1)');
  const bits = bytes[5];
  if (bits !== FEATURE_BITS || bytes.byteLength !== HEADER_BYTES + (1 << bits)) {
    throw new InjectionModelError(`injection model has ${bits}-bit features; this build expects ${FEATURE_BITS}`);
  }
  const bias = view.getFloat32(8, true);
  const scale = view.getFloat32(12, true);
  const threshold = view.getFloat32(16, true);
  const quantized = new Int8Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, 1 << bits);
  const weights = new Float32Array(quantized.length);
  for (let i = 0; i < quantized.length; i++) weights[i] = quantized[i] * scale;
  return { bias, weights, threshold };
}

/** Writes weights as a model file, quantising each to int8 (the largest weight maps to ±127). */
export function writeInjectionModel(model: InjectionModel): Uint8Array {
  let max = 0;
  for (const weight of model.weights) max = Math.max(max, Math.abs(weight));
  const scale = max / 127 || 1;
  const bytes = new Uint8Array(HEADER_BYTES + model.weights.length);
  const view = new DataView(bytes.buffer);
  bytes.set([...MAGIC].map((char) => char.charCodeAt(0)), 0);
  bytes[4] = 1;
  bytes[5] = FEATURE_BITS;
  view.setFloat32(8, model.bias, true);
  view.setFloat32(12, scale, true);
  view.setFloat32(16, model.threshold, true);
  const quantized = new Int8Array(bytes.buffer, HEADER_BYTES);
  for (let i = 0; i < model.weights.length; i++) quantized[i] = Math.max(-127, Math.min(127, Math.round(model.weights[i] / scale)));
  return bytes;
}

/** The model's probability that the text behind this feature vector is an injection. */
export function injectionProbability(model: InjectionModel, features: FeatureVector): number {
  let z = model.bias;
  for (let i = 0; i < features.indices.length; i++) z += model.weights[features.indices[i]] * features.values[i];
  return 1 / (1 + Math.exp(-z));
}

/** The words that pushed the score up most, to name in a finding. */
export function strongestWords(model: InjectionModel, features: FeatureVector, count = 3): string[] {
  if (!features.labels) return [];
  return [...features.indices.keys()]
    .filter((k) => features.labels![k])
    .map((k) => ({ word: features.labels![k], push: model.weights[features.indices[k]] * features.values[k] }))
    .filter((entry) => entry.push > 0)
    .sort((a, b) => b.push - a.push)
    .slice(0, count)
    .map((entry) => entry.word);
}
