import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted } from './Highlighted';

describe('Highlighted', () => {
  it('marks the words searched for, case aside', () => {
    const { container } = render(
      <p>
        <Highlighted text="Early warning of supply shocks" query="warning SUPPLY" />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'warning',
      'supply',
    ]);
    expect(container.textContent).toBe('Early warning of supply shocks');
  });

  it('keeps markup in the text and in the search as text', () => {
    const { container } = render(
      <p>
        <Highlighted text={'<img src=x onerror="alert(1)"> chips'} query="<img" />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')).toHaveTextContent('<img');
  });

  it('draws plain text without a search', () => {
    const { container } = render(
      <p>
        <Highlighted text="半導体" query="  " />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>半導体</p>');
  });
});
