import { LISTS } from '../schema/lists';
import { IFieldDefinition, IListDefinition } from '../schema/fieldTypes';
import { fieldSchemaXml } from '../schema/fieldXml';
import { PROGRAMME_OFFICE_GROUP } from './listPermissions';

/**
 * The site's lists as a PnP provisioning template (schema 2022/09), for administrators who set sites up by script
 * (`Invoke-PnPSiteTemplate` in PnP PowerShell). Generated from the one list schema, with what "Set up lists"
 * applies: the lists and their columns (types, choices, required, indexes, unique values, defaults, lookups),
 * item-level write security on contribution lists, and the permissions curated lists get. Written to
 * sharepoint/digital-strategy-hub.pnp.xml by `npm run sharepoint:template`; a test fails when the two differ.
 */

const NS = 'http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema';

const escapeXml = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A stable GUID for a list's column (PnP needs a field ID), the same on every run: four FNV-1a hashes of the name. */
export function stableGuid(name: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f].map((seed) => {
    let hash = seed >>> 0;
    for (let i = 0; i < name.length; i++) {
      hash ^= name.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  // Version 4 / RFC 4122 variant bits, so tools that check GUIDs accept it.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fieldXml(list: IListDefinition, field: IFieldDefinition): string {
  const lookupTitle = field.lookupList ? LISTS.find((l) => l.key === field.lookupList)?.title : undefined;
  if (field.lookupList && !lookupTitle) throw new Error(`${list.title}: the lookup ${field.internalName} points at an unknown list.`);
  const xml = fieldSchemaXml(field, lookupTitle ? `listid:${lookupTitle}` : undefined);
  return xml.replace(/^<Field /, `<Field ID="{${stableGuid(`${list.key}/${field.internalName}`)}}" `);
}

function securityXml(list: IListDefinition): string[] {
  const office = `Principal="${escapeXml(PROGRAMME_OFFICE_GROUP)}"`;
  if (list.editors === 'programmeOffice') {
    return [
      '        <pnp:Security>',
      '          <pnp:BreakRoleInheritance CopyRoleAssignments="true" ClearSubscopes="false">',
      '            <pnp:RoleAssignment Principal="{associatedmembergroup}" RoleDefinition="Edit" Remove="true" />',
      '            <pnp:RoleAssignment Principal="{associatedmembergroup}" RoleDefinition="Contribute" Remove="true" />',
      '            <pnp:RoleAssignment Principal="{associatedmembergroup}" RoleDefinition="Read" />',
      `            <pnp:RoleAssignment ${office} RoleDefinition="Edit" />`,
      '          </pnp:BreakRoleInheritance>',
      '        </pnp:Security>'
    ];
  }
  if (list.editors === 'ownFolders') {
    return [
      '        <pnp:Security>',
      '          <pnp:BreakRoleInheritance CopyRoleAssignments="true" ClearSubscopes="false">',
      '            <pnp:RoleAssignment Principal="{associatedmembergroup}" RoleDefinition="Edit" Remove="true" />',
      '            <pnp:RoleAssignment Principal="{associatedmembergroup}" RoleDefinition="Contribute" Remove="true" />',
      '            <pnp:RoleAssignment Principal="{associatedmembergroup}" RoleDefinition="Read" />',
      `            <pnp:RoleAssignment ${office} RoleDefinition="Full Control" />`,
      '          </pnp:BreakRoleInheritance>',
      '        </pnp:Security>'
    ];
  }
  if (list.programmeOfficeLocksItems) {
    return [
      '        <pnp:Security>',
      '          <pnp:BreakRoleInheritance CopyRoleAssignments="true" ClearSubscopes="false">',
      `            <pnp:RoleAssignment ${office} RoleDefinition="Full Control" />`,
      '          </pnp:BreakRoleInheritance>',
      '        </pnp:Security>'
    ];
  }
  return [];
}

function listXml(list: IListDefinition): string[] {
  const attributes = [
    `Title="${escapeXml(list.title)}"`,
    `Description="${escapeXml(list.description)}"`,
    'TemplateType="100"',
    `Url="Lists/${escapeXml(list.title)}"`,
    'OnQuickLaunch="false"',
    ...(list.editors === 'ownItems' || list.editors === 'ownFolders' ? ['WriteSecurity="2"'] : [])
  ];
  return [
    `      <pnp:ListInstance ${attributes.join(' ')}>`,
    '        <pnp:Fields>',
    ...list.fields.map((f) => `          ${fieldXml(list, f)}`),
    '        </pnp:Fields>',
    ...securityXml(list),
    '      </pnp:ListInstance>'
  ];
}

/** The whole template, from the given lists (all of them by default), in provisioning order. */
export function pnpProvisioningTemplate(lists: readonly IListDefinition[] = LISTS): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from src/data/schema/lists.ts by `npm run sharepoint:template`: do not edit by hand. -->',
    `<pnp:Provisioning xmlns:pnp="${NS}">`,
    '  <pnp:Preferences Generator="Digital Strategy Hub (npm run sharepoint:template)" />',
    '  <pnp:Templates ID="DIGITAL-STRATEGY-HUB-TEMPLATES">',
    '    <pnp:ProvisioningTemplate ID="DIGITAL-STRATEGY-HUB" Version="1" Scope="RootSite">',
    '      <pnp:Security>',
    '        <pnp:SiteGroups>',
    `          <pnp:SiteGroup Title="${escapeXml(PROGRAMME_OFFICE_GROUP)}" Description="The people who run the strategy: they edit the roadmap, KPIs, models, talks and champions, and close maturity rounds." Owner="{associatedownergroup}" AllowMembersEditMembership="false" OnlyAllowMembersViewMembership="false" />`,
    '        </pnp:SiteGroups>',
    '      </pnp:Security>',
    '      <pnp:Lists>',
    ...lists.flatMap(listXml).map((line) => `  ${line}`),
    '      </pnp:Lists>',
    '    </pnp:ProvisioningTemplate>',
    '  </pnp:Templates>',
    '</pnp:Provisioning>',
    ''
  ].join('\n');
}
