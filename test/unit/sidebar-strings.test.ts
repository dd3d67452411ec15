import { frenchSpacing, S } from '../../sidebar/strings';

/** The sidebar's own texts: French typography applied once, so nothing wraps alone in the 300 px panel. */
test('a narrow no-break space before : ; ? ! and inside « »', () => {
  expect(frenchSpacing('Source : « {sheet} » ; vraiment ? oui !')).toBe('Source\u202f: «\u202f{sheet}\u202f»\u202f; vraiment\u202f? oui\u202f!');
  expect(frenchSpacing('14 h 32, ligne 2')).toBe('14 h 32, ligne 2');
});

test('every French string of the panel follows it; English strings are left alone', () => {
  for (const text of Object.values(S)) {
    expect(text.fr).not.toMatch(/ [:;?!]|« | »/);
    expect(text.en).not.toContain('\u202f');
  }
  expect(S.source.fr).toBe('Source\u202f: ');
  expect(S.unreadable.fr).toBe('Valeur actuelle illisible\u202f: «\u202f{value}\u202f». Choisissez une valeur pour la remplacer.');
});
