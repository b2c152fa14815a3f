import { IFieldDefinition } from './fieldTypes';

/** Turns a field definition into the SchemaXml SharePoint's `createfieldasxml` takes (exact internal names). */

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const bool = (value: boolean | undefined): string => (value ? 'TRUE' : 'FALSE');

function typeAttributes(field: IFieldDefinition, lookupListId?: string): string[] {
  switch (field.kind) {
    case 'Text':
      return ['Type="Text"', `MaxLength="${field.maxLength ?? 255}"`];
    case 'Note':
      return ['Type="Note"', 'NumLines="6"', 'RichText="FALSE"'];
    case 'Number':
      return ['Type="Number"']
        .concat(field.min !== undefined ? [`Min="${field.min}"`] : [])
        .concat(field.max !== undefined ? [`Max="${field.max}"`] : []);
    case 'Boolean':
      return ['Type="Boolean"'];
    case 'DateTime':
      return ['Type="DateTime"', `Format="${field.dateOnly ? 'DateOnly' : 'DateTime'}"`];
    case 'Choice':
      return ['Type="Choice"', 'Format="Dropdown"', `FillInChoice="${bool(field.fillIn)}"`];
    case 'MultiChoice':
      return ['Type="MultiChoice"', `FillInChoice="${bool(field.fillIn)}"`];
    case 'Lookup':
      if (!lookupListId) throw new Error(`The lookup '${field.internalName}' needs its target list's id.`);
      return ['Type="Lookup"', `List="{${lookupListId}}"`, 'ShowField="Title"'];
    case 'User':
      return field.multi
        ? ['Type="UserMulti"', 'Mult="TRUE"', 'UserSelectionMode="PeopleOnly"', 'List="UserInfo"', 'ShowField="ImnName"']
        : ['Type="User"', 'UserSelectionMode="PeopleOnly"', 'List="UserInfo"', 'ShowField="ImnName"'];
    case 'URL':
      return ['Type="URL"', 'Format="Hyperlink"'];
  }
}

export function fieldSchemaXml(field: IFieldDefinition, lookupListId?: string): string {
  const name = escapeXml(field.internalName);
  const attributes = [
    ...typeAttributes(field, lookupListId),
    `Name="${name}"`,
    `StaticName="${name}"`,
    `DisplayName="${escapeXml(field.title)}"`,
    `Required="${bool(field.required)}"`,
    `Indexed="${bool(field.indexed)}"`,
    `EnforceUniqueValues="${bool(field.unique)}"`,
    ...(field.hidden ? ['Hidden="TRUE"'] : [])
  ];
  const choices = field.choices?.length
    ? `<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`
    : '';
  const defaultValue = field.defaultValue !== undefined ? `<Default>${escapeXml(field.defaultValue)}</Default>` : '';
  return `<Field ${attributes.join(' ')}>${choices}${defaultValue}</Field>`;
}
