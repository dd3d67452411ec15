/** PropertiesService: string key/value stores (document store lives in the workbook and its snapshot). */
import { GasObject } from './calls';
import type { Env } from './env';

/** Apps Script limits: 9 KB per value, 500 KB per store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export class Properties extends GasObject {
  get _cls(): string {
    return 'Properties';
  }
  constructor(private readonly _store: () => Map<string, string>) {
    super();
  }

  private _check(next: Map<string, string>, changed: Iterable<[string, string]>): void {
    for (const [k, v] of changed) {
      if (bytes(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      if (bytes(k) > MAX_VALUE_BYTES) throw new Error('Argument too large: key');
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
  }

  /** null when absent, as in GAS. */
  getProperty(key: string): string | null {
    return this._store().get(String(key)) ?? null;
  }
  /** Values are stored as strings (GAS converts numbers/booleans with String()). */
  setProperty(key: string, value: unknown): this {
    const store = this._store();
    const entry: [string, string] = [String(key), String(value)];
    const next = new Map(store);
    next.set(...entry);
    this._check(next, [entry]);
    store.set(...entry);
    return this;
  }
  /** A plain-object copy. */
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store());
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const store = this._store();
    const entries = Object.entries(properties ?? {}).map(([k, v]): [string, string] => [k, String(v)]);
    const next = deleteAllOthers ? new Map<string, string>() : new Map(store);
    for (const e of entries) next.set(...e);
    this._check(next, entries);
    if (deleteAllOthers) store.clear();
    for (const e of entries) store.set(...e);
    return this;
  }
  deleteProperty(key: string): this {
    this._store().delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this._store().clear();
    return this;
  }
  getKeys(): string[] {
    return [...this._store().keys()];
  }
}

export class PropertiesServiceImpl extends GasObject {
  get _cls(): string {
    return 'PropertiesService';
  }
  constructor(private readonly _env: Env) {
    super();
  }
  /** Shared by all users of the add-on in this document. */
  getDocumentProperties(): Properties {
    return new Properties(() => this._env.book()._docProps);
  }
  /** The current user only (keyed by `options.user`). */
  getUserProperties(): Properties {
    return new Properties(() => this._env.userProperties);
  }
  /** All users of the script. */
  getScriptProperties(): Properties {
    return new Properties(() => this._env.scriptProperties);
  }
}
