import { defaultConfig } from '../../src/config/schema.js';
import { createScanner } from '../../src/pipeline.js';
import { isBlocking } from '../../src/detect/types.js';
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
  const config = defaultConfig();
  const scanner = createScanner(config);
  const out = new Map<string, number[]>();
  // Judged by what would block a commit, both ways: a warning on a negative (a public key, a demo
  // value) is reported by design and is no false alarm; a warning on a positive is no detection.
  for (const s of samples) out.set(s.id, scanner.scan({ path: s.path, text: s.text }).filter((f) => isBlocking(f, config.failOn)).map((f) => f.line));
  return out;
};

/** The score of the held-out positives alone (not a rule's own example), with every negative. */
export function heldOut(samples: Sample[]): Sample[] {
  return samples.filter((s) => !s.positive || s.source === 'held-out');
}

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
