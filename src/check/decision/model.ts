/**
 * A logistic model over the decision features: weights as data (./weights.ts, written by scripts/train-decision.ts
 * from the project's own labelled reports), so the decision is a weighted sum a reviewer can read term by term.
 */
import { DECISION_FEATURES } from './features';

export interface DecisionModel {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** The probability that the task is reported, from its features (in DECISION_FEATURES order). */
export function reportedProbability(model: DecisionModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i += 1) z += model.weights[i]! * ((features[i]! - model.mean[i]!) / model.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

/** The model's features must be today's: weights trained on another list would be read against the wrong inputs. */
export function assertModelFits(model: DecisionModel): void {
  const same = model.features.length === DECISION_FEATURES.length && model.features.every((f, i) => f === DECISION_FEATURES[i]);
  if (!same) throw new Error(`decision model features [${model.features.join(', ')}] differ from [${DECISION_FEATURES.join(', ')}]; run scripts/train-decision.ts`);
}

/** Fits the model by gradient descent on standardised features with an L2 penalty (deterministic: no sampling). */
export function trainDecisionModel(rows: readonly (readonly number[])[], labels: readonly number[], options: { l2?: number; iterations?: number; rate?: number } = {}): DecisionModel {
  const { l2 = 10, iterations = 3000, rate = 1 } = options;
  const n = rows.length;
  const k = DECISION_FEATURES.length;
  const mean = new Array<number>(k).fill(0);
  const scale = new Array<number>(k).fill(0);
  for (const row of rows) for (let j = 0; j < k; j += 1) mean[j]! += row[j]! / n;
  for (const row of rows) for (let j = 0; j < k; j += 1) scale[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < k; j += 1) scale[j] = Math.sqrt(scale[j]!) || 1;
  const z = rows.map((row) => row.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(k).fill(0);
  let bias = 0;
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Array<number>(k).fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i += 1) {
      let s = bias;
      for (let j = 0; j < k; j += 1) s += weights[j]! * z[i]![j]!;
      const err = 1 / (1 + Math.exp(-s)) - labels[i]!;
      for (let j = 0; j < k; j += 1) grad[j]! += (err * z[i]![j]!) / n;
      gradBias += err / n;
    }
    for (let j = 0; j < k; j += 1) weights[j]! -= rate * (grad[j]! + (l2 * weights[j]!) / n);
    bias -= rate * gradBias;
  }
  return { features: [...DECISION_FEATURES], mean, scale, weights, bias };
}
