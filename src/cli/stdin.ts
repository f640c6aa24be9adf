/** All of standard input as text; empty on a terminal (a hook run by hand). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const parts: Buffer[] = [];
  for await (const b of process.stdin as AsyncIterable<Buffer>) parts.push(b);
  return Buffer.concat(parts).toString('utf8');
}
