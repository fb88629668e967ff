// The package ships no types; this is the part of its API the training script uses.
declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    classifiers: ({ weights: Matrix | null } | undefined)[];
    train(features: Matrix, target: Matrix): void;
  }
}
