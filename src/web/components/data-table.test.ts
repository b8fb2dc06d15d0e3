import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { type Column, DataTable, type DataTableProps } from './data-table.tsx';

type Fruit = { id: string; name: string; count: number };
const FRUITS: Fruit[] = [
  { id: 'a', name: 'Apple', count: 3 },
  { id: 'b', name: 'Pear', count: 0 },
];
const COLUMNS: Column<Fruit>[] = [
  { key: 'name', header: 'Name', rowHeader: true, render: (fruit) => fruit.name },
  { key: 'count', header: 'Count', className: 'text-right', render: (fruit, index) => `${index + 1}: ${fruit.count}` },
];

const render = (props: Partial<DataTableProps<Fruit>>) =>
  renderToStaticMarkup(
    createElement(DataTable<Fruit>, { columns: COLUMNS, rows: FRUITS, rowKey: (fruit) => fruit.id, ...props }),
  );

describe('DataTable', () => {
  it('renders column headers, row headers and cells when there are rows', () => {
    const html = render({ caption: 'Fruits' });
    assert.equal(
      html,
      '<table class="usa-table usa-table--borderless width-full"><caption>Fruits</caption>' +
        '<thead><tr><th scope="col">Name</th><th scope="col">Count</th></tr></thead>' +
        '<tbody><tr><th scope="row">Apple</th><td class="text-right">1: 3</td></tr>' +
        '<tr><th scope="row">Pear</th><td class="text-right">2: 0</td></tr></tbody></table>',
    );
  });

  it('hides the caption visually when captionHidden is set', () => {
    assert.match(render({ caption: 'Fruits', captionHidden: true }), /<caption class="usa-sr-only">Fruits<\/caption>/);
  });

  it('renders no caption when none is given', () => {
    assert.doesNotMatch(render({}), /<caption/);
  });

  it('adds the USWDS modifiers asked for, in a fixed order', () => {
    assert.match(
      render({ compact: true, striped: true }),
      /^<table class="usa-table usa-table--borderless usa-table--compact usa-table--striped width-full">/,
    );
    assert.match(render({ borderless: false, fullWidth: false }), /^<table class="usa-table">/);
  });

  it('shows the empty message instead of the table when there are no rows', () => {
    assert.equal(
      render({ rows: [], empty: 'No fruit.', emptyClassName: 'text-base-dark' }),
      '<p class="text-base-dark">No fruit.</p>',
    );
  });

  it('renders nothing when there are no rows and no empty message', () => {
    assert.equal(render({ rows: [] }), '');
  });

  it('wraps the table and what follows it in a labelled, focusable scroll region when scrollLabel is set', () => {
    const html = render({ scrollLabel: 'Fruits, table', after: createElement('p', null, 'Footnote') });
    assert.match(
      html,
      /^<section class="usa-table-container--scrollable aiex-scroll margin-top-0" tabindex="0" aria-label="Fruits, table"><table /,
    );
    assert.match(html, /<\/table><p>Footnote<\/p><\/section>$/);
  });
});
