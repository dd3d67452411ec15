import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The script's time zone (appsscript.json: Europe/Paris), the fake's too: the add-on dates a new assessment in it. */
const TIME_ZONE: string = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')).timeZone;

/**
 * Today as `aaaa-mm-jj` where the add-on counts it, not where the machine does: between 23:00 and
 * midnight UTC in winter (22:00 in summer) it is already tomorrow in Paris.
 */
export function scriptToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
