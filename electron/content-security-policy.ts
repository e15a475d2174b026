// The Content-Security-Policy sent with every page the app:// protocol serves (Electron security checklist:
// "Define a Content Security Policy"). It matches the <meta> policy in renderer/index.html and adds what a
// <meta> policy cannot say (frame-ancestors). The renderer talks to relays on any host the person joins, so connect-src
// allows web sockets and http(s); everything else stays on the app's own origin.

const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Styles set through the DOM (React's style prop, Lexical) are not affected; <style> tags and style="" are.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'ws:', 'wss:', 'http:', 'https:'],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
