/**
 * OData response formats. Routes build format-neutral values (EntityValue, ComplexValue,
 * CollectionValue, primitives); this module renders them as nometadata, minimalmetadata
 * (also what plain application/json gets) or verbose JSON.
 */
import type { SpError } from './errors';

export type ODataFormat = 'nometadata' | 'minimal' | 'verbose';

export function formatFromAccept(accept: string | null): ODataFormat {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

/** Is the request body written in verbose JSON (Content-Type odata=verbose)? */
export function isVerboseBody(contentType: string | null): boolean {
  return (contentType ?? '').toLowerCase().includes('odata=verbose');
}

export function contentTypeFor(format: ODataFormat): string {
  switch (format) {
    case 'verbose': return 'application/json;odata=verbose;charset=utf-8';
    case 'nometadata': return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default: return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

export class EntityValue {
  constructor(
    readonly type: string,
    /** absolute uri of the entity (odata.id / __metadata.uri) */
    readonly uri: string,
    readonly props: Record<string, unknown>,
    readonly meta: { editLink?: string; etag?: string; id?: string } = {},
  ) {}
}

export class ComplexValue {
  constructor(readonly type: string, readonly props: Record<string, unknown>) {}
}

export class CollectionValue {
  /** elementType null: a collection of entities (verbose renders {results}) */
  constructor(readonly elementType: string | null, readonly items: unknown[]) {}
}

export function renderValue(v: unknown, format: ODataFormat): unknown {
  if (v instanceof EntityValue) return renderEntity(v, format);
  if (v instanceof ComplexValue) {
    const props = renderProps(v.props, format);
    return format === 'verbose' ? { __metadata: { type: v.type }, ...props } : props;
  }
  if (v instanceof CollectionValue) {
    const items = v.items.map((i) => renderValue(i, format));
    if (format !== 'verbose') return items;
    return v.elementType ? { __metadata: { type: `Collection(${v.elementType})` }, results: items } : { results: items };
  }
  return v;
}

function renderProps(props: Record<string, unknown>, format: ODataFormat): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    out[k] = renderValue(v, format);
  }
  return out;
}

export function renderEntity(e: EntityValue, format: ODataFormat): Record<string, unknown> {
  const props = renderProps(e.props, format);
  if (format === 'nometadata') return props;
  if (format === 'verbose') {
    const meta: Record<string, string> = { id: e.meta.id ?? e.uri, uri: e.uri };
    if (e.meta.etag) meta.etag = e.meta.etag;
    meta.type = e.type;
    return { __metadata: meta, ...props };
  }
  const head: Record<string, unknown> = { 'odata.type': e.type, 'odata.id': e.meta.id ?? e.uri };
  if (e.meta.etag) head['odata.etag'] = e.meta.etag;
  if (e.meta.editLink) head['odata.editLink'] = e.meta.editLink;
  return { ...head, ...props };
}

export interface RenderContext { format: ODataFormat; apiUrl: string }

function metadataUrl(ctx: RenderContext, name: string): string {
  return `${ctx.apiUrl}/$metadata#${name}`;
}

/** A single entity: `{...}` or `{"d":{...}}`. metadataName e.g. SP.ApiData.Lists/@Element */
export function entityBody(ctx: RenderContext, e: EntityValue, metadataName: string): unknown {
  const rendered = renderEntity(e, ctx.format);
  if (ctx.format === 'verbose') return { d: rendered };
  if (ctx.format === 'nometadata') return rendered;
  return { 'odata.metadata': metadataUrl(ctx, metadataName), ...rendered };
}

export function collectionBody(ctx: RenderContext, items: EntityValue[], metadataName: string, nextLink?: string): unknown {
  const rendered = items.map((i) => renderEntity(i, ctx.format));
  if (ctx.format === 'verbose') {
    return { d: nextLink ? { results: rendered, __next: nextLink } : { results: rendered } };
  }
  const body: Record<string, unknown> = ctx.format === 'minimal' ? { 'odata.metadata': metadataUrl(ctx, metadataName) } : {};
  body.value = rendered;
  if (nextLink) body['odata.nextLink'] = nextLink;
  return body;
}

/** A complex value answered on its own (e.g. EffectiveBasePermissions, contextinfo). */
export function complexBody(ctx: RenderContext, value: ComplexValue, verboseProperty: string, metadataName: string): unknown {
  const props = renderProps(value.props, ctx.format);
  if (ctx.format === 'verbose') return { d: { [verboseProperty]: { __metadata: { type: value.type }, ...props } } };
  if (ctx.format === 'nometadata') return props;
  return { 'odata.metadata': metadataUrl(ctx, metadataName), ...props };
}

/** A primitive property (e.g. lists/getByTitle('x')/ItemCount) or a function's primitive result. */
export function primitiveBody(ctx: RenderContext, name: string, value: unknown, edmType: string): unknown {
  const rendered = renderValue(value, ctx.format);
  if (ctx.format === 'verbose') return { d: { [name]: rendered } };
  if (ctx.format === 'nometadata') return { value: rendered };
  return { 'odata.metadata': metadataUrl(ctx, edmType), value: rendered };
}

/** A void service operation (addroleassignment, breakroleinheritance...). */
export function nullBody(ctx: RenderContext, operation: string): unknown {
  if (ctx.format === 'verbose') return { d: { [operation]: null } };
  if (ctx.format === 'nometadata') return { 'odata.null': true };
  return { 'odata.metadata': metadataUrl(ctx, 'Edm.Null'), 'odata.null': true };
}

export function errorBody(format: ODataFormat, error: SpError): unknown {
  const payload = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return format === 'verbose' ? { error: payload } : { 'odata.error': payload };
}
