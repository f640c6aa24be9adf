export function sourceRegexes(root: string): { where: string; source: string; flags: string }[];
export function patternKey(source: string, flags: string): string;
