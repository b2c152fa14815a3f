import { ConflictError, toDataError, retryAfterMs } from '../../src/data/errors';

const httpError = (status: number, body = ''): Error & { status: number } =>
  Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${body}`), { status, isHttpRequestError: true });

describe('toDataError', () => {
  test.each([
    [404, 'NotFound'],
    [412, 'Conflict'],
    [429, 'Throttled'],
    [503, 'Throttled'],
    [403, 'AccessDenied'],
    [400, 'Validation']
  ])('HTTP %d becomes %s', (status, kind) => {
    expect(toDataError(httpError(status)).kind).toBe(kind);
  });

  it('recognises the list view threshold and keeps SharePoint\'s message', () => {
    const body = JSON.stringify({ 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' } } });
    const error = toDataError(httpError(500, body));
    expect(error.kind).toBe('ThresholdExceeded');
    expect(error.serverMessage).toMatch(/list view threshold/);
    expect(error.message).not.toMatch(/SPQuery/);
  });

  it('recognises a unique value violation', () => {
    const body = JSON.stringify({ 'odata.error': { code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message: { value: 'duplicate values were found' } } });
    expect(toDataError(httpError(500, body)).kind).toBe('Duplicate');
  });

  it('treats a failed fetch as being offline', () => {
    expect(toDataError(new TypeError('fetch failed')).kind).toBe('Offline');
  });

  it('gives a conflict both versions', () => {
    expect(toDataError(httpError(412))).toBeInstanceOf(ConflictError);
  });
});

describe('Retry-After', () => {
  it('is carried on a throttled error, in seconds or as a date', () => {
    const throttled = (value: string): unknown => ({ status: 429, message: 'Too many requests', response: { headers: new Headers({ 'Retry-After': value }) } });
    expect(toDataError(throttled('7')).retryAfterMs).toBe(7000);
    expect(retryAfterMs('Sun, 29 Nov 2026 10:00:30 GMT', Date.parse('2026-11-29T10:00:00Z'))).toBe(30000);
    expect(toDataError({ status: 429, message: 'x' }).retryAfterMs).toBeUndefined();
  });
});
