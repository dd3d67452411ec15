import { AMI_GAPS, AMI_LEVEL, AMI_PROFILE, AMI_PROFILE_GAPS, AMI_SCORE } from './ami';
import { CONSENSUS, LATEST, NORMALIZE_BY_REVIEWER, REVIEW_SPREAD } from './assessments';
import { READ_DATE } from './dates';
import { GODIN_PROFILE } from './godin';
import { GRID_SCORE } from './grids';
import { AMI_PORTFOLIO } from './portfolio';
import { RND_VERDICT } from './rnd';
import { SIAT_INDEX } from './siat';
import type { CustomFunctionSpec } from './spec';
import { SRL_LABEL, SRL_LEVEL, SRL_PHASE } from './srl';
import { SROI_NPV, SROI_PAYBACK, SROI_RATIO, SROI_SWITCH, SROI_VALUE, SROI_YEARS } from './sroi';
import { VC_FLAGS, VC_MIX, VC_SCORE } from './value-capture';

/** Every custom function of the public contract (shared/spec/formulas.md), in help order. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  SRL_LEVEL,
  SRL_PHASE,
  SRL_LABEL,
  AMI_LEVEL,
  AMI_SCORE,
  AMI_PROFILE,
  AMI_GAPS,
  VC_SCORE,
  VC_FLAGS,
  VC_MIX,
  SIAT_INDEX,
  SROI_VALUE,
  SROI_RATIO,
  // Contract v2: several assessments per project.
  CONSENSUS,
  REVIEW_SPREAD,
  LATEST,
  NORMALIZE_BY_REVIEWER,
  // Follow-up over time (issue 12): a date typed as text, read as LATEST reads it.
  READ_DATE,
  // Issue 13: the rest of the SROI method (README only; formulas.md holds contracts v1 and v2).
  SROI_YEARS,
  SROI_NPV,
  SROI_PAYBACK,
  SROI_SWITCH,
  // Issue 14: the seed documents' other frameworks (README only).
  RND_VERDICT,
  GODIN_PROFILE,
  // Issue 14 §5: grids users define.
  GRID_SCORE,
  // Issue 10: Grille AMI's figures and gaps in one run per edit, and everything Projets reads from it in one.
  AMI_PROFILE_GAPS,
  AMI_PORTFOLIO,
];
