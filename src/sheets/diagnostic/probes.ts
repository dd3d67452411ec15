import type { Text } from '../../core/i18n';
import { literalText } from '../literal';
import { errorCode, errorMeaning, isLoading, shown } from './cells';
import type { ProbeResult, ProbeStatus } from './types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The scratch sheet's name; a number is added if a sheet of the workbook already has it. */
export const SCRATCH_SHEET = 'Diagnostic du module (temporaire)';

const TEXT = 'texte';
const FORMULA_TEXT = '=1+1';

/** One behaviour tried on one row of the scratch sheet (column A, and B for HSTACK's spill). */
interface Probe {
  claim: Text;
  /** What to write in column A (strings are read by Sheets as typed input). */
  input: string;
  /** Plain text (`@`) rather than Automatic. */
  plainText?: boolean;
  judge(values: readonly unknown[], formula: string): { status: ProbeStatus; detail: Text };
}

const SEMICOLON: Text = {
  fr: 'Une formule écrite avec « ; » entre les arguments se calcule sans erreur',
  en: 'A formula written with ";" between arguments computes without error',
};

/**
 * The probes, in the report's order. The formulas are written as the add-on writes its own (a string
 * starting with `=`, through setValues), and the texts through the add-on's literal-text rule.
 */
function probes(): Probe[] {
  return [
    {
      claim: SEMICOLON,
      input: '=SUM(1;2)',
      judge: ([v], formula) => {
        const result = computed(v, 3);
        // How Sheets stores what was written with `;`: the first install tells whether it keeps `;`.
        const stored: Text = { fr: ` Formule relue : ${formula || '(aucune)'}.`, en: ` Formula read back: ${formula || '(none)'}.` };
        return { status: result.status, detail: { fr: result.detail.fr + stored.fr, en: result.detail.en + stored.en } };
      },
    },
    {
      claim: { fr: 'Une formule avec HSTACK (au lieu du tableau {a,b}) se calcule', en: 'A formula with HSTACK (instead of the array {a,b}) computes' },
      input: '=HSTACK(1;2)',
      judge: ([a, b]) => {
        const first = computed(a, 1);
        if (first.status !== 'confirmed') return first;
        const second = computed(b, 2);
        return second.status === 'confirmed'
          ? { status: 'confirmed', detail: { fr: 'Résultat : 1 et 2, côte à côte.', en: 'Result: 1 and 2, side by side.' } }
          : second;
      },
    },
    {
      claim: {
        fr: 'Un texte précédé d’une apostrophe se relit sans elle, dans une cellule au format Texte brut (@)',
        en: 'A text written with a leading apostrophe reads back without it, in a plain-text (@) cell',
      },
      input: `'${TEXT}`,
      plainText: true,
      judge: ([v]) => text(v),
    },
    {
      claim: {
        fr: 'Un texte précédé d’une apostrophe se relit sans elle, dans une cellule au format Automatique',
        en: 'A text written with a leading apostrophe reads back without it, in an Automatic cell',
      },
      input: `'${TEXT}`,
      judge: ([v]) => text(v),
    },
    {
      claim: {
        fr: 'Un texte commençant par « = », écrit par la règle du module pour le texte, reste du texte',
        en: 'A text starting with "=", written by the add-on’s literal-text rule, stays text',
      },
      input: literalText(FORMULA_TEXT),
      judge: ([v], formula) => {
        if (formula)
          return {
            status: 'refuted',
            detail: {
              fr: `La cellule contient une formule (${formula}) : un texte saisi pourrait s’exécuter.`,
              en: `The cell holds a formula (${formula}): typed text could run.`,
            },
          };
        if (v === FORMULA_TEXT) return { status: 'confirmed', detail: { fr: `Relu : ${shown(v).fr}.`, en: `Read back: ${shown(v).en}.` } };
        return {
          status: 'refuted',
          detail: { fr: `Relu : ${shown(v).fr} au lieu de ${shown(FORMULA_TEXT).fr}.`, en: `Read back: ${shown(v).en} instead of ${shown(FORMULA_TEXT).en}.` },
        };
      },
    },
    {
      claim: { fr: 'Une fonction du module (AMI_LEVEL) se calcule dans ce classeur', en: 'A function of the add-on (AMI_LEVEL) computes in this workbook' },
      input: '=AMI_LEVEL("Fort")',
      judge: ([v]) => computed(v, 3, true),
    },
  ];
}

/** A formula's value: the expected one, still computing, an error (and what it means), or another value. */
function computed(value: unknown, expected: number, addonFunction = false): { status: ProbeStatus; detail: Text } {
  if (value === expected) return { status: 'confirmed', detail: { fr: `Résultat : ${expected}.`, en: `Result: ${expected}.` } };
  if (value === '' || value === null || value === undefined || isLoading(value)) {
    return {
      status: 'pending',
      detail: {
        fr: 'Pas encore de résultat (calcul en cours, ou rien ne calcule les formules ici) : relancez le diagnostic dans quelques secondes.',
        en: 'No result yet (still computing, or nothing computes formulas here): run the check again in a few seconds.',
      },
    };
  }
  const code = errorCode(value);
  if (code) {
    // #NAME? on the add-on's own function: the add-on is not enabled in this document.
    const shows: Text = { fr: `La cellule affiche ${code} au lieu de ${expected}.`, en: `The cell shows ${code} instead of ${expected}.` };
    return { status: 'refuted', detail: code === '#NAME?' && addonFunction ? errorMeaning(code) : shows };
  }
  return {
    status: 'refuted',
    detail: { fr: `Résultat : ${shown(value).fr} au lieu de ${expected}.`, en: `Result: ${shown(value).en} instead of ${expected}.` },
  };
}

function text(value: unknown): { status: ProbeStatus; detail: Text } {
  if (value === TEXT) return { status: 'confirmed', detail: { fr: `Relu : ${shown(value).fr}.`, en: `Read back: ${shown(value).en}.` } };
  const visible = value === `'${TEXT}`;
  return {
    status: 'refuted',
    detail: visible
      ? { fr: `Relu : ${shown(value).fr} — l’apostrophe reste visible.`, en: `Read back: ${shown(value).en} — the apostrophe stays visible.` }
      : { fr: `Relu : ${shown(value).fr} au lieu de ${shown(TEXT).fr}.`, en: `Read back: ${shown(value).en} instead of ${shown(TEXT).en}.` },
  };
}

function scratchName(ss: Spreadsheet): string {
  let name = SCRATCH_SHEET;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${SCRATCH_SHEET} ${n}`;
  return name;
}

/**
 * Tries each probe on a scratch sheet created for it and always deleted afterwards, even when a
 * probe fails; the active sheet is given back. One write, one flush, one read. The caller holds the
 * document lock.
 */
export function runProbes(ss: Spreadsheet): ProbeResult[] {
  const list = probes();
  const active = ss.getActiveSheet();
  let scratch: Sheet | null = null;
  try {
    scratch = ss.insertSheet(scratchName(ss), ss.getNumSheets());
    list.forEach((p, i) => {
      if (p.plainText) scratch!.getRange(i + 1, 1).setNumberFormat('@');
    });
    scratch.getRange(1, 1, list.length, 1).setValues(list.map((p) => [p.input]));
    SpreadsheetApp.flush();
    const block = scratch.getRange(1, 1, list.length, 2);
    const values = block.getValues();
    const formulas = block.getFormulas();
    return list.map((p, i) => ({ claim: p.claim, ...p.judge(values[i], String(formulas[i][0] ?? '')) }));
  } finally {
    if (scratch) ss.deleteSheet(scratch);
    ss.setActiveSheet(active);
  }
}
