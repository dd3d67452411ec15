import type { EntryPoint } from '../entry-points';

/**
 * The sidebar's top-level functions: the menu action, then one per endpoint of the contract, each
 * taking one request object (test/unit/sidebar-contract.test.ts checks this list against ENDPOINT_NAMES).
 */
export const SIDEBAR_ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'showSidebar', params: [] },
  { name: 'getContext', params: ['request'] },
  { name: 'listProjects', params: ['request'] },
  { name: 'getProject', params: ['request'] },
  { name: 'saveProject', params: ['request'] },
  { name: 'setLanguage', params: ['request'] },
];
