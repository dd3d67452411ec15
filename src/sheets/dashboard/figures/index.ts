import type { InstrumentId } from '../../../core/instruments';
import { type AmiPart, AMI_FIGURES } from './ami';
import type { DashboardFigures } from './figure';
import type { OverTimePart } from './over-time';
import type { ReviewPart } from './review';
import type { SroiPart } from './sroi';
import type { GridFigure } from './grids';
import { type GodinPart, GODIN_FIGURES } from './godin';
import { type IsrPart, ISR_FIGURES } from './isr';
import { type ProtocolPart, PROTOCOL_FIGURES } from './protocol';
import { type RndPart, RND_FIGURES } from './rnd';
import { type SiatPart, SIAT_FIGURES } from './siat';
import { type SrlPart, SRL_FIGURES } from './srl';
import { type VcPart, VC_FIGURES } from './value-capture';

export type { ChartKind, ChartTable, FigureInput, ProjectRow } from './figure';
export { RANKING_SIZE } from './ami';

/** Each instrument's part of the portfolio summary (a new instrument without one does not compile). */
interface Parts {
  srl: SrlPart;
  ami: AmiPart;
  vc: VcPart;
  siat: SiatPart;
  isr: IsrPart;
  rnd: RndPart;
  godin: GodinPart;
  protocol: ProtocolPart;
}

/**
 * The dashboard's figures, one entry per instrument: its part of the summary and its charts. The
 * charts follow this table's order (the portfolio's maturity first, then the grids), not the sheets'.
 */
export const FIGURES: { [K in InstrumentId]: DashboardFigures<Parts[K]> } = {
  srl: SRL_FIGURES,
  ami: AMI_FIGURES,
  vc: VC_FIGURES,
  siat: SIAT_FIGURES,
  isr: ISR_FIGURES,
  rnd: RND_FIGURES,
  godin: GODIN_FIGURES,
  protocol: PROTOCOL_FIGURES,
};

/** The instruments in the dashboard's order. */
export const dashboardOrder = (): InstrumentId[] => Object.keys(FIGURES) as InstrumentId[];

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The portfolio in numbers: the projects listed, and every instrument's part. */
export type PortfolioSummary = { projects: number } & Intersection<Parts[InstrumentId]> &
  ReviewPart &
  OverTimePart &
  SroiPart & {
    /** The grids users define (issue 14 §5), one figure each, in their definition order. */
    customGrids: GridFigure[];
  };
