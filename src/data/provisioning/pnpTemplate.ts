import { LISTS } from '../schema/lists';
import { IFieldDefinition, IListDefinition } from '../schema/fieldTypes';
import { fieldSchemaXml } from '../schema/fieldXml';
import { HUB_GROUPS, PROGRAMME_OFFICE_GROUP } from './listPermissions';

/**
 * The site's lists as a PnP provisioning template (schema 2022/09), for administrators who set sites up by script
 * (`Invoke-PnPSiteTemplate` in PnP PowerShell). Generated from the one list schema, with what "Set up lists"
 * applies: the lists and their columns (types, choices, required, indexes, unique values, defaults, lookups),
 * item-level write security on contribution lists (and read security where each person reads only their own), the
 * site's groups, and the permissions curated and group-only lists get. Written to
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

/** The list stops inheriting permissions and gets these role assignments (the rest copied from the site). */
const brokenInheritance = (assignments: readonly string[]): string[] => [
  '        <pnp:Security>',
  '          <pnp:BreakRoleInheritance CopyRoleAssignments="true" ClearSubscopes="false">',
  ...assignments.map((a) => `            <pnp:RoleAssignment ${a} />`),
  '          </pnp:BreakRoleInheritance>',
  '        </pnp:Security>'
];

/** Site members only read: their Edit and Contribute are removed. */
const MEMBERS_READ = [
  'Principal="{associatedmembergroup}" RoleDefinition="Edit" Remove="true"',
  'Principal="{associatedmembergroup}" RoleDefinition="Contribute" Remove="true"',
  'Principal="{associatedmembergroup}" RoleDefinition="Read"'
];

function securityXml(list: IListDefinition): string[] {
  const office = (role: string): string => `Principal="${escapeXml(PROGRAMME_OFFICE_GROUP)}" RoleDefinition="${role}"`;
  if (list.editors === 'programmeOffice') return brokenInheritance([...MEMBERS_READ, office('Edit')]);
  // Private folders (Initiative Scores): members and visitors read nothing; the group reaches its members' own folders.
  if (list.editors === 'ownFolders' && list.privateFolders) {
    return brokenInheritance([
      ...MEMBERS_READ.slice(0, 2),
      'Principal="{associatedmembergroup}" RoleDefinition="Read" Remove="true"',
      'Principal="{associatedvisitorgroup}" RoleDefinition="Read" Remove="true"',
      `Principal="${escapeXml(list.privateFolders.group)}" RoleDefinition="Read"`,
      office('Full Control')
    ]);
  }
  // A folder per person (Champion Activities): members only read the list; the office opens each person's folder.
  if (list.editors === 'ownFolders') return brokenInheritance([...MEMBERS_READ, office('Full Control')]);
  // Only the group adds (Contribute); site members read; with readOwnItemsOnly the Programme Office reads all.
  if (list.contributorsGroup) {
    const group = `Principal="${escapeXml(list.contributorsGroup)}" RoleDefinition="Contribute"`;
    return brokenInheritance([...MEMBERS_READ, group, ...(list.readOwnItemsOnly ? [office('Full Control')] : [])]);
  }
  if (list.programmeOfficeLocksItems || list.readOwnItemsOnly) return brokenInheritance([office('Full Control')]);
  return [];
}

function listXml(list: IListDefinition): string[] {
  const attributes = [
    `Title="${escapeXml(list.title)}"`,
    `Description="${escapeXml(list.description)}"`,
    'TemplateType="100"',
    `Url="Lists/${escapeXml(list.title)}"`,
    'OnQuickLaunch="false"',
    ...(list.readOwnItemsOnly ? ['ReadSecurity="2"'] : []),
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
    ...HUB_GROUPS.filter((g) => g.title !== PROGRAMME_OFFICE_GROUP).map(
      (g) => `          <pnp:SiteGroup Title="${escapeXml(g.title)}" Description="${escapeXml(g.description)}" Owner="{associatedownergroup}" AllowMembersEditMembership="false" OnlyAllowMembersViewMembership="false" />`
    ),
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
