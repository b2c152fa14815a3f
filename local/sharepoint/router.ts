/**
 * Walks the /_api/ path through resource nodes (web -> lists -> list -> items -> item ...)
 * and calls the node's handler for the request's verb. Each routes/*.ts module builds its
 * own nodes; this file only knows the walking.
 */
import { methodNotAllowed, resourceNotFound } from './errors';
import { primitiveBody, ComplexValue } from './formats';
import { json, type RequestContext } from './context';
import type { Segment } from './pathParser';
import type { SpResponse } from './types';

export type Verb = 'GET' | 'POST' | 'MERGE' | 'PATCH' | 'PUT' | 'DELETE';
export type Handler = (ctx: RequestContext) => SpResponse | Promise<SpResponse>;
export type ChildResolver = (seg: Segment, ctx: RequestContext) => ResourceNode;

export interface ResourceNode {
  /** type name used in messages, e.g. SP.List */
  typeName: string;
  children?: Record<string, ChildResolver>;
  methods: Partial<Record<Verb, Handler>>;
  /** entity properties addressable as .../PropertyName */
  properties?: (ctx: RequestContext) => Record<string, unknown>;
}

function propertyNode(parent: ResourceNode, seg: Segment, ctx: RequestContext): ResourceNode | undefined {
  if (!parent.properties || seg.args) return undefined;
  const props = parent.properties(ctx);
  const key = Object.keys(props).find((k) => k.toLowerCase() === seg.name);
  if (key === undefined) return undefined;
  const value = props[key];
  return {
    typeName: `${parent.typeName}.${key}`,
    methods: {
      GET: (c) => {
        if (value instanceof ComplexValue) {
          const body = c.format === 'verbose'
            ? { d: { [key]: { __metadata: { type: value.type }, ...value.props } } }
            : c.format === 'nometadata' ? { ...value.props } : { 'odata.metadata': `${c.apiUrl}/$metadata#${value.type}`, ...value.props };
          return json(c, 200, body);
        }
        const edm = typeof value === 'number' ? (Number.isInteger(value) ? 'Edm.Int32' : 'Edm.Double') : typeof value === 'boolean' ? 'Edm.Boolean' : 'Edm.String';
        return json(c, 200, primitiveBody(c.render, key, value, edm));
      },
    },
  };
}

export function resolve(root: ResourceNode, segments: Segment[], ctx: RequestContext): ResourceNode {
  let node = root;
  for (const seg of segments) {
    const child = node.children?.[seg.name];
    const next = child ? child(seg, ctx) : propertyNode(node, seg, ctx);
    if (!next) throw resourceNotFound(seg.raw);
    node = next;
  }
  return node;
}

export async function dispatch(node: ResourceNode, ctx: RequestContext): Promise<SpResponse> {
  const verb = ctx.method as Verb;
  const handler = node.methods[verb] ?? (verb === 'PATCH' ? node.methods.MERGE : undefined);
  if (!handler) throw methodNotAllowed(ctx.method, node.typeName);
  return handler(ctx);
}
