import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// In a file of its own: React Router warns once per module load, so an earlier test could hide the warning.
describe('first load', () => {
  it('of the login page leaves the console clean: every lazy route has a HydrateFallback above it', async () => {
    const warn = vi.spyOn(console, 'warn');
    mockApi([]);
    renderApp('/login');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();
    const advarsler = warn.mock.calls.map((args) => String(args[0]));
    expect(advarsler.filter((tekst) => /HydrateFallback/.test(tekst))).toEqual([]);
  });
});
