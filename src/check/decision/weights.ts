// Written by scripts/train-decision.ts from 6055 labelled task decisions of 15 plans; do not edit by hand.
import type { DecisionModel } from './model';

export const DECISION_MODEL: DecisionModel = {
  features: ["logBest","logSecond","logThird","passagesOver3","passagesOver7","bestUnique","bestDominant","bestCues","anyDominant","bestInAssessment","bestFromHeading","authorIsDepartment","authorLeads","required","territorial","ruleSaysReported","bestOver6","passagesWhereBest","bestShareOfPassage","logSiblings"],
  mean: [1.53682, 0.587785, 0.261342, 0.967135, 0.619158, 0.267052, 0.285054, 0.523699, 0.292486, 0.0297275, 0.141866, 0.155078, 0.391908, 0.561685, 0.34583, 0.44905, 0.467217, 0.560198, 0.510181, 1.16685],
  scale: [1.39365, 0.930593, 0.648617, 1.18457, 0.862253, 0.44242, 0.45144, 0.875046, 0.454904, 0.169835, 0.348913, 0.361979, 0.488176, 0.49618, 0.475638, 0.497397, 0.498924, 0.784007, 0.460028, 0.658896],
  weights: [1.0133, 0.366535, 0.175034, -0.209886, -0.279715, 0.404484, 0.281442, 0.466326, 0.264569, -0.189459, -0.17943, 0.455408, 0.474335, 0.808097, 0.101697, 0.367244, 0.333659, 0.434964, 0.582851, 0.275681],
  bias: -0.352712,
};
