/** Ui (menus, sidebars, dialogs, alerts) and HtmlService: everything shown is recorded as data in `fake.ui`. */
import { GasObject, enumOf, unwrap } from './calls';
import type { Env } from './env';
import type { HtmlOutputData, MenuData, MenuItemData } from './types';

export const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;
export const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;

export class Ui extends GasObject {
  get _cls(): string {
    return 'Ui';
  }
  readonly ButtonSet = enumOf('Ui.ButtonSet', BUTTON_SETS);
  readonly Button = enumOf('Ui.Button', BUTTONS);

  constructor(private readonly _env: Env) {
    super();
  }

  /** The add-on's menu, named after the add-on as Sheets does (option `addonName`; recorded with `addon: true`). */
  createAddonMenu(): Menu {
    return new Menu(this._env, this._env.options.addonName, true);
  }
  createMenu(caption: string): Menu {
    return new Menu(this._env, String(caption), false);
  }
  showSidebar(userInterface: HtmlOutput): void {
    this._env.ui.sidebars.push(htmlData(userInterface));
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._env.ui.dialogs.push({ ...htmlData(userInterface), modal: true, dialogTitle: String(title) });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._env.ui.dialogs.push({ ...htmlData(userInterface), modal: false, dialogTitle: String(title) });
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); returns `fake.ui.alertResponse`. */
  alert(a: string, b?: string, c?: string): string {
    this._env.ui.alerts.push(dialogRecord(a, b, c));
    return this._env.ui.alertResponse;
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons); answers `fake.ui.promptResponse`. */
  prompt(a: string, b?: string, c?: string): PromptResponse {
    this._env.ui.prompts.push(dialogRecord(a, b, c));
    return new PromptResponse(this._env.ui.promptResponse.button, this._env.ui.promptResponse.text);
  }
}

export class PromptResponse extends GasObject {
  get _cls(): string {
    return 'PromptResponse';
  }
  constructor(
    private readonly _button: string,
    private readonly _text: string,
  ) {
    super();
  }
  getSelectedButton(): string {
    return this._button;
  }
  getResponseText(): string {
    return this._text;
  }
}

export class Menu extends GasObject {
  get _cls(): string {
    return 'Menu';
  }
  readonly _items: (MenuItemData | { submenuOf: Menu })[] = [];

  constructor(
    private readonly _env: Env,
    readonly _name: string,
    private readonly _addon: boolean,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): this {
    this._items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this._items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: Menu): this {
    this._items.push({ submenuOf: unwrap(menu) });
    return this;
  }
  /** Records the menu as data in `fake.ui.menus` (a copy: later changes need another addToUi, as in Sheets). */
  addToUi(): void {
    this._env.ui.menus.push(this._toData());
  }

  _toData(): MenuData {
    return {
      name: this._name,
      addon: this._addon,
      items: this._items.map((it) => ('submenuOf' in it ? { submenu: it.submenuOf._toData() } : { ...it })),
    };
  }
}

function htmlData(output: HtmlOutput): HtmlOutputData {
  const raw = unwrap(output) as HtmlOutput | undefined;
  if (!raw || raw._cls !== 'HtmlOutput') throw new Error("The parameters don't match the method signature (expected an HtmlOutput).");
  return structuredClone(raw._data);
}

export class HtmlOutput extends GasObject {
  get _cls(): string {
    return 'HtmlOutput';
  }
  constructor(readonly _data: HtmlOutputData) {
    super();
  }
  setTitle(title: string): this {
    this._data.title = String(title);
    return this;
  }
  getTitle(): string {
    return this._data.title;
  }
  setWidth(width: number): this {
    this._data.width = width;
    return this;
  }
  getWidth(): number | null {
    return this._data.width;
  }
  setHeight(height: number): this {
    this._data.height = height;
    return this;
  }
  getHeight(): number | null {
    return this._data.height;
  }
  getContent(): string {
    return this._data.content;
  }
  setContent(content: string): this {
    this._data.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this._data.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this._data.content += String(addedContent).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this._data.content = '';
    return this;
  }
  setSandboxMode(mode: string): this {
    this._data.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this._data.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this._data.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  setFaviconUrl(iconUrl: string): this {
    void iconUrl;
    return this;
  }
}

export class HtmlServiceImpl extends GasObject {
  get _cls(): string {
    return 'HtmlService';
  }
  readonly SandboxMode = enumOf('HtmlService.SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE'] as const);
  readonly XFrameOptionsMode = enumOf('HtmlService.XFrameOptionsMode', ['ALLOWALL', 'DEFAULT'] as const);

  constructor(private readonly _env: Env) {
    super();
  }

  /** Content comes from `options.files[name]` ('' when not given); the name is recorded in `fake.ui.htmlFiles`. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    this._env.ui.htmlFiles.push(name);
    return new HtmlOutput(newHtml(name, this._env.options.files[name] ?? ''));
  }
  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(newHtml(null, html === undefined ? '' : String(html)));
  }
  createTemplateFromFile(filename: string): never {
    void filename;
    throw new TypeError('HtmlService.createTemplateFromFile is not supported by the fake (the add-on serves a pre-built HTML file)');
  }
  createTemplate(html: string): never {
    void html;
    throw new TypeError('HtmlService.createTemplate is not supported by the fake (the add-on serves a pre-built HTML file)');
  }
}

function newHtml(file: string | null, content: string): HtmlOutputData {
  return { file, content, title: '', width: null, height: null, sandboxMode: null, xFrameOptionsMode: null, metaTags: [] };
}

/** alert() and prompt() take (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogRecord(a: string, b?: string, c?: string) {
  if (c !== undefined) return { title: String(a), prompt: String(b), buttons: String(c) };
  if (b !== undefined) return { title: null, prompt: String(a), buttons: String(b) };
  return { title: null, prompt: String(a), buttons: null };
}
