export interface Generator {
  next(): number;
  pick<T>(arr: T[]): T;
  int(n: number): number;
}
export function makeGenerator(seed: number): Generator;
export function generateSourceFile(g: Generator, lines: number): string;
