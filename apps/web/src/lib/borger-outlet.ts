import { type Borger, borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import { useOutletContext } from 'react-router';

/** What the person page's frame (features/borgere) hands to its tabs: the citizen it has already loaded. */
export interface BorgerOutlet {
  borger: Borger;
}

export function useBorgerOutlet(): BorgerOutlet {
  return useOutletContext<BorgerOutlet>();
}

/** The person page's `:id`, checked by the contract, for the frame's and the tabs' loaders. */
export function isBorgerId(value: string | undefined): value is string {
  return borgerIdParamSchema.safeParse({ id: value }).success;
}
