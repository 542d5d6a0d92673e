/** The document title "<page> – Jobcenter"; React 19 hoists it into <head> from wherever it renders. */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} – Jobcenter`}</title>;
}
