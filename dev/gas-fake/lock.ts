/**
 * LockService. Single-threaded: there is no real contention, so "another execution holds the lock"
 * is a test switch (`fake.locks.holdDocumentLock()` …). While held, tryLock returns false at once
 * (no waiting) and waitLock throws GAS's timeout error.
 */
import { GasObject } from './calls';
import type { Env } from './env';

type Kind = 'document' | 'script' | 'user';

export class Lock extends GasObject {
  get _cls(): string {
    return 'Lock';
  }
  private _held = false;
  constructor(
    private readonly _env: Env,
    private readonly _kind: Kind,
  ) {
    super();
  }
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    const ok = !this._env.locks.heldByOther[this._kind];
    if (ok) this._held = true;
    this._env.locks.log.push({ lock: this._kind, op: 'tryLock', ok });
    return ok;
  }
  waitLock(timeoutInMillis: number): void {
    void timeoutInMillis;
    const ok = !this._env.locks.heldByOther[this._kind];
    this._env.locks.log.push({ lock: this._kind, op: 'waitLock', ok });
    if (!ok) throw new Error('Lock timeout: another process was holding the lock for too long.');
    this._held = true;
  }
  releaseLock(): void {
    this._env.locks.log.push({ lock: this._kind, op: 'releaseLock', ok: this._held });
    this._held = false;
  }
  hasLock(): boolean {
    return this._held;
  }
}

export class LockServiceImpl extends GasObject {
  get _cls(): string {
    return 'LockService';
  }
  constructor(private readonly _env: Env) {
    super();
  }
  getDocumentLock(): Lock {
    return new Lock(this._env, 'document');
  }
  getScriptLock(): Lock {
    return new Lock(this._env, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this._env, 'user');
  }
}
