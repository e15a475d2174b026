// Every catalog file of one language, bundled into one chunk loaded only when the UI is in that language
// (i18n/languageBackend.ts): one request instead of one per feature folder, nothing for the other languages.
export default import.meta.glob<Record<string, unknown>>('/*/**/locales/ne.json', {
  eager: true,
  import: 'default',
});
