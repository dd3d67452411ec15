/**
 * Protection (Range.protect / Sheet.protect). The fake records protections but does not enforce them:
 * the script runs as an editor, and warning-only protections never block scripts anyway.
 */
import { GasObject, unwrap } from './calls';
import { outList, type Env } from './env';
import type { Range } from './range';
import { User } from './services';
import type { ProtectionData } from './types';

export class Protection extends GasObject {
  get _cls(): string {
    return 'Protection';
  }
  constructor(
    private readonly _env: Env,
    readonly _data: ProtectionData,
  ) {
    super();
  }

  getProtectionType(): string {
    return this._data.type;
  }
  setDescription(description: string): this {
    this._data.description = description === null || description === undefined ? '' : String(description);
    return this;
  }
  getDescription(): string {
    return this._data.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this._data.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    return this._data.warningOnly;
  }
  /** The protected range; the whole sheet for a SHEET protection. */
  getRange(): Range | null {
    const book = this._env.book();
    if (this._data.ref) return book._rangeFromRef(this._data.ref);
    const sheet = book._sheetById(this._data.sheetId);
    return sheet ? sheet._makeRange(1, 1, sheet._maxRows, sheet._maxCols) : null;
  }
  setRange(range: Range): this {
    if (this._data.type === 'SHEET') throw new Error('Cannot set the range of a sheet protection.');
    this._data.ref = unwrap(range)._ref();
    return this;
  }
  getRangeName(): string | null {
    return null;
  }
  remove(): void {
    this._env.book()._removeProtection(this._data);
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this._data.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this._data.domainEdit = Boolean(editable);
    return this;
  }
  addEditor(emailAddress: string | User): this {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: (string | User)[]): this {
    for (const e of emailAddresses) {
      const email = typeof e === 'string' ? e : unwrap(e).getEmail();
      if (!this._data.editors.includes(email)) this._data.editors.push(email);
    }
    return this;
  }
  removeEditor(emailAddress: string | User): this {
    return this.removeEditors([emailAddress]);
  }
  removeEditors(emailAddresses: (string | User)[]): this {
    const drop = emailAddresses.map((e) => (typeof e === 'string' ? e : unwrap(e).getEmail()));
    this._data.editors = this._data.editors.filter((x) => !drop.includes(x));
    return this;
  }
  getEditors(): User[] {
    return outList(
      this._env,
      this._data.editors.map((e) => this._env.wrap(new User(e))),
    );
  }
  /** For SHEET protections: ranges left editable. */
  setUnprotectedRanges(ranges: Range[]): this {
    if (this._data.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this._data.unprotected = ranges.map((r) => unwrap(r)._ref());
    return this;
  }
  getUnprotectedRanges(): Range[] {
    const book = this._env.book();
    const out: Range[] = [];
    for (const ref of this._data.unprotected) {
      const r = book._rangeFromRef(ref);
      if (r) out.push(this._env.wrap(r));
    }
    return outList(this._env, out);
  }
}
