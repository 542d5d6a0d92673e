export const MAIN_ID = 'main';

export function SkipLink() {
  return (
    <a className="skipnav" href={`#${MAIN_ID}`}>
      Gå til indhold
    </a>
  );
}
