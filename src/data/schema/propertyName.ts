/** A record's property is the field's internal name with a lower-case first letter (`StartDate` -> `startDate`). */
export const propertyName = (internalName: string): string => internalName.charAt(0).toLowerCase() + internalName.slice(1);
