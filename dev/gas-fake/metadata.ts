/**
 * Developer metadata on sheets (key/value pairs that travel with the sheet: renaming it keeps them,
 * deleting it removes them). Only the SHEET location and the finder's key/value filters are modelled;
 * spreadsheet-, row-, column- and range-level metadata throw "not implemented".
 */
import { GasObject } from './calls';
import { outList } from './env';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
}

export class DeveloperMetadata extends GasObject {
  get _cls(): string {
    return 'DeveloperMetadata';
  }
  constructor(
    private readonly _sheet: Sheet,
    private readonly _data: MetadataData,
  ) {
    super();
  }
  getId(): number {
    return this._data.id;
  }
  getKey(): string {
    return this._data.key;
  }
  getValue(): string | null {
    return this._data.value;
  }
  setValue(value: string): DeveloperMetadata {
    this._data.value = String(value);
    return this;
  }
  getVisibility(): string {
    return 'DOCUMENT';
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this._sheet);
  }
  remove(): void {
    this._sheet._metadata = this._sheet._metadata.filter((m) => m.id !== this._data.id);
  }
}

export class DeveloperMetadataLocation extends GasObject {
  get _cls(): string {
    return 'DeveloperMetadataLocation';
  }
  constructor(private readonly _sheet: Sheet) {
    super();
  }
  getLocationType(): string {
    return 'SHEET';
  }
  getSheet(): Sheet {
    return this._sheet;
  }
}

export class DeveloperMetadataFinder extends GasObject {
  get _cls(): string {
    return 'DeveloperMetadataFinder';
  }
  private _key: string | null = null;
  private _value: string | null = null;
  constructor(private readonly _sheets: () => Sheet[]) {
    super();
  }
  withKey(key: string): this {
    this._key = String(key);
    return this;
  }
  withValue(value: string): this {
    this._value = String(value);
    return this;
  }
  find(): DeveloperMetadata[] {
    const sheets = this._sheets();
    const found = sheets.flatMap((s) =>
      s._metadata
        .filter((m) => (this._key === null || m.key === this._key) && (this._value === null || m.value === this._value))
        .map((m) => new DeveloperMetadata(s, m)),
    );
    if (!sheets.length) return found;
    // Wrapped like every object a method returns (getSheets'), so that the calls made on what was found
    // (its location, its sheet, then that sheet's ranges) are counted.
    const env = sheets[0]._env;
    return outList(
      env,
      found.map((m) => env.wrap(m)),
    );
  }
}

/** Sheet.addDeveloperMetadata(key) | (key, value): ids are unique in the spreadsheet. */
export function addSheetMetadata(ss: Spreadsheet, sheet: Sheet, key: string, value?: string): void {
  sheet._metadata.push({ id: ss._nextObjectId++, key: String(key), value: value === undefined ? null : String(value) });
}
