import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FormKnapper } from './form-knapper';

function renderForm({ sender = false }: { sender?: boolean } = {}) {
  const onSubmit = vi.fn((event: FormEvent) => event.preventDefault());
  const onAnnuller = vi.fn();
  const { container } = render(
    <form onSubmit={onSubmit}>
      <FormKnapper
        submitTekst="Gem konfliktvarsel"
        sender={sender}
        onAnnuller={onAnnuller}
        className="mt-4"
      />
    </form>,
  );
  return { onSubmit, onAnnuller, container };
}

describe('FormKnapper', () => {
  it('renders the submit button and Annuller in a knap-raekke, as the forms wrote them by hand', () => {
    const { container } = renderForm();

    expect(container.querySelector('form')?.innerHTML).toBe(
      '<div class="knap-raekke mt-4">' +
        '<button type="submit" class="button button-primary">Gem konfliktvarsel</button>' +
        '<button type="button" class="button button-tertiary">Annuller</button>' +
        '</div>',
    );
  });

  it('submits its form', async () => {
    const { onSubmit, onAnnuller } = renderForm();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Gem konfliktvarsel' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onAnnuller).not.toHaveBeenCalled();
  });

  it('calls onAnnuller without arguments on Annuller, and does not submit', async () => {
    const { onSubmit, onAnnuller } = renderForm();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Annuller' }));
    expect(onAnnuller).toHaveBeenCalledTimes(1);
    expect(onAnnuller).toHaveBeenCalledWith();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('marks a pending submit button aria-disabled, and leaves it focusable', () => {
    renderForm({ sender: true });

    const knap = screen.getByRole('button', { name: 'Gem konfliktvarsel' });
    expect(knap.getAttribute('aria-disabled')).toBe('true');
    expect((knap as HTMLButtonElement).disabled).toBe(false);
    knap.focus();
    expect(document.activeElement).toBe(knap);
  });

  it('leaves out the space class when none is given', () => {
    const { container } = render(<FormKnapper submitTekst="Gem" sender={false} onAnnuller={() => {}} />);

    expect(container.firstElementChild?.className).toBe('knap-raekke');
  });
});
