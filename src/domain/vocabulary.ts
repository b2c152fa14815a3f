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

export const CHAMPION_STATUSES = ['Nominated', 'Active', 'Inactive'] as const;

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
