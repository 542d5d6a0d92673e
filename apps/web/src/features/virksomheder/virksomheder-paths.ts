import { tekstFraState } from '../../lib/paths';
/**
 * The company link carries the search in history state rather than in the company's URL, so the page's
 * address stays the company's own and "Tilbage til søgningen" still finds the results (also after a reload).
 */
export interface FraSoegning {
  soegning: string;
}

export function soegningFraState(state: unknown): string | null {
  return tekstFraState(state, 'soegning');
}
