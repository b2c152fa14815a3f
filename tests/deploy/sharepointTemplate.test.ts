/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { pnpProvisioningTemplate, stableGuid } from '../../src/data/provisioning/pnpTemplate';
import { LISTS } from '../../src/data/schema/lists';

const TEMPLATE = join(__dirname, '..', '..', 'sharepoint', 'digital-strategy-hub.pnp.xml');
const NS = 'http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema';

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, 'application/xml');

describe('sharepoint/digital-strategy-hub.pnp.xml, the lists as a PnP provisioning template', () => {
  const committed = readFileSync(TEMPLATE, 'utf8');

  it('is what the list schema generates now (after changing src/data/schema/lists.ts, run `npm run sharepoint:template`)', () => {
    expect(committed).toBe(pnpProvisioningTemplate());
  });

  it('changes when the schema changes, so an out-of-date template is caught', () => {
    const [first, ...rest] = LISTS;
    const changed = [{ ...first, fields: [...first.fields, { internalName: 'Extra', title: 'Extra', kind: 'Text' as const }] }, ...rest];
    expect(pnpProvisioningTemplate(changed)).not.toBe(committed);
  });

  const doc = parse(committed);
  const lists = Array.from(doc.getElementsByTagNameNS(NS, 'ListInstance'));

  it('is well-formed XML in the PnP 2022/09 schema namespace', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(NS);
  });

  it('has every list of the schema, in provisioning order, with every column under its internal name', () => {
    expect(lists.map((l) => l.getAttribute('Title'))).toEqual(LISTS.map((l) => l.title));
    LISTS.forEach((def, i) => {
      const fields = Array.from(lists[i].getElementsByTagName('Field'));
      expect(fields.map((f) => f.getAttribute('Name'))).toEqual(def.fields.map((f) => f.internalName));
      def.fields.forEach((field, j) => {
        expect(fields[j].getAttribute('ID')).toBe(`{${stableGuid(`${def.key}/${field.internalName}`)}}`);
        expect(fields[j].getAttribute('Required')).toBe(field.required ? 'TRUE' : 'FALSE');
        expect(fields[j].getAttribute('Indexed')).toBe(field.indexed ? 'TRUE' : 'FALSE');
        if (field.lookupList) expect(fields[j].getAttribute('List')).toBe(`{listid:${LISTS.find((l) => l.key === field.lookupList)!.title}}`);
      });
    });
  });

  it('lets people edit only their own items in contribution lists, and gives curated lists to the Programme Office', () => {
    LISTS.forEach((def, i) => {
      expect(lists[i].getAttribute('WriteSecurity')).toBe(def.editors === 'ownItems' || def.editors === 'ownFolders' ? '2' : null);
      const grants = Array.from(lists[i].getElementsByTagNameNS(NS, 'RoleAssignment')).filter((r) => r.getAttribute('Remove') !== 'true');
      const office = grants.find((r) => r.getAttribute('Principal') === 'Programme Office')?.getAttribute('RoleDefinition');
      expect(office).toBe(def.editors === 'programmeOffice' ? 'Edit' : def.programmeOfficeLocksItems || def.readOwnItemsOnly || def.editors === 'ownFolders' ? 'Full Control' : undefined);
      // A folder per person: members only read the list (Champion Activities, KPI Measurements), or read nothing where
      // the folders are private (Initiative Scores: only the folders' group reads the list, each member their own folder).
      const members = grants.find((r) => r.getAttribute('Principal') === '{associatedmembergroup}')?.getAttribute('RoleDefinition');
      if (def.editors === 'ownFolders') expect(members).toBe(def.privateFolders ? undefined : 'Read');
      if (def.privateFolders) expect(grants.find((r) => r.getAttribute('Principal') === def.privateFolders?.group)?.getAttribute('RoleDefinition')).toBe('Read');
    });
    expect(doc.getElementsByTagNameNS(NS, 'SiteGroup')[0].getAttribute('Title')).toBe('Programme Office');
  });

  it('lets only the group a list names add to it, and hides others\' proposal reviews from everyone but the Programme Office', () => {
    expect(Array.from(doc.getElementsByTagNameNS(NS, 'SiteGroup')).map((g) => g.getAttribute('Title'))).toEqual(['Programme Office', 'Scoring Panel', 'Talk Reviewers']);
    LISTS.forEach((def, i) => {
      const grants = Array.from(lists[i].getElementsByTagNameNS(NS, 'RoleAssignment')).filter((r) => r.getAttribute('Remove') !== 'true');
      const role = (principal: string) => grants.find((r) => r.getAttribute('Principal') === principal)?.getAttribute('RoleDefinition');
      if (def.contributorsGroup) {
        expect(role(def.contributorsGroup)).toBe('Contribute');
        expect(role('{associatedmembergroup}')).toBe('Read');
      }
      expect(lists[i].getAttribute('ReadSecurity')).toBe(def.readOwnItemsOnly ? '2' : null);
    });
    const reviews = lists[LISTS.findIndex((l) => l.key === 'proposalReviews')];
    expect([reviews.getAttribute('ReadSecurity'), reviews.getAttribute('WriteSecurity')]).toEqual(['2', '2']);
  });

  it('gives each column a stable GUID, different for each list and column', () => {
    const ids = LISTS.flatMap((l) => l.fields.map((f) => stableGuid(`${l.key}/${f.internalName}`)));
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
  });
});
