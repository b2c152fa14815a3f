/** Rules for resolving a concurrent edit: which fields differ, who changed them, and the merged values. */
export type { FieldChange, IFieldDiff, MergeSide } from './fieldMerge';
export { allFrom, defaultChoices, defaultSide, differs, fieldDiffs, mergeChoices, sameValue } from './fieldMerge';
