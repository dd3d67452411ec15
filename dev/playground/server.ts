/**
 * `npm start`: the add-on running locally without a Google account. Serves the playground on
 * http://localhost:8080 (PORT overrides; the next free port when it is taken) with the workbook kept
 * in .playground/ (git-ignored).
 */
import { startPlayground } from './playground';

const port = Number(process.env.PORT ?? 8080);
/** Ports tried after PORT when it is in use: another playground (or program) may hold it. */
const NEXT_PORTS = 20;

try {
  // Never with testHooks: the /api/test/* routes exist for the test harnesses only.
  const playground = await startPlayground({
    port,
    dataDir: '.playground',
    host: process.env.HOST,
    nextPorts: NEXT_PORTS,
    onPortInUse: (busy) => console.log(`Le port ${busy} est déjà utilisé (un autre bac à sable tourne peut-être) : essai du port ${busy + 1}.`),
  });
  console.log(
    `Bac à sable prêt : ${playground.url}  (Ctrl+C pour arrêter ; données dans .playground/, « Réinitialiser » pour revenir à l’exemple ou partir d’un classeur vide)`,
  );
  // Ctrl+C: write the last changes before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void playground.close().finally(() => process.exit(0));
    });
  }
} catch (e) {
  const error = e as NodeJS.ErrnoException;
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Les ports ${port} à ${port + NEXT_PORTS} sont tous utilisés : arrêtez l’autre bac à sable (Ctrl+C dans son terminal) ou choisissez un port libre, par exemple PORT=9090 npm start.`,
    );
  } else if (error.code === 'EACCES') {
    console.error(`Le port ${port} est réservé sur cette machine : choisissez-en un au-dessus de 1024, par exemple PORT=9090 npm start.`);
  } else {
    console.error(`Le bac à sable n’a pas pu démarrer : ${error.message}`);
  }
  process.exit(1);
}
