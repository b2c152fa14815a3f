import { lazyService } from '../../src/data/lazyService';

interface IGreeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

describe('a service loaded on its first call', () => {
  it('loads its module once, on the first call, and answers every call from it', async () => {
    let loads = 0;
    const service = lazyService<IGreeter>(async () => {
      loads += 1;
      return { greet: async (name) => `Hello ${name}`, count: async () => loads };
    });
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([service.greet('Priya'), service.greet('Dan')]);
    expect([a, b]).toEqual(['Hello Priya', 'Hello Dan']);
    expect(await service.count()).toBe(1);
  });

  it('is not mistaken for a promise (awaiting it does not call a method named then)', async () => {
    const service = lazyService<IGreeter>(async () => ({ greet: async () => 'hi', count: async () => 0 }));
    await expect(Promise.resolve(service)).resolves.toBe(service);
  });

  it('passes on a failure to load as the call\'s failure', async () => {
    const service = lazyService<IGreeter>(() => Promise.reject(new Error('chunk failed to load')));
    await expect(service.count()).rejects.toThrow('chunk failed to load');
  });
});

describe('a service whose module failed to load', () => {
  it('tries to load it again on the next call', async () => {
    let attempts = 0;
    const service = lazyService<IGreeter>(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { greet: async () => 'hi', count: async () => attempts };
    });
    await expect(service.count()).rejects.toThrow('offline');
    await expect(service.count()).resolves.toBe(2);
  });
});
