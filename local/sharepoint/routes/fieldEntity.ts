/** The SP.Field* entity of a field, as SharePoint answers it. */
import type { RequestContext } from '../context';
import { entityPropertyName, FIELD_TYPES } from '../fieldSchema';
import { CollectionValue, EntityValue } from '../formats';
import type { ListState } from '../store';
import type { FieldDef } from '../types';

export function fieldEntity(ctx: RequestContext, list: ListState, f: FieldDef): EntityValue {
  const info = FIELD_TYPES[f.type];
  const sitePath = new URL(ctx.siteUrl).pathname;
  const props: Record<string, unknown> = {
    AutoIndexed: false,
    CanBeDeleted: !f.builtIn,
    DefaultValue: f.defaultValue,
    Description: f.description,
    Direction: 'none',
    EnforceUniqueValues: f.enforceUniqueValues,
    EntityPropertyName: entityPropertyName(f),
    Filterable: !['Note', 'URL', 'LookupMulti', 'UserMulti'].includes(f.type),
    FromBaseType: f.builtIn,
    Group: f.group,
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    InternalName: f.internalName,
    JSLink: null,
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: f.schemaXml,
    Scope: `${sitePath}/${list.data.url}`,
    Sealed: f.builtIn,
    Sortable: !['Note', 'MultiChoice', 'LookupMulti', 'UserMulti'].includes(f.type),
    StaticName: f.staticName,
    Title: f.title,
    FieldTypeKind: info.kind,
    TypeAsString: f.type,
    TypeDisplayName: f.type,
    ValidationFormula: null,
    ValidationMessage: null,
  };
  switch (info.odataType) {
    case 'SP.FieldText': props.MaxLength = f.maxLength ?? 255; break;
    case 'SP.FieldMultiLineText': Object.assign(props, { NumberOfLines: f.numLines ?? 6, RichText: f.richText ?? false, AppendOnly: false, AllowHyperlink: false, RestrictedMode: true }); break;
    case 'SP.FieldNumber':
    case 'SP.FieldCurrency':
      Object.assign(props, { MinimumValue: f.min ?? -1.7976931348623157e308, MaximumValue: f.max ?? 1.7976931348623157e308, ShowAsPercentage: f.percentage ?? false, DisplayFormat: f.decimals ?? -1 });
      break;
    case 'SP.FieldDateTime': Object.assign(props, { DisplayFormat: f.dateOnly ? 0 : 1, DateTimeCalendarType: 0, FriendlyDisplayFormat: 0 }); break;
    case 'SP.FieldChoice':
    case 'SP.FieldMultiChoice':
      Object.assign(props, { Choices: new CollectionValue('Edm.String', f.choices ?? []), FillInChoice: f.fillInChoice ?? false, Mappings: null });
      if (info.odataType === 'SP.FieldChoice') props.EditFormat = 0;
      break;
    case 'SP.FieldLookup':
    case 'SP.FieldUser':
      Object.assign(props, {
        AllowMultipleValues: info.multi,
        IsRelationship: !info.user,
        LookupField: f.lookupField ?? 'Title',
        LookupList: info.user ? '' : `{${f.lookupListId ?? ''}}`,
        LookupWebId: ctx.store.site.webId,
        PrimaryFieldId: null,
        RelationshipDeleteBehavior: 0,
      });
      if (info.user) Object.assign(props, { AllowDisplay: true, Presence: true, SelectionGroup: 0, SelectionMode: f.selectionMode ?? 0 });
      break;
    case 'SP.FieldUrl': props.DisplayFormat = 0; break;
    default: break;
  }
  return new EntityValue(info.odataType, `${ctx.apiUrl}/Web/Lists(guid'${list.data.id}')/Fields(guid'${f.id}')`, props, {
    editLink: `Web/Lists(guid'${list.data.id}')/Fields(guid'${f.id}')`,
  });
}

export const ALL_FIELD_PROPERTIES = ['MaxLength', 'NumberOfLines', 'RichText', 'MinimumValue', 'MaximumValue', 'ShowAsPercentage', 'DisplayFormat',
  'Choices', 'FillInChoice', 'EditFormat', 'AllowMultipleValues', 'LookupField', 'LookupList', 'SelectionMode', 'IsRelationship'];

