import { exportedEntryPoints } from '../entry-points';
import * as sidebar from './index';

/**
 * The sidebar's top-level functions as the build derives them from ./index's exports: the menu
 * action, then one per endpoint of the contract, each taking one request object
 * (test/unit/sidebar-contract.test.ts checks them against ENDPOINT_NAMES). Built at load: the
 * bundle does not import this module.
 */
export const SIDEBAR_ENTRY_POINTS = exportedEntryPoints(sidebar, 'src/server/sidebar/index.ts');
