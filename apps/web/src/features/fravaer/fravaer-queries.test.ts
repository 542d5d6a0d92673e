import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { afterFravaerChange } from './fravaer-queries';

describe('afterFravaerChange', () => {
  it('marks the CV searches stale, since R17 derives mindre intensiv indsats from fravær', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.setQueryData(['cv', 'soeg', { q: 'tømrer' }], { items: [], total: 0 });
    queryClient.setQueryData(['jobordrer', 'liste'], { items: [] });
    await afterFravaerChange(queryClient, '6f1c2a5e-8d1b-4c3e-9a7f-0b2d4e6f8a10');
    expect(queryClient.getQueryState(['cv', 'soeg', { q: 'tømrer' }])?.isInvalidated).toBe(true);
    // and nothing unrelated
    expect(queryClient.getQueryState(['jobordrer', 'liste'])?.isInvalidated).toBe(false);
  });
});
