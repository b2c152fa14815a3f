import { createDraftStore, IStorageLike, memoryStorage } from '../../src/data/localDrafts';

describe('drafts kept on this device', () => {
  it('writes, reads back and removes a draft by key', () => {
    const drafts = createDraftStore(memoryStorage());
    drafts.write('maturity:2:5', { step: 3, answers: [{ dimension: 'Platform', current: 2 }] });
    expect(drafts.read('maturity:2:5')).toEqual({ step: 3, answers: [{ dimension: 'Platform', current: 2 }] });
    expect(drafts.read('maturity:2:6')).toBeUndefined();
    drafts.remove('maturity:2:5');
    expect(drafts.read('maturity:2:5')).toBeUndefined();
  });

  it('keeps the suite\'s drafts apart from other keys in the same storage', () => {
    const storage = memoryStorage();
    storage.setItem('step', '"someone else\'s"');
    const drafts = createDraftStore(storage);
    drafts.write('step', 1);
    expect(storage.getItem('step')).toBe('"someone else\'s"');
    expect(drafts.read('step')).toBe(1);
  });

  it('treats unreadable, full or blocked storage as no draft rather than failing the caller', () => {
    const broken: IStorageLike = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      }
    };
    const drafts = createDraftStore(broken);
    expect(drafts.read('x')).toBeUndefined();
    expect(() => drafts.write('x', { a: 1 })).not.toThrow();
    expect(() => drafts.remove('x')).not.toThrow();
  });
});
