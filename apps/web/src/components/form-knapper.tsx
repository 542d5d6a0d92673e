/**
 * The row that ends an inline form: its submit button and "Annuller", which closes the form unsaved.
 * `className`: the row's space above it (`mt-4`, `mt-5`), which follows the form's own spacing.
 */
export function FormKnapper({
  submitTekst,
  sender,
  onAnnuller,
  className,
}: {
  submitTekst: string;
  /** The form's request is under way. */
  sender: boolean;
  onAnnuller: () => void;
  className?: string;
}) {
  return (
    <div className={className ? `knap-raekke ${className}` : 'knap-raekke'}>
      {/* aria-disabled, not disabled: the button keeps keyboard focus while the request runs, and a screen
          reader still finds it; each form's submit handler ignores a second press meanwhile. */}
      <button type="submit" className="button button-primary" aria-disabled={sender || undefined}>
        {submitTekst}
      </button>
      {/* Called without the click event: the forms' onLuk takes an optional confirmation to show, and
          the event must not arrive as one. */}
      <button type="button" className="button button-tertiary" onClick={() => onAnnuller()}>
        Annuller
      </button>
    </div>
  );
}
