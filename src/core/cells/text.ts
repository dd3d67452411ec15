// A range repeats the same few labels thousands of times: folding each distinct text once keeps a
// 10,000-row call fast. Bounded, so a column of free text cannot grow it without limit.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 4096;

/** Folds a label for comparison: case, accents, surrounding and repeated spaces, apostrophe variants. */
export function fold(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    folded = foldNow(text);
    FOLDED.set(text, folded);
  }
  return folded;
}

function foldNow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** True for what Sheets sends for an empty cell (and what an omitted argument looks like). */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Header comparison ignores case, accents, spaces and punctuation: "Total AMI" = "total-ami". */
export function headerKey(text: unknown): string {
  return fold(String(text ?? '')).replace(/[^a-z0-9€%]+/g, '');
}
