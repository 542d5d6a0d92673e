interface LoadingSkeletonProps {
  /** What is loading, for screen readers: "Indlæser virksomheder". */
  label: string;
  lines?: number;
}

/** Grey placeholder bars in the shape of the coming content, announced once as a status. */
export function LoadingSkeleton({ label, lines = 4 }: LoadingSkeletonProps) {
  const bars = Array.from({ length: lines }, (_, n) => n);
  return (
    <div className="skeleton" role="status">
      <span className="sr-only">{label} …</span>
      {bars.map((n) => (
        <div key={n} className="skeleton-bar" aria-hidden="true" />
      ))}
    </div>
  );
}
