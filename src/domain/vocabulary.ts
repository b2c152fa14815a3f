/** The strategy's vocabulary: choice values taken from the strategy documents, shared by rules and the list schema. */

export const WORKSTREAMS = [
  'Connected Customers',
  'Digital Workplace',
  'End-User Computing',
  'Data & Information Management',
  'Digital Culture & Skills',
  'Brilliant Basics',
  'Technology Convergence',
  'Data Driven Decisions',
  'Automation & AI',
  'Digital Skills & Expertise'
] as const;

/** The 2024-29 Digital, Data & Technology Strategy outcomes. */
export const OUTCOMES = [
  'Brilliant Basics',
  'Technology Convergence',
  'Data Driven Decisions',
  'Automation & AI',
  'Digital Skills & Expertise'
] as const;

export const STAGES = [
  'Yet to be proposed',
  'Proposed',
  'Approved',
  'In delivery',
  'Completed',
  'On hold',
  'Cancelled'
] as const;

/** The digital ways of working of the 2021-24 roadmap (E/R/I/C/A in Appendix C). */
export const WAYS_OF_WORKING = ['Engagement', 'Reach', 'Insight', 'Co-ordination', 'Automation'] as const;

export const CORPORATE_PLAN_OUTCOMES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/**
 * The City of London Corporation's Corporate Plan 2018-23: twelve outcomes (under three aims). The roadmap 2021-24's
 * committee report links the digital strategy to outcomes 4, 7, 8, 9 and 10.
 */
export const CORPORATE_PLAN_OUTCOME_NAMES: { readonly [O in (typeof CORPORATE_PLAN_OUTCOMES)[number]]: string } = {
  '1': 'People are safe and feel safe',
  '2': 'People enjoy good health and wellbeing',
  '3': 'People have equal opportunities to enrich their lives and reach their full potential',
  '4': 'Communities are cohesive and have the facilities they need',
  '5': 'Businesses are trusted and socially and environmentally responsible',
  '6': "We have the world's best legal and regulatory framework and access to global markets",
  '7': 'We are a global hub for innovation in finance and professional services, commerce and culture',
  '8': 'We have access to the skills and talent we need',
  '9': 'We are digitally and physically well-connected and responsive',
  '10': 'We inspire enterprise, excellence, creativity and collaboration',
  '11': 'We have clean air, land and water and a thriving and sustainable natural environment',
  '12': 'Our spaces are secure, resilient and well-maintained'
};

/** "4. Communities are cohesive and have the facilities they need"; an unknown value as given. */
export function corporatePlanOutcomeLabel(outcome: string): string {
  const name = (CORPORATE_PLAN_OUTCOME_NAMES as Record<string, string | undefined>)[outcome];
  return name ? `${outcome}. ${name}` : `Outcome ${outcome}`;
}

export const GOVERNANCE_TIERS = ['Project board', 'Programme board', 'Committee'] as const;

export const HEALTH = ['On track', 'At risk', 'Off track'] as const;

export const DEPARTMENT_GROUPS = ['Corporation', 'Institution', 'Police', 'Schools'] as const;

export const KPI_UNITS = ['Percent', 'Count', 'Hours', 'Days', 'Minutes', 'Currency', 'Score'] as const;

export const KPI_POLARITIES = ['Higher is better', 'Lower is better', 'Data only'] as const;

export const FREQUENCIES = ['Monthly', 'Quarterly', 'Annually'] as const;

/** How a KPI's amber band is given: in the KPI's own unit, or as a percentage of its target. */
export const TOLERANCE_KINDS = ['Percent', 'Unit'] as const;

/** Where a computed KPI's value comes from (the suite's own lists), instead of being entered. */
export const KPI_COMPUTED_SOURCES = [
  'Tech Talk attendance',
  'Organisation maturity level',
  'Roadmap initiatives delivered',
  'Active champions',
  'Champion activities'
] as const;

export const EXPERTISE_AREAS = [
  'Microsoft 365',
  'Teams',
  'SharePoint',
  'Power BI',
  'Power Automate',
  'Data literacy',
  'Accessibility',
  'Cyber awareness',
  'AI tools',
  'Agile methods'
] as const;

/** A champion's status, kept by the programme office: Nominated (awaiting a decision), Active, Inactive (alumni), Declined. */
export const CHAMPION_STATUSES = ['Nominated', 'Active', 'Inactive', 'Declined'] as const;

/** The programme office's decision on an activity whose type needs approval. */
export const APPROVAL_DECISIONS = ['Approved', 'Declined'] as const;

export const ACTIVITY_TYPES = [
  'Training session',
  'Drop-in clinic',
  'Showcase or demo',
  'Peer support',
  'Tech Talk delivered',
  'Content created',
  'Innovation idea'
] as const;

export const TALK_STATUSES = ['Proposed', 'Scheduled', 'Delivered', 'Cancelled'] as const;

export const ROUND_STATUSES = ['Draft', 'Open', 'Closed'] as const;

export const RESPONSE_STATUSES = ['Draft', 'Submitted'] as const;

export const CRITERION_KINDS = ['Benefit', 'Cost'] as const;

/** Suggested talk topics; the Topics column also takes others. */
export const TALK_TOPICS = [
  'Microsoft 365',
  'AI and Copilot',
  'Data and Power BI',
  'Automation',
  'Cyber security',
  'Accessibility',
  'Digital skills',
  'Service design'
] as const;

/** How a Tech Talk is held. */
export const TALK_FORMATS = ['In person', 'Teams', 'Hybrid'] as const;

/** Who a proposed talk is pitched at. */
export const AUDIENCE_LEVELS = ['Introductory', 'Intermediate', 'Advanced'] as const;

/** The programme office's decisions on a talk proposal (a proposal without one is Proposed). */
export const PROPOSAL_DECISIONS = ['Accepted', 'Scheduled', 'Declined'] as const;
