import { IInitiative } from '../../../src/domain/entities';

/**
 * Initiatives from the Roadmap 2021-24 (Appendix C), with the details a live list would add (descriptions,
 * departments, owners, effort, health) invented for the tests.
 */

export const digital = { id: 1, title: 'Digital Services' };
export const chamberlains = { id: 2, title: "Chamberlain's" };
export const comptroller = { id: 3, title: 'Comptroller & City Solicitor' };

export const dan = { id: 21, title: 'Dan Evans', email: 'dan.evans@digitalhub.example' };
export const priya = { id: 22, title: 'Priya Shah', email: 'priya.shah@digitalhub.example' };

export const intune: IInitiative = {
  id: 8,
  title: 'Full Intune Deployment',
  description: 'Manage every laptop and phone through Microsoft Intune, replacing the old imaging tools.',
  workstream: 'End-User Computing',
  stage: 'Approved',
  waysOfWorking: ['Reach', 'Co-ordination'],
  timeframeLabel: '2021',
  corporatePlanOutcomes: ['9'],
  department: digital,
  owner: dan,
  effortMonths: 6,
  health: 'On track'
};

export const telephony: IInitiative = {
  id: 9,
  title: 'Modernise Telephony',
  description: 'Move desk phones to Teams Phone.',
  workstream: 'End-User Computing',
  stage: 'In delivery',
  waysOfWorking: ['Engagement', 'Reach'],
  timeframeLabel: '2021-22',
  corporatePlanOutcomes: ['9', '10'],
  department: digital,
  owner: priya,
  effortMonths: 9,
  health: 'At risk'
};

export const dataWarehouse: IInitiative = {
  id: 30,
  title: 'Data Warehouse',
  description: 'A single store for reporting data, fed from the line-of-business systems.',
  workstream: 'Data & Information Management',
  stage: 'Proposed',
  waysOfWorking: ['Insight'],
  timeframeLabel: '2022-23',
  corporatePlanOutcomes: ['10'],
  department: chamberlains,
  owner: priya,
  effortMonths: 12
};

export const assetsRegister: IInitiative = {
  id: 13,
  title: 'Information Assets Register',
  description: 'Record every information asset, its owner and its retention rule.',
  workstream: 'Data & Information Management',
  stage: 'Approved',
  waysOfWorking: ['Insight', 'Co-ordination'],
  timeframeLabel: '2021',
  department: comptroller,
  mustDo: true,
  health: 'On track'
};

export const rpa: IInitiative = {
  id: 14,
  title: 'Robotic Process Automation',
  description: 'Automate repetitive back-office tasks, starting with invoice matching.',
  workstream: 'Digital Workplace',
  stage: 'Proposed',
  waysOfWorking: ['Automation'],
  timeframeLabel: '2021',
  department: chamberlains,
  owner: dan,
  effortMonths: 4,
  health: 'Off track'
};

/** Under a month's effort: a "small" initiative. */
export const passwordReset: IInitiative = {
  id: 40,
  title: 'Self-service password reset',
  description: 'Let staff reset their own password from the Intune company portal.',
  workstream: 'End-User Computing',
  stage: 'Approved',
  timeframeLabel: 'Q3 2024',
  department: digital,
  owner: dan,
  effortMonths: 0.5
};

export const agile: IInitiative = {
  id: 17,
  title: 'Agile Methods Implementation',
  workstream: 'Digital Culture & Skills',
  stage: 'Yet to be proposed'
};

export const roadmap: readonly IInitiative[] = [intune, telephony, dataWarehouse, assetsRegister, rpa, passwordReset, agile];

export const titles = (items: readonly { title: string }[]): string[] => items.map((i) => i.title);
