import { defaultConfig } from '../../src/config/schema.js';
import { createScanner } from '../../src/pipeline.js';
import type { Sample } from './corpus.js';

export interface FamilyScore {
  family: string;
  positives: number;
  detected: number;
  negatives: number;
  falsePositives: number;
}

export interface Score {
  byFamily: FamilyScore[];
  recall: number;
  falsePositiveRate: number;
  precision: number;
  misses: Sample[];
  falseAlarms: Sample[];
}

/** Which samples a detector flags: a positive counts when flagged on its secret's line. */
export type Detector = (samples: Sample[]) => Promise<Map<string, number[]>> | Map<string, number[]>;

export const leakguardDetector: Detector = (samples) => {
  const scanner = createScanner(defaultConfig());
  const out = new Map<string, number[]>();
  // Negatives are judged by what would block: a warning (a public key, a demo value) is reported by design.
  for (const s of samples) out.set(s.id, scanner.scan({ path: s.path, text: s.text }).filter((f) => s.positive || f.warning === undefined).map((f) => f.line));
  return out;
};

export async function score(samples: Sample[], detector: Detector): Promise<Score> {
  const hits = await detector(samples);
  const fam = new Map<string, FamilyScore>();
  const misses: Sample[] = [];
  const falseAlarms: Sample[] = [];
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  for (const s of samples) {
    const lines = hits.get(s.id) ?? [];
    const f = fam.get(s.family) ?? { family: s.family, positives: 0, detected: 0, negatives: 0, falsePositives: 0 };
    fam.set(s.family, f);
    if (s.positive) {
      pos++;
      f.positives++;
      // Multi-line secrets (keys) are reported at their first line; allow the line or any line for whole-file detectors.
      if (lines.some((l) => l === 0 || (l >= s.line! && l <= (s.lineEnd ?? s.line!)))) {
        tp++;
        f.detected++;
      } else misses.push(s);
    } else {
      neg++;
      f.negatives++;
      if (lines.length) {
        fp++;
        f.falsePositives++;
        falseAlarms.push(s);
      }
    }
  }
  return {
    byFamily: [...fam.values()],
    recall: pos ? tp / pos : 1,
    falsePositiveRate: neg ? fp / neg : 0,
    precision: tp + fp ? tp / (tp + fp) : 1,
    misses,
    falseAlarms,
  };
}
