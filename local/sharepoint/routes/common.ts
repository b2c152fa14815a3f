/** Response helpers shared by the route modules. */
import { json, type RequestContext } from '../context';
import { queryEntities, selectEntity } from '../entityQuery';
import { collectionBody, entityBody, nullBody, type EntityValue } from '../formats';
import { parseQueryOptions, type QueryOptions } from '../odataQuery';
import type { SpResponse } from '../types';

export function queryOf(ctx: RequestContext): QueryOptions {
  return parseQueryOptions(ctx.req.url.searchParams);
}

/** Names in $select that are not part of the default property set but may be asked for. */
export function requested(ctx: RequestContext, names: string[]): Set<string> {
  const select = queryOf(ctx).select ?? [];
  return new Set(names.filter((n) => select.includes(n)));
}

export function sendEntity(ctx: RequestContext, e: EntityValue, metadataName: string, known: string[] = [], status = 200, headers: Record<string, string> = {}): SpResponse {
  const selected = selectEntity(e, queryOf(ctx).select, known);
  return json(ctx, status, entityBody(ctx.render, selected, `${metadataName}/@Element`), headers);
}

export function sendCollection(ctx: RequestContext, rows: EntityValue[], metadataName: string, known: string[] = []): SpResponse {
  return json(ctx, 200, collectionBody(ctx.render, queryEntities(rows, queryOf(ctx), known), metadataName));
}

export function sendNull(ctx: RequestContext, operation: string): SpResponse {
  return json(ctx, 200, nullBody(ctx.render, operation));
}
