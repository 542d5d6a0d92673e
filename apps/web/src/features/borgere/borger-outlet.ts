// TODO(issue 15): the fravær files still import it from here; this goes when they move.
export { useBorgerOutlet } from '../../lib/borger-outlet';
