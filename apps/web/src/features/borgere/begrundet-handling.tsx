// TODO(issue 15): the fravær files still import it from here; this goes when they move.
export { BegrundetHandling } from '../../components/begrundet-handling';
