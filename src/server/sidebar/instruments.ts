import type { InstrumentId } from '../../contract/endpoints';
import { AMI, SIAT, SRL, VALUE_CAPTURE, type SheetSpec } from '../../sheets/schema';

/** The schema of each sheet the sidebar scores, by the contract's instrument id. */
export const INSTRUMENT_SPECS: Record<InstrumentId, SheetSpec> = { ami: AMI, srl: SRL, vc: VALUE_CAPTURE, siat: SIAT };
