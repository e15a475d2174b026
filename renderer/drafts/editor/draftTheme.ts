// The class names Lexical gives a draft's elements (styled in drafts.css): the live editor and read-only views
// of a draft (a named version) use the same, so both read alike.
export const draftTheme = {
  paragraph: 'draft-paragraph',
  quote: 'draft-quote',
  heading: { h1: 'draft-h1', h2: 'draft-h2', h3: 'draft-h3', h4: 'draft-h4', h5: 'draft-h5', h6: 'draft-h6' },
  list: { ul: 'draft-ul', ol: 'draft-ol', listitem: 'draft-li', nested: { listitem: 'draft-nested-li' } },
  link: 'draft-link',
  table: 'draft-table',
  tableCell: 'draft-td',
  tableCellHeader: 'draft-th',
  text: { bold: 'draft-bold', italic: 'draft-italic', underline: 'draft-underline' },
};
