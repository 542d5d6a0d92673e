import type { Borger } from '@jobcenter/domain/borger/borger.contract';
import { useOutletContext } from 'react-router';

/** What the person page's frame hands to its tabs: the citizen it has already loaded. */
export interface BorgerOutlet {
  borger: Borger;
}

export function useBorgerOutlet(): BorgerOutlet {
  return useOutletContext<BorgerOutlet>();
}
