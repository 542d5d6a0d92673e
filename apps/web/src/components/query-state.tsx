import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { LoadingSkeleton } from './loading-skeleton';

interface QueryStateProps<TData> {
  query: UseQueryResult<TData>;
  /** What is loading, for screen readers ("Indlæser borgerens plan"): the skeleton's role=status text. */
  loading: string;
  lines?: number;
  /** 3 when the view sits under a section's own h2, 4 under a list item's h3. */
  headingLevel?: 2 | 3 | 4;
  /** When the answer has nothing to show, `empty` is shown instead of `children`. */
  isEmpty?: (data: TData) => boolean;
  /** Usually an `EmptyState`: what happened and what to do instead. */
  empty?: ReactNode;
  /** A class for a box around the error and the empty view (spacing inside a panel). */
  boxClassName?: string;
  children: (data: TData) => ReactNode;
}

/**
 * The ladder every view of a query climbs: a skeleton while it loads (announced once as a status), the
 * problem's Danish title with "Prøv igen" when it failed, the empty view, else the data. A query that is
 * not asked yet (a search with no term: pending, not fetching) shows nothing.
 */
export function QueryState<TData>({
  query,
  loading,
  lines,
  headingLevel,
  isEmpty,
  empty,
  boxClassName,
  children,
}: QueryStateProps<TData>) {
  if (query.isPending) {
    return query.fetchStatus === 'idle' ? null : <LoadingSkeleton label={loading} lines={lines} />;
  }
  if (query.isError) {
    const fejl = (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={headingLevel} />
    );
    return boxClassName ? <div className={boxClassName}>{fejl}</div> : fejl;
  }
  if (isEmpty?.(query.data)) return boxClassName ? <div className={boxClassName}>{empty}</div> : empty;
  return children(query.data);
}
