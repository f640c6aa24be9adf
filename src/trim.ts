/**
 * Cutting a run of characters from the ends of a string by hand: a pattern such as `/\n+$/` or `/ +$/` tries again
 * from every position of a long run that does not reach the end, which is quadratic on text someone crafted.
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

export function trimStartOf(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start]!)) start++;
  return s.slice(start);
}
