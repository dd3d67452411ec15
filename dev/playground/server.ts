/**
 * `npm start`: the add-on running locally without a Google account. Serves the playground on
 * http://localhost:8080 (PORT overrides) with the workbook kept in .playground/ (git-ignored).
 */
import { startPlayground } from './playground';

const port = Number(process.env.PORT ?? 8080);
// Never with testHooks: the /api/test/* routes exist for the test harnesses only.
const playground = await startPlayground({ port, dataDir: '.playground', host: process.env.HOST });
console.log(`Bac à sable prêt : ${playground.url}  (Ctrl+C pour arrêter ; données dans .playground/, « Réinitialiser la démo » pour repartir de zéro)`);

// Ctrl+C: write the last changes before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void playground.close().finally(() => process.exit(0));
  });
}
