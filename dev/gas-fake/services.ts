/** Small services: ScriptApp, Session (+ User), Utilities, Charts. */
import { createHash, randomUUID } from 'node:crypto';
import { GasObject, enumOf } from './calls';
import type { Env } from './env';

export class User extends GasObject {
  get _cls(): string {
    return 'User';
  }
  constructor(private readonly _email: string) {
    super();
  }
  getEmail(): string {
    return this._email;
  }
}

export class ScriptAppService extends GasObject {
  get _cls(): string {
    return 'ScriptApp';
  }
  readonly AuthMode = enumOf('ScriptApp.AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
  constructor(private readonly _env: Env) {
    super();
  }
  getScriptId(): string {
    return this._env.options.scriptId;
  }
}

/**
 * Session. `getEmail()` is '' by default: Google blanks the active user's email in simple triggers,
 * custom functions and for users of other domains, so the add-on must not depend on it.
 */
export class SessionService extends GasObject {
  get _cls(): string {
    return 'Session';
  }
  constructor(private readonly _env: Env) {
    super();
  }
  private _user(): User {
    return new User(this._env.options.emailVisible ? this._env.options.user : '');
  }
  getActiveUser(): User {
    return this._user();
  }
  getEffectiveUser(): User {
    return this._user();
  }
  getActiveUserLocale(): string {
    return this._env.options.locale;
  }
  getScriptTimeZone(): string {
    return this._env.options.scriptTimeZone;
  }
  /** Stable per user and script, never the email (what GAS offers to identify users anonymously). */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`${this._env.options.scriptId}:${this._env.options.user}`).digest('base64url').slice(0, 43);
  }
}

export class UtilitiesService extends GasObject {
  get _cls(): string {
    return 'Utilities';
  }
  getUuid(): string {
    return randomUUID();
  }
  /** Minimal java.text.SimpleDateFormat: y M d H h m s S a E Z X and 'quoted' text. */
  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }
  /** Does not block: the fake has no quotas or time budget. */
  sleep(milliseconds: number): void {
    void milliseconds;
  }
  /**
   * parseCsv(csv[, delimiter]) as documented: a two-dimensional array of strings, comma by default,
   * any single character otherwise (Démarches simplifiées' French CSV uses `;`). Modelled on RFC 4180,
   * the documented format's usual reading: a field between double quotes may hold the delimiter and
   * line breaks, `""` inside it is one quote; `\n`, `\r\n` and `\r` end a record; a last line break
   * makes no empty record; nothing is trimmed or converted (every value stays a string: `12 500,00`
   * and `05/03/2024 10:30` too). An unterminated quote throws. What only real Apps Script can confirm
   * (README): its handling of a byte-order mark and of quotes in the middle of an unquoted field.
   */
  parseCsv(csv: string, delimiter = ','): string[][] {
    return parseCsv(String(csv), String(delimiter));
  }
}

function parseCsv(text: string, delimiter: string): string[][] {
  if (delimiter.length !== 1) throw new Error(`Utilities.parseCsv: the delimiter must be one character, got "${delimiter}"`);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted) throw new Error('Utilities.parseCsv: unterminated quoted field');
  if (field !== '' || record.length) endRecord();
  return records;
}

export class ChartsService extends GasObject {
  get _cls(): string {
    return 'Charts';
  }
  readonly ChartType = enumOf('Charts.ChartType', [
    'TIMELINE',
    'AREA',
    'BAR',
    'BUBBLE',
    'CANDLESTICK',
    'COLUMN',
    'COMBO',
    'GAUGE',
    'GEO',
    'HISTOGRAM',
    'RADAR',
    'LINE',
    'ORG',
    'PIE',
    'SCATTER',
    'SPARKLINE',
    'STEPPED_AREA',
    'TABLE',
    'TREEMAP',
    'WATERFALL',
  ] as const);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Fields {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
  s: number;
  S: number;
  E: number;
  offsetMin: number;
}

function fieldsIn(date: Date, timeZone: string): Fields {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(date)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMin = Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60000);
  const E = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return { y: p.year, M: p.month, d: p.day, H: p.hour, m: p.minute, s: p.second, S: date.getUTCMilliseconds(), E, offsetMin };
}

export function formatDate(date: Date, timeZone: string, format: string): string {
  const f = fieldsIn(date, timeZone);
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === "'") {
      const end = format.indexOf("'", i + 1);
      const lit = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      out += lit === '' ? "'" : lit;
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (format[i + n] === ch) n++;
    i += n;
    const sign = f.offsetMin < 0 ? '-' : '+';
    const off = Math.abs(f.offsetMin);
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(f.y % 100, 2) : pad(f.y, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[f.M - 1] : n === 3 ? MONTHS[f.M - 1].slice(0, 3) : pad(f.M, n);
        break;
      case 'd':
        out += pad(f.d, n);
        break;
      case 'H':
        out += pad(f.H, n);
        break;
      case 'h':
        out += pad(f.H % 12 === 0 ? 12 : f.H % 12, n);
        break;
      case 'm':
        out += pad(f.m, n);
        break;
      case 's':
        out += pad(f.s, n);
        break;
      case 'S':
        out += pad(f.S, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += f.H < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += n >= 4 ? DAYS[f.E] : DAYS[f.E].slice(0, 3);
        break;
      case 'Z':
        out += `${sign}${pad(Math.floor(off / 60), 2)}${pad(off % 60, 2)}`;
        break;
      case 'X':
        out +=
          off === 0
            ? 'Z'
            : n >= 3
              ? `${sign}${pad(Math.floor(off / 60), 2)}:${pad(off % 60, 2)}`
              : `${sign}${pad(Math.floor(off / 60), 2)}${n === 2 ? pad(off % 60, 2) : ''}`;
        break;
      default:
        throw new Error(`Utilities.formatDate: pattern letter '${ch}' is not supported by the fake`);
    }
  }
  return out;
}
