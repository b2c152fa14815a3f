/**
 * SharePoint-shaped errors. Routes throw SpError; the handler renders it as
 * {"odata.error":{code,message:{lang,value}}} (or {"error":...} for verbose).
 * Codes and messages follow SharePoint Online's; README.md (this folder) lists where they come from, and the
 * ones no reference gives are marked (unverified) there and are best guesses.
 */

export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SpError';
  }
}

const SP_EXCEPTION = 'Microsoft.SharePoint.SPException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export function listNotFoundByTitle(title: string, webUrl: string): SpError {
  return new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`);
}

export function listNotFound(): SpError {
  return new SpError(404, `-2130575322, ${SP_EXCEPTION}`,
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.');
}

export function itemNotFound(): SpError {
  return new SpError(404, `-2130575338, ${SP_EXCEPTION}`, 'Item does not exist. It may have been deleted by another user.');
}

export function etagMismatch(requested: string, actual: string): SpError {
  return new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${requested}' does not match the object's ETag value '${actual}'.`);
}

export function securityValidation(): SpError {
  return new SpError(403, `-2130575251, ${SP_EXCEPTION}`,
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.");
}

export function listViewThreshold(): SpError {
  return new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.');
}

export function fieldOrPropertyNotFound(name: string): SpError {
  return new SpError(400, `-1, ${SP_EXCEPTION}`, `The field or property '${name}' does not exist.`);
}

export function lookupNeedsExpand(name: string): SpError {
  return new SpError(400, `-1, ${SP_EXCEPTION}`,
    `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${name}.`);
}

/** Unknown column in $filter / $orderby (unverified code). */
export function columnNotFound(name: string): SpError {
  return new SpError(400, `-2146232832, ${SP_EXCEPTION}`, `Column '${name}' does not exist. It may have been deleted by another user.`);
}

export function propertyNotOnType(property: string, type: string): SpError {
  return new SpError(400, CLIENT_QUERY,
    `The property '${property}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);
}

export function duplicateValues(fieldNames: string[]): SpError {
  return new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fieldNames.join(', ')}].`);
}

export function accessDenied(): SpError {
  return new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');
}

export function unknownUser(login: string): SpError {
  return new SpError(401, '-2147024891, System.UnauthorizedAccessException',
    `Access denied. '${login}' is not a user of the local SharePoint directory (see GET /_local/people).`);
}

export function invalidRequest(message: string): SpError {
  return new SpError(400, CLIENT_QUERY, message);
}

export function spException(status: number, message: string, hresult = '-2146232832'): SpError {
  return new SpError(status, `${hresult}, ${SP_EXCEPTION}`, message);
}

export function syntaxError(position: number, text: string): SpError {
  return new SpError(400, CLIENT_QUERY, `Syntax error at position ${position} in '${text}'.`);
}

/** A $filter construct SharePoint does not support (unverified code). */
export function unsupportedExpression(text: string): SpError {
  return new SpError(400, `-1, ${SP_EXCEPTION}`, `The expression "${text}" is not supported.`);
}

export function resourceNotFound(segment: string): SpError {
  return new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);
}

export function methodNotAllowed(method: string, resource: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The HTTP method '${method}' cannot be used to access the resource '${resource}'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource.`);
}

export function invalidJson(): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.');
}

export function throttled(retryAfterSeconds: number): SpError {
  return new SpError(429, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException (local fault)',
    'The request has been throttled. Retry after the number of seconds in the Retry-After header.',
    { 'Retry-After': String(retryAfterSeconds) });
}

/** The answer to a write that was done but whose answer is "lost" (fault injection). */
export function answerLost(): SpError {
  return new SpError(503, '-2147024860, Microsoft.SharePoint.SPException (local fault)',
    'The service is unavailable. (Local fault: the request was carried out and its answer dropped.)');
}

export function asSpError(error: unknown): SpError {
  if (error instanceof SpError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SpError(500, '-2146233088, System.InvalidOperationException', `Local SharePoint internal error: ${message}`);
}
